import { useEffect, useMemo } from 'react';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/query';
import { useReportError } from '../../lib/errors';
import type { components } from '../../api/openapi.gen';

type Move = components['schemas']['RotationMove'];
type Plan = components['schemas']['RotationPlan'];
type Values = { successorEmployeeId: string; items: { kind: 'customer' | 'case' | 'asset'; ref: string; note?: string }[] };

/** The hand-over record of one move: the successor (someone working at the point left afterwards) and the items. */
export function HandoverModal({
  plan,
  move,
  candidates,
  onClose,
}: {
  plan: Plan;
  move: Move;
  candidates: { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('put', '/rotations/{id}/moves/{moveId}/handover');
  const initial = useMemo(
    () => ({
      successorEmployeeId: move.successorEmployeeId ?? undefined,
      items: move.items.length ? move.items : [{ kind: 'customer' as const, ref: '', note: '' }],
    }),
    [move],
  );
  useEffect(() => form.setFieldsValue(initial), [form, initial]);
  return (
    <Modal
      open
      width={720}
      title={t('rot.handoverOf', { name: move.employeeName })}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({
            params: { id: plan.id, moveId: move.id },
            body: { version: move.version, successorEmployeeId: v.successorEmployeeId, items: v.items.map((i) => ({ ...i, note: i.note ?? '' })) },
          });
          onClose();
        } catch (e) {
          report(e, form);
        }
      }}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="successorEmployeeId" label={t('rot.successor')} rules={[{ required: true, message: t('rot.pick') }]}>
          <Select showSearch optionFilterProp="label" options={candidates.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'kind']} label={t('rot.itemKind')} rules={[{ required: true, message: t('rot.pick') }]}>
                    <Select style={{ width: 140 }} options={(['customer', 'case', 'asset'] as const).map((k) => ({ value: k, label: t(`rot.kinds.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'ref']} label={t('rot.itemRef')} rules={[{ required: true, message: t('rot.refRequired') }]}>
                    <Input style={{ width: 240 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']} label={t('rot.note')}>
                    <Input style={{ width: 180 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t('rot.removeItem')}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'customer', ref: '', note: '' })}>
                {t('rot.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
