import { useState } from 'react';
import { Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { useRun } from '../crm/useRun';
import type { Appointment } from './types';

type Target = 'arrived' | 'no_show' | 'cancelled';

/** Reception of a booking: 接车开单 prefilled from it (customer, car, services, concern, advisor). */
export const receptionOf = (a: Pick<Appointment, 'id'>) => `/work-orders/new?appointmentId=${a.id}`;

/**
 * 到店 / 未到店 / 取消 for a booked appointment (no-show only once its slot has begun at the station; cancel asks
 * why). 到店 records the arrival and opens 接车开单; an arrival without an order offers it; an order links to it.
 */
export function StatusActions({ a, onChanged, today, nowHhmm }: { a: Appointment; onChanged: () => void; today: string; nowHhmm: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const run = useRun(onChanged);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  if (a.workOrderId)
    return (
      <Link to={`/work-orders/${a.workOrderId}`} data-testid={`appt-order-${a.id}`}>
        {t('appt.orderOpened', { number: a.workOrderNumber })}
      </Link>
    );
  if (a.status === 'arrived')
    return (
      <Button size="small" type="link" onClick={() => navigate(receptionOf(a))} data-testid={`appt-reception-${a.id}`}>
        {t('appt.actions.reception')}
      </Button>
    );
  if (a.status !== 'booked') return null;

  const set = async (status: Target, reason = '') => {
    setBusy(true);
    try {
      return await run(() => callApi('post', '/appointments/{id}/status', { params: { id: a.id }, body: { version: a.version, status, reason } }), {
        success: t(`appt.done.${status}`),
      });
    } finally {
      setBusy(false);
    }
  };
  const started = a.localDate < today || (a.localDate === today && a.slotStart <= nowHhmm);

  return (
    <Space size={0} className="appt-no-print">
      <Popconfirm
        title={t('appt.confirmArrived', { plate: a.plate })}
        description={t('appt.arrivedOpensReception')}
        onConfirm={async () => {
          if (await set('arrived')) navigate(receptionOf(a));
        }}
      >
        <Button size="small" type="link" loading={busy} data-testid={`appt-arrived-${a.id}`}>
          {t('appt.actions.arrived')}
        </Button>
      </Popconfirm>
      <Popconfirm title={t('appt.confirmNoShow', { plate: a.plate })} onConfirm={() => set('no_show')} disabled={!started}>
        <Button size="small" type="link" disabled={!started} title={started ? undefined : t('appt.noShowNotYet')}>
          {t('appt.actions.no_show')}
        </Button>
      </Popconfirm>
      <Button
        size="small"
        type="link"
        danger
        onClick={() => {
          form.resetFields();
          setCancelOpen(true);
        }}
        data-testid={`appt-cancel-${a.id}`}
      >
        {t('appt.actions.cancelled')}
      </Button>
      <Modal
        open={cancelOpen}
        title={t('appt.cancelTitle', { plate: a.plate, time: `${a.localDate} ${a.slotStart}` })}
        okText={t('appt.cancelOk')}
        okButtonProps={{ danger: true, loading: busy }}
        cancelText={t('common.cancel')}
        onCancel={() => setCancelOpen(false)}
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (v && (await set('cancelled', v.reason))) setCancelOpen(false);
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('appt.cancelReason')} rules={[{ required: true, whitespace: true, message: t('appt.cancelReasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={200} placeholder={t('appt.cancelReasonPlaceholder')} autoFocus aria-label={t('appt.cancelReasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
