import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { usePeople } from '../usePeople';
import type { TicketDetail } from '../types';
import { FormModal } from '../../../components/FormModal';
import type { Run } from './useTicket';

interface Values {
  departmentId?: string;
  deadline?: Dayjs | null;
  steps: string;
  communication?: string;
}

/** 处理方案: responsible department, deadline, the steps, and how the customer is kept informed. */
export function PlanModal({ ticket, open, onClose, run }: { ticket: TicketDetail; open: boolean; onClose: () => void; run: Run }) {
  const { t } = useTranslation();
  const people = usePeople(ticket.servicePointId, open);
  const p = ticket.plan;
  return (
    <FormModal<Values>
      open={open}
      title={t('ticket.plan')}
      onClose={onClose}
      width={600}
      testId="plan-modal"
      initialValues={{
        departmentId: p?.departmentId ?? ticket.departmentId ?? undefined,
        deadline: p?.deadline ? dayjs(p.deadline) : null,
        steps: p?.steps ?? '',
        communication: p?.communication ?? '',
      }}
      onSubmit={(v, form) =>
        run(
          () =>
            callApi('post', '/tickets/{id}/plan', {
              params: { id: ticket.id },
              body: {
                version: ticket.version,
                departmentId: v.departmentId ?? null,
                deadline: v.deadline ? v.deadline.format() : null,
                steps: v.steps,
                communication: v.communication ?? '',
              },
            }),
          { form },
        )
      }
    >
      <Form.Item name="departmentId" label={t('ticket.planDepartment')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={people.loading} options={people.departmentOptions} />
      </Form.Item>
      <Form.Item name="deadline" label={t('ticket.planDeadline')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="steps" label={t('ticket.planSteps')} rules={[{ required: true, whitespace: true, message: t('ticket.planStepsRequired') }]}>
        <Input.TextArea rows={4} maxLength={3000} placeholder={t('ticket.planStepsPlaceholder')} aria-label={t('ticket.planStepsPlaceholder')} />
      </Form.Item>
      <Form.Item name="communication" label={t('ticket.planCommunication')}>
        <Input.TextArea
          rows={2}
          maxLength={1000}
          placeholder={t('ticket.planCommunicationPlaceholder')}
          aria-label={t('ticket.planCommunicationPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
