/** 安装调试: install orders for units sold — checklist, commissioning measurements, the customer's signed acceptance. */
import { useState } from 'react';
import { Button, DatePicker, Form, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FieldInstallOrder } from '../../../contracts/field-install';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { InstallOrderDrawer, InstallStatusTag } from './InstallOrderDrawer';
import { InstallTemplateDrawer } from './InstallTemplateDrawer';

const STATUSES = ['planned', 'in_progress', 'commissioned', 'accepted', 'cancelled'] as const;
type NewForm = { unitId: string; plannedDate: Dayjs; engineerId?: string };

export default function InstallPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<(typeof STATUSES)[number] | undefined>();
  const orders = useApiQuery('/field/install-orders', { query: status ? { status } : {} });
  const units = useApiQuery('/field/units');
  const engineers = useApiQuery('/field/engineers');
  const refresh = useInvalidate('/field');
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [templates, setTemplates] = useState(false);
  const current = orders.data?.items.find((o) => o.id === open) ?? null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('fli.nav')}</Typography.Title>
      <Space wrap>
        <Select
          allowClear
          aria-label={t('fld.status')}
          placeholder={t('fld.status')}
          style={{ width: 180 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`fli.status.${s}`) }))}
        />
        <Button type="primary" onClick={() => setCreating(true)} data-testid="install-new">
          {t('fli.new')}
        </Button>
        <Button onClick={() => setTemplates(true)}>{t('fli.template')}</Button>
      </Space>
      <Table<FieldInstallOrder>
        size="small"
        rowKey="id"
        loading={orders.isFetching}
        dataSource={orders.data?.items ?? []}
        columns={[
          {
            title: t('fld.number'),
            render: (_, o) => (
              <Button type="link" onClick={() => setOpen(o.id)}>
                {o.number}
              </Button>
            ),
          },
          { title: t('fld.model'), render: (_, o) => `${o.productModel} ${o.productName}` },
          { title: t('fld.serial'), dataIndex: 'serial' },
          { title: t('fld.customer'), dataIndex: 'customerName' },
          { title: t('fli.plannedDate'), dataIndex: 'plannedDate' },
          { title: t('fld.engineer'), render: (_, o) => o.engineerName ?? '—' },
          { title: t('fli.progress'), render: (_, o) => `${o.checklist.filter((c) => c.done).length}/${o.checklist.length}` },
          { title: t('fld.status'), render: (_, o) => <InstallStatusTag status={o.status} /> },
          { title: t('fli.warranty'), render: (_, o) => (o.warrantyStart ? `${o.warrantyStart} – ${o.warrantyEnd}` : '—') },
        ]}
      />
      <FormDrawer<NewForm, FieldInstallOrder>
        open={creating}
        title={t('fli.new')}
        onClose={() => setCreating(false)}
        submit={({ plannedDate, ...v }) => callApi('post', '/field/install-orders', { body: { ...v, plannedDate: plannedDate.format('YYYY-MM-DD') } })}
        onSaved={(o) => {
          setCreating(false);
          refresh();
          setOpen(o.id);
        }}
      >
        <Form.Item name="unitId" label={t('fli.unit')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(units.data?.items ?? [])
              .filter((u) => !u.warrantyStart)
              .map((u) => ({ value: u.id, label: `${u.productModel} ${u.serial} ${u.customerName}` }))}
          />
        </Form.Item>
        <Form.Item name="plannedDate" label={t('fli.plannedDate')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="engineerId" label={t('fld.engineer')}>
          <Select allowClear options={(engineers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
      </FormDrawer>
      <InstallOrderDrawer order={current} onClose={() => setOpen(null)} refresh={refresh} />
      <InstallTemplateDrawer open={templates} onClose={() => setTemplates(false)} />
    </Space>
  );
}
