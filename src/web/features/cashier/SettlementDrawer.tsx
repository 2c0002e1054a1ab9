import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Result, Space, Spin, Tag, Typography } from 'antd';
import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PAYERS } from '../../../domain/work-orders/quote';
import { useApiQuery, useInvalidate } from '../../api/query';
import { WorkOrderStatusTag } from '../../components/StatusTags';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import { openPrint } from '../work-orders/print';
import { useWoRun } from '../work-orders/useWoRun';
import { ApprovalBox, SettledSummary } from './SettlementParts';
import { DiscountForm } from './DiscountForm';
import { PaymentForm } from './PaymentForm';
import { OnAccountForm } from './OnAccountForm';
import { CashierMemberBox } from '../members/CashierMemberBox';
import { SETTLEMENT_STATUS_COLORS, type Settlement } from './types';
import { SETTLEMENT_QUERIES, settlementQuery, useSettlement } from './useSettlements';

/**
 * The cashier's drawer for one work order that passed QC: what the customer owes (parts as issued), discount, approval,
 * payment or 挂账, printing. The car is handed over after this (release control).
 */
export function SettlementDrawer({ workOrderId, onClose }: { workOrderId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const client = useQueryClient();
  const wo = useApiQuery('/work-orders/{id}', { params: { id: workOrderId ?? '' }, enabled: !!workOrderId });
  const st = useSettlement(workOrderId);
  // undefined while loading, null when none was opened yet.
  const s = st.data;
  // A card payment or a visit-card use changes the member box's balances too.
  const reload = useInvalidate(...SETTLEMENT_QUERIES, '/member-cards', '/visit-cards');
  const done = useCallback(
    (r: unknown) => {
      // A change answered with the settlement shows it at once (the next step carries its version).
      if (workOrderId && r && typeof r === 'object' && 'payableFen' in r) client.setQueryData(settlementQuery(workOrderId).queryKey, r as Settlement);
      reload();
    },
    [client, workOrderId, reload],
  );
  const run = useWoRun(done, reload);
  const order = wo.data && wo.data.id === workOrderId ? wo.data : undefined;
  const failed = wo.error ?? st.error;
  const customer = order?.quote.byPayer.customer;
  const others = order ? PAYERS.filter((p) => p !== 'customer' && (order.quote.byPayer[p]?.amountFen ?? 0) > 0) : [];

  return (
    <Drawer
      open={workOrderId !== null}
      onClose={onClose}
      size={620}
      destroyOnHidden
      data-testid="settlement-drawer"
      title={
        order ? (
          <Space>
            {t('cashier.drawerTitle', { number: order.number })}
            <WorkOrderStatusTag status={order.status} />
          </Space>
        ) : (
          t('nav.cashier')
        )
      }
      extra={
        <Space>
          {s && (
            <Button icon={<PrinterOutlined />} onClick={() => openPrint(`/work-orders/${workOrderId}/settlement/print`)} data-testid="settlement-print">
              {t('cashier.print')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      {failed ? (
        <Result status="warning" title={t('common.loadFailed')} subTitle={(failed as Error).message} />
      ) : !order || s === undefined ? (
        <div style={{ display: 'grid', placeItems: 'center', minHeight: 200 }}>
          <Spin />
        </div>
      ) : (
        <>
          <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('wo.plate')}>{order.plate}</Descriptions.Item>
            <Descriptions.Item label={t('wo.customer')}>{`${order.customerName} ${order.customerPhone}`}</Descriptions.Item>
            <Descriptions.Item label={t('wo.laborFee')}>{formatYuan(customer?.laborFen ?? 0)}</Descriptions.Item>
            <Descriptions.Item label={t('wo.partsFee')}>{formatYuan(customer?.partsFen ?? 0)}</Descriptions.Item>
            <Descriptions.Item label={t('wo.tax')}>{formatYuan(customer?.taxFen ?? 0)}</Descriptions.Item>
            <Descriptions.Item label={<Typography.Text strong>{t('wo.customerPayable')}</Typography.Text>}>
              <Typography.Text strong data-testid="settle-gross">
                {formatYuan(order.quote.customerPayableFen)}
              </Typography.Text>
            </Descriptions.Item>
            {others.length > 0 && (
              <Descriptions.Item label={t('cashier.otherPayers')} span={2}>
                {others.map((p) => `${t(`wo.payers.${p}`)} ${formatYuan(order.quote.byPayer[p].amountFen)}`).join(';')}
                <Typography.Text type="secondary">{` (${t('cashier.notFromCustomer')})`}</Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
          <CashierMemberBox order={order} canUseVisitCards={!s || s.status === 'rejected'} run={run} />
          {s && (
            <Space style={{ marginBottom: 12 }} wrap>
              <Typography.Text strong>{t('cashier.settlementNo', { number: s.number })}</Typography.Text>
              <Tag color={SETTLEMENT_STATUS_COLORS[s.status]} data-testid="settlement-status">
                {t(`cashier.status.${s.status}`)}
              </Tag>
              {s.memberDiscountFen > 0 && (
                <Typography.Text type="secondary" data-testid="member-discount">
                  {`${t('members.memberDiscount')} ${formatYuan(s.memberDiscountFen)}`}
                </Typography.Text>
              )}
              {s.discountFen > 0 && (
                <Typography.Text type="secondary">{t('cashier.discountLine', { amount: formatYuan(s.discountFen), pct: s.discountPct })}</Typography.Text>
              )}
              <Typography.Text>{t('cashier.payableLine', { amount: formatYuan(s.payableFen) })}</Typography.Text>
            </Space>
          )}
          {s?.directPay && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('cashier.directPayTitle', { insurer: s.directPay.insurerName, share: formatYuan(s.directPay.insurerShareFen) })}
              description={t('cashier.directPayLine', { customer: formatYuan(s.grossFen), salvage: formatYuan(s.directPay.salvageFen) })}
              data-testid="direct-pay"
            />
          )}
          {s && s.billedParts.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('cashier.billedTitle')}
              description={s.billedParts
                .map((b) => t('cashier.billedLine', { name: `${b.code} ${b.name}`, planned: b.plannedQty, billed: b.billedQty }))
                .join(';')}
              data-testid="billed-parts"
            />
          )}
          {!s && order.status !== 'ready' && (
            <Alert
              type="warning"
              showIcon
              title={t('cashier.notDelivered')}
              action={
                <Button size="small" onClick={() => navigate(`/work-orders/${order.id}`)}>
                  {t('cashier.openOrder')}
                </Button>
              }
            />
          )}
          {(!s || s.status === 'rejected') && order.status === 'ready' && (
            <>
              {s?.status === 'rejected' && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('cashier.rejectedHint')} />}
              <DiscountForm workOrderId={order.id} grossFen={order.quote.customerPayableFen} run={run} />
            </>
          )}
          {s?.status === 'pending_approval' && <ApprovalBox settlement={s} run={run} />}
          {s?.status === 'approved' &&
            (can('cashier.settle') ? <PaymentForm settlement={s} run={run} /> : <Alert type="info" showIcon title={t('cashier.waitCashier')} />)}
          {s?.status === 'approved' && can('settlement.on_account') && (
            <OnAccountForm
              settlement={s}
              run={run}
              defaultPayer={order.type === 'accident' ? 'insurer' : order.type === 'warranty' || order.type === 'recall' ? 'manufacturer' : 'fleet'}
            />
          )}
          {(s?.status === 'settled' || s?.status === 'on_account') && (
            <>
              <SettledSummary settlement={s} />
              {order.status === 'settled' && <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('cashier.deliverNext')} />}
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
