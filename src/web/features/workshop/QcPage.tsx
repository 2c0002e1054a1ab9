import { useState } from 'react';
import { Button, Empty, Result, Space, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { WorkOrderTypeTag } from '../../components/StatusTags';
import { LiveBadge } from './LiveBadge';
import { QcDrawer } from './QcDrawer';
import { useBoardEvents } from './useBoardEvents';
import { categoryLabel, ROAD_TEST_CATEGORIES, type WorkOrderListItem } from './types';
import { formatShortDateTime } from '../../lib/time';

/** 质检: work orders waiting for QC; the inspector passes them (certificate) or sends them back to rework. */
export default function QcPage() {
  const { t, i18n } = useTranslation();
  const { pointId } = useSession();
  const list = useApiQuery('/work-orders', { query: { status: 'qc', servicePointId: pointId, pageSize: 200 }, enabled: !!pointId });
  const reload = useInvalidate('/work-orders', '/workshop');
  const live = useBoardEvents(pointId, reload);
  const [open, setOpen] = useState<WorkOrderListItem | null>(null);

  if (list.error && !list.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('nav.qc')}
          </Typography.Title>
          <LiveBadge live={live} />
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
      </Space>
      <Table
        size="middle"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        data-testid="qc-list"
        locale={{ emptyText: <Empty description={t('ws.qcEmpty')} /> }}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('ws.workOrder'),
            dataIndex: 'number',
            render: (v: string, r) => (
              <>
                <b>{v}</b> <WorkOrderTypeTag type={r.type} />
              </>
            ),
          },
          {
            title: t('ws.plate'),
            render: (_, r) => (
              <>
                {r.plate}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.model}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('ws.category'),
            dataIndex: 'repairCategory',
            render: (c: string) => <Tag color={ROAD_TEST_CATEGORIES.includes(c) ? 'gold' : undefined}>{categoryLabel(c, i18n.language)}</Tag>,
          },
          { title: t('ws.advisor'), dataIndex: 'advisorName' },
          { title: t('ws.promised'), dataIndex: 'promisedAt', render: (v: string | null) => (v ? formatShortDateTime(v) : '—') },
          { title: t('ws.rework'), dataIndex: 'reworkCount', render: (n: number) => (n ? <Tag color="red">{n}</Tag> : '—') },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Button
                type="link"
                onClick={(e) => {
                  e.stopPropagation();
                  setOpen(r);
                }}
                data-testid={`qc-open-${r.id}`}
              >
                {t('ws.inspect')}
              </Button>
            ),
          },
        ]}
      />
      <QcDrawer order={open} onClose={() => setOpen(null)} onDone={reload} />
    </>
  );
}
