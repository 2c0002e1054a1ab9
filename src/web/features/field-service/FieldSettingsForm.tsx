/** Field settings: response time per region (contract > product > region > default 8 h) and the ladder's minutes per level. */
import { useEffect } from 'react';
import { Alert, Button, Form, InputNumber, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FieldSettingsInput } from '../../../contracts/field-install';
import { callApi, useApiQuery } from '../../api/query';
import { useRun } from '../crm/useRun';

export function FieldSettingsForm() {
  const { t } = useTranslation();
  const settings = useApiQuery('/field/settings');
  const [form] = Form.useForm<FieldSettingsInput>();
  const run = useRun(() => settings.refetch());
  useEffect(() => {
    if (settings.data)
      form.setFieldsValue({ ladderMinutes: settings.data.ladderMinutes, regionRules: settings.data.regionRules as FieldSettingsInput['regionRules'] });
  }, [settings.data, form]);
  const save = (v: FieldSettingsInput) =>
    run(() => callApi('put', '/field/settings', { body: { ...v, regionRules: v.regionRules ?? [], version: settings.data?.version ?? null } }), { form });
  return (
    <Form form={form} layout="vertical" onFinish={save} style={{ maxWidth: 720 }}>
      <Alert type="info" showIcon message={t('fli.ruleOrder', { minutes: settings.data?.defaultResponseMinutes ?? 480 })} style={{ marginBottom: 16 }} />
      <Space wrap>
        {(['engineer', 'supervisor', 'manager'] as const).map((k) => (
          <Form.Item key={k} name={['ladderMinutes', k]} label={t(`fli.ladder.${k}`)} rules={[{ required: true }]}>
            <InputNumber min={0} max={10080} addonAfter={t('fli.minutes')} />
          </Form.Item>
        ))}
      </Space>
      <Form.List name="regionRules">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'regionCode']} label={t('fld.region')} rules={[{ required: true }]}>
                  <Input maxLength={6} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'responseMinutes']} label={t('fli.responseMinutes')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={10080} />
                </Form.Item>
                <Form.Item name={[f.name, 'responseClock']} label={t('fli.clock')} initialValue="24x7">
                  <Select style={{ width: 140 }} options={['24x7', 'working'].map((c) => ({ value: c, label: t(`fli.clocks.${c}`) }))} />
                </Form.Item>
                <MinusCircleOutlined aria-label={t('fli.remove')} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ responseClock: '24x7' })}>
              {t('fli.addRegion')}
            </Button>
          </>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" style={{ marginTop: 16 }} data-testid="field-settings-save">
        {t('fli.save')}
      </Button>
    </Form>
  );
}
