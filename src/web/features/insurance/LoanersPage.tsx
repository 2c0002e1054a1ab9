import { useState } from 'react';
import { AutoComplete, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { atLocalTime } from '../../../domain/time';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatYuan, yuanToFen } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import { useSession } from '../../session/SessionContext';
import { useWoRun } from '../work-orders/useWoRun';
import type { Loaner, LoanerBooking } from './types';
import { VehicleSearch } from './VehicleSearch';

const CHARGE_TO = ['customer', 'warranty', 'insurance', 'internal'] as const;
type BookValues = {
  loanerId: string;
  vehicleId: string;
  workOrderId?: string;
  start: Dayjs;
  end: Dayjs;
  chargeTo: (typeof CHARGE_TO)[number];
  reason?: string;
};
type MoveValues = { mileageKm: number; fuelPct: number; damage?: string };

/** 代步车: the fleet, bookings (no double booking), handover and return. */
export default function LoanersPage() {
  const { t } = useTranslation();
  const time = usePointTime();
  const { pointId } = useSession();
  const fleet = useApiQuery('/loaners', { query: { servicePointId: pointId }, enabled: !!pointId });
  const bookings = useApiQuery('/loaner-bookings', { query: { servicePointId: pointId }, enabled: !!pointId });
  const reload = useInvalidate('/loaners', '/loaner-bookings');
  const run = useWoRun(reload, reload);
  const [adding, setAdding] = useState(false);
  const [booking, setBooking] = useState(false);
  const [customerId, setCustomerId] = useState<string>();
  const [vehicleId, setVehicleId] = useState<string>();
  const [moving, setMoving] = useState<{ b: LoanerBooking; kind: 'handover' | 'return' } | null>(null);
  const orders = useApiQuery('/work-orders', { query: { vehicleId, pageSize: 20 }, enabled: !!vehicleId });
  const at = (d: Dayjs) => atLocalTime(time.timeZone, d.format('YYYY-MM-DD'), d.format('HH:mm')).toISOString();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('loaner.fleet')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="loaner-add">
            {t('loaner.add')}
          </Button>
        }
      >
        <Table<Loaner>
          size="small"
          rowKey="id"
          pagination={false}
          loading={fleet.isLoading}
          dataSource={fleet.data?.items ?? []}
          columns={[
            { title: t('loaner.plate'), dataIndex: 'plate' },
            { title: t('loaner.model'), dataIndex: 'model' },
            {
              title: t('loaner.state'),
              dataIndex: 'state',
              render: (s: string) => <Tag color={s === 'available' ? 'green' : s === 'out' ? 'blue' : 'default'}>{t(`loaner.st.${s}`)}</Tag>,
            },
            { title: t('loaner.rate'), dataIndex: 'dailyRateFen', align: 'right', render: (v: number) => formatYuan(v) },
            { title: t('loaner.mileage'), dataIndex: 'mileageKm', align: 'right' },
            {
              title: t('loaner.setState'),
              render: (_: unknown, l) =>
                l.state === 'out' ? null : (
                  <Select
                    size="small"
                    value={l.state}
                    style={{ width: 110 }}
                    aria-label={`${l.plate} ${t('loaner.setState')}`}
                    onChange={(state) => void run(() => callApi('put', '/loaners/{id}/state', { params: { id: l.id }, body: { version: l.version, state } }))}
                    options={(['available', 'maintenance', 'retired'] as const).map((s) => ({ value: s, label: t(`loaner.st.${s}`) }))}
                  />
                ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('loaner.bookings')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setBooking(true)} data-testid="loaner-book">
            {t('loaner.book')}
          </Button>
        }
      >
        <Table<LoanerBooking>
          size="small"
          rowKey="id"
          loading={bookings.isLoading}
          dataSource={bookings.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('loaner.plate'), dataIndex: 'plate' },
            { title: t('loaner.customer'), dataIndex: 'customerName' },
            { title: t('loaner.period'), render: (_: unknown, b) => `${time.dateTime(b.startAt)} – ${time.dateTime(b.endAt)}` },
            { title: t('loaner.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`loaner.bs.${s}`)}</Tag> },
            { title: t('loaner.chargeTo'), dataIndex: 'chargeTo', render: (c: string) => t(`loaner.charge.${c}`) },
            { title: t('loaner.reason'), dataIndex: 'reason' },
            { title: t('loaner.workOrder'), dataIndex: 'workOrderNumber', render: (v: string | null) => v ?? '—' },
            {
              title: t('loaner.out'),
              render: (_: unknown, b) =>
                b.handedOutAt ? `${time.dateTime(b.handedOutAt)} · ${b.mileageOut} km · ${b.fuelOutPct}%${b.damageOut ? ` · ${b.damageOut}` : ''}` : '—',
            },
            {
              title: t('loaner.in'),
              render: (_: unknown, b) =>
                b.returnedAt
                  ? `${time.dateTime(b.returnedAt)} · ${b.mileageIn} km · ${b.fuelInPct}% · ${t('loaner.days', { n: b.days })} ${formatYuan(b.costFen ?? 0)}`
                  : '—',
            },
            {
              title: '',
              render: (_: unknown, b) => (
                <Space>
                  {b.status === 'booked' && (
                    <>
                      <Button size="small" onClick={() => setMoving({ b, kind: 'handover' })} data-testid={`loaner-handover-${b.plate}`}>
                        {t('loaner.handover')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => void run(() => callApi('post', '/loaner-bookings/{id}/cancel', { params: { id: b.id }, body: { version: b.version } }))}
                      >
                        {t('loaner.cancel')}
                      </Button>
                    </>
                  )}
                  {b.status === 'out' && (
                    <Button size="small" type="primary" onClick={() => setMoving({ b, kind: 'return' })} data-testid={`loaner-return-${b.plate}`}>
                      {t('loaner.return')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<{ plate: string; model: string; rateYuan: number; mileageKm?: number }>
        open={adding}
        title={t('loaner.add')}
        onClose={() => setAdding(false)}
        onSubmit={async (v, form) =>
          !!(await run(
            () =>
              callApi('post', '/loaners', {
                body: { plate: v.plate, model: v.model, dailyRateFen: yuanToFen(v.rateYuan) ?? 0, mileageKm: v.mileageKm ?? 0, servicePointId: pointId },
              }),
            { form },
          ))
        }
      >
        <Form.Item name="plate" label={t('loaner.plate')} rules={[{ required: true, message: t('ins.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="model" label={t('loaner.model')} rules={[{ required: true, message: t('ins.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="rateYuan" label={t('loaner.rate')} rules={[{ required: true, message: t('ins.required') }]}>
          <InputNumber min={0} precision={2} prefix="¥" />
        </Form.Item>
        <Form.Item name="mileageKm" label={t('loaner.mileage')}>
          <InputNumber min={0} />
        </Form.Item>
      </FormModal>
      <FormModal<BookValues>
        open={booking}
        width={560}
        title={t('loaner.book')}
        onClose={() => setBooking(false)}
        initialValues={{ chargeTo: 'customer' }}
        testId="loaner-book-form"
        onSubmit={async (v, form) =>
          !!(await run(
            () =>
              callApi('post', '/loaner-bookings', {
                body: {
                  loanerId: v.loanerId,
                  customerId: customerId ?? '',
                  workOrderId: v.workOrderId ?? null,
                  startAt: at(v.start),
                  endAt: at(v.end),
                  chargeTo: v.chargeTo,
                  reason: v.reason ?? '',
                },
              }),
            { form },
          ))
        }
      >
        <Form.Item name="loanerId" label={t('loaner.car')} rules={[{ required: true, message: t('ins.required') }]}>
          <Select options={(fleet.data?.items ?? []).filter((l) => l.state !== 'retired').map((l) => ({ value: l.id, label: `${l.plate} · ${l.model}` }))} />
        </Form.Item>
        <Form.Item name="vehicleId" label={t('loaner.customerCar')} rules={[{ required: true, message: t('ins.required') }]}>
          <VehicleSearch placeholder={t('ins.vehicleSearch')} onPick={(c) => setCustomerId(c)} onChange={setVehicleId} />
        </Form.Item>
        <Form.Item name="workOrderId" label={t('loaner.workOrder')}>
          <Select allowClear options={(orders.data?.items ?? []).map((w) => ({ value: w.id, label: w.number }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="start" label={t('loaner.start')} rules={[{ required: true, message: t('ins.required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="end" label={t('loaner.end')} rules={[{ required: true, message: t('ins.required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Space>
        <Form.Item name="chargeTo" label={t('loaner.chargeTo')}>
          <Select options={CHARGE_TO.map((c) => ({ value: c, label: t(`loaner.charge.${c}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('loaner.reason')}>
          <AutoComplete options={[{ value: '三包维修超过5天' }, { value: '事故车维修期间代步' }]} />
        </Form.Item>
      </FormModal>
      <FormModal<MoveValues>
        open={moving !== null}
        title={moving ? `${t(moving.kind === 'handover' ? 'loaner.handover' : 'loaner.return')} · ${moving.b.plate}` : ''}
        onClose={() => setMoving(null)}
        initialValues={{ fuelPct: 100 }}
        testId="loaner-move-form"
        onSubmit={async (v, form) =>
          !!moving &&
          !!(await run(
            () =>
              callApi('post', moving.kind === 'handover' ? '/loaner-bookings/{id}/handover' : '/loaner-bookings/{id}/return', {
                params: { id: moving.b.id },
                body: { version: moving.b.version, mileageKm: v.mileageKm, fuelPct: v.fuelPct, damage: v.damage ?? '' },
              }),
            { form },
          ))
        }
      >
        <Form.Item name="mileageKm" label={t('loaner.mileage')} rules={[{ required: true, message: t('ins.required') }]}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="fuelPct" label={t('loaner.fuel')} rules={[{ required: true, message: t('ins.required') }]}>
          <InputNumber min={0} max={100} suffix="%" />
        </Form.Item>
        <Form.Item name="damage" label={t('loaner.damage')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
