import { Button, Descriptions, Drawer, Table, Tag } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { openPrint } from '../work-orders/print';
import type { LedgerEntry } from './types';

const KIND_COLORS: Record<LedgerEntry['kind'], string> = { 'top-up': 'green', bonus: 'cyan', spend: 'blue', refund: 'orange' };

/** 对账单: every ledger entry of a card with the balance after it; prints as A4. */
export function StatementDrawer({ cardId, onClose }: { cardId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const st = useApiQuery('/member-cards/{id}/statement', { params: { id: cardId ?? '' }, enabled: !!cardId });
  const card = st.data?.card;
  return (
    <Drawer
      open={!!cardId}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={card ? t('members.statementTitle', { number: card.number }) : t('members.statement')}
      data-testid="statement-drawer"
      extra={
        <Button icon={<PrinterOutlined />} onClick={() => openPrint(`/member-cards/${cardId}/statement/print`)} data-testid="statement-print">
          {t('members.print')}
        </Button>
      }
    >
      {card && (
        <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('members.customer')}>{card.customerName}</Descriptions.Item>
          <Descriptions.Item label={t('members.level')}>{card.levelName}</Descriptions.Item>
          <Descriptions.Item label={t('members.balance')}>
            <b data-testid="statement-balance">{formatYuan(card.balanceFen)}</b>
          </Descriptions.Item>
          <Descriptions.Item label={t('members.status')}>{card.isActive ? t('members.active') : t('members.inactive')}</Descriptions.Item>
        </Descriptions>
      )}
      <Table<LedgerEntry>
        size="small"
        rowKey="id"
        loading={st.isLoading}
        dataSource={st.data?.entries ?? []}
        pagination={false}
        columns={[
          { title: t('members.time'), dataIndex: 'createdAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          {
            title: t('members.kind'),
            dataIndex: 'kind',
            width: 70,
            render: (k: LedgerEntry['kind']) => <Tag color={KIND_COLORS[k]}>{t(`members.kinds.${k}`)}</Tag>,
          },
          { title: t('members.note'), dataIndex: 'note', ellipsis: true },
          { title: t('members.amount'), dataIndex: 'amountFen', width: 100, align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('members.balanceAfter'), dataIndex: 'balanceAfterFen', width: 100, align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('members.actor'), dataIndex: 'actorName', width: 80 },
        ]}
      />
    </Drawer>
  );
}
