import { useMemo } from 'react';
import { Alert, Col, Empty, Row, Statistic } from 'antd';
import { DashCard } from '../../components/DashCard';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { WORK_ORDER_STATUS_HEX } from '../../components/StatusTags';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { useWoLabels } from '../work-orders/types';
import { inRepairCount, statusOption, weekOption } from './todayCharts';

/** Today at the station: arrivals, appointments, cars in repair, revenue; the week's trend and work orders by status. */
export function TodayPanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useWoLabels();
  const { pointId } = useSession();
  const today = useApiQuery('/home/today', { query: { servicePointId: pointId }, enabled: !!pointId });
  // The route does not declare its answer yet (z.any()): typed here until the OpenAPI document does.
  const d = today.data;

  const options = useMemo(
    () =>
      d && {
        week: weekOption(d.week, { labor: t('today.labor'), parts: t('today.parts'), arrivals: t('today.arrivalsSeries') }),
        status: statusOption(d.workOrdersByStatus, labels.status, WORK_ORDER_STATUS_HEX),
      },
    [d, t, labels.status],
  );

  if (today.error) return <Alert type="warning" showIcon title={t('common.loadFailed')} description={(today.error as Error).message} />;
  const money = (fen: number) => (fen / 100).toFixed(2);
  const cards = d
    ? [
        { key: 'arrivals', value: d.arrivals, to: '/work-orders' },
        { key: 'withAppointment', value: d.arrivalsWithAppointment, suffix: d.arrivals ? `/ ${d.arrivals}` : undefined },
        { key: 'appointments', value: d.appointmentsToday, to: '/appointments' },
        { key: 'inRepair', value: inRepairCount(d.workOrdersByStatus), to: '/work-orders' },
        { key: 'labor', value: money(d.revenueToday.laborFen), prefix: '¥' },
        { key: 'parts', value: money(d.revenueToday.partsFen), prefix: '¥' },
        { key: 'collected', value: money(d.revenueToday.collectedFen), prefix: '¥', to: '/cashier' },
      ]
    : [];
  const hasWeek = !!d && d.week.some((w) => w.arrivals || w.laborFen || w.partsFen);
  const hasStatus = !!d && Object.values(d.workOrdersByStatus).some((n) => n);

  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="home-today">
      {(d ? cards : Array.from({ length: 7 }, (_, i) => ({ key: String(i), value: 0 }))).map(
        (c: { key: string; value: number | string; to?: string; suffix?: string; prefix?: string }) => (
          <Col key={c.key} flex="1 1 140px">
            <DashCard loading={!d} onClick={c.to ? () => navigate(c.to!) : undefined} data-testid={`today-card-${c.key}`}>
              <Statistic
                title={t(`today.cards.${c.key}`, { defaultValue: '' })}
                value={c.value}
                prefix={c.prefix}
                suffix={c.suffix}
                styles={{ content: { fontSize: 22 } }}
              />
            </DashCard>
          </Col>
        ),
      )}
      <Col xs={24} xl={14}>
        <DashCard title={t('today.weekTitle')} bodyStyle={{ height: 260 }}>
          {options && hasWeek ? (
            <EChart option={options.week} style={{ height: 236 }} data-testid="chart-week" />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('today.noWeek')} style={{ marginTop: 60 }} />
          )}
        </DashCard>
      </Col>
      <Col xs={24} xl={10}>
        <DashCard title={t('today.statusTitle')} bodyStyle={{ height: 260 }}>
          {options && hasStatus ? (
            <EChart option={options.status} style={{ height: 236 }} data-testid="chart-wo-status" />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('today.noOrders')} style={{ marginTop: 60 }} />
          )}
        </DashCard>
      </Col>
    </Row>
  );
}
