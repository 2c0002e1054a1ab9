import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { FormModal } from '../../components/FormModal';
import type { WoRun } from '../work-orders/useWoRun';
import { coversDiscount } from './money';
import type { Settlement } from './types';
import { formatDateTime } from '../../lib/time';

/** 待审批: the discount waits for a supervisor; a user whose authority covers it approves or rejects here. */
export function ApprovalBox({ settlement: s, run }: { settlement: Settlement; run: WoRun }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [decision, setDecision] = useState<boolean | null>(null);
  const covers = coversDiscount(me, s.discountPct);
  return (
    <div data-testid="approval-box">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('cashier.pendingTitle', { pct: s.discountPct, amount: formatYuan(s.discountFen) })}
        description={covers ? t('cashier.youMayApprove', { limit: me?.isSuperuser ? '∞' : me?.limits.discountPct }) : t('cashier.waitSupervisor')}
      />
      {covers && (
        <Space>
          <Button type="primary" onClick={() => setDecision(true)} data-testid="discount-approve">
            {t('cashier.approve')}
          </Button>
          <Button danger onClick={() => setDecision(false)} data-testid="discount-reject">
            {t('cashier.reject')}
          </Button>
        </Space>
      )}
      <FormModal<{ note?: string }>
        open={decision !== null}
        title={decision ? t('cashier.approve') : t('cashier.reject')}
        danger={decision === false}
        onClose={() => setDecision(null)}
        testId="decision-modal"
        onSubmit={async (v) =>
          !!(await run(
            () =>
              callApi('post', '/settlements/{id}/decision', {
                params: { id: s.id },
                body: { version: s.version, approve: !!decision, note: v.note?.trim() ?? '' },
              }),
            { success: decision ? t('cashier.approved') : t('cashier.rejected') },
          ))
        }
      >
        <Form.Item
          name="note"
          label={t('cashier.decisionNote')}
          rules={decision ? [] : [{ required: true, whitespace: true, message: t('cashier.rejectNoteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={300} />
        </Form.Item>
      </FormModal>
    </div>
  );
}

/** 已收款: payments, invoice, cashier and time. */
export function SettledSummary({ settlement: s }: { settlement: Settlement }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" bordered column={1} data-testid="settled-summary">
      <Descriptions.Item label={t('cashier.payments')}>
        {s.payments
          .map((p) =>
            p.cardNumber && p.balanceAfterFen !== undefined
              ? t('members.paidByCard', { number: p.cardNumber, amount: formatYuan(p.amountFen), balance: formatYuan(p.balanceAfterFen) })
              : `${t(`cashier.methods.${p.method}`, { defaultValue: p.method })} ${formatYuan(p.amountFen)}`,
          )
          .join(';')}
      </Descriptions.Item>
      {s.onAccount && (
        <Descriptions.Item label={t('cashier.onAccount')}>
          {t('cashier.onAccountBy', { name: `${t(`cashier.onAccountPayers.${s.onAccount.payer}`)} ${s.onAccount.accountName}`, by: s.onAccount.byName })}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('cashier.invoiceNo')}>{s.invoiceNo || '—'}</Descriptions.Item>
      {s.approvedByName && <Descriptions.Item label={t('cashier.approvedBy')}>{s.approvedByName}</Descriptions.Item>}
      <Descriptions.Item label={t('cashier.cashier')}>{s.cashierName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('cashier.settledAt')}>{s.settledAt ? formatDateTime(s.settledAt) : '—'}</Descriptions.Item>
    </Descriptions>
  );
}
