import { Alert, Button, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import type { WoRun } from '../work-orders/useWoRun';
import type { WorkOrder } from '../work-orders/types';

/**
 * At the cashier: the customer's member card (level, balance; the level's discount is applied when the settlement is
 * opened) and their visit cards (次卡), each able to pay a matching labor line before the settlement is opened.
 */
export function CashierMemberBox({ order, canUseVisitCards, run }: { order: WorkOrder; canUseVisitCards: boolean; run: WoRun }) {
  const { t } = useTranslation();
  const cards = useApiQuery('/member-cards', { query: { customerId: order.customerId, servicePointId: order.servicePointId, pageSize: 5 } });
  const visits = useApiQuery('/visit-cards', { query: { customerId: order.customerId, servicePointId: order.servicePointId } });
  const card = cards.data?.items.find((c) => c.isActive);
  const usable = (visits.data?.items ?? []).filter((v) => v.remainingCount > 0);
  const uses = usable.flatMap((v) =>
    order.lines.filter((l) => l.kind === 'labor' && l.laborOperationId === v.laborOperationId && !l.visitCardId && !l.packageId).map((l) => ({ v, l })),
  );
  return (
    <Descriptions size="small" bordered column={1} style={{ marginBottom: 12 }} data-testid="member-box">
      <Descriptions.Item label={t('members.memberCard')}>
        {card ? (
          <Space size={4} wrap>
            <Tag color="gold">{card.levelName}</Tag>
            <span data-testid="member-card-balance">
              {t('members.cardBalance', { number: card.number, level: card.levelName, amount: formatYuan(card.balanceFen) })}
            </span>
          </Space>
        ) : (
          t('members.noMemberCard')
        )}
      </Descriptions.Item>
      {usable.length > 0 && (
        <Descriptions.Item label={t('members.visitCards')}>
          <Space direction="vertical" size={4}>
            {usable.map((v) => (
              <span key={v.id}>{`${v.number} ${v.name} · ${t('members.remaining')} ${v.remainingCount}/${v.totalCount}`}</span>
            ))}
            {canUseVisitCards &&
              uses.map(({ v, l }) => (
                <Button
                  key={`${v.id}:${l.id}`}
                  size="small"
                  onClick={() =>
                    void run(() => callApi('post', '/visit-cards/{id}/use', { params: { id: v.id }, body: { workOrderId: order.id, lineId: l.id } }))
                  }
                >
                  {t('members.useVisitCard', { card: v.name, item: l.name })}
                </Button>
              ))}
            {canUseVisitCards && uses.length === 0 && <Alert type="info" showIcon title={t('members.noVisitCardLine')} />}
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
