import { useEffect } from 'react';
import { Button, Form, InputNumber, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useReportError } from '../../lib/errors';

type Row = { pointKind: 'station' | 'franchise'; basis: 'settled_orders' | 'field_visits'; amountYuan: number };

/** The subsidy rules of one's point: per dealer type and basis, an amount per unit (元). */
export function RulesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const [form] = Form.useForm<{ rules: Row[] }>();
  const q = useApiQuery('/subsidies/rules');
  const save = useApiMutation('put', '/subsidies/rules');
  useEffect(() => {
    if (q.data) form.setFieldsValue({ rules: q.data.rules.map((r) => ({ ...r, amountYuan: r.amountFen / 100 })) });
  }, [q.data, form]);
  return (
    <Modal
      open
      width={680}
      title={t('sub.rules')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({
            body: { rules: (v.rules ?? []).map((r) => ({ pointKind: r.pointKind, basis: r.basis, amountFen: Math.round(r.amountYuan * 100) })) },
          });
          onClose();
        } catch (e) {
          report(e, form, { rename: (p) => p.replace(/\.amountFen$/, '.amountYuan') });
        }
      }}
    >
      <Form form={form} layout="vertical">
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'pointKind']} label={t('sub.dealerKind')} rules={[{ required: true, message: t('sub.pick') }]}>
                    <Select style={{ width: 150 }} options={(['station', 'franchise'] as const).map((k) => ({ value: k, label: t(`sub.kinds.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'basis']} label={t('sub.basis')} rules={[{ required: true, message: t('sub.pick') }]}>
                    <Select
                      style={{ width: 180 }}
                      options={(['settled_orders', 'field_visits'] as const).map((k) => ({ value: k, label: t(`sub.bases.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amountYuan']} label={t('sub.perUnit')} rules={[{ required: true, message: t('sub.amountRequired') }]}>
                    <InputNumber precision={2} style={{ width: 140 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t('sub.removeRule')}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ pointKind: 'station', basis: 'settled_orders', amountYuan: 50 })}>
                {t('sub.addRule')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
