import { AutoComplete, Button, Form, Input, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CarDiagram } from './CarDiagram';
import { DAMAGE_AREAS, DAMAGE_KINDS, WARNING_LIGHTS } from './types';

/** 环车检查 fields under `preCheck`: damage marks (area, kind, note), warning lights, valuables, notes. */
export function PreCheckFields() {
  const { t } = useTranslation();
  const areas = DAMAGE_AREAS.map((a) => ({ value: t(`wo.areas.${a}`) }));
  const kinds = Object.entries(DAMAGE_KINDS).map(([k, zh]) => ({ value: zh, label: t(`wo.damageKinds.${k}`) }));
  const lights = Object.entries(WARNING_LIGHTS).map(([k, zh]) => ({ value: zh, label: t(`wo.lights.${k}`) }));
  const form = Form.useFormInstance();
  const marks = (Form.useWatch(['preCheck', 'damageMarks'], form) ?? []) as { area: string; kind?: string }[];
  return (
    <>
      <Form.Item label={t('wo.damageMarks')} extra={t('wo.damageHint')} style={{ marginBottom: 8 }}>
        <Form.List name={['preCheck', 'damageMarks']}>
          {(fields, { add, remove }) => (
            <>
              <CarDiagram marks={marks} onAdd={(area) => add({ area, kind: DAMAGE_KINDS.scratch, note: '' })} />
              {fields.map((f, i) => (
                <Space key={f.key} align="start" size={6} style={{ display: 'flex', marginBottom: 6 }} data-testid="damage-row">
                  <Typography.Text strong style={{ width: 20, lineHeight: '32px' }} aria-hidden="true">
                    {i + 1}
                  </Typography.Text>
                  <Form.Item name={[f.name, 'area']} noStyle rules={[{ required: true, whitespace: true, message: t('wo.areaRequired') }]}>
                    <AutoComplete
                      options={areas}
                      placeholder={t('wo.area')}
                      style={{ width: 130 }}
                      filterOption={(i, o) => !!o?.value.includes(i)}
                      aria-label={t('wo.area')}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} noStyle rules={[{ required: true, message: t('wo.kindRequired') }]}>
                    <Select options={kinds} placeholder={t('wo.damageKind')} style={{ width: 96 }} aria-label={t('wo.damageKind')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']} noStyle>
                    <Input placeholder={t('wo.damageNote')} maxLength={100} style={{ width: 170 }} aria-label={t('wo.damageNote')} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ note: '' })} data-testid="damage-add">
                {t('wo.addDamage')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name={['preCheck', 'warningLights']} label={t('wo.warningLights')}>
        <Select
          mode="multiple"
          allowClear
          options={lights}
          placeholder={t('wo.noWarningLights')}
          data-testid="warning-lights"
          aria-label={t('wo.noWarningLights')}
        />
      </Form.Item>
      <Form.Item name={['preCheck', 'valuables']} label={t('wo.valuables')}>
        <Input maxLength={300} placeholder={t('wo.valuablesPlaceholder')} aria-label={t('wo.valuablesPlaceholder')} />
      </Form.Item>
      <Form.Item name={['preCheck', 'notes']} label={t('wo.preCheckNotes')} style={{ marginBottom: 0 }}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </>
  );
}
