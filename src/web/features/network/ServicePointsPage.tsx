import { useMemo, useState } from 'react';
import { Button, Card, Result, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { nameOf } from '../../lib/format';
import { useSession, type ServicePoint } from '../../session/SessionContext';
import { indexRegions } from './regions';
import { ServicePointDrawer } from './ServicePointDrawer';

type TreeRow = ServicePoint & { children?: TreeRow[] };

const KIND_COLORS: Record<ServicePoint['kind'], string> = { hq: 'magenta', regional: 'geekblue', station: 'green', franchise: 'orange' };

/** Points as a tree: each point under its parent (HQ -> regional centres -> stations / franchised providers). */
export function toTree(points: ServicePoint[]): TreeRow[] {
  const byId = new Map<string, TreeRow>(points.map((p) => [p.id, { ...p }]));
  const roots: TreeRow[] = [];
  for (const p of byId.values()) {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    if (parent) (parent.children ??= []).push(p);
    else roots.push(p);
  }
  return roots;
}

/** 服务网点: the service network with covered regions. */
export default function ServicePointsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const points = useApiQuery('/service-points');
  const regions = useApiQuery('/regions');
  const [editing, setEditing] = useState<{ point?: ServicePoint; parentId?: string } | null>(null);
  const lang = i18n.language;
  const canEdit = can('service-points.manage');
  const idx = useMemo(() => indexRegions(regions.data?.items ?? []), [regions.data]);
  const tree = useMemo(() => toTree(points.data?.items ?? []), [points.data]);
  const allKeys = useMemo(() => (points.data?.items ?? []).map((p) => p.id), [points.data]);

  if (points.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(points.error as Error).message} />;

  return (
    <Card
      size="small"
      title={t('nav.servicePoints')}
      extra={
        <Space>
          {canEdit && tree.length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ parentId: tree[0].id })}>
              {t('points.new')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void points.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Table<TreeRow>
        size="small"
        rowKey="id"
        loading={points.isFetching}
        dataSource={tree}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{ defaultExpandAllRows: true }}
        key={allKeys.length}
        columns={[
          { title: t('points.name'), key: 'name', render: (_, p) => <Typography.Text strong={p.depth === 0}>{nameOf(p, lang)}</Typography.Text> },
          { title: t('points.code'), dataIndex: 'code', width: 110 },
          {
            title: t('points.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: ServicePoint['kind']) => <Tag color={KIND_COLORS[k]}>{t(`points.kinds.${k}`)}</Tag>,
          },
          { title: t('points.contact'), key: 'contact', width: 170, render: (_, p) => [p.contactName, p.contactPhone].filter(Boolean).join(' ') || '—' },
          { title: t('points.address'), dataIndex: 'address', ellipsis: true, render: (v: string) => v || '—' },
          {
            title: t('points.regions'),
            dataIndex: 'regionCodes',
            width: 220,
            render: (codes: string[]) =>
              codes.length === 0 ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : (
                <Tooltip title={codes.map((c) => idx.label.get(c) ?? c).join('; ')}>
                  <span>
                    {codes
                      .slice(0, 2)
                      .map((c) => (idx.label.get(c) ?? c).split(' / ').pop())
                      .join('、')}
                    {codes.length > 2 ? ` ${t('points.moreRegions', { count: codes.length })}` : ''}
                  </span>
                </Tooltip>
              ),
          },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 170,
                  fixed: 'right' as const,
                  render: (_: unknown, p: TreeRow) => (
                    <Space size={0}>
                      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing({ point: p })}>
                        {t('common.edit')}
                      </Button>
                      <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => setEditing({ parentId: p.id })}>
                        {t('points.addChild')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ServicePointDrawer
        open={editing !== null}
        point={editing?.point}
        parentId={editing?.parentId}
        points={points.data?.items ?? []}
        regions={regions.data?.items ?? []}
        regionIndex={idx}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
    </Card>
  );
}
