import { useMemo } from 'react';
import { App, Col, DatePicker, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { callApi } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { decodeVin } from '../../../domain/identifiers/vin-decode';
import { normalizeCode, toVehicleBody, toVehicleValues, vinPrefill, type VehicleValues } from './vehicleForm';
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
  const { modal } = App.useApp();
  const initialValues = useMemo(() => toVehicleValues(vehicle), [vehicle]);
  const [form] = Form.useForm<VehicleValues>();
  const vin = Form.useWatch('vin', form) ?? '';
  const decoded = decodeVin(vin, dayjs().year() + 1);
  const onVin = (raw: string) => {
    const patch = vinPrefill(normalizeCode(raw), { brand: form.getFieldValue('brand'), modelYear: form.getFieldValue('modelYear') }, dayjs().year());
    if (Object.keys(patch).length) form.setFieldsValue(patch);
  };

  const save = (v: VehicleValues, override: boolean) => {
    const body = toVehicleBody(v, vehicle, override);
    return vehicle
      ? callApi('patch', '/vehicles/{id}', { params: { id: vehicle.id }, body: { ...body, version: vehicle.version } })
      : callApi('post', '/vehicles', { body: { ...body, vin: body.vin!, customerId: customer.id } });
  };

  return (
    <FormDrawer<VehicleValues, Vehicle>
      form={form}
      open={open}
      onClose={onClose}
      size={600}
      title={vehicle ? t('vehicle.editTitle', { name: vehicle.plate || vehicle.vin }) : t('vehicle.addFor', { name: customer.name })}
      initialValues={initialValues}
      submit={(v) => save(v, false)}
      onSaved={onSaved}
      onStale={onStale}
      invalidate={['/customers', '/vehicles', '/search']}
      onError={(e, { form, values, retry }) => {
        if (!isApiError(e) || e.code !== 'VIN_CHECK_DIGIT') return false;
        modal.confirm({
          title: t('vehicle.vinConfirmTitle'),
          content: (
            <>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {e.message}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t('vehicle.vinConfirmContent')}</Typography.Paragraph>
            </>
          ),
          okText: t('vehicle.vinConfirmOk'),
          cancelText: t('vehicle.vinConfirmCancel'),
          onOk: () => retry(() => save(values, true)),
          onCancel: () => form.setFields([{ name: 'vin', errors: [e.fields[0]?.message ?? e.message] }]),
        });
        return true;
      }}
      testId="vehicle-form"
      saveTestId="vehicle-save"
    >
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item
            name="vin"
            label={t('vehicle.vin')}
            normalize={normalizeCode}
            extra={
              decoded ? (
                <span data-testid="vin-decoded">
                  {t('vehicle.vinDecoded', {
                    maker: decoded.manufacturer
                      ? `${decoded.manufacturer.manufacturer}(${decoded.manufacturer.brands.join('、')})`
                      : t('vehicle.vinUnknownMaker'),
                    year: decoded.modelYear ?? '—',
                  })}
                </span>
              ) : (
                t('vehicle.vinHint')
              )
            }
            rules={[
              { required: true, message: t('vehicle.vinRequired') },
              { pattern: /^[A-HJ-NPR-Z0-9]{17}$/, message: t('vehicle.vinRule') },
            ]}
          >
            <Input maxLength={17} style={{ fontFamily: 'monospace' }} data-testid="vehicle-vin" onChange={(e) => onVin(e.target.value)} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="plate" label={t('vehicle.plate')} extra={t('vehicle.plateHint')}>
            <Input maxLength={10} style={{ fontFamily: 'monospace' }} data-testid="vehicle-plate" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="brand" label={t('vehicle.brand')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="model" label={t('vehicle.model')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="modelFamily" label={t('vehicle.modelFamily')} tooltip={t('vehicle.modelFamilyHint')}>
            <Input maxLength={40} />
          </Form.Item>
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
          <Form.Item name="invoicedOn" label={t('vehicle.invoicedOn')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="deliveredOn" label={t('vehicle.deliveredOn')} extra={t('vehicle.deliveredOnHint')}>
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
    </FormDrawer>
  );
}
