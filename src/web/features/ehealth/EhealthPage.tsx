import { useState } from 'react';
import { Button, Descriptions, Result, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { useReportError } from '../../lib/errors';
import { usePointTime } from '../../lib/time';
import type { components } from '../../api/openapi.gen';

type Rec = components['schemas']['EhealthRecord'];
type Status = Rec['status'];
const COLOR = { pending: 'processing', sent: 'success', failed: 'error' } as const;

/** The e-health records of one's scope: failures first (with the error and a retry), then pending and sent. */
export default function EhealthPage() {
  const { t } = useTranslation();
  const tz = usePointTime();
  const { can } = useSession();
  const report = useReportError();
  const [status, setStatus] = useState<Status | 'all'>('failed');
  const list = useApiQuery('/ehealth/records', { query: { status: status === 'all' ? undefined : status } });
  const retry = useApiMutation('post', '/ehealth/records/{id}/retry');
  const mayRetry = can('settings.manage') || can('audit.read');
  if (list.error && !list.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('eh.nav')}
        </Typography.Title>
        <Segmented
          aria-label={t('eh.statusLabel')}
          value={status}
          onChange={(v) => setStatus(v as Status | 'all')}
          options={(['failed', 'pending', 'sent', 'all'] as const).map((s) => ({ value: s, label: t(`eh.status.${s}`) }))}
        />
      </Space>
      <Table<Rec>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('eh.company')}>{r.payload.companyname}</Descriptions.Item>
              <Descriptions.Item label={t('eh.mileage')}>{r.payload.repairmileage}</Descriptions.Item>
              <Descriptions.Item label={t('eh.repairDate')}>{r.payload.repairdate}</Descriptions.Item>
              <Descriptions.Item label={t('eh.fault')}>{r.payload.faultdescription}</Descriptions.Item>
              <Descriptions.Item label={t('eh.parts')} span={2}>
                {r.payload.vehiclepartslist.map((p) => `${p.partsname}(${p.partscode})× ${p.partsquantity}`).join(';') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('eh.items')} span={2}>
                {r.payload.repairprojectlist.map((p) => `${p.repairproject} ${p.workinghours} h`).join(';') || '—'}
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('eh.workOrder'), dataIndex: 'workOrderNumber' },
          { title: t('eh.plate'), dataIndex: 'plate' },
          { title: 'VIN', dataIndex: 'vin' },
          { title: t('eh.settlement'), render: (_, r) => `${r.settlementNumber} · ${r.settleDate}` },
          { title: t('eh.statusLabel'), render: (_, r) => <Tag color={COLOR[r.status]}>{t(`eh.status.${r.status}`)}</Tag> },
          { title: t('eh.attempts'), dataIndex: 'attempts', align: 'right' },
          {
            title: t('eh.lastError'),
            render: (_, r) =>
              r.status === 'sent'
                ? tz.dateTime(r.sentAt)
                : [r.lastError, r.nextAttemptAt && t('eh.nextAt', { at: tz.dateTime(r.nextAttemptAt) })].filter(Boolean).join(' · ') || '—',
          },
          {
            title: t('common.actions'),
            render: (_, r) =>
              mayRetry && r.status !== 'sent' ? (
                <Button size="small" loading={retry.isPending} onClick={() => retry.mutateAsync({ params: { id: r.id } }).catch((e) => report(e))}>
                  {t('eh.retry')}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
