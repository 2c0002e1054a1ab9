import { Alert, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { formatYuan, yuanToFen } from '../../../lib/format';
import { useSession } from '../../../session/SessionContext';
import type { TicketDetail } from '../types';
import { FormModal } from '../../../components/FormModal';
import type { Run } from './useTicket';

interface Values {
  amountYuan: number;
  reason: string;
}

function OverLimit({ limitFen, superuser }: { limitFen: number; superuser: boolean }) {
  const { t } = useTranslation();
  const amount = Form.useWatch<number | undefined>('amountYuan');
  const fen = yuanToFen(amount) ?? 0;
  if (superuser || fen <= limitFen) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('ticket.compOverLimit', { limit: formatYuan(limitFen) })}
      style={{ marginBottom: 12 }}
      data-testid="comp-over-limit"
    />
  );
}

/** 补偿: an amount within the user's authority is granted at once; above it, it goes for approval. */
export function CompensationModal({ ticket, open, onClose, run }: { ticket: TicketDetail; open: boolean; onClose: () => void; run: Run }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const limitFen = me?.limits.compensationFen ?? 0;
  const superuser = !!me?.isSuperuser;
  const hint = superuser ? t('ticket.compLimitUnlimited') : t('ticket.compLimit', { limit: formatYuan(limitFen) });
  return (
    <FormModal<Values>
      open={open}
      title={t('ticket.compensate')}
      onClose={onClose}
      testId="comp-modal"
      onSubmit={async (v, form) => {
        let pending = false;
        return run(
          async () => {
            const r = await callApi('post', '/tickets/{id}/compensations', {
              params: { id: ticket.id },
              body: { amountFen: yuanToFen(v.amountYuan)!, reason: v.reason },
            });
            pending = r.status === 'pending';
          },
          { form, success: () => (pending ? t('ticket.compPending') : t('ticket.compGranted')) },
        );
      }}
    >
      <Form.Item
        name="amountYuan"
        label={t('ticket.compAmount')}
        extra={<span data-testid="comp-limit">{hint}</span>}
        rules={[{ required: true, message: t('ticket.compAmountRequired') }]}
      >
        <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" style={{ width: 200 }} />
      </Form.Item>
      <OverLimit limitFen={limitFen} superuser={superuser} />
      <Form.Item name="reason" label={t('ticket.compReason')} rules={[{ required: true, whitespace: true, message: t('ticket.compReasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
