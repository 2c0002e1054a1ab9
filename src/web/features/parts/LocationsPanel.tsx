import { useMemo, useState } from 'react';
import { Button, Form, Input, Popconfirm, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useInvalidate } from '../../api/query';
import { FormDrawer } from '../../components/FormDrawer';
import { useSession } from '../../session/SessionContext';
import { useRun } from '../crm/useRun';
import type { Location } from './types';

interface Values {
  code: string;
  name?: string;
}

/** 库位: the warehouse locations of the service point (code unique within it). */
export function LocationsPanel({ items, loading, canManage }: { items: Location[]; loading: boolean; canManage: boolean }) {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const run = useRun(useInvalidate('/warehouse-locations', '/stock'));
  const [editing, setEditing] = useState<Location | 'new' | null>(null);
  const initialValues = useMemo<Partial<Values> | undefined>(
    () => (editing && editing !== 'new' ? { code: editing.code, name: editing.name } : undefined),
    [editing],
  );
  const submit = (v: Values) =>
    editing === 'new' || !editing
      ? callApi('post', '/warehouse-locations', { body: { ...v, servicePointId: pointId } })
      : callApi('patch', '/warehouse-locations/{id}', { params: { id: editing.id }, body: { ...v, version: editing.version } });
  return (
    <>
      {canManage && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }} data-testid="location-new">
          {t('parts.newLocation')}
        </Button>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={items}
        pagination={false}
        style={{ maxWidth: 640 }}
        columns={[
          { title: t('parts.locationCode'), dataIndex: 'code' },
          { title: t('parts.locationName'), dataIndex: 'name' },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  render: (_: unknown, l: Location) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(l)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('parts.deleteLocation', { code: l.code })}
                        onConfirm={() => run(() => callApi('delete', '/warehouse-locations/{id}', { params: { id: l.id } }), { success: t('common.deleted') })}
                      >
                        <Button type="link" size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormDrawer<Values>
        open={!!editing}
        onClose={() => setEditing(null)}
        size={380}
        title={editing === 'new' ? t('parts.newLocation') : t('parts.editLocation')}
        initialValues={initialValues}
        submit={submit}
        onSaved={() => setEditing(null)}
        onStale={() => setEditing(null)}
        invalidate={['/warehouse-locations', '/stock']}
        buttonsIn="extra"
      >
        <Form.Item
          name="code"
          label={t('parts.locationCode')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9-]{1,20}$/, message: t('parts.locationCodeRule') }]}
        >
          <Input placeholder="A-01-01" maxLength={20} autoFocus aria-label="A-01-01" />
        </Form.Item>
        <Form.Item name="name" label={t('parts.locationName')}>
          <Input maxLength={40} />
        </Form.Item>
      </FormDrawer>
    </>
  );
}
