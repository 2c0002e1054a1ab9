import { useMemo } from 'react';
import { Button, Col, Empty, Row, Statistic, Typography } from 'antd';
import { DashCard } from '../../components/DashCard';
import { SimpleList } from '../../components/SimpleList';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { CertTag, HEADCOUNT_COLORS } from '../../components/StatusTags';
import { useSession } from '../../session/SessionContext';
import { HeadcountChart } from './HeadcountChart';
import { TodayPanel } from './TodayPanel';
import { MyWorkPanel } from './MyWorkPanel';
import { certificationAlerts, headcountByDepartment } from './stats';

/**
 * 首页: the user's own work first (我的工作), then the station's numbers for managers and the workshop supervisor,
 * and the organisation's figures (编制, certificates) only for HR and administrators.
 */
export default function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, pointId, pointName, can } = useSession();
  const allowed = can('employees.manage', 'org.manage');
  const seesToday = can('reports.read', 'workshop.dispatch');
  // The manager's own work is the station's figures: those first.
  const kpisFirst = can('reports.read');
  const on = allowed && !!pointId;
  const q = { servicePointId: pointId };
  const chart = useApiQuery('/org/chart', { query: q, enabled: on });
  const staffing = useApiQuery('/staffing', { query: q, enabled: on });
  const employees = useApiQuery('/employees', { query: { ...q, pageSize: 500 }, enabled: on });

  const byDept = useMemo(() => headcountByDepartment(staffing.data?.rows ?? [], t('home.noDepartment')), [staffing.data, t]);
  const certs = useMemo(() => certificationAlerts(employees.data?.items ?? []), [employees.data]);
  const expired = certs.filter((c) => c.status === 'expired').length;
  const totals = staffing.data?.totals;
  const loading = chart.isFetching || staffing.isFetching;

  const welcome = (
    <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
      {t('home.welcome', { name: me?.displayName ?? '' })}
      <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 12 }}>
        {pointName}
      </Typography.Text>
    </Typography.Title>
  );
  if (!allowed)
    return (
      <>
        {welcome}
        {kpisFirst && <TodayPanel />}
        <MyWorkPanel />
        {seesToday && !kpisFirst && <TodayPanel />}
      </>
    );

  const cards = [
    { key: 'positions', value: chart.data?.positions.length ?? 0, to: '/org/chart' },
    {
      key: 'headcount',
      value: totals?.actual ?? 0,
      suffix: `/ ${totals?.planned ?? 0}`,
      to: '/org/staffing',
      color: totals && totals.actual < totals.planned ? HEADCOUNT_COLORS.under.main : undefined,
    },
    { key: 'vacant', value: totals?.vacantPositions ?? 0, to: '/org/staffing', color: totals?.vacantPositions ? HEADCOUNT_COLORS.vacant.main : undefined },
    {
      key: 'certs',
      value: certs.length - expired,
      suffix: expired ? t('home.expiredSuffix', { count: expired }) : undefined,
      to: '/org/employees',
      color: certs.length ? HEADCOUNT_COLORS.under.main : undefined,
    },
  ];
  const noPositions = chart.data && chart.data.positions.length === 0;

  return (
    <>
      {welcome}
      {kpisFirst && <TodayPanel />}
      <MyWorkPanel />
      {seesToday && !kpisFirst && <TodayPanel />}
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.key} xs={12} lg={6}>
            <DashCard loading={loading && !chart.data} onClick={() => navigate(c.to)} data-testid={`home-card-${c.key}`}>
              <Statistic title={t(`home.cards.${c.key}`)} value={c.value} suffix={c.suffix} styles={{ content: { color: c.color } }} />
            </DashCard>
          </Col>
        ))}
        <Col xs={24} lg={16}>
          <DashCard title={t('home.headcountByDept')}>
            {noPositions || byDept.length === 0 ? (
              <Empty description={can('org.manage') ? t('home.noPositionsCanEdit') : t('home.noPositions')}>
                {can('org.manage') && (
                  <Button type="primary" onClick={() => navigate('/org/chart')}>
                    {t('home.goChart')}
                  </Button>
                )}
              </Empty>
            ) : (
              <HeadcountChart data={byDept} />
            )}
          </DashCard>
        </Col>
        <Col xs={24} lg={8}>
          <DashCard title={t('home.certAlerts')} extra={<Typography.Link onClick={() => navigate('/org/employees')}>{t('home.viewAll')}</Typography.Link>}>
            {certs.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noCertAlerts')} />
            ) : (
              <SimpleList
                items={certs.slice(0, 8)}
                maxHeight={280}
                render={(c) => ({
                  key: `${c.employee}|${c.name}`,
                  title: `${c.employee} · ${c.name}`,
                  description: c.expiresOn ? t('home.expiresOn', { date: c.expiresOn }) : undefined,
                  extra: <CertTag status={c.status} />,
                })}
              />
            )}
          </DashCard>
        </Col>
      </Row>
    </>
  );
}
