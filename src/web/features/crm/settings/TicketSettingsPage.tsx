import { useMemo } from 'react';
import { Col, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useInvalidate } from '../../../api/query';
import { useSession } from '../../../session/SessionContext';
import { usePeople } from '../usePeople';
import { useRun } from '../useRun';
import { CalendarCard } from './CalendarCard';
import { HolidayImport } from './HolidayImport';
import { PoliciesCard } from './PoliciesCard';
import { RulesCard } from './RulesCard';

/** 投诉设置: the working calendar the SLA clocks run on, time limits per priority, routing rules. */
export default function TicketSettingsPage() {
  const { t } = useTranslation();
  const { pointId, pointName } = useSession();
  const settings = useApiQuery('/ticket-settings', { query: { servicePointId: pointId }, enabled: !!pointId });
  const refresh = useInvalidate('/ticket-settings', '/routing-rules', '/holiday-years');
  const run = useRun(refresh);
  const people = usePeople(pointId);
  const names = useMemo(
    () => ({
      employee: new Map(people.employeeOptions.map((o) => [o.value, o.label.split(' · ')[0]])),
      department: new Map(people.departmentOptions.map((o) => [o.value, o.label])),
    }),
    [people],
  );

  if (settings.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(settings.error as Error).message} />;
  const s = settings.data;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('nav.ticketSettings')}
        <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 12 }}>
          {pointName}
        </Typography.Text>
      </Typography.Title>
      {!s ? (
        <Skeleton active />
      ) : (
        <>
          <HolidayImport settings={s} run={run} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xxl={10}>
              <CalendarCard settings={s} run={run} />
            </Col>
            <Col xs={24} xxl={14}>
              <PoliciesCard policies={s.policies} run={run} />
            </Col>
            <Col span={24}>
              <RulesCard rules={s.rules} run={run} names={names} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
