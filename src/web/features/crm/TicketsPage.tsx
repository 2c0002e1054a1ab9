import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Card, Checkbox, Input, Result, Select, Space, Table } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, TICKET_KINDS, TICKET_STATUSES, type Priority, type TicketKind } from '../../../domain/tickets/status';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { IntakeDrawer } from './IntakeDrawer';
import { TicketDrawer } from './detail/TicketDrawer';
import { ticketColumns } from './ticketColumns';
import type { TicketSummary } from './types';

const POLL_MS = 60_000;

/** 客户反馈: the ticket list with filters; a row opens the detail drawer, the list stays in view. */
export default function TicketsPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const navigate = useNavigate();
  const { id: routeId } = useParams();
  const [status, setStatus] = useState<string[]>([]);
  const [priority, setPriority] = useState<Priority>();
  const [kind, setKind] = useState<TicketKind>();
  const [mine, setMine] = useState(false);
  const [breached, setBreached] = useState(false);
  const [q, setQ] = useState('');
  const [openId, setOpenId] = useState<string | null>(routeId ?? null);
  const [intake, setIntake] = useState(false);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => setOpenId(routeId ?? null), [routeId]);

  // The breached filter is applied by the server after paging, so fetch one big page and page here.
  const table = usePagedTable('/tickets', {
    query: { servicePointId: pointId, status: status.join(','), priority, kind, q, mine: mine ? 'true' : undefined, breached: breached ? 'true' : undefined },
    enabled: !!pointId,
    all: breached ? 200 : undefined,
    refetchInterval: POLL_MS,
  });
  const list = table.query;
  const reload = () => void list.refetch();
  // The SLA cells count down from the time of the last answer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the SLA cells count down from the time of the last answer
  useEffect(() => setNow(new Date()), [list.dataUpdatedAt]);

  const open = useCallback((r: TicketSummary) => setOpenId(r.id), []);
  const columns = useMemo(() => ticketColumns(t, open, now), [t, open, now]);
  const closeDrawer = () => {
    setOpenId(null);
    if (routeId) navigate('/crm/tickets', { replace: true });
  };

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  const items = table.items;
  const filtered = !!(status.length || priority || kind || mine || breached || q);

  return (
    <Card
      size="small"
      title={t('nav.tickets')}
      extra={
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIntake(true)} data-testid="ticket-new">
            {t('ticket.intake')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('ticket.searchPlaceholder')}
          aria-label={t('ticket.searchPlaceholder')}
          style={{ width: 240 }}
          onSearch={(v) => setQ(v.trim())}
          data-testid="ticket-search"
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('common.status')}
          aria-label={t('common.status')}
          style={{ width: 220 }}
          value={status}
          onChange={setStatus}
          options={TICKET_STATUSES.map((s) => ({ value: s, label: t(`ticket.status.${s}`) }))}
          data-testid="ticket-status-filter"
        />
        <Select
          allowClear
          placeholder={t('ticket.priorityLabel')}
          aria-label={t('ticket.priorityLabel')}
          style={{ width: 110 }}
          value={priority}
          onChange={setPriority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`ticket.priority.${p}`) }))}
        />
        <Select
          allowClear
          placeholder={t('ticket.kind')}
          aria-label={t('ticket.kind')}
          style={{ width: 110 }}
          value={kind}
          onChange={setKind}
          options={TICKET_KINDS.map((k) => ({ value: k, label: t(`ticket.kinds.${k}`) }))}
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} data-testid="ticket-mine">
          {t('ticket.mine')}
        </Checkbox>
        <Checkbox checked={breached} onChange={(e) => setBreached(e.target.checked)} data-testid="ticket-breached">
          {t('ticket.breachedOnly')}
        </Checkbox>
      </Space>
      <Table<TicketSummary>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={items}
        columns={columns}
        scroll={{ x: 1060 }}
        rowClassName={(r) => (r.id === openId ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ onClick: () => open(r), style: { cursor: 'pointer' } })}
        locale={{ emptyText: filtered ? t('ticket.noMatch') : t('ticket.empty') }}
        pagination={table.pagination}
      />
      <IntakeDrawer
        open={intake}
        onClose={() => setIntake(false)}
        onCreated={(id) => {
          setIntake(false);
          setOpenId(id);
        }}
      />
      <TicketDrawer id={openId} onClose={closeDrawer} />
    </Card>
  );
}
