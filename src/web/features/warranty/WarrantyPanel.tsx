import { useState } from 'react';
import { Alert, Button, Descriptions, Empty, Progress, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { formatDateTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import { ReturnRequestModal } from './ReturnRequestModal';

/** Reception and the vehicle tab: 包修期 / 三包有效期 (date and km left), the 三包 watch and open recalls of one car. */
export function WarrantyPanel({ vehicleId, compact = false }: { vehicleId: string; compact?: boolean }) {
  const { t } = useTranslation();
  const q = useApiQuery('/warranty/vehicles/{id}', { params: { id: vehicleId } });
  const { can } = useSession();
  const [recording, setRecording] = useState(false);
  if (q.isLoading) return <Spin size="small" />;
  if (!q.data) return null;
  const { coverage, watch, openCampaigns } = q.data;
  const period = (p: typeof coverage.baoxiu, label: string) =>
    p ? (
      <Space size={4} wrap>
        <Tag color={p.active ? 'green' : 'default'}>{p.active ? t('wty.active') : t('wty.expired')}</Tag>
        <span>
          {label} {t('wty.until', { date: p.endsOn, km: p.endsKm.toLocaleString() })}
        </span>
        {p.active ? <Typography.Text type="secondary">{t('wty.left', { days: p.daysLeft, km: p.kmLeft.toLocaleString() })}</Typography.Text> : null}
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('wty.noDates')}</Typography.Text>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="warranty-panel">
      {openCampaigns.map((c) => (
        <Alert
          key={c.id}
          type="error"
          showIcon
          message={t(c.kind === 'recall' ? 'wty.openRecall' : 'wty.openService', { title: c.title, number: c.number })}
          description={t('wty.campaignUntil', { date: c.endsOn, code: c.laborCode || '—' })}
        />
      ))}
      {watch.findings.map((f) => (
        <Alert key={f.key} type={f.level === 'alert' ? 'error' : 'warning'} showIcon message={f.messageZh} />
      ))}
      {watch.current?.loanerDue ? <Alert type="info" showIcon message={t('wty.loaner', { days: watch.current.days })} /> : null}
      <Descriptions size="small" column={compact ? 1 : 2} bordered>
        <Descriptions.Item label={t('wty.baoxiu')}>{period(coverage.baoxiu, t('wty.baoxiu'))}</Descriptions.Item>
        <Descriptions.Item label={t('wty.sanbao')}>{period(coverage.sanbao, t('wty.sanbao'))}</Descriptions.Item>
        <Descriptions.Item label={t('wty.repairDays')}>
          <Progress
            percent={Math.min(100, Math.round((watch.repairDays / 30) * 100))}
            steps={10}
            size="small"
            format={() => t('wty.daysOf30', { days: watch.repairDays })}
            aria-label={`${t('wty.repairDays')}: ${t('wty.daysOf30', { days: watch.repairDays })}`}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('wty.problems')}>
          {watch.problems.length ? watch.problems.map((p) => <Tag key={p.code}>{t('wty.problemCount', { name: p.zh || p.code, count: p.count })}</Tag>) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('wty.partsReplaced')} span={compact ? 1 : 2}>
          {watch.partsReplaced.length ? watch.partsReplaced.map((p) => <Tag key={p.partNo}>{`${p.nameZh} ×${p.count}`}</Tag>) : '—'}
        </Descriptions.Item>
      </Descriptions>
      {!coverage.policyId ? <Typography.Text type="secondary">{coverage.reasonZh}</Typography.Text> : null}
      {watch.current ? (
        <Typography.Text type="secondary">{t('wty.current', { days: watch.current.days, from: formatDateTime(watch.current.loanerFrom) })}</Typography.Text>
      ) : null}
      {can('claims.manage') && coverage.startsOn ? (
        <Button size="small" onClick={() => setRecording(true)} data-testid="warranty-return-new">
          {t('wty.newReturnButton')}
        </Button>
      ) : null}
      {recording ? <ReturnRequestModal vehicleId={vehicleId} onClose={() => setRecording(false)} /> : null}
    </Space>
  );
}

/** The 三包 tab of a customer: one panel per car. */
export function WarrantyTab({ vehicles }: { vehicles: { id: string; plate: string; vin: string }[] }) {
  if (!vehicles.length) return <Empty />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {vehicles.map((v) => (
        <div key={v.id}>
          <Typography.Title level={5}>{v.plate || v.vin}</Typography.Title>
          <WarrantyPanel vehicleId={v.id} />
        </div>
      ))}
    </Space>
  );
}
