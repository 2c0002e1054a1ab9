import { useEffect, useState } from 'react';
import { Button, Card, Col, DatePicker, Result, Row, Space, Statistic, Tooltip, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { AdvisorLists } from './AdvisorLists';
import { BookingDrawer, type BookingPreset } from './BookingDrawer';
import { SlotGrid } from './SlotGrid';
import { percent, weekOf } from './slots';
import { APPOINTMENT_QUERIES } from './types';
import { usePointDay } from './usePointDay';

/** The week's appointment figures: booked, arrived, no-shows, appointment rate, success rate. */
function WeekStats({ date }: { date: Dayjs }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [from, to] = weekOf(date);
  const stats = useApiQuery('/appointment-stats', {
    query: { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD'), servicePointId: pointId },
    enabled: !!pointId,
  });
  const s = stats.data;
  const cards = [
    { key: 'appointments', value: s?.appointments ?? '—' },
    { key: 'arrivals', value: s?.arrivals ?? '—' },
    { key: 'noShows', value: s?.noShows ?? '—', color: s?.noShows ? '#cf1322' : undefined },
    { key: 'appointmentRate', value: percent(s?.appointmentRate) },
    { key: 'showRate', value: percent(s?.showRate) },
    { key: 'successRate', value: percent(s?.successRate) },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }} className="appt-no-print">
      {cards.map((c) => (
        <Col key={c.key} flex="1 1 150px">
          <Card size="small" loading={stats.isLoading} data-testid={`appt-stat-${c.key}`}>
            <Tooltip title={t(`appt.statHints.${c.key}`)}>
              <Statistic title={t(`appt.stats.${c.key}`)} value={c.value} styles={{ content: { color: c.color, fontSize: 22 } }} />
            </Tooltip>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('appt.weekRange', { from: from.format('MM-DD'), to: to.format('MM-DD') })}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 预约看板: free workshop minutes per slot, the day's appointments per advisor, booking, arrivals and no-shows. */
export default function AppointmentsPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [params, setParams] = useSearchParams();
  const pointDay = usePointDay();
  // The station's tomorrow (the clerk books ahead) until a day is chosen; never the browser's date.
  const [chosen, setDate] = useState<Dayjs | null>(null);
  const date = chosen ?? dayjs(pointDay.tomorrow);
  const [booking, setBooking] = useState<BookingPreset | null>(null);
  const day = date.format('YYYY-MM-DD');
  const avail = useApiQuery('/appointments/availability', { query: { date: day, servicePointId: pointId }, enabled: !!pointId });
  const list = useApiQuery('/appointments', { query: { from: day, to: day, servicePointId: pointId }, enabled: !!pointId });
  const reload = useInvalidate(...APPOINTMENT_QUERIES);

  // /appointments?vehicle=… (from the customer's drawer): open the booking with that car.
  const vehicleParam = params.get('vehicle');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the ?vehicle= link changes, not on every date or params change
  useEffect(() => {
    if (!vehicleParam) return;
    callApi('get', '/vehicles/{id}', { params: { id: vehicleParam } })
      .then((v) => setBooking({ date, vehicle: { value: v.id, label: `${v.plate || v.vin} · ${v.customerName} · ${v.brand} ${v.model}` } }))
      .catch(() => setBooking({ date }))
      .finally(() => setParams({}, { replace: true }));
  }, [vehicleParam]);

  const error = avail.error ?? list.error;
  if (error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(error as Error).message} />;

  return (
    <>
      <Space className="appt-no-print" style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.appointments')}
        </Typography.Title>
        <Space wrap>
          <Button icon={<LeftOutlined />} onClick={() => setDate(date.subtract(1, 'day'))} aria-label={t('appt.prevDay')} />
          <DatePicker
            allowClear={false}
            value={date}
            onChange={(d) => d && setDate(d.startOf('day'))}
            format="YYYY-MM-DD dddd"
            style={{ width: 170 }}
            data-testid="appt-date"
          />
          <Button icon={<RightOutlined />} onClick={() => setDate(date.add(1, 'day'))} aria-label={t('appt.nextDay')} />
          <Button onClick={() => setDate(dayjs(pointDay.today))} data-testid="appt-today">
            {t('appt.today')}
          </Button>
          <Button onClick={() => setDate(dayjs(pointDay.tomorrow))}>{t('appt.tomorrow')}</Button>
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setBooking({ date })} data-testid="appt-new">
            {t('appt.new')}
          </Button>
        </Space>
      </Space>
      <WeekStats date={date} />
      <SlotGrid data={avail.data} loading={avail.isFetching} onPick={(slotStart) => setBooking({ date, slotStart })} />
      <AdvisorLists date={day} items={list.data?.items ?? []} loading={list.isFetching} onChanged={reload} />
      <BookingDrawer
        preset={booking}
        onClose={() => setBooking(null)}
        onBooked={(a) => {
          setBooking(null);
          if (a.localDate !== day) setDate(dayjs(a.localDate));
        }}
      />
    </>
  );
}
