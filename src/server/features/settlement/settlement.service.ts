import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { findApprover, isWithinAuthority, notifyApprover, refuseApproval, refusalMessage } from '../approvals/index.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { findPoint } from '../service-points/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { notify } from '../notifications/index.js';
import { getWorkOrderRow, workOrderInScope, type WorkOrderRow, type WorkOrdersApi } from '../work-orders/index.js';
import type { OnAccountPayer } from '../../../domain/release/index.js';
import { billMoved, billOfOrder, shareColumns } from './bill.js';
import { sendCustomerMessage } from '../messages/index.js';
import * as repo from './settlement.repo.js';
import type { MembersApi } from '../members/index.js';
import { chargeCards, memberTerms } from './member-card.js';
import { yuan } from '../../lib/text.js';
import { loanerUseSection } from '../loaners/index.js';
import type { Settlement, SettlementDecision, SettlementOpen, SettlementPayment, SettlementStatus } from '../../../contracts/settlement.js';

type Row = repo.SettlementRow;
/** Discount as a percentage of the customer's part, to two decimals (authority limits are in percent). */
export const discountPctOf = (discountFen: number, grossFen: number) => (grossFen ? Math.round((discountFen / grossFen) * 10000) / 100 : 0);

export const presentSettlement = (s: Row, billedParts: Settlement['billedParts'] = []): Settlement => ({
  id: s.id,
  workOrderId: s.workOrderId,
  number: s.number,
  status: s.status as SettlementStatus,
  grossFen: s.grossFen,
  discountFen: s.discountFen,
  discountPct: discountPctOf(s.discountFen, s.grossFen - s.memberDiscountFen),
  memberCardId: s.memberCardId,
  memberDiscountFen: s.memberDiscountFen,
  payableFen: s.payableFen,
  payments: s.payments,
  invoiceNo: s.invoiceNo,
  approvedByName: s.approvedByName,
  cashierName: s.cashierName,
  settledAt: s.settledAt?.toISOString() ?? null,
  onAccount: s.onAccountPayer ? { payer: s.onAccountPayer as OnAccountPayer, accountName: s.onAccountName, byName: s.onAccountByName ?? '' } : null,
  billedParts,
  directPay: s.insuranceCaseId
    ? { insuranceCaseId: s.insuranceCaseId, insurerName: s.insurerName, insurerShareFen: s.insurerShareFen, salvageFen: s.salvageFen }
    : null,
  version: s.version,
});
/** The bill has changed since the settlement was opened (parts returned meanwhile): it must be opened again. */
export const billChanged = () => new AppError('CONFLICT', '领退料后账单金额已变化,请重新开具结算单', [], 'BILL_CHANGED');

/**
 * Settlement (结算): a discount within the user's authority limit is granted at once; above it the
 * request waits for a supervisor whose limit covers it. Payment must add up to the payable amount.
 */
