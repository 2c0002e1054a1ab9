import { useState } from 'react';
import { Button, Card, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../lib/format';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { CatalogImport } from './CatalogImport';
import { PartDrawer } from './PartDrawer';
import type { Part } from './types';

/** 配件目录: part numbers, names, prices (retail; cost for the parts staff), genuine or not. */
export default function PartsCatalogPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Part | 'new' | null>(null);
  const canEdit = can('parts.manage');

  const table = usePagedTable('/parts', { query: { servicePointId: pointId, q }, enabled: !!pointId, pageSize: 50 });
  const list = table.query;
  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;

  return (
    <Card
      size="small"
      title={t('nav.partsCatalog')}
      extra={
        <Space wrap>
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="part-new">
              {t('catalog.partNew')}
            </Button>
          )}
          {canEdit && <CatalogImport path="/parts" templateName={t('catalog.partsTemplateName')} testId="parts" />}
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('catalog.partSearch')}
          style={{ width: 260 }}
          onSearch={(v) => setQ(v.trim())}
          data-testid="part-search"
          aria-label={t('catalog.partSearch')}
        />
      </Space>
      <Table<Part>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={table.items}
        scroll={{ x: 900 }}
        locale={{ emptyText: q ? t('catalog.noMatch') : canEdit ? t('catalog.partsEmptyCanEdit') : t('catalog.partsEmpty') }}
        onRow={(r) => ({ onDoubleClick: () => canEdit && setEditing(r) })}
        pagination={table.pagination}
        columns={[
          { title: t('catalog.partNo'), dataIndex: 'partNo', width: 140, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          {
            title: t('catalog.partName'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space size={4}>
                {canEdit ? <Typography.Link onClick={() => setEditing(r)}>{v}</Typography.Link> : v}
                {!r.isActive && <Tag>{t('catalog.inactive')}</Tag>}
              </Space>
            ),
          },
          { title: t('catalog.brand'), dataIndex: 'brand', width: 100, render: (v: string) => v || '—' },
          { title: t('catalog.unit'), dataIndex: 'unit', width: 60 },
          { title: t('catalog.retailPrice'), dataIndex: 'retailPriceFen', width: 110, align: 'right', render: (f: number) => formatYuan(f) },
          ...(canEdit
            ? [{ title: t('catalog.costPrice'), dataIndex: 'costPriceFen', width: 110, align: 'right' as const, render: (f: number) => formatYuan(f) }]
            : []),
          {
            title: t('catalog.genuine'),
            dataIndex: 'isGenuine',
            width: 90,
            render: (g: boolean) => <Tag color={g ? 'blue' : 'default'}>{g ? t('catalog.genuineYes') : t('catalog.genuineNo')}</Tag>,
          },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 80,
                  render: (_: unknown, r: Part) => (
                    <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PartDrawer
        open={editing !== null}
        part={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
        onStale={() => setEditing(null)}
      />
    </Card>
  );
}
