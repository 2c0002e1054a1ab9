import { Alert, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined, TransactionOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../api/query';
import { fenToYuan, formatYuan } from '../../lib/format';
import type { WoRun } from '../work-orders/useWoRun';
import { paymentsInFen, remainingFen } from './money';
import { PAYMENT_METHODS, type PaymentMethod, type Settlement } from './types';

interface Values {
  payments: { method?: PaymentMethod; amountYuan?: number }[];
  invoiceNo?: string;
}

/** 收款: one or more payment methods that must add up to the payable amount (shown live), and the invoice number. */
export function PaymentForm({ settlement, run }: { settlement: Settlement; run: WoRun }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const rows = Form.useWatch('payments', form);
  const left = remainingFen(settlement.payableFen, rows);

  const pay = (v: Values) =>
    run(
      () =>
        callApi('post', '/settlements/{id}/payment', {
          params: { id: settlement.id },
          body: { version: settlement.version, payments: paymentsInFen(v.payments), invoiceNo: v.invoiceNo?.trim() ?? '' },
        }),
      { form, success: t('cashier.paid') },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void pay(v)}
      data-testid="payment-form"
      initialValues={{ payments: [{ method: 'cash', amountYuan: fenToYuan(settlement.payableFen) }], invoiceNo: '' }}
    >
      <Form.Item label={t('cashier.payments')} required style={{ marginBottom: 8 }}>
        <Form.List name="payments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} style={{ display: 'flex', marginBottom: 6 }} data-testid="payment-row">
                  <Form.Item name={[f.name, 'method']} noStyle rules={[{ required: true, message: t('cashier.methodRequired') }]}>
                    <Select
                      style={{ width: 140 }}
                      options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`cashier.methods.${m}`) }))}
                      aria-label={`${t('cashier.payments')} ${i + 1}`}
                      data-testid={`payment-method-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amountYuan']} noStyle rules={[{ required: true, message: t('cashier.amountRequired') }]}>
                    <InputNumber
                      min={0.01}
                      precision={2}
                      prefix="¥"
                      style={{ width: 160 }}
                      aria-label={`${t('cashier.payments')} ${i + 1} ¥`}
                      data-testid={`payment-amount-${i}`}
                    />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />}
                </Space>
              ))}
              {fields.length < 5 && (
                <Button
                  type="dashed"
                  size="small"
                  icon={<PlusOutlined />}
                  data-testid="payment-add"
                  onClick={() => add({ method: 'wechat', amountYuan: left > 0 ? fenToYuan(left) : undefined })}
                >
                  {t('cashier.addPayment')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
      <Alert
        type={left === 0 ? 'success' : left > 0 ? 'warning' : 'error'}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="payment-remaining"
        title={
          left === 0
            ? t('cashier.balanced', { amount: formatYuan(settlement.payableFen) })
            : left > 0
              ? t('cashier.remaining', { amount: formatYuan(left) })
              : t('cashier.overpaid', { amount: formatYuan(-left) })
        }
      />
      <Form.Item name="invoiceNo" label={t('cashier.invoiceNo')} extra={t('cashier.invoiceHint')}>
        <Input maxLength={40} style={{ width: 260 }} data-testid="invoice-no" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<TransactionOutlined />} disabled={left !== 0} data-testid="payment-submit">
        {t('cashier.pay', { amount: formatYuan(settlement.payableFen) })}
      </Button>
    </Form>
  );
}
