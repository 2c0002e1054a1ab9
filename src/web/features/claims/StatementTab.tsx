import { useState } from 'react';
import { Button, DatePicker, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { useClaimsRun } from './shared';

/** The monthly claim statement of a station: approved claims, missing-part deductions, the payable; .xlsx and print; HQ issues it. */
export function StatementTab() {
  const { t } = useTranslation();
  const { pointId, points, can } = useSession();
  const run = useClaimsRun();
  const stations = points.filter((p) => p.kind === 'station' || p.kind === 'franchise');
  const own = stations.find((p) => p.id === pointId);
  const [stationId, setStationId] = useState<string | undefined>(own?.id ?? stations[0]?.id);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const m = month.format('YYYY-MM');
  const s = useApiQuery('/claim-statements/month', { query: { servicePointId: stationId ?? '', month: m }, enabled: !!stationId });
  const st = s.data;
  const q = `servicePointId=${stationId}&month=${m}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="claim-statement">
      <Space wrap>
        {!own ? (
          <Select
            aria-label={t('cl.station')}
            placeholder={t('cl.station')}
            style={{ minWidth: 220 }}
            value={stationId}
            onChange={setStationId}
            options={stations.map((p) => ({ value: p.id, label: p.nameZh }))}
          />
        ) : null}
        <DatePicker picker="month" aria-label={t('cl.month')} value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />
        <Button href={`/api/claim-statements/month/xlsx?${q}`}>{t('cl.xlsx')}</Button>
        <Button href={`/api/claim-statements/month/print?${q}`} target="_blank">
          {t('cl.print')}
        </Button>
        {can('claims.review') && st && !st.id && stationId ? (
          <Button type="primary" onClick={() => run(() => callApi('post', '/claim-statements', { body: { servicePointId: stationId, month: m } }))}>
            {t('cl.issueStatement')}
          </Button>
        ) : null}
      </Space>
      {st && (
        <>
          <Typography.Text strong data-testid="claim-statement-total">
            {st.stationName} {st.month} {st.number ?? t('cl.preview')} · {t('cl.claimCount', { count: st.claimCount })} · {t('cl.payable')}{' '}
            {formatYuan(st.payableFen)}
          </Typography.Text>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={st.claims}
            locale={{ emptyText: t('cl.noStatementClaims') }}
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
