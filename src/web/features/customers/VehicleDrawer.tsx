import { useEffect, useState } from 'react';
import { App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/client';
import { isConflict, useReportError } from '../../lib/errors';
import { normalizeCode, toVehicleBody, toVehicleValues, type VehicleValues } from './vehicleForm';
import type { Customer, Vehicle } from './types';

interface Props {
  open: boolean;
  customer: Customer;
  vehicle?: Vehicle;
  onClose: () => void;
  onSaved: (v: Vehicle) => void;
  onStale: () => void;
}

/**
 * Register or edit a car. A VIN whose check digit does not match (422 VIN_CHECK_DIGIT) is asked
 * about: imported cars may carry such VINs, so the user may confirm and save anyway.
 */
export function VehicleDrawer({ open, customer, vehicle, onClose, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<VehicleValues>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toVehicleValues(vehicle));
  }, [open, vehicle, form]);

  const save = async (v: VehicleValues, override: boolean) => {
    const body = toVehicleBody(v, vehicle, override);
    setBusy(true);
    try {
      const saved = vehicle
        ? await api.patch<Vehicle>(`/vehicles/${vehicle.id}`, body)
        : await api.post<Vehicle>('/vehicles', { ...body, customerId: customer.id });
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      if (isApiError(e) && e.code === 'VIN_CHECK_DIGIT' && !override) {
        modal.confirm({
          title: t('vehicle.vinConfirmTitle'),
          content: (
            <>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{e.message}</Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t('vehicle.vinConfirmContent')}</Typography.Paragraph>
            </>
          ),
          okText: t('vehicle.vinConfirmOk'),
          cancelText: t('vehicle.vinConfirmCancel'),
          onOk: () => save(v, true),
          onCancel: () => form.setFields([{ name: 'vin', errors: [e.fields[0]?.message ?? e.message] }]),
        });
      } else if (isConflict(e)) {
        message.error(t('common.staleVersion'));
        onStale();
      } else report(e, form);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v) await save(v, false);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={600}
      destroyOnHidden
      title={vehicle ? t('vehicle.editTitle', { name: vehicle.plate || vehicle.vin }) : t('vehicle.addFor', { name: customer.name })}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={submit} data-testid="vehicle-save">{t('common.save')}</Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" data-testid="vehicle-form">
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="vin" label={t('vehicle.vin')} normalize={normalizeCode} extra={t('vehicle.vinHint')}
              rules={[{ required: true, message: t('vehicle.vinRequired') }, { pattern: /^[A-HJ-NPR-Z0-9]{17}$/, message: t('vehicle.vinRule') }]}>
              <Input maxLength={17} style={{ fontFamily: 'monospace' }} data-testid="vehicle-vin" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="plate" label={t('vehicle.plate')} extra={t('vehicle.plateHint')}>
              <Input maxLength={10} style={{ fontFamily: 'monospace' }} data-testid="vehicle-plate" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="brand" label={t('vehicle.brand')}><Input maxLength={40} /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="model" label={t('vehicle.model')}><Input maxLength={60} /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="modelFamily" label={t('vehicle.modelFamily')} tooltip={t('vehicle.modelFamilyHint')}><Input maxLength={40} /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="modelYear" label={t('vehicle.modelYear')}>
              <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="mileageKm" label={t('vehicle.mileage')} extra={vehicle ? t('vehicle.mileageHint', { km: vehicle.mileageKm }) : undefined}>
              <InputNumber min={0} max={3_000_000} precision={0} suffix="km" style={{ width: '100%' }} data-testid="vehicle-mileage" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="purchasedOn" label={t('vehicle.purchasedOn')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="warrantyUntil" label={t('vehicle.warrantyUntil')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="warrantyKm" label={t('vehicle.warrantyKm')}>
              <InputNumber min={0} max={3_000_000} precision={0} suffix="km" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
