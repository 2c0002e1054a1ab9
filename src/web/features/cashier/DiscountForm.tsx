import { Alert, Button, Form, Input, InputNumber, Typography } from 'antd';
import { FileDoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { formatYuan, yuanToFen } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { WoRun } from '../work-orders/useWoRun';
import { coversDiscount, discountPctOf } from './money';

interface Values {
  discountYuan?: number;
  reason?: string;
}

/** 开具结算单: an optional discount on the customer's part; above the user's authority it goes to the supervisor. */
export function DiscountForm({ workOrderId, grossFen, run }: { workOrderId: string; grossFen: number; run: WoRun }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [form] = Form.useForm<Values>();
  const discountFen = yuanToFen(Form.useWatch('discountYuan', form)) ?? 0;
  const pct = discountPctOf(discountFen, grossFen);
  const within = coversDiscount(me, pct);
  const limit = me?.isSuperuser ? t('cashier.limitUnlimited') : t('cashier.limit', { pct: me?.limits.discountPct ?? 0 });

  const submit = (v: Values) =>
    run(
      () =>
        callApi('post', '/work-orders/{id}/settlement', {
          params: { id: workOrderId },
          body: { discountFen: yuanToFen(v.discountYuan) ?? 0, reason: v.reason?.trim() ?? '' },
        }),
      {
        form,
        success: within ? t('cashier.opened') : t('cashier.sentForApproval'),
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ discountYuan: 0 }} data-testid="discount-form">
      <Form.Item
        name="discountYuan"
        label={t('cashier.discount')}
        extra={<span data-testid="discount-limit">{discountFen > 0 ? `${t('cashier.discountPctIs', { pct })} · ${limit}` : limit}</span>}
        rules={[{ type: 'number', max: grossFen / 100, message: t('cashier.discountTooBig', { amount: formatYuan(grossFen) }) }]}
      >
        <InputNumber min={0} max={grossFen / 100} precision={2} prefix="¥" style={{ width: 200 }} data-testid="discount-input" />
      </Form.Item>
      {discountFen > 0 &&
        (within ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cashier.withinLimit', { pct, payable: formatYuan(grossFen - discountFen) })} />
        ) : (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('cashier.overLimit', { pct, limit: me?.limits.discountPct ?? 0 })}
            data-testid="discount-over-limit"
          />
        ))}
      <Form.Item
        name="reason"
        label={t('cashier.discountReason')}
        rules={[{ required: discountFen > 0, whitespace: true, message: t('cashier.discountReasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={300} placeholder={t('cashier.discountReasonPlaceholder')} aria-label={t('cashier.discountReasonPlaceholder')} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('cashier.openHint')}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" icon={<FileDoneOutlined />} data-testid="settlement-open">
        {t('cashier.open')}
      </Button>
    </Form>
  );
}
