import { useState } from 'react';
import { Button, Card, Input, InputNumber, Select, Space, Table, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useDebounced } from '../../lib/useDebounced';
import { useSession } from '../../session/SessionContext';
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
