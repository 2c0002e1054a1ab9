import { useEffect, useMemo } from 'react';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { callApi, useApiQuery } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { useSession } from '../../session/SessionContext';
import { SLOT_COLORS, slotLevel } from './slots';
import { useAdvisors } from './useAdvisors';
import { usePointDay } from './usePointDay';
import { ServicesSelect } from './ServicesSelect';
import { VehiclePicker, type VehicleOption } from './VehiclePicker';
import { APPOINTMENT_QUERIES, CHANNELS, type Appointment, type Channel } from './types';

interface Values {
  vehicleId: string;
  channel: Channel;
  advisorEmployeeId?: string | null;
  localDate: Dayjs;
  slotStart: string;
  estimatedMinutes: number;
  concern?: string;
  laborOperationIds?: string[];
}

export interface BookingPreset {
  date: Dayjs;
  slotStart?: string;
  vehicle?: VehicleOption;
}

interface Props {
  preset: BookingPreset | null;
  onClose: () => void;
  onBooked: (a: Appointment) => void;
}

/**
 * 预约: a car, a channel, an advisor and a slot with enough free workshop minutes. A slot without them
 * (422 OVERBOOKED) may still be booked by a dispatcher (车间主管), who confirms the overbooking.
 */
export function BookingDrawer({ preset, onClose, onBooked }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { me, pointId, can } = useSession();
  const advisors = useAdvisors();
  const [form] = Form.useForm<Values>();
  const date = Form.useWatch('localDate', form);
  const channel = Form.useWatch('channel', form);
  const day = (date ?? preset?.date)?.format('YYYY-MM-DD');
  const avail = useApiQuery('/appointments/availability', { query: { date: day, servicePointId: pointId }, enabled: !!preset && !!day });
  const canOverbook = can('workshop.dispatch');
  const pointDay = usePointDay();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the defaults are taken when the drawer opens with a preset; later list changes must not reset the form
  const initialValues = useMemo<Partial<Values> | undefined>(() => {
    if (!preset) return undefined;
    const mine = advisors.find((a) => a.value === me?.employeeId)?.value ?? null;
    return {
      vehicleId: preset.vehicle?.value,
      channel: 'phone',
      advisorEmployeeId: mine,
      localDate: preset.date,
      slotStart: preset.slotStart,
      estimatedMinutes: 60,
      concern: '',
      laborOperationIds: [],
    };
  }, [preset]);

  // The advisor list may arrive after the drawer opened: default to the user when they are an advisor.
  // biome-ignore lint/correctness/useExhaustiveDependencies: fills the advisor in once the advisor list arrives, never overwriting a choice
  useEffect(() => {
    if (preset && form.getFieldValue('advisorEmployeeId') == null && advisors.some((a) => a.value === me?.employeeId))
      form.setFieldValue('advisorEmployeeId', me?.employeeId);
  }, [advisors]);

  const save = (v: Values, overbook: boolean) =>
    callApi('post', '/appointments', {
      body: {
        vehicleId: v.vehicleId,
        channel: v.channel,
        advisorEmployeeId: v.advisorEmployeeId ?? null,
        localDate: v.localDate.format('YYYY-MM-DD'),
        slotStart: v.slotStart,
        estimatedMinutes: v.estimatedMinutes,
        concern: v.concern ?? '',
        laborOperationIds: v.laborOperationIds ?? [],
        overbook,
      },
    });

  /** 422 OVERBOOKED: a dispatcher may confirm and book anyway; anyone else picks another slot. */
  const onOverbooked = (
    e: unknown,
    { form: f, values, retry }: { form: typeof form; values: Values; retry: (fn: () => Promise<Appointment>) => Promise<void> },
  ) => {
    if (!isApiError(e) || e.code !== 'OVERBOOKED') return false;
    void avail.refetch();
    if (canOverbook) {
      modal.confirm({
        title: t('appt.overbookTitle'),
        content: (
          <>
            <p>{e.message}</p>
            <p>{t('appt.overbookAsk')}</p>
          </>
        ),
        okText: t('appt.overbookOk'),
        okButtonProps: { danger: true },
        cancelText: t('appt.pickOtherSlot'),
        onOk: () => retry(() => save(values, true)),
      });
    } else {
      f.setFields([{ name: 'slotStart', errors: [t('appt.slotFull')] }]);
      modal.warning({
        title: t('appt.overbookTitle'),
        content: (
          <>
            <p>{e.message}</p>
            <p>{t('appt.overbookNeedsDispatcher')}</p>
          </>
        ),
        okText: t('common.ok'),
      });
    }
    return true;
  };

  // Past slots of the station's today (its zone, not the browser's) cannot be booked.
  const isToday = day === pointDay.today;
  const slotOptions = (avail.data?.slots ?? []).map((s) => {
    const past = isToday && channel !== 'walk-in' && s.start < pointDay.nowHhmm;
    return {
      value: s.start,
      disabled: past,
      label: (
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>{s.start}</span>
          <span style={{ color: past ? undefined : SLOT_COLORS[slotLevel(s)], fontSize: 12 }}>
            {past ? t('appt.slotPast') : s.freeMinutes > 0 ? t('appt.freeMinutes', { n: s.freeMinutes }) : t('appt.slotFull')}
          </span>
        </Space>
      ),
    };
  });

  return (
    <FormDrawer<Values, Appointment>
      form={form}
      open={preset !== null}
      onClose={onClose}
      title={t('appt.new')}
      initialValues={initialValues}
      submit={(v) => save(v, false)}
      onSaved={onBooked}
      success={(a) => (a.isOverbooked ? t('appt.bookedOverbooked') : t('appt.booked'))}
      onError={onOverbooked}
      invalidate={APPOINTMENT_QUERIES}
      testId="booking-form"
      saveTestId="booking-save"
      saveText={t('appt.book')}
    >
      <Form.Item name="vehicleId" label={t('appt.vehicle')} rules={[{ required: true, message: t('appt.vehicleRequired') }]} extra={t('appt.vehicleHint')}>
        <VehiclePicker initial={preset?.vehicle} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="channel" label={t('appt.channel')}>
            <Radio.Group optionType="button" options={CHANNELS.map((c) => ({ value: c, label: t(`appt.channels.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="advisorEmployeeId" label={t('appt.advisor')}>
            <Select allowClear placeholder={t('appt.noAdvisor')} options={advisors} data-testid="booking-advisor" aria-label={t('appt.noAdvisor')} />
          </Form.Item>
        </Col>
        {channel === 'walk-in' && (
          <Col span={24}>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('appt.walkInHint')} />
          </Col>
        )}
        <Col span={8}>
          <Form.Item name="localDate" label={t('appt.date')} rules={[{ required: true }]}>
            <DatePicker
              allowClear={false}
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') < pointDay.today}
              onChange={() => form.setFieldValue('slotStart', undefined)}
            />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="slotStart" label={t('appt.slot')} rules={[{ required: true, message: t('appt.slotRequired') }]}>
            <Select options={slotOptions} loading={avail.isFetching} notFoundContent={t('appt.noSlots')} data-testid="booking-slot" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="estimatedMinutes" label={t('appt.estimated')} rules={[{ required: true, message: t('appt.estimatedRequired') }]}>
            <InputNumber min={10} max={4800} step={10} precision={0} suffix={t('appt.min')} style={{ width: '100%' }} data-testid="booking-minutes" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="laborOperationIds" label={t('appt.services')} extra={t('appt.servicesHint')}>
        <ServicesSelect />
      </Form.Item>
      <Form.Item name="concern" label={t('appt.concern')}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('appt.concernPlaceholder')} aria-label={t('appt.concernPlaceholder')} />
      </Form.Item>
      {!canOverbook && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('appt.overbookRule')}
        </Typography.Paragraph>
      )}
    </FormDrawer>
  );
}
