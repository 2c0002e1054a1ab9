import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import type { components } from '../../api/openapi.gen';
import { useRun } from '../crm/useRun';

type Vendor = components['schemas']['Vendor'];

/** 供应商: the vendor master data (order layout, lead time, contact), added and edited by the planner. */
export function VendorsTab({ pointId }: { pointId: string | undefined }) {
  const { t } = useTranslation();
  const q = useApiQuery('/vendors', { query: { servicePointId: pointId }, enabled: !!pointId });
  const run = useRun(useInvalidate('/vendors', '/part-planning', '/purchase-suggestion'));
  const [editing, setEditing] = useState<Vendor | 'new' | null>(null);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }} data-testid="vendor-add">
        {t('vendorsPlanning.add')}
      </Button>
      <Table
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={false}
        data-testid="vendors"
        columns={[
          { title: t('vendorsPlanning.code'), dataIndex: 'code' },
          { title: t('vendorsPlanning.name'), dataIndex: 'name' },
          { title: t('vendorsPlanning.kind'), dataIndex: 'kind', render: (v: string) => t(`vendorsPlanning.kinds.${v}`) },
          { title: t('vendorsPlanning.leadTime'), dataIndex: 'leadTimeDays', align: 'right' },
          { title: t('vendorsPlanning.contact'), dataIndex: 'contact' },
          { title: t('vendorsPlanning.phone'), dataIndex: 'phone' },
          {
            title: t('vendorsPlanning.active'),
            dataIndex: 'isActive',
            render: (v: boolean) => (v ? <Tag color="green">{t('vendorsPlanning.active')}</Tag> : <Tag>{t('vendorsPlanning.inactive')}</Tag>),
          },
          {
            key: 'edit',
            render: (_, v) => (
              <Button size="small" onClick={() => setEditing(v)}>
                {t('vendorsPlanning.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <VendorModal vendor={editing === 'new' ? null : editing} pointId={pointId} onClose={() => setEditing(null)} run={run} />}
    </>
  );
}

function VendorModal({
  vendor,
  pointId,
  onClose,
  run,
}: {
  vendor: Vendor | null;
  pointId: string | undefined;
  onClose: () => void;
  run: ReturnType<typeof useRun>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { code, ...rest } = v;
    const ok = await run(
      () =>
        vendor
          ? callApi('put', '/vendors/{id}', { params: { id: vendor.id }, body: { ...rest, version: vendor.version } })
          : callApi('post', '/vendors', { body: { servicePointId: pointId, code, ...rest } }),
      { form },
    );
    if (ok) onClose();
  };
  return (
    <Modal
      open
      title={vendor ? t('vendorsPlanning.editTitle', { code: vendor.code }) : t('vendorsPlanning.addTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={vendor ?? { kind: 'local', leadTimeDays: 3, isActive: true, contact: '', phone: '' }}
        data-testid="vendor-form"
      >
        <Form.Item name="code" label={t('vendorsPlanning.code')} rules={[{ required: !vendor, message: t('vendorsPlanning.code') }]}>
          <Input disabled={!!vendor} maxLength={20} />
        </Form.Item>
        <Form.Item name="name" label={t('vendorsPlanning.name')} rules={[{ required: true, message: t('vendorsPlanning.name') }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="kind" label={t('vendorsPlanning.kind')}>
          <Select options={(['oem', 'local'] as const).map((k) => ({ value: k, label: t(`vendorsPlanning.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="leadTimeDays" label={t('vendorsPlanning.leadTime')} rules={[{ required: true, message: t('vendorsPlanning.leadTime') }]}>
          <InputNumber min={0} max={365} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="contact" label={t('vendorsPlanning.contact')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="phone" label={t('vendorsPlanning.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        {vendor && (
          <Form.Item name="isActive" label={t('vendorsPlanning.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
