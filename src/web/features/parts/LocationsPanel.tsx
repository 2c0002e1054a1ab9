import { useState } from 'react';
import { Button, Drawer, Form, Input, Popconfirm, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useSession } from '../../session/SessionContext';
import { useRun } from '../crm/useRun';
import type { Location } from './types';

/** 库位: the warehouse locations of the service point (code unique within it). */
export function LocationsPanel({ items, loading, reload, canManage }: { items: Location[]; loading: boolean; reload: () => void; canManage: boolean }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const run = useRun(reload);
  const [form] = Form.useForm();
  const [editing, setEditing] = useState<Location | 'new' | null>(null);
  const open = (l: Location | 'new') => { form.resetFields(); if (l !== 'new') form.setFieldsValue({ code: l.code, name: l.name }); setEditing(l); };
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !editing) return;
    const ok = await run(() => (editing === 'new' ? api.post('/warehouse-locations', { ...v, servicePointId: pointId }) : api.patch(`/warehouse-locations/${editing.id}`, { ...v, version: editing.version })), { form });
    if (ok) setEditing(null);
  };
  return (
    <>
      {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} style={{ marginBottom: 12 }} data-testid="location-new">{t('parts.newLocation')}</Button>}
      <Table size="small" rowKey="id" loading={loading} dataSource={items} pagination={false} style={{ maxWidth: 640 }}
        columns={[
          { title: t('parts.locationCode'), dataIndex: 'code' },
          { title: t('parts.locationName'), dataIndex: 'name' },
          ...(canManage ? [{ title: t('common.actions'), key: 'a', render: (_: unknown, l: Location) => (
            <Space size={0}>
              <Button type="link" size="small" onClick={() => open(l)}>{t('common.edit')}</Button>
              <Popconfirm title={t('parts.deleteLocation', { code: l.code })} onConfirm={() => run(() => api.del(`/warehouse-locations/${l.id}`), { success: t('common.deleted') })}>
                <Button type="link" size="small" danger>{t('common.delete')}</Button>
              </Popconfirm>
            </Space>
          ) }] : []),
        ]} />
      <Drawer open={!!editing} width={380} onClose={() => setEditing(null)} destroyOnHidden title={editing === 'new' ? t('parts.newLocation') : t('parts.editLocation')}
        extra={<Space><Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button><Button type="primary" onClick={save}>{t('common.save')}</Button></Space>}>
        <Form form={form} layout="vertical">
          <Form.Item name="code" label={t('parts.locationCode')} rules={[{ required: true, pattern: /^[A-Za-z0-9-]{1,20}$/, message: t('parts.locationCodeRule') }]}>
            <Input placeholder="A-01-01" maxLength={20} autoFocus />
          </Form.Item>
          <Form.Item name="name" label={t('parts.locationName')}><Input maxLength={40} /></Form.Item>
        </Form>
      </Drawer>
    </>
  );
}