export function createSettlementService(deps: { db: Db; now: () => Date; workOrders: WorkOrdersApi; members?: MembersApi }) {
  const { db, now, workOrders, members } = deps;

  async function orderInScope(q: Db | Tx, actor: Actor, workOrderId: string, lock = false) {
    return workOrderInScope(q, actor, workOrderId, { lock });
  }
  async function findFor(q: Db | Tx, workOrderId: string) {
    return repo.findSettlementOf(q, workOrderId);
  }
  /** The order as billed (parts at what was issued less what came back) and its customer / insurer shares. */
  const billOf = (q: Db | Tx, w: WorkOrderRow) => billOfOrder(q, workOrders, w);

  async function get(actor: Actor, workOrderId: string): Promise<Settlement> {
    const w = await orderInScope(db, actor, workOrderId);
    const row = await findFor(db, workOrderId);
    if (!row) throw notFound('结算单');
    return presentSettlement(row, (await billOf(db, w)).billedParts);
  }

  return {
    get,
    /** The paid 结算单 behind a customer's receipt link; undefined for an unknown token. */
    async receiptData(token: string) {
      const s = await repo.findByReceiptToken(db, token);
      const w = s && (await getWorkOrderRow(db, s.workOrderId));
      if (!s || !w) return undefined;
      const [order] = await workOrders.present(db, [w]);
      const point = (await findPoint(db, s.servicePointId))!;
      return { order, settlement: presentSettlement(s), point, loaners: await loanerUseSection(db, w.id, w.servicePointId, point.timeZone) };
    },
    /** What the printed 结算单 shows: the work order, its settlement and the service point. */
    async printData(actor: Actor, workOrderId: string) {
      const { order } = await billOf(db, await orderInScope(db, actor, workOrderId));
      const settlement = await get(actor, workOrderId);
      const point = (await findPoint(db, order.servicePointId))!;
      return { order, settlement, point, loaners: await loanerUseSection(db, workOrderId, order.servicePointId, point.timeZone) };
    },
    /**
     * Open the settlement of a work order that passed QC (the car is handed over after it: release control) with an
     * optional discount on the customer's part. The bill is what was issued; opened again when a return changed it.
     */
    async open(actor: Actor, workOrderId: string, input: SettlementOpen): Promise<Settlement> {
      return db.transaction(async (tx) => {
        const w = await orderInScope(tx, actor, workOrderId, true);
        if (w.status !== 'ready') throw new AppError('ILLEGAL_TRANSITION', '工单质检合格(待交车)后才能结算');
        const previous = await findFor(tx, w.id);
        const bill = await billOf(tx, w);
        const { order, billedParts } = bill;
        // The customer's part: the customer lines, or for a direct-pay case the deductible and what the insurer refused.
        const gross = bill.shares.customerFen;
        const reopen =
          previous?.status === 'rejected' || (!!previous && ['approved', 'pending_approval'].includes(previous.status) && billMoved(bill, previous));
        if (previous && !reopen) throw new AppError('CONFLICT', '该工单已有结算单');
        // The member level's discount comes first and needs no approval; a further discount is a share of what is left.
        const member = await memberTerms(tx, members, order);
        const base = gross - member.memberDiscountFen;
        if (input.discountFen > base) throw new AppError('VALIDATION', '优惠不能超过应付金额', [{ path: 'discountFen', message: `不能超过 ${yuan(base)}` }]);
        const pct = discountPctOf(input.discountFen, base);
        const granted = isWithinAuthority(actor, 'discountPct', pct);
        const point = (await findPoint(tx, w.servicePointId))!;
        const values = {
          status: granted ? 'approved' : 'pending_approval',
          ...shareColumns(bill),
          discountFen: input.discountFen,
          ...member,
          payableFen: base - input.discountFen,
          requestedBy: actor.userId,
          requestedByName: actor.displayName,
          discountReason: input.reason,
          approvedBy: granted && input.discountFen ? actor.userId : null,
          approvedByName: granted && input.discountFen ? actor.displayName : null,
        };
        // A rejected discount request (or a bill changed by a return) is reopened with the new terms (a settlement row is never deleted).
        const row = previous
          ? (await repo.updateSettlement(tx, previous.id, null, values, now()))!
          : await repo.insertSettlement(tx, {
              ...values,
              servicePointId: w.servicePointId,
              workOrderId: w.id,
              number: await nextDocumentNumber(tx, point, 'settlement', now()),
            });
        if (!granted) {
          // The lowest position whose discount limit covers the request (closest to the front desk).
          const holder = await findApprover(tx, { point, key: 'discountPct', amount: pct });
          if (holder)
            await notifyApprover(tx, {
              servicePointId: w.servicePointId,
              employeeId: holder.employeeId,
              title: `待审批优惠:${w.number} ${pct}%(${yuan(input.discountFen)})`,
              body: `${actor.displayName}:${input.reason}`,
              dedupeKey: `discount:${row.id}:${row.version}`,
            });
        }
        await insertAudit(tx, actor, {
          servicePointId: w.servicePointId,
          action: granted ? 'settlement.open' : 'settlement.discount-request',
          entityType: 'settlement',
          entityId: row.id,
          summary: `${w.number} 优惠 ${pct}% ${input.reason}`,
          after: row,
        });
        return presentSettlement(row, billedParts);
      });
    },
    async decide(actor: Actor, id: string, input: SettlementDecision): Promise<Settlement> {
      return db.transaction(async (tx) => {
        const s = await repo.lockSettlement(tx, id);
        if (!s) throw notFound('结算单');
        await visiblePoint(tx, actor, s.servicePointId);
        if (s.status !== 'pending_approval') throw new AppError('ILLEGAL_TRANSITION', '该结算单不在待审批状态');
        const pct = discountPctOf(s.discountFen, s.grossFen - s.memberDiscountFen);
        const refusal = refuseApproval(actor, { key: 'discountPct', amount: pct, requestedBy: s.requestedBy });
        if (refusal) throw forbidden(refusalMessage(refusal, '优惠', (n) => `${n}%`, pct));
        const row = await repo.updateSettlement(
          tx,
          id,
          input.version,
          input.approve ? { status: 'approved', approvedBy: actor.userId, approvedByName: actor.displayName } : { status: 'rejected' },
          now(),
        );
        if (!row) throw staleVersion();
        if (s.requestedBy)
          await notify(tx, {
            servicePointId: s.servicePointId,
            recipientUserId: s.requestedBy,
            title: `优惠 ${pct}% 已${input.approve ? '批准' : '驳回'}(${s.number})`,
            body: `${actor.displayName}${input.note ? `:${input.note}` : ''}`,
            link: `/cashier?workOrderId=${s.workOrderId}`,
            dedupeKey: `discount-decided:${s.id}`,
          });
        await insertAudit(tx, actor, {
          servicePointId: s.servicePointId,
          action: input.approve ? 'settlement.discount-approve' : 'settlement.discount-reject',
          entityType: 'settlement',
          entityId: id,
          summary: `${s.number} ${input.note}`,
          before: s,
          after: row,
        });
        return presentSettlement(row);
      });
    },
    /** The cashier takes payment: methods must add up to the payable amount; the work order becomes settled. */
    async pay(actor: Actor, id: string, input: SettlementPayment): Promise<Settlement> {
      return db.transaction(async (tx) => {
        const s = await repo.lockSettlement(tx, id);
        if (!s) throw notFound('结算单');
        await visiblePoint(tx, actor, s.servicePointId);
        if (s.status === 'rejected') throw new AppError('ILLEGAL_TRANSITION', '优惠被驳回,请重新开具结算单');
        if (s.status !== 'approved')
          throw new AppError('ILLEGAL_TRANSITION', s.status === 'settled' || s.status === 'on_account' ? '该结算单已收款或已挂账' : '优惠尚待审批,暂不能收款');
        const w = (await getWorkOrderRow(tx, s.workOrderId, { lock: true }))!;
        if (billMoved(await billOf(tx, w), s)) throw billChanged();
        const paid = input.payments.reduce((sum, p) => sum + p.amountFen, 0);
        if (paid !== s.payableFen)
          throw new AppError('VALIDATION', `收款合计 ${yuan(paid)} 与应收 ${yuan(s.payableFen)} 不符`, [
            { path: 'payments', message: `应收 ${yuan(s.payableFen)}` },
          ]);
        const at = now();
        if (s.version !== input.version) throw staleVersion();
        const payments = await chargeCards(
          tx,
          actor,
          members,
          {
            payments: input.payments,
            customerId: w.customerId,
            memberCardId: s.memberCardId,
            workOrderId: s.workOrderId,
            settlementId: s.id,
            number: s.number,
          },
          at,
        );
        const receiptToken = randomBytes(18).toString('base64url');
        const row = await repo.updateSettlement(
          tx,
          id,
          input.version,
          { status: 'settled', payments, invoiceNo: input.invoiceNo, cashierName: actor.displayName, settledAt: at, receiptToken },
          at,
        );
        if (!row) throw staleVersion();
        await workOrders.actInTx(tx, actor, w, 'settle', '');
        await sendCustomerMessage(tx, {
          servicePointId: s.servicePointId,
          customerId: w.customerId,
          kind: 'payment_receipt',
          ref: s.id,
          vars: { amount: yuan(paid), number: s.number, link: `/api/public/receipts/${receiptToken}` },
          at,
        });
        await insertAudit(tx, actor, {
          servicePointId: s.servicePointId,
          action: 'settlement.pay',
          entityType: 'settlement',
          entityId: id,
          summary: `${s.number} ${yuan(paid)} 发票 ${input.invoiceNo}${s.insurerShareFen ? ` · 直赔 ${yuan(s.insurerShareFen)} 挂 ${s.insurerName} 账` : ''}`,
          before: s,
          after: row,
        });
        return presentSettlement(row);
      });
    },
  };
}
export type SettlementService = ReturnType<typeof createSettlementService>;
