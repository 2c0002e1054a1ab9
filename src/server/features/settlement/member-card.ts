/**
 * Member cards at the cashier: the level's discount on the customer's labor and parts (会员折扣), and payment by
 * stored value (储值) inside the settlement's transaction, with the balance after kept on the payment for the 结算单.
 */
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { memberDiscount } from '../../../domain/members/index.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import type { SettlementPayment } from '../../../contracts/settlement.js';
import { AppError } from '../../http/errors.js';
import type { MembersApi } from '../members/index.js';

/** The customer's card and its discount on this order (none without a card). */
export async function memberTerms(tx: Tx, members: MembersApi | undefined, order: WorkOrder) {
  const card = members ? await members.memberCardOf(tx, order.customerId) : undefined;
  if (!card) return { memberCardId: null, memberDiscountFen: 0 };
  const lines = order.lines.map((l) => ({ kind: l.kind, payer: l.payer, amountFen: l.amountFen, isFixedPrice: !!(l.packageId || l.visitCardId) }));
  return { memberCardId: card.id, memberDiscountFen: memberDiscount(lines, card).totalFen };
}

type Payment = SettlementPayment['payments'][number];
export type StoredPayment = { method: string; amountFen: number; cardId?: string; cardNumber?: string; balanceAfterFen?: number };

/** Take the member-card parts of a payment from the card (the customer's own card; 422 when the balance is short). */
export async function chargeCards(
  tx: Tx,
  actor: Actor,
  members: MembersApi | undefined,
  p: { payments: Payment[]; customerId: string; memberCardId: string | null; workOrderId: string; settlementId: string; number: string },
  at: Date,
): Promise<StoredPayment[]> {
  const out: StoredPayment[] = [];
  for (const [i, pay] of p.payments.entries()) {
    if (pay.method !== 'member-card') {
      out.push({ method: pay.method, amountFen: pay.amountFen });
      continue;
    }
    const cardId = pay.cardId ?? p.memberCardId ?? (members ? (await members.memberCardOf(tx, p.customerId))?.id : undefined);
    const card = cardId && members ? await members.cardById(tx, cardId) : undefined;
    if (!card || card.customerId !== p.customerId)
      throw new AppError('VALIDATION', '客户没有可用的会员卡', [{ path: `payments.${i}.cardId`, message: '请选择客户本人的会员卡' }]);
    const balanceAfterFen = await members!.payByCard(
      tx,
      actor,
      { cardId: card.id, amountFen: pay.amountFen, workOrderId: p.workOrderId, settlementId: p.settlementId, note: `结算单 ${p.number}` },
      at,
    );
    out.push({ method: pay.method, amountFen: pay.amountFen, cardId: card.id, cardNumber: card.number, balanceAfterFen });
  }
  return out;
}
