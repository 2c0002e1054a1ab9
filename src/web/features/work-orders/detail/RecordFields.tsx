import { useEffect } from 'react';
import { Button, Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { fenToYuan, yuanToFen } from '../../../lib/format';
import { OLD_PARTS, type WorkOrder } from '../types';
import type { WoCtx } from './useWorkOrder';

interface Values {
  towingYuan: number;
  hasLoanerCar: boolean;
  transportAllowanceYuan: number;
  oldPartsDisposition: (typeof OLD_PARTS)[number];
}

const LOCKED = ['delivered', 'settled', 'closed', 'cancelled'];
const valuesOf = (wo: WorkOrder): Values => ({
  towingYuan: fenToYuan(wo.towingFen) ?? 0,
  hasLoanerCar: wo.hasLoanerCar,
  transportAllowanceYuan: fenToYuan(wo.transportAllowanceFen) ?? 0,
  oldPartsDisposition: wo.oldPartsDisposition as Values['oldPartsDisposition'],
});

/** 维修记录: towing fee, loaner car, transport allowance and what happens to the old parts (旧件). */
export function RecordFields({ wo, run, canEdit }: WoCtx) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const disabled = !canEdit || LOCKED.includes(wo.status);
  useEffect(() => form.setFieldsValue(valuesOf(wo)), [wo, form]);

  const save = (v: Values) =>
    run(
      () =>
        callApi('patch', '/work-orders/{id}', {
          params: { id: wo.id },
          body: {
            version: wo.version,
            towingFen: yuanToFen(v.towingYuan) ?? 0,
            hasLoanerCar: v.hasLoanerCar,
            transportAllowanceFen: yuanToFen(v.transportAllowanceYuan) ?? 0,
            oldPartsDisposition: v.oldPartsDisposition,
          },
        }),
      { form, success: t('wo.recordSaved') },
    );

  return (
    <Form<Values> form={form} layout="vertical" initialValues={valuesOf(wo)} onFinish={(v) => void save(v)} disabled={disabled} data-testid="wo-record">
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="towingYuan" label={t('wo.towing')} tooltip={t('wo.towingHint')}>
            <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="hasLoanerCar" label={t('wo.loanerCar')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="transportAllowanceYuan" label={t('wo.transportAllowance')}>
            <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="oldPartsDisposition" label={t('wo.oldParts')}>
            <Select options={OLD_PARTS.map((o) => ({ value: o, label: t(`wo.oldPartsOptions.${o}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      {!disabled && (
        <Button htmlType="submit" icon={<SaveOutlined />}>
          {t('wo.saveRecord')}
        </Button>
      )}
    </Form>
  );
}
