import { useState } from 'react';
import { Button, Card, Input, InputNumber, Select, Space, Table, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useDebounced } from '../../lib/useDebounced';
import { useSession } from '../../session/SessionContext';
import { ClaimTechSupport } from '../knowledge/ClaimTechSupport';
import { BatchesTab } from './BatchesTab';
import { ClaimDrawer } from './ClaimDrawer';
import { NewClaimModal } from './NewClaimModal';
import { OldPartsTab } from './OldPartsTab';
import { PreauthsTab } from './PreauthsTab';
import { StatementTab } from './StatementTab';
import { SuppliersTab } from './SuppliersTab';
import { type Claim, ClaimStatusTag, STATUS } from './shared';

export { ClaimStatusTag } from './shared';

const TABS = ['claims', 'preauths', 'old-parts', 'batches', 'statements', 'suppliers'] as const;

/**
 * 索赔 workspace: claims (the station's list or the manufacturer's queue), pre-authorisations, old parts and boxes,
 * return batches, monthly statements, supplier recovery. /claims/<tab> opens a tab, /claims/<id> a claim.
 */
export default function ClaimsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { id } = useParams();
  const navigate = useNavigate();
  const tab = TABS.find((x) => x === id) ?? 'claims';
  const claimId = id && !TABS.some((x) => x === id) ? id : undefined;
  const tabs = [
    { key: 'claims', label: t('cl.claims'), children: <ClaimList onOpen={(c) => navigate(`/claims/${c}`)} /> },
    { key: 'preauths', label: t('cl.preauths'), children: <PreauthsTab /> },
    { key: 'old-parts', label: t('cl.oldParts'), children: <OldPartsTab /> },
    { key: 'batches', label: t('cl.batches'), children: <BatchesTab /> },
    { key: 'statements', label: t('cl.statements'), children: <StatementTab /> },
    ...(can('claims.review') ? [{ key: 'suppliers', label: t('cl.suppliers'), children: <SuppliersTab /> }] : []),
  ];
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cl.nav')}
        </Typography.Title>
      }
      data-testid="claims-page"
    >
      <Tabs activeKey={tab} destroyOnHidden onChange={(k) => navigate(k === 'claims' ? '/claims' : `/claims/${k}`)} items={tabs} />
      {claimId && <ClaimDrawer id={claimId} onClose={() => navigate('/claims')} />}
    </Card>
  );
}

function ClaimList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const time = usePointTime();
  const { points, can } = useSession();
  const [status, setStatus] = useState<string[]>([]);
  const [minAgeDays, setMinAge] = useState<number | null>(null);
  const [servicePointId, setPoint] = useState<string | undefined>();
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const list = useApiQuery('/claims', {
    query: { status: status.join(',') || undefined, minAgeDays: minAgeDays ?? undefined, servicePointId, q: q || undefined },
  });
  const en = i18n.language.startsWith('en');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {can('claims.manage') ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="claim-new">
            {t('cl.newClaim')}
          </Button>
        ) : null}
        <Input.Search
          aria-label={t('cl.search')}
          placeholder={t('cl.search')}
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 220 }}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t('cl.filterStatus')}
          placeholder={t('cl.filterStatus')}
          style={{ minWidth: 240 }}
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS).map(([value, s]) => ({ value, label: en ? s.en : s.zh }))}
        />
        {can('claims.review') ? (
          <Select
            allowClear
            aria-label={t('cl.filterPoint')}
            placeholder={t('cl.filterPoint')}
            style={{ minWidth: 220 }}
            value={servicePointId}
            onChange={setPoint}
            options={points.filter((p) => p.kind !== 'hq').map((p) => ({ value: p.id, label: p.nameZh }))}
          />
        ) : null}
        <InputNumber
          aria-label={t('cl.minAge')}
          placeholder={t('cl.minAge')}
          min={0}
          value={minAgeDays}
          onChange={(v) => setMinAge(v)}
          style={{ width: 140 }}
        />
      </Space>
      <Table<Claim>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('cl.empty') }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('cl.number'),
            key: 'number',
            render: (_, r) => (
              <Button type="link" onClick={() => onOpen(r.id)} style={{ padding: 0 }}>
                {r.number}
              </Button>
            ),
          },
          { title: t('cl.status'), key: 'status', render: (_, r) => <ClaimStatusTag status={r.status} /> },
          { title: t('cl.station'), dataIndex: 'stationName', key: 'station' },
          { title: t('cl.plate'), dataIndex: 'plate', key: 'plate' },
          { title: t('cl.vin'), dataIndex: 'vin', key: 'vin' },
          { title: t('cl.fault'), dataIndex: 'faultCode', key: 'fault' },
          { title: t('cl.amount'), key: 'amount', align: 'right', render: (_, r) => formatYuan(r.amountFen) },
          { title: t('cl.submittedAt'), key: 'submittedAt', render: (_, r) => time.dateTime(r.submittedAt) },
        ]}
      />
      {creating ? (
        <NewClaimModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      ) : null}
    </>
  );
}

function ClaimDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const time = usePointTime();
  const claim = useApiQuery('/claims/{id}', { params: { id } });
  const refresh = useInvalidate('/claims');
  const [reason, setReason] = useState('');
  const c = claim.data;
  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
      message.success(t('cl.saved'));
      refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const decide = (decision: 'approve' | 'reject' | 'return') =>
    c && run(() => callApi('post', '/claims/{id}/decision', { params: { id }, body: { version: c.version, decision, reason } }));
  const editable = c && (c.status === 'draft' || c.status === 'returned');
  const waiting = c && (c.status === 'submitted' || c.status === 'reviewing');
  return (
    <Drawer open width={720} title={c ? `${t('cl.detail')} ${c.number}` : t('cl.detail')} onClose={onClose} loading={claim.isLoading}>
      {c && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('cl.status')}>
              <ClaimStatusTag status={c.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.station')}>{c.stationName}</Descriptions.Item>
            <Descriptions.Item label={t('cl.vin')}>
              {c.vin} ({c.model})
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.plate')}>
              {c.plate} · {c.workOrderNumber}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.fault')}>{c.faultCode || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cl.causePart')}>{c.causePartNo || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cl.amount')}>{formatYuan(c.amountFen)}</Descriptions.Item>
            <Descriptions.Item label={t('cl.approved')}>{c.approvedFen === null ? '—' : formatYuan(c.approvedFen)}</Descriptions.Item>
            <Descriptions.Item label={t('cl.submittedAt')}>{time.dateTime(c.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('cl.reason')}>{c.decisionReason || '—'}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('cl.lines')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.lines}
            columns={[
              { title: '#', dataIndex: 'lineNo', key: 'n', width: 40 },
              { title: t('cl.number'), dataIndex: 'code', key: 'code' },
              { title: t('cl.causePart'), dataIndex: 'name', key: 'name' },
              { title: '', key: 'q', render: (_, l) => (l.kind === 'labor' ? `${l.hours} h` : `× ${l.qty}`) },
              { title: t('cl.amount'), key: 'a', align: 'right', render: (_, l) => formatYuan(l.amountFen) },
              { title: t('cl.tag'), dataIndex: 'tagNo', key: 'tag' },
            ]}
          />
          <Typography.Title level={5}>{t('cl.preChecks')}</Typography.Title>
          {c.preChecks === null ? (
            <Typography.Text type="secondary">{t('cl.notChecked')}</Typography.Text>
          ) : c.preChecks.length === 0 ? (
            <Tag color="green">{t('cl.preCheckPassed')}</Tag>
          ) : (
            <ul data-testid="claim-findings">
              {c.preChecks.map((f) => (
                <li key={f.rule}>
                  <Tag color={f.severity === 'reject' ? 'red' : 'orange'}>{f.severity === 'reject' ? t('cl.reject') : t('cl.return')}</Tag>
                  {f.messageZh}
                </li>
              ))}
            </ul>
          )}
          <ClaimTechSupport claimId={c.id} workOrderId={c.workOrderId} />
          {editable && can('claims.manage') && (
            <Space>
              <Button onClick={() => run(() => callApi('post', '/claims/{id}/pre-check', { params: { id } }))}>{t('cl.preCheck')}</Button>
              <Button type="primary" onClick={() => run(() => callApi('post', '/claims/{id}/submit', { params: { id }, body: { version: c.version } }))}>
                {t('cl.submit')}
              </Button>
            </Space>
          )}
          {waiting && can('claims.review') && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.TextArea
                aria-label={t('cl.reason')}
                placeholder={t('cl.reasonRequired')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={2}
              />
              <Space>
                <Button type="primary" onClick={() => decide('approve')}>
                  {t('cl.approve')}
                </Button>
                <Button onClick={() => decide('return')}>{t('cl.return')}</Button>
                <Button danger onClick={() => decide('reject')}>
                  {t('cl.reject')}
                </Button>
              </Space>
            </Space>
          )}
        </Space>
      )}
    </Drawer>
  );
}

