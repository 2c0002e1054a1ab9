/**
 * A goods receipt inside the caller's transaction (采购入库), shared by the plain receipt and by purchase orders:
 * stock up at a location, the part's cost becomes the moving average, the oldest backorders are served, their
 * orders leave 待料 when nothing else is missing, and each order's advisor is told (到货通知).
 */
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { fromMilli, movingAverageCost } from '../../../domain/parts/stock.js';
import type { StockChangeResult } from '../../../contracts/parts.js';
import { invalid, notFound } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import { visiblePoint } from '../service-points/index.js';
import { getWorkOrderRow } from '../work-orders/index.js';
import { fulfilBackorders } from './reservations.js';
import { stockLevels } from './stock.present.js';
import * as repo from './stock.repo.js';

export type SyncWaiting = (tx: Tx, actor: Actor, workOrderIds: string[]) => Promise<void>;

export interface ReceiptInTx {
  partId: string;
  locationId: string;
  qtyMilli: number;
  unitCostFen: number;
  note: string;
  /** Where the receipt came from, for the audit line (e.g. the purchase order number). */
  source?: string;
  /** The ledger kind: a purchase receipt (default) or the arrival of a transfer (调拨入库). */
  kind?: 'receive' | 'transfer_in';
}

/** The part (locked) and a location of the same point; a location elsewhere is a field error. */
export async function partAndLocation(tx: Tx, actor: Actor, partId: string, locationId: string, locationPath = 'locationId') {
  const part = await repo.findPart(tx, partId, true);
  if (!part) throw notFound('配件');
  await visiblePoint(tx, actor, part.servicePointId);
  const location = await repo.findLocation(tx, locationId);
  if (!location || location.servicePointId !== part.servicePointId) throw invalid([{ path: locationPath, message: '库位不存在或不属于该配件所在网点' }]);
  await repo.ensureStockItem(tx, { servicePointId: part.servicePointId, partId, locationId });
  const rows = await repo.lockStock(tx, [partId]);
  return { part, location, rows, row: rows.find((r) => r.locationId === locationId)! };
}

export async function receiveInTx(
  tx: Tx,
  actor: Actor,
  input: ReceiptInTx,
  at: Date,
  syncWaiting: SyncWaiting,
  locationPath = 'locationId',
): Promise<StockChangeResult> {
  const { part, location, rows, row } = await partAndLocation(tx, actor, input.partId, input.locationId, locationPath);
  const qtyMilli = input.qtyMilli;
  const onHandMilli = rows.reduce((s, r) => s + r.onHandMilli, 0);
  const costFen = movingAverageCost({ onHandMilli, costFen: part.costPriceFen }, { qtyMilli, unitCostFen: input.unitCostFen });
  await repo.changeStock(tx, row.id, qtyMilli, 0, at);
  row.onHandMilli += qtyMilli;
  if (costFen !== part.costPriceFen) await repo.setPartCost(tx, part.id, costFen, at);
  await repo.insertMovement(tx, {
    servicePointId: part.servicePointId,
    partId: part.id,
    locationId: location.id,
    kind: input.kind ?? 'receive',
    qtyMilli,
    unitCostFen: input.unitCostFen,
    actorName: actor.displayName,
    note: input.note,
    at,
  });
  await insertAudit(tx, actor, {
    servicePointId: part.servicePointId,
    action: 'stock.receive',
    entityType: 'part',
    entityId: part.id,
    summary: `${input.source ? `${input.source} ` : ''}${part.partNo} ${part.name} 入库 ${location.code} ×${fromMilli(qtyMilli)},进价 ${input.unitCostFen} 分,成本 ${part.costPriceFen}→${costFen} 分`,
    before: { onHandMilli, costPriceFen: part.costPriceFen },
    after: { onHandMilli: onHandMilli + qtyMilli, costPriceFen: costFen },
  });
  const fulfilled = await fulfilBackorders(tx, actor, part, rows, at);
  // Orders waiting for this part (待料) resume when nothing else is missing.
  await syncWaiting(
    tx,
    actor,
    fulfilled.map((f) => f.workOrderId),
  );
  await notifyAdvisors(tx, part, fulfilled);
  return { stock: (await stockLevels(tx, [{ ...part, costPriceFen: costFen }]))[0], fulfilled };
}

/** Tell the advisor of each served order that its part arrived (and whether the order left 待料). */
async function notifyAdvisors(tx: Tx, part: repo.PartRow, fulfilled: StockChangeResult['fulfilled']) {
  for (const f of fulfilled) {
    const w = await getWorkOrderRow(tx, f.workOrderId);
    if (!w?.advisorEmployeeId) continue;
    const resumed = w.status !== 'waiting_parts';
    await notify(tx, {
      servicePointId: w.servicePointId,
      recipientEmployeeId: w.advisorEmployeeId,
      title: `${w.number} 缺件已到货:${part.partNo} ${part.name} ×${f.qty}${resumed ? ',工单已复工' : ',仍有其他缺件'}`,
      link: `/work-orders/${w.id}`,
    });
  }
}
