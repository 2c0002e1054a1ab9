/** 预防性保养: completion of the period, the overdue visits (planned date passed, not done), and the plans. */
import { useState } from 'react';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Statistic, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FieldMaintenancePlan, FieldMaintenanceView } from '../../../contracts/field-install';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { VisitStatusTag } from './VisitTags';
import { FieldSettingsForm } from './FieldSettingsForm';

type VisitRow = FieldMaintenanceView['items'][number];
type PlanForm = {
  scope: 'product' | 'unit' | 'contract';
  productId?: string;
  unitId?: string;
  contractNo?: string;
  intervalMonths: number;
  warrantyOnly: boolean;
  endsOn?: Dayjs;
};

function Visits({ rows, loading }: { rows: VisitRow[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<VisitRow>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={[
        { title: t('fld.number'), dataIndex: 'number' },
        { title: t('fli.plannedDate'), dataIndex: 'plannedDate' },
        { title: t('fld.model'), dataIndex: 'productModel' },
        { title: t('fld.serial'), dataIndex: 'serial' },
        { title: t('fld.customer'), dataIndex: 'customerName' },
        { title: t('fld.engineer'), render: (_, v) => v.engineerName ?? '—' },
        { title: t('fld.status'), render: (_, v) => <VisitStatusTag status={v.status as never} /> },
        { title: t('fli.overdue'), render: (_, v) => (v.daysOverdue > 0 ? <Tag color="red">{t('fli.overdueDays', { count: v.daysOverdue })}</Tag> : '—') },
      ]}
    />
  );
}

export default function MaintenancePage() {
  const { t } = useTranslation();
  const view = useApiQuery('/field/maintenance');
  const plans = useApiQuery('/field/maintenance-plans');
  const products = useApiQuery('/field/products');
  const units = useApiQuery('/field/units');
  const refresh = useInvalidate('/field');
  const [creating, setCreating] = useState(false);
  const [scope, setScope] = useState<PlanForm['scope']>('unit');
  const s = view.data?.summary;
  const overdue = (view.data?.items ?? []).filter((v) => v.daysOverdue > 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('fli.navMaintenance')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('fli.planned')} value={s?.planned ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('fli.done')} value={s?.done ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('fli.overdue')} value={s?.overdue ?? 0} valueStyle={{ color: s?.overdue ? '#cf1322' : undefined }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('fli.completionRate')} value={s?.completionRate == null ? '—' : `${Math.round(s.completionRate * 100)}%`} />
          </Card>
        </Col>
      </Row>
      <Tabs
        items={[
          { key: 'overdue', label: `${t('fli.overdue')} (${overdue.length})`, children: <Visits rows={overdue} loading={view.isFetching} /> },
          {
            key: 'all',
            label: `${t('fli.allVisits')} ${view.data ? `${view.data.from} – ${view.data.to}` : ''}`,
            children: <Visits rows={view.data?.items ?? []} loading={view.isFetching} />,
          },
          {
            key: 'plans',
            label: t('fli.plans'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Button type="primary" onClick={() => setCreating(true)} data-testid="maintenance-plan-new">
                  {t('fli.newPlan')}
                </Button>
                <Table<FieldMaintenancePlan>
                  size="small"
                  rowKey="id"
                  dataSource={plans.data?.items ?? []}
                  columns={[
                    { title: t('fli.scope'), render: (_, p) => t(`fli.scopes.${p.scope}`) },
                    { title: t('fli.target'), dataIndex: 'target' },
                    { title: t('fli.interval'), render: (_, p) => t('fli.everyMonths', { count: p.intervalMonths }) },
                    { title: t('fli.term'), render: (_, p) => (p.warrantyOnly ? t('fli.inWarranty') : (p.endsOn ?? '—')) },
                  ]}
                />
              </Space>
            ),
          },
          { key: 'settings', label: t('fli.settings'), children: <FieldSettingsForm /> },
        ]}
      />
      <FormDrawer<PlanForm, FieldMaintenancePlan>
        open={creating}
        title={t('fli.newPlan')}
        onClose={() => setCreating(false)}
        initialValues={{ scope: 'unit', intervalMonths: 2, warrantyOnly: true }}
        submit={({ endsOn, ...v }) => callApi('post', '/field/maintenance-plans', { body: { ...v, endsOn: endsOn?.format('YYYY-MM-DD') ?? null } })}
        onSaved={() => {
          setCreating(false);
          refresh();
        }}
      >
        <Form.Item name="scope" label={t('fli.scope')} rules={[{ required: true }]}>
          <Select onChange={setScope} options={(['unit', 'contract', 'product'] as const).map((k) => ({ value: k, label: t(`fli.scopes.${k}`) }))} />
        </Form.Item>
        {scope === 'product' && (
          <Form.Item name="productId" label={t('fld.model')} rules={[{ required: true }]}>
            <Select options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.model} ${p.name}` }))} />
          </Form.Item>
        )}
        {scope === 'unit' && (
          <Form.Item name="unitId" label={t('fld.serial')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.productModel} ${u.serial} ${u.customerName}` }))}
            />
          </Form.Item>
        )}
        {scope === 'contract' && (
          <Form.Item name="contractNo" label={t('fli.contractNo')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="intervalMonths" label={t('fli.interval')} rules={[{ required: true }]}>
          <InputNumber min={1} max={60} addonAfter={t('fli.months')} />
        </Form.Item>
        {scope === 'contract' && (
          <>
            <Form.Item name="warrantyOnly" label={t('fli.warrantyOnly')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="endsOn" label={t('fli.endsOn')}>
              <DatePicker />
            </Form.Item>
          </>
        )}
      </FormDrawer>
    </Space>
  );
}
