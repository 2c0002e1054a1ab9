import { useEffect } from 'react';
import { Alert, Button, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useReportError } from '../../lib/errors';
import type { components } from '../../api/openapi.gen';

type Evidence = components['schemas']['GbtEvidence'];
type Values = { weights: Record<string, number | null> };

/**
 * The GB/T 27922 scoring weights of a point: editable at HQ or a regional centre (points below inherit the nearest),
 * read-only elsewhere with where they come from. The sum is shown live; the server's field errors land on the fields.
 */
export function GbtWeightsModal({ pointId, indicators, onClose }: { pointId: string | undefined; indicators: Evidence[]; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  const q = useApiQuery('/gbt27922/weights', { query: { servicePointId: pointId } });
  const save = useApiMutation('put', '/gbt27922/weights/{id}', { invalidate: ['/gbt27922'] });
  const w = q.data;
  useEffect(() => {
    if (w) form.setFieldsValue({ weights: Object.fromEntries(indicators.map((i) => [i.key, Math.round((w.weights[i.key] ?? 0) * 100) / 100])) });
  }, [w, indicators, form]);
  const watched = Form.useWatch('weights', form) ?? {};
  const sum = Object.values(watched).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
  const editable = !!w?.canEdit;
  const equal = () => {
    // Two decimals each; the last takes the remainder so the sum is exactly 100.
    const each = Math.floor((100 / indicators.length) * 100) / 100;
    const last = Math.round((100 - each * (indicators.length - 1)) * 100) / 100;
    form.setFieldsValue({ weights: Object.fromEntries(indicators.map((i, n) => [i.key, n === indicators.length - 1 ? last : each])) });
  };
  return (
    <Modal
      open
      width={640}
      title={t('gbt.weightsTitle')}
      onCancel={onClose}
      okText={t('common.save')}
      okButtonProps={{ disabled: !editable }}
      confirmLoading={save.isPending}
      onOk={async () => {
        if (!w) return;
        const v = await form.validateFields();
        try {
          await save.mutateAsync({
            params: { id: w.servicePointId },
            body: { version: w.version, weights: Object.fromEntries(Object.entries(v.weights).map(([k, x]) => [k, x ?? 0])) },
          });
          onClose();
        } catch (e) {
          report(e, form);
        }
      }}
    >
      {w && (
        <Alert
          type={editable ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            w.source === 'own'
              ? t('gbt.weightsOwn', { by: w.updatedByName ?? '', at: w.updatedAt?.slice(0, 10) ?? '' })
              : w.source === 'inherited'
                ? t('gbt.weightsInherited', { from: w.fromPointName ?? '' })
                : t('gbt.weightsDefault')
          }
          description={editable ? t('gbt.weightsHint') : t('gbt.weightsReadOnly')}
        />
      )}
      <Form form={form} layout="horizontal" labelCol={{ span: 10 }} wrapperCol={{ span: 14 }} disabled={!editable}>
        {indicators.map((i) => (
          <Form.Item key={i.key} name={['weights', i.key]} label={`${t(`gbt.groups.${i.group}`)} · ${i.nameZh}`} style={{ marginBottom: 6 }}>
            <InputNumber min={0} max={100} precision={2} step={0.5} style={{ width: 140 }} />
          </Form.Item>
        ))}
      </Form>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type={Math.abs(sum - 100) < 1e-6 ? 'success' : 'danger'} role="status">
          {t('gbt.weightSum', { sum: Math.round(sum * 100) / 100 })}
        </Typography.Text>
        <Button onClick={equal} disabled={!editable}>
          {t('gbt.resetWeights')}
        </Button>
      </Space>
    </Modal>
  );
}
