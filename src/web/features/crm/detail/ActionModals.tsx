import { Alert, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority, type TicketAction } from '../../../../domain/tickets/status';
import { callApi } from '../../../api/query';
import { CAUSE_CATEGORIES, useCauseLabel } from '../causes';
import type { TicketDetail } from '../types';
import { FormModal } from '../../../components/FormModal';
import type { Run } from './useTicket';

interface Base {
  ticket: TicketDetail;
  open: boolean;
  onClose: () => void;
  run: Run;
}

/** A status action with a note; resolve needs the resolution, wait_customer explains the paused clock. */
export function ActionModal({ ticket, action, open, onClose, run }: Base & { action: TicketAction | null }) {
  const { t } = useTranslation();
  if (!action) return null;
  const required = action === 'resolve';
  const hint = ['wait_customer', 'resume', 'resolve', 'confirm', 'reopen', 'close'].includes(action) ? t(`ticket.actionHints.${action}`) : null;
  return (
    <FormModal<{ note?: string }>
      open={open}
      title={t(`ticket.actions.${action}`)}
      okText={t(`ticket.actions.${action}`)}
      onClose={onClose}
      testId="action-modal"
      onSubmit={(v, form) =>
        run(() => callApi('post', '/tickets/{id}/actions', { params: { id: ticket.id }, body: { version: ticket.version, action, note: v.note ?? '' } }), {
          form,
        })
      }
    >
      {hint && <Alert type={action === 'wait_customer' ? 'warning' : 'info'} showIcon title={hint} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="note"
        label={required ? t('ticket.resolutionText') : t('ticket.actionNote')}
        rules={required ? [{ required: true, whitespace: true, message: t('ticket.resolutionRequired') }] : []}
        extra={required ? t('ticket.resolutionHint') : undefined}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 升级: take the ticket one level up the reporting line, with a reason. */
export function EscalateModal({ ticket, open, onClose, run }: Base) {
  const { t } = useTranslation();
  const next = ticket.escalationChain[0];
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('ticket.escalate')}
      okText={t('ticket.escalate')}
      danger
      onClose={onClose}
      testId="escalate-modal"
      onSubmit={(v, form) =>
        run(() => callApi('post', '/tickets/{id}/escalate', { params: { id: ticket.id }, body: { version: ticket.version, reason: v.reason } }), {
          form,
          success: t('ticket.escalated'),
        })
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={next ? t('ticket.escalateTo', { title: next.title, point: next.servicePointName }) : t('ticket.escalateTop')}
      />
      <Form.Item name="reason" label={t('ticket.escalateReason')} rules={[{ required: true, whitespace: true, message: t('ticket.escalateReasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

/** 分类: priority, category, cause (for the Pareto chart) and VIP. */
export function ClassifyModal({ ticket, open, onClose, run }: Base) {
  const { t } = useTranslation();
  const causeLabel = useCauseLabel();
  return (
    <FormModal<{ priority: Priority; category?: string; causeCategory?: string; isVip: boolean }>
      open={open}
      title={t('ticket.classify')}
      onClose={onClose}
      testId="classify-modal"
      initialValues={{ priority: ticket.priority, category: ticket.category ?? '', causeCategory: ticket.causeCategory ?? undefined, isVip: ticket.isVip }}
      onSubmit={(v, form) =>
        run(
          () =>
            callApi('patch', '/tickets/{id}', {
              params: { id: ticket.id },
              body: {
                version: ticket.version,
                priority: v.priority,
                category: v.category?.trim() || null,
                causeCategory: v.causeCategory || null,
                isVip: v.isVip,
              },
            }),
          { form },
        )
      }
    >
      <Form.Item name="priority" label={t('ticket.priorityLabel')}>
        <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`ticket.priority.${p}`) }))} />
      </Form.Item>
      <Form.Item name="category" label={t('ticket.category')}>
        <Input maxLength={40} allowClear />
      </Form.Item>
      <Form.Item name="causeCategory" label={t('ticket.causeCategory')} extra={t('ticket.causeHint')}>
        <Select
          allowClear
          options={[...new Set([...CAUSE_CATEGORIES, ...(ticket.causeCategory ? [ticket.causeCategory] : [])])].map((c) => ({
            value: c,
            label: causeLabel(c),
          }))}
        />
      </Form.Item>
      <Form.Item name="isVip" label={t('ticket.vip')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
