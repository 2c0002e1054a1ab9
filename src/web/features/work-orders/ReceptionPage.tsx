import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Slider, Space, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_TYPES } from '../../../domain/work-orders/status';
import { REPAIR_CATEGORIES, type RepairCategory } from '../../../domain/work-orders/guarantee';
import { callApi, useInvalidate } from '../../api/query';
import { useReportError } from '../../lib/errors';
import { VehiclePicker, type VehicleOption } from '../appointments/VehiclePicker';
import { ServicesSelect } from '../appointments/ServicesSelect';
import { useAdvisors } from '../appointments/useAdvisors';
import type { Appointment } from '../appointments/types';
import type { Vehicle } from '../customers/types';
import { WarrantyTag } from '../../components/StatusTags';
import { PreCheckFields } from './PreCheckFields';
import { RefusedWorkAlert } from '../extra-work/RefusedWorkAlert';
import { WarrantyPanel } from '../warranty/WarrantyPanel';
import { BulletinAlert } from '../knowledge/TechSupportPanel';
import { useWoLabels, type PreCheck, type WorkOrderType } from './types';

interface Values {
  vehicleId: string;
  type: WorkOrderType;
  repairCategory: RepairCategory;
  mileageIn: number;
  fuelLevelPct: number;
  concerns: string;
  preCheck: PreCheck;
  advisorEmployeeId?: string | null;
  /** Labor operations added as the order's first lines (an appointment's booked services). */
  laborOperationIds?: string[];
}

const FUEL_MARKS = { 0: 'E', 25: '1/4', 50: '1/2', 75: '3/4', 100: 'F' };

