/**
 * The bill of a work order at the cashier: the order as billed (parts at issued − returned) and its shares — what the
 * customer pays at the counter and, for a direct-pay (直赔) accident case, the insurer's share that goes on its account.
 */
import type { Db, Tx } from '../../db/client.js';
import { billShares } from '../../../domain/insurance/money.js';
import { directPayOfOrder } from '../insurance/index.js';
import { issuedByLine } from '../parts/index.js';
import type { WorkOrderRow, WorkOrdersApi } from '../work-orders/index.js';
import { billedOrder } from './billing.js';

export async function billOfOrder(q: Db | Tx, workOrders: Pick<WorkOrdersApi, 'present'>, w: WorkOrderRow) {
  const [planned] = await workOrders.present(q, [w]);
  const { order, billedParts } = billedOrder(planned, await issuedByLine(q, w.id));
  const directPay = await directPayOfOrder(q, w.id);
  return { order, billedParts, directPay, shares: billShares(order.quote.byPayer, directPay) };
}
export type Bill = Awaited<ReturnType<typeof billOfOrder>>;

/** The settlement columns of the shares (the insurer's part and its case). */
export const shareColumns = (b: Bill) => ({
  grossFen: b.shares.customerFen,
  insurerShareFen: b.shares.insurerFen,
  salvageFen: b.shares.salvageFen,
  insuranceCaseId: b.directPay?.directPay ? b.directPay.caseId : null,
  insurerName: b.directPay?.directPay ? b.directPay.insurerName : '',
});

/** The bill no longer matches the opened settlement (a return, a new 定损 decision): it must be opened again. */
export const billMoved = (b: Bill, s: { grossFen: number; insurerShareFen: number }) =>
  b.shares.customerFen !== s.grossFen || b.shares.insurerFen !== s.insurerShareFen;
