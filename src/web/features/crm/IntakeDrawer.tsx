import { useMemo } from 'react';
import { Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, TICKET_CHANNELS, TICKET_KINDS, type Priority, type TicketChannel, type TicketKind } from '../../../domain/tickets/status';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { useSession } from '../../session/SessionContext';
import type { TicketDetail } from './types';

interface Values {
  channel: TicketChannel;
  kind: TicketKind;
  receivedAt: Dayjs;
  customerName: string;
  customerPhone?: string;
  customerEmail?: string;
  vehicleRef?: string;
  workOrderRef?: string;
  title: string;
  description?: string;
  isVip?: boolean;
  priority?: Priority;
}

/** 受理: log a contact that came in by phone, e-mail, at the counter… (receivedAt = when it really came in). */
export function IntakeDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  // Received now, unless the user says otherwise (a new time each time the drawer opens).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new received-at time each time the drawer opens
  const initialValues = useMemo<Partial<Values>>(() => ({ channel: 'phone', kind: 'complaint', receivedAt: dayjs(), isVip: false }), [open]);

  const submit = (v: Values) =>
    callApi('post', '/tickets', {
      body: {
        servicePointId: pointId,
        channel: v.channel,
        kind: v.kind,
        receivedAt: v.receivedAt.format(),
        customerName: v.customerName,
        customerPhone: v.customerPhone ?? '',
        customerEmail: v.customerEmail ?? '',
        vehicleRef: v.vehicleRef ?? '',
        workOrderRef: v.workOrderRef ?? '',
        title: v.title,
        description: v.description ?? '',
        isVip: !!v.isVip,
        ...(v.priority ? { priority: v.priority } : {}),
      },
    });

  const opt = <T extends string>(list: readonly T[], prefix: string) => list.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }));
  return (
    <FormDrawer<Values, TicketDetail>
      open={open}
      onClose={onClose}
      size={620}
      title={t('ticket.intakeTitle')}
      initialValues={initialValues}
      submit={submit}
      onSaved={(created) => onCreated(created.id)}
      success={(created) => t('ticket.created', { number: created.number })}
      invalidate={['/tickets', '/ticket-stats']}
      testId="intake-form"
      saveTestId="intake-save"
      saveText={t('ticket.intakeSave')}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="channel" label={t('ticket.channel')} rules={[{ required: true, message: t('ticket.channelRequired') }]}>
            <Select options={opt(TICKET_CHANNELS, 'ticket.channels')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={t('ticket.kind')} rules={[{ required: true, message: t('ticket.kindRequired') }]}>
            <Select options={opt(TICKET_KINDS, 'ticket.kinds')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="priority" label={t('ticket.priorityOverride')} extra={t('ticket.priorityOverrideHint')}>
            <Select allowClear placeholder={t('ticket.priorityAuto')} options={opt(PRIORITIES, 'ticket.priority')} aria-label={t('ticket.priorityAuto')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="receivedAt"
            label={t('ticket.receivedAt')}
            extra={t('ticket.receivedAtHint')}
            rules={[{ required: true, message: t('ticket.receivedAtRequired') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="isVip" label={t('ticket.vip')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="customerName"
            label={t('ticket.customerName')}
            rules={[{ required: true, whitespace: true, message: t('ticket.customerNameRequired') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="customerPhone" label={t('ticket.customerPhone')} rules={[{ pattern: /^[0-9+\-\s]*$/, message: t('ticket.phoneRule') }]}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="customerEmail" label={t('ticket.customerEmail')} rules={[{ type: 'email', message: t('ticket.emailRule') }]}>
            <Input maxLength={120} inputMode="email" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="vehicleRef" label={t('ticket.vehicle')}>
            <Input maxLength={40} placeholder={t('ticket.vehiclePlaceholder')} aria-label={t('ticket.vehiclePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="workOrderRef" label={t('ticket.workOrder')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('ticket.title')} rules={[{ required: true, whitespace: true, message: t('ticket.titleRequired') }]}>
        <Input maxLength={120} showCount />
      </Form.Item>
      <Form.Item name="description" label={t('ticket.description')}>
        <Input.TextArea rows={5} maxLength={5000} />
      </Form.Item>
    </FormDrawer>
  );
}
