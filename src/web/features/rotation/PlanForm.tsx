import { useMemo } from 'react';
import { Button, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';

type MoveValue = { employeeId?: string; toPointId?: string; toPositionId?: string };
type Values = { quarter: string; effectiveDate: string; note: string; moves: MoveValue[] };

/** The new-plan drawer: quarter, effective date and the moves (who, to which point, which position there). */
export function PlanForm({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const opts = useApiQuery('/rotations/options', { enabled: open });
  const create = useApiMutation('post', '/rotations');
  const points = opts.data?.points ?? [];
  const moves = Form.useWatch('moves', form) ?? [];
  const employeeOptions = useMemo(
    () =>
      points
        .filter((p) => p.employees.length)
        .map((p) => ({
          label: p.nameZh,
          options: p.employees.map((e) => ({ value: e.id, label: `${e.name}(${e.positionTitle ?? e.employeeNo})` })),
        })),
    [points],
  );
  const initialValues = useMemo(() => ({ moves: [{}], note: '' }), []);
  return (
    <FormDrawer<Values, { id: string }>
      open={open}
      form={form}
      title={t('rot.new')}
      size={720}
      onClose={onClose}
      initialValues={initialValues}
      invalidate={['/rotations']}
      testId="rotation-form"
      submit={(v) => create.mutateAsync({ body: { ...v, moves: v.moves.map((m) => m as Required<MoveValue>) } })}
      onSaved={(r) => onSaved(r.id)}
    >
      <Space wrap>
        <Form.Item name="quarter" label={t('rot.quarter')} rules={[{ required: true, message: t('rot.quarterRequired') }]}>
          <Input placeholder="2026-Q4" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('rot.effectiveDate')} rules={[{ required: true, message: t('rot.dateRequired') }]}>
          <Input type="date" style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.List name="moves">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => {
              const to = points.find((p) => p.id === moves[i]?.toPointId);
              return (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'employeeId']} label={t('rot.employee')} rules={[{ required: true, message: t('rot.pick') }]}>
                    <Select showSearch optionFilterProp="label" style={{ width: 220 }} options={employeeOptions} aria-label={t('rot.employee')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'toPointId']} label={t('rot.toPoint')} rules={[{ required: true, message: t('rot.pick') }]}>
                    <Select style={{ width: 200 }} options={points.map((p) => ({ value: p.id, label: p.nameZh }))} aria-label={t('rot.toPoint')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'toPositionId']} label={t('rot.toPosition')} rules={[{ required: true, message: t('rot.pick') }]}>
                    <Select
                      style={{ width: 170 }}
                      options={(to?.positions ?? []).map((p) => ({ value: p.id, label: p.title }))}
                      aria-label={t('rot.toPosition')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t('rot.removeMove')}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              );
            })}
            <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
              {t('rot.addMove')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="note" label={t('rot.note')}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormDrawer>
  );
}
