/** The install checklist and commissioning measurements (allowed range) of a product, configurable. */
import { Button, Checkbox, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldInstallTemplateInput } from '../../../contracts/field-install';
import { callApi, useApiQuery } from '../../api/query';
import { useRun } from '../crm/useRun';

export function InstallTemplateDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const products = useApiQuery('/field/products');
  const [productId, setProductId] = useState<string | null>(null);
  const tpl = useApiQuery('/field/products/{id}/install-template', { params: { id: productId ?? '' }, enabled: !!productId });
  const [form] = Form.useForm<FieldInstallTemplateInput>();
  const run = useRun(() => tpl.refetch());
  useEffect(() => {
    if (tpl.data) form.setFieldsValue({ checklist: tpl.data.checklist, measurements: tpl.data.measurements });
  }, [tpl.data, form]);
  const save = (v: FieldInstallTemplateInput) =>
    run(
      () => callApi('put', '/field/products/{id}/install-template', { params: { id: productId! }, body: { ...v, version: tpl.data?.version ?? undefined } }),
      {
        form,
      },
    );
  return (
    <Drawer open={open} onClose={onClose} title={t('fli.template')} size={720}>
      <Select
        aria-label={t('fld.model')}
        placeholder={t('fld.model')}
        style={{ width: 320, marginBottom: 16 }}
        value={productId}
        onChange={setProductId}
        options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.model} ${p.name}` }))}
      />
      {productId && (
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.List name="checklist">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'label']} label={t('fli.checkItem')} rules={[{ required: true }]}>
                      <Input style={{ width: 320 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'required']} valuePropName="checked" initialValue>
                      <Checkbox>{t('fli.required')}</Checkbox>
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('fli.remove')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ required: true })}>
                  {t('fli.addCheck')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.List name="measurements">
            {(fields, { add, remove }) => (
              <div style={{ marginTop: 16 }}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'name']} label={t('fli.measurement')} rules={[{ required: true }]}>
                      <Input style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']} label={t('fli.unitName')}>
                      <Input style={{ width: 80 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'min']} label={t('fli.min')}>
                      <InputNumber />
                    </Form.Item>
                    <Form.Item name={[f.name, 'max']} label={t('fli.max')}>
                      <InputNumber />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('fli.remove')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ unit: '', min: null, max: null })}>
                  {t('fli.addMeasurement')}
                </Button>
              </div>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" style={{ marginTop: 16 }}>
            {t('fli.save')}
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
