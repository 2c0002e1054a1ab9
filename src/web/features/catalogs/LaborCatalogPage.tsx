import { useState } from 'react';
import { Button, Card, Input, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TRADES, type Trade } from '../../../domain/org/templates/types';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { CatalogImport } from './CatalogImport';
import { LaborDrawer } from './LaborDrawer';
import { RatesMatrix } from './RatesMatrix';
import { categoryLabel, formatHours, type LaborOperation } from './types';

/** 标准工时: labor operations with standard hours (per model family where they differ) and the labor-rate matrix. */
export default function LaborCatalogPage() {
  const { t, i18n } = useTranslation();
  const { pointId, can } = useSession();
  const [q, setQ] = useState('');
  const [trade, setTrade] = useState<Trade>();
  const [editing, setEditing] = useState<LaborOperation | 'new' | null>(null);
  const canEdit = can('settings.manage');
  const lang = i18n.language;

  const table = usePagedTable('/labor-operations', { query: { servicePointId: pointId, q, trade }, enabled: !!pointId, pageSize: 50 });
  const list = table.query;
  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  const filtered = !!(q || trade);

  return (
    <>
      <Card
        size="small"
        title={t('nav.laborCatalog')}
        style={{ marginBottom: 12 }}
        extra={
          <Space wrap>
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="labor-new">
                {t('catalog.laborNew')}
              </Button>
            )}
            {canEdit && <CatalogImport path="/labor-operations" templateName={t('catalog.laborTemplateName')} testId="labor" />}
            <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('catalog.laborSearch')}
            style={{ width: 240 }}
            onSearch={(v) => setQ(v.trim())}
            data-testid="labor-search"
            aria-label={t('catalog.laborSearch')}
          />
          <Select
            allowClear
            placeholder={t('catalog.trade')}
            style={{ width: 130 }}
            value={trade}
            onChange={setTrade}
            options={TRADES.map((x) => ({ value: x, label: t(`trade.${x}`) }))}
            aria-label={t('catalog.trade')}
          />
        </Space>
        <Table<LaborOperation>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={table.items}
          scroll={{ x: 900 }}
          locale={{ emptyText: filtered ? t('catalog.noMatch') : canEdit ? t('catalog.laborEmptyCanEdit') : t('catalog.laborEmpty') }}
          onRow={(r) => ({ onDoubleClick: () => canEdit && setEditing(r) })}
          pagination={table.pagination}
          columns={[
            { title: t('catalog.code'), dataIndex: 'code', width: 100, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            {
              title: t('catalog.laborName'),
              dataIndex: 'name',
              width: 200,
              render: (v: string, r) => (
                <Space size={4}>
                  {canEdit ? <Typography.Link onClick={() => setEditing(r)}>{v}</Typography.Link> : v}
                  {!r.isActive && <Tag>{t('catalog.inactive')}</Tag>}
                </Space>
              ),
            },
            { title: t('catalog.trade'), dataIndex: 'trade', width: 90, render: (v: string) => t(`trade.${v}`) },
            { title: t('catalog.category'), dataIndex: 'category', width: 100, render: (v: string) => categoryLabel(v, lang) },
            { title: t('catalog.defaultHours'), dataIndex: 'defaultHours', width: 100, align: 'right', render: (h: number) => formatHours(h) },
            {
              title: t('catalog.hoursByFamily'),
              dataIndex: 'hoursByFamily',
              render: (m: Record<string, number>) =>
                Object.keys(m).length === 0 ? (
                  <Typography.Text type="secondary">{t('catalog.sameForAll')}</Typography.Text>
                ) : (
                  <Space size={[0, 4]} wrap>
                    {Object.entries(m).map(([f, h]) => (
                      <Tag key={f}>
                        {f}: {formatHours(h)} h
                      </Tag>
                    ))}
                  </Space>
                ),
            },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'a',
                    width: 80,
                    render: (_: unknown, r: LaborOperation) => (
                      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                        {t('common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <RatesMatrix canEdit={canEdit} />
      <LaborDrawer
        open={editing !== null}
        op={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
        onStale={() => setEditing(null)}
      />
    </>
  );
}
