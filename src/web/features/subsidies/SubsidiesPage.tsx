import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Descriptions, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { downloadFile } from '../../api/client';
import { useReportError } from '../../lib/errors';
import { usePointTime } from '../../lib/time';
import type { components } from '../../api/openapi.gen';
import { RulesModal } from './RulesModal';

type Statement = components['schemas']['SubsidyStatement'];
type Line = Statement['lines'][number];
const STATUS_COLOR = { computed: 'default', reviewed: 'processing', approved: 'success' } as const;
const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function AdjustModal({ s, line, onClose }: { s: Statement; line: Line; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const [form] = Form.useForm<{ adjustYuan: number; note: string }>();
  const save = useApiMutation('patch', '/subsidies/statements/{id}/lines/{lineId}');
  return (
    <Modal
      open
      title={t('sub.adjustOf', { name: line.dealerName })}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({
            params: { id: s.id, lineId: line.id },
            body: { version: s.version, adjustFen: Math.round((v.adjustYuan ?? 0) * 100), note: v.note ?? '' },
          });
          onClose();
        } catch (e) {
          report(e, form, { rename: { adjustFen: 'adjustYuan' } });
        }
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ adjustYuan: line.adjustFen / 100, note: line.note }}>
        <Form.Item name="adjustYuan" label={t('sub.adjustYuan')}>
          <InputNumber precision={2} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="note" label={t('sub.reason')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StatementDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const tz = usePointTime();
  const report = useReportError();
  const q = useApiQuery('/subsidies/statements/{id}', { params: { id } });
  const act = useApiMutation('post', '/subsidies/statements/{id}/actions');
  const [adjusting, setAdjusting] = useState<Line | null>(null);
  const s = q.data;
  if (!s) return null;
  const run = (action: 'review' | 'approve' | 'reopen' | 'recompute') =>
    act.mutateAsync({ params: { id }, body: { version: s.version, action } }).catch((e) => report(e));
  return (
    <Drawer
      open
      size={980}
      onClose={onClose}
      title={t('sub.statementTitle', { month: s.month, point: s.pointName })}
      extra={<Button onClick={() => downloadFile(`/subsidies/statements/${id}/export`, undefined, `服务补贴-${s.month}.xlsx`)}>{t('sub.export')}</Button>}
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('sub.statusLabel')}>
          <Tag color={STATUS_COLOR[s.status]}>{t(`sub.status.${s.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('sub.total')}>
          <Typography.Text strong>{yuan(s.totalFen)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('sub.period')}>
          {s.periodFrom} – {s.periodTo}
        </Descriptions.Item>
        <Descriptions.Item label={t('sub.rules')}>{s.rulesText}</Descriptions.Item>
        <Descriptions.Item label={t('sub.computed')}>
          {s.computedByName} · {tz.dateTime(s.computedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('sub.reviewed')}>{s.reviewedByName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('sub.approved')}>{s.approvedByName ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={s.lines}
        columns={[
          { title: t('sub.dealer'), render: (_, l) => `${l.dealerCode} ${l.dealerName}` },
          { title: t('sub.settledOrders'), dataIndex: 'settledOrders', align: 'right' },
          { title: t('sub.fieldVisits'), dataIndex: 'fieldVisits', align: 'right' },
          { title: t('sub.amount'), align: 'right', render: (_, l) => yuan(l.amountFen) },
          { title: t('sub.adjust'), align: 'right', render: (_, l) => (l.adjustFen ? yuan(l.adjustFen) : '—') },
          { title: t('sub.payable'), align: 'right', render: (_, l) => <Typography.Text strong>{yuan(l.payableFen)}</Typography.Text> },
          { title: t('sub.basisText'), render: (_, l) => `${l.basisText}${l.note ? `;${l.note}` : ''}` },
          {
            title: t('common.actions'),
            render: (_, l) =>
              s.status === 'computed' ? (
                <Button size="small" onClick={() => setAdjusting(l)}>
                  {t('sub.adjustBtn')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Space style={{ marginTop: 16 }} wrap>
        {s.status === 'computed' && (
          <>
            <Button onClick={() => run('recompute')}>{t('sub.recompute')}</Button>
            <Popconfirm title={t('sub.reviewConfirm')} onConfirm={() => run('review')}>
              <Button type="primary">{t('sub.review')}</Button>
            </Popconfirm>
          </>
        )}
        {s.status === 'reviewed' && (
          <>
            <Button danger onClick={() => run('reopen')}>
              {t('sub.reopen')}
            </Button>
            {s.canApprove ? (
              <Popconfirm title={t('sub.approveConfirm', { total: yuan(s.totalFen) })} onConfirm={() => run('approve')}>
                <Button type="primary">{t('sub.approve')}</Button>
              </Popconfirm>
            ) : (
              <Typography.Text type="secondary">{t('sub.awaitingApproval')}</Typography.Text>
            )}
          </>
        )}
      </Space>
      {adjusting && <AdjustModal s={s} line={adjusting} onClose={() => setAdjusting(null)} />}
    </Drawer>
  );
}

/** Monthly service-subsidy statements of one's point: compute a finished month, adjust, review, approve, export. */
export default function SubsidiesPage() {
  const { t } = useTranslation();
  const report = useReportError();
  const list = useApiQuery('/subsidies/statements');
  const create = useApiMutation('post', '/subsidies/statements');
  // ?statement=<id> (the link from 待我审批) opens that statement.
  const [params, setParams] = useSearchParams();
  const open = params.get('statement');
  const setOpen = (id: string | null) => setParams(id ? { statement: id } : {});
  const [rules, setRules] = useState(false);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ month: string }>();
  if (list.error && !list.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('sub.nav')}
        </Typography.Title>
        <Space>
          <Button icon={<SettingOutlined />} onClick={() => setRules(true)}>
            {t('sub.rules')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('sub.new')}
          </Button>
        </Space>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('sub.month'),
            render: (_, r) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(r.id)}>
                {r.month} · {r.pointName}
              </Button>
            ),
          },
          { title: t('sub.dealers'), dataIndex: 'dealers', align: 'right' },
          { title: t('sub.total'), align: 'right', render: (_, r) => yuan(r.totalFen) },
          { title: t('sub.statusLabel'), render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`sub.status.${r.status}`)}</Tag> },
          { title: t('sub.approved'), render: (_, r) => r.approvedByName ?? '—' },
        ]}
      />
      {open && <StatementDrawer id={open} onClose={() => setOpen(null)} />}
      {rules && <RulesModal onClose={() => setRules(false)} />}
      <Modal
        open={creating}
        title={t('sub.new')}
        onCancel={() => setCreating(false)}
        confirmLoading={create.isPending}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            const r = await create.mutateAsync({ body: v });
            setCreating(false);
            setOpen(r.id);
          } catch (e) {
            report(e, form);
          }
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="month" label={t('sub.month')} rules={[{ required: true, message: t('sub.monthRequired') }]}>
            <Input type="month" style={{ width: 200 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
