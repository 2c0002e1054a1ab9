import { useEffect, useState } from 'react';
import { Button, Descriptions, Form, Input, Progress, Select, Space, Tag, Typography } from 'antd';
import { EditOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { REPAIR_CATEGORIES, type RepairCategory } from '../../../../domain/work-orders/guarantee';
import { callApi } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { PreCheckFields } from '../PreCheckFields';
import { DAMAGE_KINDS, WARNING_LIGHTS, keyOfWord, useWoLabels, type PreCheck } from '../types';
import type { WoCtx } from './useWorkOrder';

const LOCKED = ['delivered', 'settled', 'closed', 'cancelled'];

/** 预检: mileage, fuel, the walk-around marks, warning lights, valuables, the customer's concerns; diagnosis and category editable. */
export function PreCheckTab({ wo, run, canEdit }: WoCtx) {
  const { t } = useTranslation();
  const labels = useWoLabels();
  const editable = canEdit && !LOCKED.includes(wo.status);
  const [diagnosis, setDiagnosis] = useState(wo.diagnosis);
  const [editing, setEditing] = useState(false);
  useEffect(() => setDiagnosis(wo.diagnosis), [wo.diagnosis]);
  const pc = { ...wo.preCheck, damageMarks: wo.preCheck.damageMarks ?? [], warningLights: wo.preCheck.warningLights ?? [] };
  const word = (dict: Record<string, string>, prefix: string, w: string) => {
    const k = keyOfWord(dict, w);
    return k ? t(`${prefix}.${k}`) : w;
  };
  const patch = (body: { diagnosis?: string; repairCategory?: RepairCategory }, success?: string) =>
    run(() => callApi('patch', '/work-orders/{id}', { params: { id: wo.id }, body: { version: wo.version, ...body } }), { success });

  return (
    <div data-testid="wo-precheck">
      <Descriptions
        size="small"
        bordered
        column={2}
        style={{ marginBottom: 12 }}
        extra={
          editable && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="precheck-edit">
              {t('wo.editPreCheck')}
            </Button>
          )
        }
      >
        <Descriptions.Item label={t('wo.mileageIn')}>{`${wo.mileageIn.toLocaleString('zh-CN')} km`}</Descriptions.Item>
        <Descriptions.Item label={t('wo.fuelLevel')}>
          {wo.fuelLevelPct == null ? (
            '—'
          ) : (
            <Progress percent={wo.fuelLevelPct} size="small" style={{ width: 160, margin: 0 }} aria-label={`${t('wo.fuelLevel')} ${wo.fuelLevelPct}%`} />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('wo.damageMarks')} span={2}>
          {pc.damageMarks.length === 0 ? (
            <Typography.Text type="secondary">{t('wo.noDamage')}</Typography.Text>
          ) : (
            <Space wrap size={[6, 4]}>
              {pc.damageMarks.map((d, i) => (
                <Tag key={i} color="orange">{`${d.area} · ${word(DAMAGE_KINDS, 'wo.damageKinds', d.kind)}${d.note ? `(${d.note})` : ''}`}</Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('wo.warningLights')}>
          {pc.warningLights.length === 0 ? (
            <Typography.Text type="secondary">{t('wo.noWarningLights')}</Typography.Text>
          ) : (
            pc.warningLights.map((w) => (
              <Tag key={w} color="red">
                {word(WARNING_LIGHTS, 'wo.lights', w)}
              </Tag>
            ))
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('wo.valuables')}>{pc.valuables || '—'}</Descriptions.Item>
        {pc.notes ? (
          <Descriptions.Item label={t('wo.preCheckNotes')} span={2}>
            {pc.notes}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('wo.concerns')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{wo.concerns}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('wo.repairCategory')} span={2}>
          {editable ? (
            <Select
              size="small"
              value={wo.repairCategory}
              style={{ width: 160 }}
              onChange={(v) => void patch({ repairCategory: v as RepairCategory })}
              options={REPAIR_CATEGORIES.map((c) => ({ value: c, label: labels.category(c) }))}
            />
          ) : (
            labels.category(wo.repairCategory)
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('wo.diagnosis')}</Typography.Text>
      <Input.TextArea
        rows={3}
        maxLength={3000}
        value={diagnosis}
        onChange={(e) => setDiagnosis(e.target.value)}
        disabled={!editable}
        placeholder={t('wo.diagnosisPlaceholder')}
        style={{ margin: '6px 0 8px' }}
        data-testid="wo-diagnosis"
        aria-label={t('wo.diagnosisPlaceholder')}
      />
      {editable && (
        <Button
          icon={<SaveOutlined />}
          disabled={diagnosis === wo.diagnosis}
          onClick={() => void patch({ diagnosis }, t('wo.diagnosisSaved'))}
          data-testid="wo-diagnosis-save"
        >
          {t('wo.saveDiagnosis')}
        </Button>
      )}
      <FormModal<{ concerns: string; preCheck: PreCheck }>
        open={editing}
        title={t('wo.editPreCheck')}
        width={640}
        onClose={() => setEditing(false)}
        testId="precheck-modal"
        initialValues={{ concerns: wo.concerns, preCheck: pc }}
        onSubmit={async (v, form) =>
          !!(await run(
            () =>
              callApi('patch', '/work-orders/{id}', {
                params: { id: wo.id },
                body: {
                  version: wo.version,
                  concerns: v.concerns,
                  preCheck: {
                    damageMarks: v.preCheck.damageMarks ?? [],
                    warningLights: v.preCheck.warningLights ?? [],
                    valuables: v.preCheck.valuables ?? '',
                    notes: v.preCheck.notes ?? '',
                  },
                },
              }),
            { form },
          ))
        }
      >
        <Form.Item name="concerns" label={t('wo.concerns')} rules={[{ required: true, whitespace: true, message: t('wo.concernsRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <PreCheckFields />
      </FormModal>
    </div>
  );
}
