import { AutoComplete, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { formatYuan, yuanToFen } from '../../lib/format';
import { FormModal } from '../../components/FormModal';
import { hitLabel, useVehicleSearch } from '../../layout/GlobalSearch';
import { useSession } from '../../session/SessionContext';
import type { WoRun } from '../work-orders/useWoRun';
import { TOP_UP_METHODS, type MemberCard } from './types';

/** A customer picked by name, phone or plate (the global search); the form field holds the customer id. */
export function CustomerPicker({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { items } = useVehicleSearch(q);
  return (
    <AutoComplete
      id={id}
      value={q}
      onChange={(v) => {
        setQ(v);
        if (value) onChange?.('');
      }}
      options={items.map((i) => ({ value: `${i.type}:${i.id}`, label: hitLabel(i), customerId: i.customerId, text: i.title }))}
      onSelect={(_v, o) => {
        setQ((o as { text: string }).text);
        onChange?.((o as { customerId: string }).customerId);
      }}
      placeholder={t('members.issueCustomer')}
      data-testid="card-customer"
    />
  );
}

/** 办理会员卡: customer and level. */
export function IssueCardModal({ open, onClose, run }: { open: boolean; onClose: () => void; run: WoRun }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const levels = useApiQuery('/member-levels', { query: { servicePointId: pointId }, enabled: open });
  return (
    <FormModal<{ customerId: string; levelId: string }>
      open={open}
      title={t('members.issue')}
      onClose={onClose}
      testId="card-issue"
      onSubmit={async (v) => !!(await run(() => callApi('post', '/member-cards', { body: v })))}
    >
      <Form.Item name="customerId" label={t('members.customer')} rules={[{ required: true, message: t('members.customerRequired') }]}>
        <CustomerPicker />
      </Form.Item>
      <Form.Item name="levelId" label={t('members.level')} rules={[{ required: true, message: t('members.levelRequired') }]}>
        <Select
          data-testid="card-level"
          options={(levels.data?.items ?? []).map((l) => ({
            value: l.id,
            label: `${l.name}(${t('members.discounts', { labor: l.laborDiscountPct, parts: l.partsDiscountPct })})`,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/** 充值 with the bonus rules shown; 退款 with a reason (the server checks the permission). */
export function MoneyModal({ card, mode, onClose, run }: { card: MemberCard | null; mode: 'top-up' | 'refund'; onClose: () => void; run: WoRun }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const rules = useApiQuery('/top-up-rules', { query: { servicePointId: pointId }, enabled: !!card && mode === 'top-up' });
  const ruleText = (rules.data?.items ?? []).map((r) => t('members.rule', { min: formatYuan(r.minAmountFen), bonus: formatYuan(r.bonusFen) })).join(';');
  if (!card) return null;
  return (
    <FormModal<{ amountYuan: number; method?: (typeof TOP_UP_METHODS)[number]; note?: string }>
      open
      title={mode === 'top-up' ? t('members.topUpTitle', { number: card.number }) : t('members.refundTitle', { number: card.number })}
      danger={mode === 'refund'}
      onClose={onClose}
      testId={`card-${mode}`}
      initialValues={{ method: 'cash' }}
      onSubmit={async (v) => {
        const amountFen = yuanToFen(v.amountYuan) ?? 0;
        const params = { id: card.id };
        return !!(await run(() =>
          mode === 'top-up'
            ? callApi('post', '/member-cards/{id}/top-up', { params, body: { amountFen, method: v.method ?? 'cash', note: v.note?.trim() ?? '' } })
            : callApi('post', '/member-cards/{id}/refund', { params, body: { amountFen, reason: v.note?.trim() ?? '' } }),
        ));
      }}
    >
      <Typography.Paragraph type="secondary">
        {mode === 'top-up' ? t('members.bonusHint', { rules: ruleText || t('members.noRules') }) : t('members.refundHint')}
      </Typography.Paragraph>
      <Form.Item name="amountYuan" label={t('members.amount')} rules={[{ required: true, message: t('members.amountRequired') }]}>
        <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" style={{ width: 200 }} data-testid="card-amount" />
      </Form.Item>
      {mode === 'top-up' && (
        <Form.Item name="method" label={t('members.method')}>
          <Select style={{ width: 200 }} options={TOP_UP_METHODS.map((m) => ({ value: m, label: t(`cashier.methods.${m}`) }))} />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={mode === 'top-up' ? t('members.note') : t('members.refundReason')}
        rules={mode === 'refund' ? [{ required: true, whitespace: true, message: t('members.reasonRequired') }] : []}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
