import { Alert, Button, Form, Input, Select } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ON_ACCOUNT_PAYERS, type OnAccountPayer } from '../../../domain/release';
import { callApi } from '../../api/query';
import type { WoRun } from '../work-orders/useWoRun';
import type { Settlement } from './types';

interface Values {
  payer: OnAccountPayer;
  accountName: string;
  note?: string;
}

/** 挂账: a fleet customer, the insurer or the manufacturer carries the bill (only with the on-account authority). */
export function OnAccountForm({ settlement, defaultPayer, run }: { settlement: Settlement; defaultPayer?: OnAccountPayer; run: WoRun }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) =>
    run(
      () =>
        callApi('post', '/settlements/{id}/on-account', {
          params: { id: settlement.id },
          body: { version: settlement.version, payer: v.payer, accountName: v.accountName.trim(), note: v.note?.trim() ?? '' },
        }),
      { form, success: t('cashier.onAccountDone') },
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      data-testid="on-account-form"
      initialValues={{ payer: defaultPayer ?? 'fleet' }}
      style={{ marginTop: 16 }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('cashier.onAccountHint')} />
      <Form.Item name="payer" label={t('cashier.onAccountPayer')} rules={[{ required: true }]}>
        <Select options={ON_ACCOUNT_PAYERS.map((p) => ({ value: p, label: t(`cashier.onAccountPayers.${p}`) }))} />
      </Form.Item>
      <Form.Item
        name="accountName"
        label={t('cashier.onAccountName')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('cashier.onAccountNameRequired') }]}
      >
        <Input maxLength={80} data-testid="on-account-name" />
      </Form.Item>
      <Form.Item name="note" label={t('cashier.onAccountNote')}>
        <Input maxLength={300} />
      </Form.Item>
      <Button htmlType="submit" icon={<AuditOutlined />} data-testid="on-account-submit">
        {t('cashier.onAccount')}
      </Button>
    </Form>
  );
}
