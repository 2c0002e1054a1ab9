import { Badge, Space, Tag, Tooltip, Typography } from 'antd';
import { CrownOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { PriorityTag, TicketStatusTag } from '../../components/StatusTags';
import { SlaCell, fmtTime } from './SlaCell';
import type { TicketSummary } from './types';

/** The escalation level as a small red badge (0 = not escalated). */
export function LevelBadge({ level }: { level: number }) {
  if (!level) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Badge count={`L${level}`} style={{ background: level >= 2 ? '#cf1322' : '#ad4e00' }} />;
}

/** Columns of the ticket list; `open` shows a ticket in the drawer. */
export function ticketColumns(t: TFunction, open: (row: TicketSummary) => void, now: Date): ColumnsType<TicketSummary> {
  return [
    {
      title: t('ticket.number'),
      dataIndex: 'number',
      width: 140,
      fixed: 'left',
      render: (v: string, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Link onClick={() => open(r)} data-testid="ticket-link">
            {v}
          </Typography.Link>
          <Tooltip title={t('ticket.receivedAt')}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {fmtTime(r.receivedAt)}
            </Typography.Text>
          </Tooltip>
        </Space>
      ),
    },
    {
      title: t('ticket.title'),
      dataIndex: 'title',
      ellipsis: { showTitle: false },
      render: (v: string, r) => (
        <Tooltip title={v} placement="topLeft">
          <span>
            {r.isVip && <CrownOutlined style={{ color: '#d48806', marginInlineEnd: 4 }} aria-label="VIP" />}
            {v}
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('ticket.customer'),
      dataIndex: 'customerName',
      width: 110,
      render: (v: string, r) => (
        <Space orientation="vertical" size={0}>
          <span>{v}</span>
          {r.customerPhone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.customerPhone}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('ticket.kind'), dataIndex: 'kind', width: 64, render: (v: string) => <Tag>{t(`ticket.kinds.${v}`)}</Tag> },
    { title: t('ticket.priorityLabel'), dataIndex: 'priority', width: 68, render: (v: TicketSummary['priority']) => <PriorityTag priority={v} /> },
    { title: t('common.status'), dataIndex: 'status', width: 86, render: (v: TicketSummary['status']) => <TicketStatusTag status={v} /> },
    {
      title: t('ticket.handler'),
      dataIndex: 'handlerName',
      width: 84,
      render: (v: string | null, r) =>
        v ? <Tooltip title={r.departmentName}>{v}</Tooltip> : <Typography.Text type="warning">{t('ticket.unassigned')}</Typography.Text>,
    },
    { title: t('ticket.level'), dataIndex: 'escalationLevel', width: 52, align: 'center', render: (v: number) => <LevelBadge level={v} /> },
    { title: t('ticket.firstResponse'), key: 'fr', width: 156, render: (_, r) => <SlaCell clock={r.firstResponse} now={now} /> },
    { title: t('ticket.resolutionClock'), key: 'rs', width: 156, render: (_, r) => <SlaCell clock={r.resolution} now={now} /> },
  ];
}