/** 接车开单: the car, mileage and fuel, the interactive pre-check and the customer's concerns → a draft work order. */
export default function ReceptionPage() {
  const { t } = useTranslation();
  const labels = useWoLabels();
  const navigate = useNavigate();
  const report = useReportError();
  // A new order shows in the lists, on the home page, and turns its appointment into an arrival.
  const refresh = useInvalidate('/work-orders', '/home', '/appointments', '/appointment-stats');
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [vehicle, setVehicle] = useState<Vehicle | null>(null);
  const [initial, setInitial] = useState<VehicleOption | undefined>();
  const [appointment, setAppointment] = useState<Appointment | null>(null);
  const [busy, setBusy] = useState(false);
  const appointmentId = params.get('appointmentId');
  const advisors = useAdvisors();

  const loadVehicle = async (id: string | undefined, prefill: boolean) => {
    if (!id) {
      setVehicle(null);
      return;
    }
    try {
      const v = await callApi('get', '/vehicles/{id}', { params: { id } });
      setVehicle(v);
      if (prefill) setInitial({ value: v.id, label: `${v.plate || v.vin} · ${v.customerName} · ${v.brand} ${v.model}` });
      form.setFieldsValue({ vehicleId: v.id, mileageIn: v.mileageKm });
    } catch (e) {
      report(e);
    }
  };

  // ?vehicleId= (customer drawer) and ?appointmentId= (appointment board's 到店): start from that car, or from the
  // booking: its customer and car, concern, booked services and advisor.
  // biome-ignore lint/correctness/useExhaustiveDependencies: starts from the linked car or appointment once, when the page opens with them
  useEffect(() => {
    const vid = params.get('vehicleId');
    if (vid) void loadVehicle(vid, true);
    if (!appointmentId) return;
    callApi('get', '/appointments/{id}', { params: { id: appointmentId } })
      .then((a) => {
        setAppointment(a);
        const services = a.services.map((x) => x.name).join('、');
        form.setFieldsValue({
          concerns: form.getFieldValue('concerns') || a.concern || services,
          advisorEmployeeId: a.advisorEmployeeId,
          laborOperationIds: a.services.map((x) => x.id),
        });
        if (!vid) void loadVehicle(a.vehicleId, true);
      })
      .catch(report);
  }, [params]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const { laborOperationIds = [], ...order } = v;
      const wo = await callApi('post', '/work-orders', {
        body: {
          ...order,
          advisorEmployeeId: order.advisorEmployeeId ?? null,
          appointmentId: appointment?.id ?? appointmentId ?? null,
          preCheck: {
            damageMarks: v.preCheck?.damageMarks ?? [],
            warningLights: v.preCheck?.warningLights ?? [],
            valuables: v.preCheck?.valuables ?? '',
            notes: v.preCheck?.notes ?? '',
          },
        },
      });
      if (laborOperationIds.length) {
        // The booked services become the draft's labor lines; if that fails the order stays and its lines are edited there.
        await callApi('put', '/work-orders/{id}/lines', {
          params: { id: wo.id },
          body: { version: wo.version, lines: laborOperationIds.map((id) => ({ kind: 'labor' as const, laborOperationId: id, discountPct: 0 })) },
        }).catch(report);
      }
      refresh();
      navigate(`/work-orders/${wo.id}`);
    } catch (e) {
      report(e, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        type: 'maintenance',
        repairCategory: 'minor',
        fuelLevelPct: 50,
        preCheck: { damageMarks: [], warningLights: [], valuables: '', notes: '' },
        laborOperationIds: [],
      }}
      data-testid="reception-form"
    >
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.reception')}
        </Typography.Title>
        <Space>
          <Button onClick={() => navigate('/work-orders')}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy} data-testid="reception-save">
            {t('wo.createOrder')}
          </Button>
        </Space>
      </Space>
      {appointment && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('wo.fromAppointment', { time: `${appointment.localDate} ${appointment.slotStart}`, advisor: appointment.advisorName ?? '—' })}
        />
      )}
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('wo.carAndConcerns')} style={{ height: '100%' }}>
            <Form.Item name="vehicleId" label={t('wo.vehicle')} rules={[{ required: true, message: t('wo.vehicleRequired') }]} extra={t('wo.vehicleHint')}>
              <VehiclePicker key={initial?.value ?? 'none'} initial={initial} onChange={(id) => void loadVehicle(id, false)} />
            </Form.Item>
            {vehicle && (
              <Space wrap size={[12, 0]} style={{ margin: '-8px 0 12px' }} data-testid="reception-vehicle">
                <Typography.Text>{vehicle.customerName}</Typography.Text>
                <Typography.Text type="secondary">{`${vehicle.brand} ${vehicle.model}`}</Typography.Text>
                <Typography.Text type="secondary" code>
                  {vehicle.vin}
                </Typography.Text>
                <WarrantyTag value={vehicle.isUnderWarranty} />
              </Space>
            )}
            {vehicle && <RefusedWorkAlert vehicleId={vehicle.id} />}
            {vehicle && <WarrantyPanel vehicleId={vehicle.id} compact />}
            {vehicle && <BulletinAlert vehicleId={vehicle.id} />}
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="type" label={t('wo.type')} rules={[{ required: true }]}>
                  <Select options={WORK_ORDER_TYPES.map((x) => ({ value: x, label: labels.type(x) }))} data-testid="reception-type" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="repairCategory" label={t('wo.repairCategory')} tooltip={t('wo.repairCategoryHint')}>
                  <Select options={REPAIR_CATEGORIES.map((x) => ({ value: x, label: labels.category(x) }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="mileageIn"
                  label={t('wo.mileageIn')}
                  rules={[{ required: true, message: t('wo.mileageRequired') }]}
                  extra={vehicle ? t('wo.lastMileage', { km: vehicle.mileageKm.toLocaleString('zh-CN') }) : undefined}
                >
                  <InputNumber min={0} max={3_000_000} precision={0} suffix="km" style={{ width: '100%' }} data-testid="reception-mileage" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="fuelLevelPct" label={t('wo.fuelLevel')}>
                  <Slider marks={FUEL_MARKS} step={5} tooltip={{ formatter: (v) => `${v}%` }} ariaLabelForHandle={t('wo.fuelLevel')} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="advisorEmployeeId" label={t('wo.advisor')}>
                  <Select allowClear options={advisors} placeholder={t('wo.advisorMe')} aria-label={t('wo.advisor')} data-testid="reception-advisor" />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name="laborOperationIds" label={t('wo.requestedServices')} extra={t('wo.requestedServicesHint')}>
                  <ServicesSelect initial={appointment?.services} testId="reception-services" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="concerns"
              label={t('wo.concerns')}
              rules={[{ required: true, whitespace: true, message: t('wo.concernsRequired') }]}
              style={{ marginBottom: 0 }}
            >
              <Input.TextArea
                rows={4}
                maxLength={2000}
                showCount
                placeholder={t('wo.concernsPlaceholder')}
                data-testid="reception-concerns"
                aria-label={t('wo.concernsPlaceholder')}
              />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('wo.preCheck')} style={{ height: '100%' }}>
            <PreCheckFields />
          </Card>
        </Col>
      </Row>
    </Form>
  );
}
