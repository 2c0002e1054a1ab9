import { useState } from 'react';
import { Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { useRun } from '../crm/useRun';
import type { Appointment } from './types';

type Target = 'arrived' | 'no_show' | 'cancelled';

/** 到店 / 未到店 / 取消 for a booked appointment (no-show only once its time has come; cancel asks why). */
export function StatusActions({ a, onChanged }: { a: Appointment; onChanged: () => void }) {
  const { t } = useTranslation();
  const run = useRun(onChanged);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
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
  const started = dayjs(a.startAt).isBefore(dayjs());

  return (
    <Space size={0} className="appt-no-print">
      <Popconfirm title={t('appt.confirmArrived', { plate: a.plate })} onConfirm={() => set('arrived')}>
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
