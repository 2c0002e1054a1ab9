/**
 * Stock moves other features make inside their own transaction (ADR 020): a transfer leaving the supplier's shelves
 * (调拨出库, free stock only) and a stocktaking adjustment by a delta (盘点过账, reconciled against today's stock).
 * Same locks as every stock writer (parts, then stock rows by id); the CHECK constraints stay the last word.
 */
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { allocate, fromMilli } from '../../../domain/parts/stock.js';
import { bookingResult } from '../../../domain/parts/stocktaking.js';
import type { StockChangeResult } from '../../../contracts/parts.js';
import { notFound, ruleBroken } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { fulfilBackorders } from './reservations.js';
import { partAndLocation, type SyncWaiting } from './receiving.js';
import * as repo from './stock.repo.js';

export interface ShipOutInTx {
  partId: string;
  qtyMilli: number;
  note: string;
  source: string;
}
export interface ShipOutResult {
  unitCostFen: number;
  takes: { locationId: string; qtyMilli: number }[];
}

/** Take free stock (on hand − reserved) of a part off its shelves, largest first; short → a field error on `path`. */
export async function shipOutInTx(tx: Tx, actor: Actor, input: ShipOutInTx, at: Date, path = 'qty'): Promise<ShipOutResult> {
  const part = await repo.findPart(tx, input.partId, true);
  if (!part) throw notFound('配件');
  await visiblePoint(tx, actor, part.servicePointId);
  const rows = await repo.lockStock(tx, [part.id]);
  const plan = allocate(
    input.qtyMilli,
    rows.map((r) => ({ id: r.id, availableMilli: r.onHandMilli - r.reservedMilli })),
  );
  if (plan.shortMilli > 0) {
    const free = fromMilli(plan.takenMilli);
    throw ruleBroken(
      `${part.partNo} ${part.name} 可用库存 ${free},不足调拨 ${fromMilli(input.qtyMilli)}`,
      [{ path, message: `可用库存不足(可用 ${free})` }],
      'INSUFFICIENT_STOCK',
    );
  }
  const takes: ShipOutResult['takes'] = [];
  for (const t of plan.takes) {
    const row = rows.find((r) => r.id === t.id)!;
    await repo.changeStock(tx, row.id, -t.qtyMilli, 0, at);
    await repo.insertMovement(tx, {
      servicePointId: part.servicePointId,
      partId: part.id,
      locationId: row.locationId,
      kind: 'transfer_out',
      qtyMilli: -t.qtyMilli,
      unitCostFen: part.costPriceFen,
      actorName: actor.displayName,
      note: input.note,
      at,
    });
    takes.push({ locationId: row.locationId, qtyMilli: t.qtyMilli });
  }
  await insertAudit(tx, actor, {
    servicePointId: part.servicePointId,
    action: 'stock.transfer-out',
    entityType: 'part',
    entityId: part.id,
    summary: `${input.source} ${part.partNo} ${part.name} 调拨出库 ×${fromMilli(input.qtyMilli)},成本 ${part.costPriceFen} 分`,
    after: { takes },
  });
  return { unitCostFen: part.costPriceFen, takes };
}

export interface AdjustByInTx {
  partId: string;
  locationId: string;
  deltaMilli: number;
  note: string;
  source: string;
}

/** Apply a counted variance to today's stock at a location; never negative, never below what is reserved. */
export async function adjustByInTx(tx: Tx, actor: Actor, input: AdjustByInTx, at: Date, syncWaiting: SyncWaiting, path = 'counted') {
  const { part, location, rows, row } = await partAndLocation(tx, actor, input.partId, input.locationId);
  const res = bookingResult(input.deltaMilli, row);
  if (!res.ok) {
    const why =
      res.reason === 'NEGATIVE'
        ? `账面现存 ${fromMilli(row.onHandMilli)},过账后将为负数(盘点后已有出库)`
        : `过账后 ${fromMilli(res.onHandMilli)} 低于已预留 ${fromMilli(row.reservedMilli)}`;
    throw ruleBroken(
      `${part.partNo} ${part.name} @ ${location.code}:${why}`,
      [{ path, message: why }],
      res.reason === 'NEGATIVE' ? 'NEGATIVE_STOCK' : 'BELOW_RESERVED',
    );
  }
  if (input.deltaMilli === 0) return [] as StockChangeResult['fulfilled'];
  await repo.changeStock(tx, row.id, input.deltaMilli, 0, at);
  row.onHandMilli += input.deltaMilli;
  await repo.insertMovement(tx, {
    servicePointId: part.servicePointId,
    partId: part.id,
    locationId: location.id,
    kind: 'adjust',
    qtyMilli: input.deltaMilli,
    unitCostFen: part.costPriceFen,
    actorName: actor.displayName,
    note: input.note,
    at,
  });
  await insertAudit(tx, actor, {
    servicePointId: part.servicePointId,
    action: 'stock.adjust',
    entityType: 'part',
    entityId: part.id,
    summary: `${input.source} ${part.partNo} ${part.name} ${location.code} ${input.deltaMilli > 0 ? '盘盈' : '盘亏'} ${fromMilli(Math.abs(input.deltaMilli))}`,
    before: { onHandMilli: row.onHandMilli - input.deltaMilli },
    after: { onHandMilli: row.onHandMilli },
  });
  const fulfilled = input.deltaMilli > 0 ? await fulfilBackorders(tx, actor, part, rows, at) : [];
  await syncWaiting(
    tx,
    actor,
    fulfilled.map((f) => f.workOrderId),
  );
  return fulfilled;
}
