import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Result,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatYuan, yuanToFen } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useWoRun } from '../work-orders/useWoRun';
import { AssessmentModal } from './AssessmentModal';
import { type Assessment, CASE_DOCUMENTS, type CaseActionName, type CaseDetail, fileToUpload } from './types';

/** A case: its 定损 versions and the comparison with the work order, documents, the direct-pay split, payments. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const time = usePointTime();
  const q = useApiQuery('/insurance-cases/{id}', { params: { id } });
  const reload = useInvalidate('/insurance-cases', '/insurance');
  const run = useWoRun(reload, reload);
  const [assessing, setAssessing] = useState<'initial' | 'supplement' | null>(null);
  const [linking, setLinking] = useState(false);
  const [paying, setPaying] = useState(false);
  const [writingOff, setWritingOff] = useState(false);
  if (q.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(q.error as Error).message} />;
  const c = q.data;
  if (!c) return <Card loading />;
  const act = (action: string, extra: { workOrderId?: string } = {}) =>
    run(() =>
      callApi('post', '/insurance-cases/{id}/actions', { params: { id: c.id }, body: { version: c.version, action: action as CaseActionName, ...extra } }),
    );
  const open = c.assessments.find((a) => a.status === 'submitted');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            {c.number}
            <Tag color="blue" data-testid="ins-status">
              {t(`ins.st.${c.status}`)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {(c.status === 'awaiting_assessment' || c.status === 'assessed') && (
              <Button onClick={() => setAssessing('initial')} data-testid="ins-assess">
                {t('ins.assessInitial')}
              </Button>
            )}
            {c.status === 'in_repair' && (
              <Button onClick={() => setAssessing('supplement')} data-testid="ins-supplement">
                {t('ins.assessSupplement')}
              </Button>
            )}
            {c.actions.map((a) => (
              <Button
                key={a}
                type={a === 'cancel' ? 'default' : 'primary'}
                danger={a === 'cancel'}
                data-testid={`ins-action-${a}`}
                onClick={() => (a === 'start_repair' ? setLinking(true) : void act(a))}
              >
                {t(`ins.ev.${a}`)}
              </Button>
            ))}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('ins.insurer')}>{c.insurerName}</Descriptions.Item>
          <Descriptions.Item label={t('ins.assessor')}>{c.assessorName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ins.plate')}>
            {c.plate} · {c.customerName}
          </Descriptions.Item>
          <Descriptions.Item label={t('ins.policyNo')}>{c.policyNo}</Descriptions.Item>
          <Descriptions.Item label={t('ins.reportNo')}>{c.reportNo}</Descriptions.Item>
          <Descriptions.Item label={t('ins.accidentAt')}>{time.dateTime(c.accidentAt)}</Descriptions.Item>
          <Descriptions.Item label={t('ins.accidentPlace')}>{c.accidentPlace}</Descriptions.Item>
          <Descriptions.Item label={t('ins.partyKind')}>{t(`ins.party.${c.partyKind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('ins.thirdParty')}>
            {c.coversThirdParty ? `${c.thirdPartyPlate ?? ''} ${c.thirdPartyOwner ?? ''}` : t('ins.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ins.directPay')}>{c.directPay ? t('ins.yes') : t('ins.no')}</Descriptions.Item>
          <Descriptions.Item label={t('ins.deductible')}>{formatYuan(c.deductibleFen)}</Descriptions.Item>
          <Descriptions.Item label={t('ins.workOrder')}>
            {c.workOrderId ? <Link to={`/work-orders/${c.workOrderId}`}>{c.workOrderNumber}</Link> : '—'}
          </Descriptions.Item>
        </Descriptions>
        {c.description && <Typography.Paragraph type="secondary">{c.description}</Typography.Paragraph>}
      </Card>

      {c.assessments.map((a) => (
        <AssessmentCard key={a.id} a={a} c={c} run={run} isOpen={a.id === open?.id && c.status === 'supplement'} />
      ))}

      {c.comparison.length > 0 && (
        <Card size="small" title={t('ins.comparison')}>
          <Table
            size="small"
            rowKey="refId"
            pagination={false}
            dataSource={c.comparison}
            data-testid="ins-comparison"
            columns={[
              { title: t('ins.item'), dataIndex: 'name' },
              { title: t('ins.assessed'), dataIndex: 'assessedFen', align: 'right', render: (v: number) => formatYuan(v) },
              { title: t('ins.onOrder'), dataIndex: 'orderFen', align: 'right', render: (v: number) => formatYuan(v) },
              { title: t('ins.difference'), dataIndex: 'differenceFen', align: 'right', render: (v: number) => formatYuan(v) },
              { title: t('ins.diffKind'), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'same' ? 'green' : 'orange'}>{t(`ins.diff.${k}`)}</Tag> },
            ]}
          />
          {c.split && (
            <Typography.Paragraph style={{ marginTop: 8 }} data-testid="ins-split">
              {t('ins.split', {
                total: formatYuan(c.split.orderTotalFen),
                insurer: formatYuan(c.split.insurerFen),
                customer: formatYuan(c.split.customerFen),
                salvage: formatYuan(c.split.salvageFen),
              })}
            </Typography.Paragraph>
          )}
        </Card>
      )}

      <DocumentsCard c={c} run={run} />

      {(c.receivableFen !== null || c.payments.length > 0) && (
        <Card
          size="small"
          title={t('ins.payments')}
          extra={
            c.status === 'documents_submitted' &&
            c.receivableFen !== null && (
              <Space>
                <Button onClick={() => setWritingOff(true)} disabled={c.writeOffRequestFen !== null} data-testid="ins-write-off">
                  {t('ins.writeOff')}
                </Button>
                <Button type="primary" onClick={() => setPaying(true)} data-testid="ins-pay">
                  {t('ins.recordPayment')}
                </Button>
              </Space>
            )
          }
        >
          <Typography.Paragraph data-testid="ins-receivable">
            {t('ins.receivableLine', {
              receivable: formatYuan(c.receivableFen ?? 0),
              paid: formatYuan(c.paidFen),
              outstanding: formatYuan((c.receivableFen ?? 0) - c.paidFen - c.writtenOffFen),
              on: c.invoicedOn ?? '—',
            })}
            {c.writtenOffFen > 0 && ` ${t('ins.writtenOff', { amount: formatYuan(c.writtenOffFen) })}`}
            {c.writeOffRequestFen !== null && ` ${t('ins.writeOffPending', { amount: formatYuan(c.writeOffRequestFen), reason: c.writeOffReason ?? '' })}`}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={c.payments}
            columns={[
              { title: t('ins.receivedOn'), dataIndex: 'receivedOn' },
              { title: t('ins.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => formatYuan(v) },
              { title: t('ins.reference'), dataIndex: 'reference' },
              { title: t('ins.recordedBy'), dataIndex: 'recordedByName' },
            ]}
          />
        </Card>
      )}

      {assessing && <AssessmentModal c={c} kind={assessing} open onClose={() => setAssessing(null)} run={run} />}
      <FormModal<{ amountYuan: number; reason: string }>
        open={writingOff}
        title={t('ins.writeOff')}
        onClose={() => setWritingOff(false)}
        testId="ins-write-off-form"
        onSubmit={async (v, form) =>
          !!(await run(
            () =>
              callApi('post', '/insurance-cases/{id}/write-off', {
                params: { id: c.id },
                body: { version: c.version, amountFen: yuanToFen(v.amountYuan) ?? 0, reason: v.reason },
              }),
            { form },
          ))
        }
      >
        <Form.Item name="amountYuan" label={t('ins.amount')} rules={[{ required: true, message: t('ins.required') }]}>
          <InputNumber min={0.01} precision={2} prefix="¥" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('ins.writeOffReason')} rules={[{ required: true, message: t('ins.required') }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <LinkOrderModal c={c} open={linking} onClose={() => setLinking(false)} onLink={(workOrderId) => act('start_repair', { workOrderId })} />
      <FormModal<{ amountYuan: number; receivedOn: Dayjs; reference?: string }>
        open={paying}
        title={t('ins.recordPayment')}
        onClose={() => setPaying(false)}
        testId="ins-pay-form"
        onSubmit={async (v, form) =>
          !!(await run(
            () =>
              callApi('post', '/insurance-cases/{id}/payments', {
                params: { id: c.id },
                body: { amountFen: yuanToFen(v.amountYuan) ?? 0, receivedOn: v.receivedOn.format('YYYY-MM-DD'), reference: v.reference ?? '' },
              }),
            { form },
          ))
        }
      >
        <Form.Item name="amountYuan" label={t('ins.amount')} rules={[{ required: true, message: t('ins.required') }]}>
          <InputNumber min={0.01} precision={2} prefix="¥" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('ins.receivedOn')} rules={[{ required: true, message: t('ins.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reference" label={t('ins.reference')}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

function AssessmentCard({ a, c, run, isOpen }: { a: Assessment; c: CaseDetail; run: ReturnType<typeof useWoRun>; isOpen: boolean }) {
  const { t } = useTranslation();
  const time = usePointTime();
  const [decisions, setDecisions] = useState<Record<string, boolean>>({});
  return (
    <Card
      size="small"
      title={`${t(a.kind === 'initial' ? 'ins.assessInitial' : 'ins.assessSupplement')} · ${t('ins.versionNo', { n: a.seq })} · ${t(`ins.loss.${a.lossObject}`)}`}
      extra={
        <Typography.Text type="secondary">
          {a.assessorName} · {time.dateTime(a.recordedAt)}
        </Typography.Text>
      }
      data-testid={`ins-assessment-${a.seq}`}
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={a.lines}
        columns={[
          { title: t('ins.item'), render: (_: unknown, l) => `${l.code} ${l.name}` },
          { title: t('ins.qty'), dataIndex: 'qty', align: 'right' },
          { title: t('ins.unitPrice'), dataIndex: 'unitPriceFen', align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('ins.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => formatYuan(v) },
          {
            title: t('ins.decision'),
            render: (_: unknown, l) =>
              isOpen ? (
                <Switch
                  checkedChildren={t('ins.approve')}
                  unCheckedChildren={t('ins.refuse')}
                  checked={decisions[l.id] ?? true}
                  onChange={(v) => setDecisions((d) => ({ ...d, [l.id]: v }))}
                  aria-label={`${l.name} ${t('ins.decision')}`}
                />
              ) : l.approved === null ? (
                <Tag>{t('ins.pending')}</Tag>
              ) : (
                <Tag color={l.approved ? 'green' : 'red'}>{t(l.approved ? 'ins.approved' : 'ins.refused')}</Tag>
              ),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }} wrap>
        <Typography.Text>
          {t('ins.approvedTotal')}: {formatYuan(a.approvedFen)}
        </Typography.Text>
        {a.salvageFen > 0 && (
          <Typography.Text>
            {t('ins.salvage')}: {formatYuan(a.salvageFen)}
          </Typography.Text>
        )}
        {a.files.map((f) => (
          <a key={f.id} href={`/api/attachments/${f.id}`} target="_blank" rel="noreferrer">
            {f.fileName}
          </a>
        ))}
        {isOpen && (
          <Button
            type="primary"
            data-testid="ins-decide"
            onClick={() =>
              void run(() =>
                callApi('post', '/insurance-cases/{id}/supplement-decision', {
                  params: { id: c.id },
                  body: { version: c.version, decisions: a.lines.map((l) => ({ lineId: l.id, approved: decisions[l.id] ?? true })) },
                }),
              )
            }
          >
            {t('ins.saveDecision')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

function DocumentsCard({ c, run }: { c: CaseDetail; run: ReturnType<typeof useWoRun> }) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<string[] | null>(null);
  const value = checked ?? c.documents;
  const needed = CASE_DOCUMENTS.filter((d) => c.directPay || d !== 'direct_pay_authorization');
  return (
    <Card size="small" title={t('ins.documents')}>
      {c.missingDocuments.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('ins.missing', { list: c.missingDocuments.map((d) => t(`ins.doc.${d}`)).join('、') })}
        />
      )}
      <Checkbox.Group
        value={value}
        onChange={(v) => setChecked(v as string[])}
        options={needed.map((d) => ({ value: d, label: t(`ins.doc.${d}`) }))}
        data-testid="ins-documents"
      />
      <Space style={{ marginTop: 8, display: 'flex' }} wrap>
        <Button
          size="small"
          type="primary"
          disabled={checked === null}
          data-testid="ins-documents-save"
          onClick={() =>
            void run(() =>
              callApi('put', '/insurance-cases/{id}/documents', {
                params: { id: c.id },
                body: { version: c.version, checked: value as (typeof CASE_DOCUMENTS)[number][] },
              }),
            ).then(() => setChecked(null))
          }
        >
          {t('ins.saveDocuments')}
        </Button>
        <Upload
          showUploadList={false}
          accept="image/jpeg,image/png,image/webp,application/pdf"
          beforeUpload={(file) => {
            void fileToUpload(file).then((f) => run(() => callApi('post', '/insurance-cases/{id}/files', { params: { id: c.id }, body: { files: [f] } })));
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />}>
            {t('ins.addFiles')}
          </Button>
        </Upload>
        {c.files.map((f) => (
          <a key={f.id} href={`/api/attachments/${f.id}`} target="_blank" rel="noreferrer">
            {f.fileName}
          </a>
        ))}
      </Space>
    </Card>
  );
}

function LinkOrderModal({ c, open, onClose, onLink }: { c: CaseDetail; open: boolean; onClose: () => void; onLink: (id: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string>();
  const orders = useApiQuery('/work-orders', { query: { vehicleId: c.vehicleId, pageSize: 20 }, enabled: open });
  return (
    <Modal
      open={open}
      title={t('ins.ev.start_repair')}
      onCancel={onClose}
      okButtonProps={{ disabled: !picked }}
      onOk={() => void onLink(picked!).then(onClose)}
    >
      <Select
        style={{ width: '100%' }}
        placeholder={t('ins.pickOrder')}
        aria-label={t('ins.pickOrder')}
        value={picked}
        onChange={setPicked}
        data-testid="ins-link-order"
        options={(orders.data?.items ?? [])
          .filter((w) => w.status !== 'cancelled' && w.status !== 'closed')
          .map((w) => ({ value: w.id, label: `${w.number} · ${w.status}` }))}
      />
    </Modal>
  );
}
