import { useState } from 'react';
import { Button, Card, Col, Result, Row, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { PhoneOutlined, ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { percent } from '../crm/dashboard/charts';
import { CallDrawer } from './CallDrawer';
import { FOLLOW_UP_STATUS_COLORS, FOLLOW_UP_TABS, type FollowUp } from './types';
import { formatShortDateTime } from '../../lib/time';

const fmt = (iso: string | null) => (iso ? formatShortDateTime(iso) : '—');

/** 回访: today's calls, all pending, done and unreachable; follow-up rate, satisfaction and the unhappy customers of the last 30 days. */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [tab, setTab] = useState<(typeof FOLLOW_UP_TABS)[number]>('due');
  const [calling, setCalling] = useState<FollowUp | null>(null);
  const list = useApiQuery('/follow-ups', { query: { status: tab, servicePointId: pointId }, enabled: !!pointId });
  const stats = useApiQuery('/follow-up-stats', { query: { days: 30, servicePointId: pointId }, enabled: !!pointId });
  const reload = useInvalidate('/follow-ups', '/follow-up-stats', '/tickets');
  // The route does not declare its answer yet (z.any()): typed here until the OpenAPI document does.
  const s = stats.data;
  const canCall = can('followups.call', 'tickets.supervise');

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  const cards = [
    {
      key: 'followUpRate',
      value: s ? percent(s.followUpRate) : '—',
      hint: t('fu.statHints.followUpRate', { reached: s?.reached ?? 0, delivered: s?.delivered ?? 0 }),
    },
    { key: 'csi', value: s?.csi ?? '—', hint: t('fu.statHints.csi') },
    { key: 'flagged', value: s?.flagged ?? '—', color: s?.flagged ? '#cf1322' : undefined, hint: t('fu.statHints.flagged') },
  ];

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {cards.map((c) => (
          <Col key={c.key} flex="1 1 180px">
            <Card size="small" loading={stats.isLoading} data-testid={`fu-stat-${c.key}`}>
              <Tooltip title={c.hint}>
                <Statistic title={t(`fu.stats.${c.key}`)} value={c.value} styles={{ content: { color: c.color, fontSize: 22 } }} />
              </Tooltip>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('fu.last30')}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('nav.followUps')} extra={<Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />}>
        <Tabs
          size="small"
          activeKey={tab}
          onChange={(k) => setTab(k as typeof tab)}
          items={FOLLOW_UP_TABS.map((k) => ({ key: k, label: t(`fu.tabs.${k}`) }))}
        />
        <Table<FollowUp>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 980 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.totalItems', { count: n }) }}
          locale={{ emptyText: t(`fu.empty.${tab}`) }}
          data-testid="fu-table"
          columns={[
            { title: t('wo.customer'), dataIndex: 'customerName', width: 100 },
            { title: t('fu.phone'), dataIndex: 'customerPhone', width: 130, render: (v: string) => <Typography.Link href={`tel:${v}`}>{v}</Typography.Link> },
            { title: t('wo.plate'), dataIndex: 'plate', width: 100 },
            {
              title: t('wo.number'),
              dataIndex: 'workOrderNumber',
              width: 140,
              render: (v: string, r) => (can('work-orders.manage') ? <Link to={`/work-orders/${r.workOrderId}`}>{v}</Link> : v),
            },
            { title: t('fu.deliveredAt'), dataIndex: 'deliveredAt', width: 100, render: fmt },
            {
              title: t('fu.dueAt'),
              dataIndex: 'dueAt',
              width: 100,
              render: (v: string, r) => (
                <Typography.Text type={r.status === 'pending' && dayjs(v).isBefore(dayjs()) ? 'warning' : undefined}>{fmt(v)}</Typography.Text>
              ),
            },
            { title: t('fu.attempts'), dataIndex: 'attempts', width: 80, align: 'right' },
            {
              title: t('fu.result'),
              key: 'result',
              width: 250,
              render: (_, r) => (
                <span>
                  <Tag color={FOLLOW_UP_STATUS_COLORS[r.status]}>{t(`fu.status.${r.status}`, { defaultValue: r.status })}</Tag>
                  {r.score != null && <Typography.Text>{t('fu.scoreN', { n: r.score })}</Typography.Text>}
                  {r.isFlagged && (
                    <Tag color="red" icon={<WarningOutlined />} style={{ marginInlineStart: 6 }} data-testid="fu-flagged">
                      {r.ticketId ? <Link to={`/tickets/${r.ticketId}`}>{t('fu.flagged')}</Link> : t('fu.flagged')}
                    </Tag>
                  )}
                </span>
              ),
            },
            {
              title: t('common.actions'),
              key: 'a',
              width: 90,
              fixed: 'right',
              render: (_, r) =>
                r.status === 'pending' &&
                canCall && (
                  <Button size="small" type="primary" icon={<PhoneOutlined />} onClick={() => setCalling(r)} data-testid={`fu-call-${r.id}`}>
                    {t('fu.call')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <CallDrawer
        item={calling}
        onClose={() => setCalling(null)}
        onDone={() => {
          setCalling(null);
          reload();
        }}
        onReload={reload}
      />
    </>
  );
}
