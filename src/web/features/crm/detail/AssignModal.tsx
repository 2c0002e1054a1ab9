import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../../api/query';
import { usePeople } from '../usePeople';
import type { TicketDetail } from '../types';
import { FormModal } from '../../../components/FormModal';
import type { Run } from './useTicket';

interface Values {
  handlerEmployeeId: string;
  departmentId?: string;
  note?: string;
}

/** 转派: another handler (and department) at the ticket's point. */
export function AssignModal({ ticket, open, onClose, run }: { ticket: TicketDetail; open: boolean; onClose: () => void; run: Run }) {
  const { t } = useTranslation();
  const people = usePeople(ticket.servicePointId, open);
  // Only those the server accepts: employees of the ticket's point in a position that handles tickets.
  const handlers = useApiQuery('/tickets/{id}/handlers', { params: { id: ticket.id }, enabled: open });
  const handlerOptions = (handlers.data?.items ?? []).map((h) => ({
    value: h.employeeId,
    label: `${h.name} · ${h.positionTitle} · ${t('ticket.openTicketsN', { count: h.openTickets })}`,
  }));
  return (
    <FormModal<Values>
      open={open}
      title={t('ticket.assign')}
      onClose={onClose}
      testId="assign-modal"
      initialValues={{ handlerEmployeeId: ticket.handlerEmployeeId ?? undefined, departmentId: ticket.departmentId ?? undefined }}
      onSubmit={(v, form) =>
        run(
          () =>
            callApi('post', '/tickets/{id}/assign', {
              params: { id: ticket.id },
              body: { version: ticket.version, handlerEmployeeId: v.handlerEmployeeId, departmentId: v.departmentId ?? null, note: v.note ?? '' },
            }),
          { form, success: t('ticket.assigned') },
        )
      }
    >
      <Form.Item
        name="handlerEmployeeId"
        label={t('ticket.handler')}
        rules={[{ required: true, message: t('ticket.handlerRequired') }]}
        extra={t('ticket.handlerHint')}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={handlers.isFetching}
          options={handlerOptions}
          aria-label={t('ticket.handler')}
          data-testid="assign-handler"
        />
      </Form.Item>
      <Form.Item name="departmentId" label={t('ticket.department')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={people.loading} options={people.departmentOptions} />
      </Form.Item>
      <Form.Item name="note" label={t('ticket.actionNote')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
