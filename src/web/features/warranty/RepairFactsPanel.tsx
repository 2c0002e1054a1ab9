import { useEffect } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useReportError } from '../../lib/errors';
import { SEVERE_FAILURE_LABELS, SEVERE_FAILURES } from '../../../domain/warranty/watch';

interface Values {
  problemCode: string;
  problemZh: string;
  safetyFault: boolean;
  severeFailure: (typeof SEVERE_FAILURES)[number] | null;
  excludedHours: number;
}

/**
 * The 三包 facts of one repair (the watch counts them): the problem (same code = same problem), a serious safety
 * fault, a severe failure of art. 23, the hours not counted (art. 24 transport). Saving re-checks the watch.
 */
export function RepairFactsPanel({ workOrderId, canEdit }: { workOrderId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  const facts = useApiQuery('/work-orders/{id}/warranty-facts', { params: { id: workOrderId }, keepPrevious: false });
  const refresh = useInvalidate('/work-orders/{id}/warranty-facts', '/warranty/vehicles');
  const missing = isApiError(facts.error) && facts.error.status === 404;
  const data = facts.data;
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await callApi('put', '/work-orders/{id}/warranty-facts', { params: { id: workOrderId }, body: { ...v, severeFailure: v.severeFailure ?? null } });
      message.success(t('common.saved'));
      refresh();
    } catch (e) {
      report(e, form);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="repair-facts">
      <Typography.Text type="secondary">{t('wty.factsHint')}</Typography.Text>
      {missing ? <Typography.Text type="secondary">{t('wty.noFacts')}</Typography.Text> : null}
      {(data?.findings ?? []).map((f) => (
        <Alert key={f.key} type={f.level === 'alert' ? 'error' : 'warning'} showIcon message={f.messageZh} />
      ))}
      <Form form={form} layout="vertical" disabled={!canEdit} initialValues={{ safetyFault: false, severeFailure: null, excludedHours: 0, problemZh: '' }}>
        <Space wrap align="start">
          <Form.Item name="problemCode" label={t('wty.problemCode')} rules={[{ required: true, message: t('wty.problemRequired') }]}>
            <Input maxLength={40} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="problemZh" label={t('wty.problemZh')}>
            <Input maxLength={100} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="excludedHours" label={t('wty.excludedHours')}>
            <InputNumber min={0} max={24 * 365} precision={0} suffix="h" style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="severeFailure" label={t('wty.severeFailure')}>
            <Select
              allowClear
              style={{ width: 220 }}
              placeholder={t('wty.none')}
              options={SEVERE_FAILURES.map((s) => ({ value: s, label: SEVERE_FAILURE_LABELS[s] }))}
            />
          </Form.Item>
          <Form.Item name="safetyFault" valuePropName="checked" label={t('wty.safety')}>
            <Checkbox>{t('wty.safetyFault')}</Checkbox>
          </Form.Item>
        </Space>
        {canEdit ? (
          <Button type="primary" onClick={save} data-testid="repair-facts-save">
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Space>
  );
}
