import { useState } from 'react';
import { Button, Card, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useInvalidate } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { useWoRun } from '../work-orders/useWoRun';
import { IssueCardModal, MoneyModal } from './CardDialogs';
import { StatementDrawer } from './StatementDrawer';
import { VisitCardsCard } from './VisitCardsCard';
import type { MemberCard } from './types';

/** 会员卡与储值: find a card, issue one, top up (with the bonus rules), refund, and read or print its statement. */
export default function MemberCardsPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [q, setQ] = useState('');
  const [issuing, setIssuing] = useState(false);
  const [money, setMoney] = useState<{ card: MemberCard; mode: 'top-up' | 'refund' } | null>(null);
  const [statement, setStatement] = useState<string | null>(null);
  const reload = useInvalidate('/member-cards', '/visit-cards');
  const run = useWoRun(reload, reload);
  const table = usePagedTable('/member-cards', { query: { servicePointId: pointId, q }, enabled: !!pointId, pageSize: 50 });
  const list = table.query;
  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  const canIssue = can('cashier.settle') || can('customers.manage');

  return (
    <>
      <Card
        size="small"
        title={t('members.cards')}
        extra={
          <Space wrap>
            {canIssue && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="card-new">
                {t('members.issue')}
              </Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
          </Space>
        }
      >
        <Input.Search
          allowClear
          placeholder={t('members.search')}
          aria-label={t('members.search')}
          style={{ width: 280, marginBottom: 12 }}
          onSearch={(v) => setQ(v.trim())}
          data-testid="card-search"
        />
        <Table<MemberCard>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={table.items}
          pagination={table.pagination}
          scroll={{ x: 860 }}
          locale={{ emptyText: q ? t('members.noMatch') : t('members.noCards') }}
          columns={[
            { title: t('members.number'), dataIndex: 'number', width: 120, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('members.customer'), key: 'c', render: (_, r) => `${r.customerName} ${r.customerPhone}` },
            {
              title: t('members.level'),
              key: 'l',
              width: 220,
              render: (_, r) => (
                <Space size={4}>
                  <Tag color="gold">{r.levelName}</Tag>
                  <Typography.Text type="secondary">{t('members.discounts', { labor: r.laborDiscountPct, parts: r.partsDiscountPct })}</Typography.Text>
                </Space>
              ),
            },
            { title: t('members.balance'), dataIndex: 'balanceFen', width: 120, align: 'right', render: (v: number) => <b>{formatYuan(v)}</b> },
            {
              title: t('members.status'),
              dataIndex: 'isActive',
              width: 80,
              render: (a: boolean) => <Tag color={a ? 'success' : 'default'}>{a ? t('members.active') : t('members.inactive')}</Tag>,
            },
            {
              title: t('common.actions'),
              key: 'a',
              width: 220,
              render: (_, r) => (
                <Space size={0}>
                  {can('cashier.settle') && (
                    <Button type="link" size="small" onClick={() => setMoney({ card: r, mode: 'top-up' })} data-testid={`card-topup-${r.number}`}>
                      {t('members.topUp')}
                    </Button>
                  )}
                  {can('cards.refund') && (
                    <Button type="link" size="small" danger onClick={() => setMoney({ card: r, mode: 'refund' })}>
                      {t('members.refund')}
                    </Button>
                  )}
                  <Button type="link" size="small" onClick={() => setStatement(r.id)} data-testid={`card-statement-${r.number}`}>
                    {t('members.statement')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        <IssueCardModal open={issuing} onClose={() => setIssuing(false)} run={run} />
        <MoneyModal card={money?.card ?? null} mode={money?.mode ?? 'top-up'} onClose={() => setMoney(null)} run={run} />
        <StatementDrawer cardId={statement} onClose={() => setStatement(null)} />
      </Card>
      <VisitCardsCard run={run} />
    </>
  );
}
