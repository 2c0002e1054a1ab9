/** 设备档案 (逐号建档): product models with service parameters, units, and a unit's history. */
import { useState } from 'react';
import { Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { FieldProduct, FieldUnit } from '../../../contracts/field-service';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { XlsxImport } from '../../components/XlsxImport';
import { formatDateTime } from '../../lib/time';
import { Deadline, VisitStatusTag } from './VisitTags';

type UnitForm = Omit<FieldUnit, 'installedOn'> & { installedOn?: Dayjs };

function History({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const h = useApiQuery('/field/units/{id}', { params: { id: id ?? '' }, enabled: !!id });
  return (
    <Drawer open={!!id} onClose={onClose} title={t('fld.history')} size={640}>
      {h.data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text strong>
            {h.data.unit.productModel} · {h.data.unit.serial} · {h.data.unit.customerName}
          </Typography.Text>
          <Typography.Text type="secondary">{h.data.unit.siteAddress}</Typography.Text>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={h.data.visits}
            columns={[
              { title: t('fld.number'), dataIndex: 'number' },
              { title: t('fld.date'), dataIndex: 'plannedDate' },
              { title: t('fld.status'), render: (_, v) => <VisitStatusTag status={v.status} /> },
              { title: t('fld.engineer'), render: (_, v) => v.engineerName ?? '—' },
              { title: t('fld.report'), render: (_, v) => v.report ?? '—' },
              { title: t('fld.parts'), render: (_, v) => v.parts.map((p) => `${p.partName}×${p.qty}`).join('、') || '—' },
            ]}
          />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={h.data.requests}
            columns={[
              { title: t('fld.number'), dataIndex: 'number' },
              { title: t('fld.receivedAt'), render: (_, r) => formatDateTime(r.receivedAt) },
              { title: t('fld.fault'), dataIndex: 'fault' },
              { title: t('fld.status'), render: (_, r) => t(`fld.requestStatus.${r.status}`) },
              { title: t('fld.deadline'), render: (_, r) => (r.visits[0] ? <Deadline v={r.visits[0]} /> : '—') },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}

export default function UnitsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const products = useApiQuery('/field/products');
  const units = useApiQuery('/field/units', { query: q ? { q } : {} });
  const refresh = useInvalidate('/field');
  const [newProduct, setNewProduct] = useState(false);
  const [newUnit, setNewUnit] = useState(false);
  const [history, setHistory] = useState<string | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('fld.navUnits')}</Typography.Title>
      <Card
        size="small"
        title={t('fld.product')}
        extra={
          <Button onClick={() => setNewProduct(true)} data-testid="field-new-product">
            {t('fld.newProduct')}
          </Button>
        }
      >
        <Table<FieldProduct>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={products.data?.items ?? []}
          columns={[
            { title: t('fld.model'), dataIndex: 'model' },
            { title: t('fld.product'), dataIndex: 'name' },
            { title: t('fld.requiredSkill'), dataIndex: 'requiredSkill' },
            { title: t('fld.warrantyMonths'), dataIndex: 'warrantyMonths' },
            { title: t('fld.maintenanceMonths'), dataIndex: 'maintenanceIntervalMonths' },
            { title: t('fld.responseMinutes'), render: (_, p) => p.responseMinutes ?? '—' },
          ]}
        />
      </Card>
      <Space>
        <Input.Search aria-label={t('fld.search')} placeholder={t('fld.search')} allowClear onSearch={(v) => setQ(v.trim())} style={{ width: 360 }} />
        <Button type="primary" onClick={() => setNewUnit(true)} data-testid="field-new-unit">
          {t('fld.newUnit')}
        </Button>
        <XlsxImport url="/field/units/import" ns="fld" testId="field-units-import" errorsTestId="field-units-import-errors" invalidate={['/field']} />
        <Button href="/api/field/units/import-template">{t('fld.importTemplate')}</Button>
      </Space>
      <Table<FieldUnit>
        size="small"
        rowKey="id"
        loading={units.isFetching}
        dataSource={units.data?.items ?? []}
        onRow={(u) => ({ onClick: () => setHistory(u.id) })}
        columns={[
          {
            title: t('fld.serial'),
            render: (_, u) => (
              <Button type="link" onClick={() => setHistory(u.id)}>
                {u.serial}
              </Button>
            ),
          },
          { title: t('fld.model'), dataIndex: 'productModel' },
          { title: t('fld.customer'), dataIndex: 'customerName' },
          { title: t('fld.site'), render: (_, u) => `${u.siteName} ${u.siteAddress}` },
          { title: t('fld.installedOn'), render: (_, u) => u.installedOn ?? '—' },
          { title: t('fld.warrantyEnd'), render: (_, u) => <Tag color={u.inWarranty ? 'green' : 'default'}>{u.warrantyEnd ?? '—'}</Tag> },
        ]}
      />
      <FormDrawer<Omit<FieldProduct, 'id' | 'servicePointId' | 'version'>, FieldProduct>
        open={newProduct}
        title={t('fld.newProduct')}
        onClose={() => setNewProduct(false)}
        initialValues={{ warrantyMonths: 24, maintenanceIntervalMonths: 2, serviceMinutes: 90 }}
        submit={(v) => callApi('post', '/field/products', { body: { ...v, responseClock: v.responseMinutes ? '24x7' : null } as never })}
        onSaved={() => {
          setNewProduct(false);
          refresh();
        }}
      >
        <Form.Item name="model" label={t('fld.model')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('fld.product')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="requiredSkill" label={t('fld.requiredSkill')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="warrantyMonths" label={t('fld.warrantyMonths')} rules={[{ required: true }]}>
          <InputNumber min={0} max={240} />
        </Form.Item>
        <Form.Item name="maintenanceIntervalMonths" label={t('fld.maintenanceMonths')}>
          <InputNumber min={0} max={60} />
        </Form.Item>
        <Form.Item name="responseMinutes" label={t('fld.responseMinutes')}>
          <InputNumber min={1} max={10080} />
        </Form.Item>
      </FormDrawer>
      <FormDrawer<UnitForm, FieldUnit>
        open={newUnit}
        title={t('fld.newUnit')}
        onClose={() => setNewUnit(false)}
        submit={({ installedOn, ...v }) => callApi('post', '/field/units', { body: { ...v, installedOn: installedOn?.format('YYYY-MM-DD') ?? null } as never })}
        onSaved={() => {
          setNewUnit(false);
          refresh();
        }}
      >
        <Form.Item name="productId" label={t('fld.model')} rules={[{ required: true }]}>
          <Select options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.model} ${p.name}` }))} />
        </Form.Item>
        <Form.Item name="serial" label={t('fld.serial')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="customerName" label={t('fld.customer')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="customerPhone" label={t('fld.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="siteName" label={t('fld.siteName')}>
          <Input />
        </Form.Item>
        <Form.Item name="siteAddress" label={t('fld.site')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="regionCode" label={t('fld.region')}>
          <Input maxLength={6} />
        </Form.Item>
        <Space>
          <Form.Item name="lat" label={t('fld.lat')}>
            <InputNumber step={0.0001} />
          </Form.Item>
          <Form.Item name="lng" label={t('fld.lng')}>
            <InputNumber step={0.0001} />
          </Form.Item>
        </Space>
        <Form.Item name="installedOn" label={t('fld.installedOn')}>
          <DatePicker />
        </Form.Item>
      </FormDrawer>
      <History id={history} onClose={() => setHistory(null)} />
    </Space>
  );
}
