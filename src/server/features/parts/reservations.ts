/**
 * Reservation arithmetic on stock rows already locked by the caller (stock.repo lockStock).
 * Reserved stock is a pool per part: Σ stock_items.reserved of a part = Σ work_order_parts.reserved of its open lines;
 * which location holds a reservation is not tracked, so release and issue take from the largest reserved first.
 * Lock order for every writer: work order → parts (by id) → stock rows (by id) → work_order_parts rows.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { allocate, fromMilli, shortOf } from '../../../domain/parts/stock.js';
import type { StockChangeResult } from '../../../contracts/parts.js';
import { AppError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import * as repo from './stock.repo.js';

const available = (r: repo.StockRow) => r.onHandMilli - r.reservedMilli;

/** Reserve up to `wantMilli` from the free stock of `rows` (one part); returns what was reserved. */
export async function reserveFrom(tx: Tx, rows: repo.StockRow[], wantMilli: number, at: Date): Promise<number> {
  const plan = allocate(
    wantMilli,
    rows.map((r) => ({ id: r.id, availableMilli: available(r) })),
  );
  for (const t of plan.takes) {
    await repo.changeStock(tx, t.id, 0, t.qtyMilli, at);
    rows.find((r) => r.id === t.id)!.reservedMilli += t.qtyMilli;
  }
  return plan.takenMilli;
}

/** Give back `qtyMilli` of reservations of one part. */
export async function releaseFrom(tx: Tx, rows: repo.StockRow[], qtyMilli: number, at: Date): Promise<void> {
  const plan = allocate(
    qtyMilli,
    rows.map((r) => ({ id: r.id, availableMilli: r.reservedMilli })),
  );
  for (const t of plan.takes) {
    await repo.changeStock(tx, t.id, 0, -t.qtyMilli, at);
    rows.find((r) => r.id === t.id)!.reservedMilli -= t.qtyMilli;
  }
}

/** Take reserved stock out of the warehouse (on hand and reserved both go down); the per-location quantities issued. */
export async function issueFrom(tx: Tx, rows: repo.StockRow[], qtyMilli: number, at: Date) {
  const plan = allocate(
    qtyMilli,
    rows.map((r) => ({ id: r.id, availableMilli: r.reservedMilli })),
  );
  if (plan.shortMilli > 0) throw insufficient();
  for (const t of plan.takes) {
    await repo.changeStock(tx, t.id, -t.qtyMilli, -t.qtyMilli, at);
    const r = rows.find((x) => x.id === t.id)!;
    r.reservedMilli -= t.qtyMilli;
    r.onHandMilli -= t.qtyMilli;
  }
  return plan.takes.map((t) => ({ locationId: rows.find((r) => r.id === t.id)!.locationId, qtyMilli: t.qtyMilli }));
}

/** After stock came in: reserve it for the part's short lines, the oldest confirmed work order first. */
export async function fulfilBackorders(tx: Tx, actor: Actor, part: repo.PartRow, rows: repo.StockRow[], at: Date): Promise<StockChangeResult['fulfilled']> {
  if (!rows.some((r) => available(r) > 0)) return [];
  const filled: StockChangeResult['fulfilled'] = [];
  for (const { wop, number } of await repo.shortLinesOfPart(tx, part.id)) {
    const got = await reserveFrom(tx, rows, shortOf(wop), at);
    if (got === 0) break;
    const reservedMilli = wop.reservedMilli + got;
    await repo.updateWop(tx, wop.workOrderLineId, { reservedMilli, status: shortOf({ ...wop, reservedMilli }) > 0 ? 'short' : 'reserved' });
    filled.push({ workOrderId: wop.workOrderId, workOrderNumber: number, workOrderLineId: wop.workOrderLineId, qty: fromMilli(got) });
  }
  if (filled.length) {
    await insertAudit(tx, actor, {
      servicePointId: part.servicePointId,
      action: 'parts.backorder-fill',
      entityType: 'part',
      entityId: part.id,
      summary: `${part.partNo} 到货补预留:${filled.map((f) => `${f.workOrderNumber} ×${f.qty}`).join('、')}`,
      after: filled,
    });
  }
  return filled;
}

export const insufficient = (fields: { path: string; message: string }[] = []) => new AppError('CONFLICT', '库存不足', fields, 'INSUFFICIENT_STOCK');

/** The database's last line of defence, in the client's words: a CHECK violation is 409 库存不足, a deadlock 409 retry. */
export function mapStockError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const err = e as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const code = err?.code ?? err?.cause?.code;
  const constraint = err?.constraint ?? err?.cause?.constraint ?? 'stock_items';
  if (code === '23514' && constraint.startsWith('stock_items')) return insufficient();
  if (code === '40P01' || code === '40001') return new AppError('CONFLICT', '库存正被他人同时修改,请重试', [], 'CONCURRENT_UPDATE');
  return e;
}

/** A stock transaction whose database refusals come back as AppErrors. */
export async function inStockTx<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(fn);
  } catch (e) {
    throw mapStockError(e);
  }
}
