import { useState } from 'react';
import { Button, Card, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../lib/format';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { PackageDrawer } from './PackageDrawer';
import type { ServicePackage } from './types';

/** 保养套餐: labor and parts at one package price per model family, with the saving against the items' list price. */
export default function PackagesPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<ServicePackage | 'new' | null>(null);
  const canEdit = can('settings.manage');
  const table = usePagedTable('/service-packages', { query: { servicePointId: pointId, q }, enabled: !!pointId, pageSize: 50 });
  const list = table.query;
  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <Card
      size="small"
      title={t('members.packages')}
      extra={
        <Space wrap>
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="package-new">
              {t('members.packageNew')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Input.Search
        allowClear
        placeholder={t('members.packageSearch')}
        aria-label={t('members.packageSearch')}
        style={{ width: 260, marginBottom: 12 }}
        onSearch={(v) => setQ(v.trim())}
        data-testid="package-search"
      />
      <Table<ServicePackage>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={table.items}
        pagination={table.pagination}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('members.noPackages') }}
        expandable={{
          expandedRowRender: (p) => (
            <Table
              size="small"
              rowKey={(i) => `${i.kind}:${i.laborOperationId ?? i.partId}`}
              pagination={false}
              dataSource={p.items}
              columns={[
                { title: t('members.code'), dataIndex: 'code', width: 140 },
                { title: t('members.name'), dataIndex: 'name' },
                { title: t('members.qty'), dataIndex: 'qty', width: 80, align: 'right' },
                { title: t('members.itemsFen'), dataIndex: 'listFen', width: 110, align: 'right', render: (v: number) => formatYuan(v) },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('members.code'), dataIndex: 'code', width: 110, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          {
            title: t('members.name'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space size={4}>
                {canEdit ? <Typography.Link onClick={() => setEditing(r)}>{v}</Typography.Link> : v}
                {!r.isActive && <Tag>{t('members.inactive')}</Tag>}
              </Space>
            ),
          },
          { title: t('members.modelFamily'), dataIndex: 'modelFamily', width: 110, render: (v: string) => v || t('members.allModels') },
          { title: t('members.items'), key: 'n', width: 70, render: (_, r) => t('members.itemCount', { count: r.items.length }) },
          { title: t('members.itemsFen'), dataIndex: 'itemsFen', width: 110, align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('members.packagePrice'), dataIndex: 'priceFen', width: 110, align: 'right', render: (v: number) => <b>{formatYuan(v)}</b> },
          {
            title: t('members.saving'),
            key: 's',
            width: 100,
            align: 'right',
            render: (_, r) => (r.itemsFen > r.priceFen ? formatYuan(r.itemsFen - r.priceFen) : '—'),
          },
          {
            title: t('members.validity'),
            key: 'v',
            width: 190,
            render: (_, r) => (r.validFrom || r.validTo ? `${r.validFrom ?? '…'} ~ ${r.validTo ?? '…'}` : '—'),
          },
        ]}
      />
      <PackageDrawer open={editing !== null} pkg={editing === 'new' ? undefined : (editing ?? undefined)} onClose={() => setEditing(null)} />
    </Card>
  );
}