function OldParts() {
  const { t } = useTranslation();
  const parts = useApiQuery('/old-parts', { query: {} });
  const due = (parts.data?.items ?? []).filter((p) => p.returnStatus === 'due').map((p) => p.id);
  return (
    <>
      <Button href={`/api/old-parts/tags/print${due.length ? `?ids=${due.join(',')}` : ''}`} target="_blank" style={{ marginBottom: 12 }}>
        {t('cl.printTags')}
      </Button>
      <Table<OldPart>
        rowKey="id"
        size="small"
        loading={parts.isLoading}
        dataSource={parts.data?.items ?? []}
        columns={[
          { title: t('cl.tag'), dataIndex: 'tagNo', key: 'tag' },
          { title: t('cl.number'), dataIndex: 'claimNumber', key: 'claim' },
          { title: t('cl.causePart'), key: 'part', render: (_, p) => `${p.code} ${p.name}` },
          { title: t('cl.returnStatus'), dataIndex: 'returnStatus', key: 'rs' },
          { title: t('cl.amount'), key: 'a', align: 'right', render: (_, p) => formatYuan(p.amountFen) },
        ]}
      />
    </>
  );
}

function Statement() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [month, setMonth] = useState<Dayjs>(dayjs().subtract(1, 'month'));
  const m = month.format('YYYY-MM');
  const s = useApiQuery('/claim-statements/month', { query: { servicePointId: pointId ?? '', month: m }, enabled: !!pointId });
  const st = s.data;
  const q = `servicePointId=${pointId}&month=${m}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="claim-statement">
      <Space>
        <DatePicker picker="month" aria-label={t('cl.month')} value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />
        <Button href={`/api/claim-statements/month/xlsx?${q}`}>{t('cl.xlsx')}</Button>
        <Button href={`/api/claim-statements/month/print?${q}`} target="_blank">
          {t('cl.print')}
        </Button>
      </Space>
      {st && (
        <>
          <Typography.Text strong>
            {st.stationName} {st.month} {st.number ?? t('cl.preview')} · {t('cl.payable')} {formatYuan(st.payableFen)}
          </Typography.Text>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={st.claims}
            columns={[
              { title: t('cl.number'), dataIndex: 'number', key: 'n' },
              { title: t('cl.vin'), dataIndex: 'vin', key: 'v' },
              { title: t('cl.approved'), key: 'a', align: 'right', render: (_, c) => formatYuan(c.approvedFen) },
            ]}
          />
          {st.deductions.length > 0 && (
            <Typography.Text type="danger">
              {t('cl.deductions')}: {st.deductions.map((d) => `${d.tagNo} ${d.name} -${formatYuan(d.amountFen)}`).join(';')}
            </Typography.Text>
          )}
        </>
      )}
    </Space>
  );
}
