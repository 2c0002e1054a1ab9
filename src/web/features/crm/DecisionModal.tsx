import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { FormModal } from '../../components/FormModal';
import type { Run } from './useRun';

export interface DecisionTarget {
  id: string;
  version: number;
  amountFen: number;
  approve: boolean;
}

/** Approve or reject a pending compensation, with a note. */
export function DecisionModal({ target, onClose, run }: { target: DecisionTarget | null; onClose: () => void; run: Run }) {
  const { t } = useTranslation();
  if (!target) return null;
  const label = target.approve ? t('ticket.compApprove') : t('ticket.compReject');
  return (
    <FormModal<{ note?: string }>
      open
      onClose={onClose}
      title={`${label} ${formatYuan(target.amountFen)}`}
      okText={label}
      danger={!target.approve}
      testId="decision-modal"
      onSubmit={(v, form) =>
        run(
          () =>
            callApi('post', '/compensations/{id}/decision', {
              params: { id: target.id },
              body: { version: target.version, approve: target.approve, note: v.note ?? '' },
            }),
          { form, success: label },
        )
      }
    >
      <Typography.Paragraph type="secondary">{target.approve ? t('ticket.compApproveHint') : t('ticket.compRejectHint')}</Typography.Paragraph>
      <Form.Item
        name="note"
        label={t('ticket.compDecisionNote')}
        rules={target.approve ? [] : [{ required: true, whitespace: true, message: t('ticket.compRejectNoteRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
