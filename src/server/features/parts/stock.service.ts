import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { fromMilli, toMilli } from '../../../domain/parts/stock.js';
import type { LocationCreate, StockAdjustment, StockChangeResult, StockReceipt } from '../../../contracts/parts.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { fulfilBackorders, inStockTx } from './reservations.js';
import { partAndLocation, receiveInTx } from './receiving.js';
import { presentLocation, stockLevels } from './stock.present.js';
import * as repo from './stock.repo.js';

type Q = Db | Tx;
const duplicateCode = (code: string) => new AppError('CONFLICT', `库位编码 ${code} 已存在`, [{ path: 'code', message: '编码已存在' }]);

/** Warehouse locations, stock levels, purchase receipts (moving-average cost) and stock counts of a point. */
export function createStockService(deps: { db: Db; now: () => Date; syncWaiting: (tx: Tx, actor: Actor, workOrderIds: string[]) => Promise<void> }) {
  const { db, now } = deps;

  async function locationInScope(q: Q, actor: Actor, id: string) {
    const row = await repo.findLocation(q, id);
    if (!row) throw notFound('库位');
    await visiblePoint(q, actor, row.servicePointId);
    return row;
  }
  return {
    async listLocations(actor: Actor, servicePointId?: string) {
      const point = await visiblePoint(db, actor, servicePointId);
      return (await repo.listLocations(db, point.id)).map(presentLocation);
    },
    async createLocation(actor: Actor, input: LocationCreate) {
      return inStockTx(db, async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        if (await repo.findLocationByCode(tx, point.id, input.code)) throw duplicateCode(input.code);
        const row = await repo.insertLocation(tx, { servicePointId: point.id, code: input.code, name: input.name });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'warehouse-location.create',
          entityType: 'warehouse_location',
          entityId: row.id,
          summary: row.code,
          after: row,
        });
        return presentLocation(row);
      }).catch(uniqueAsConflict(input.code));
    },
    async updateLocation(actor: Actor, id: string, input: { version: number; code?: string; name?: string }) {
      return inStockTx(db, async (tx) => {
        const before = await locationInScope(tx, actor, id);
        if (input.code && input.code !== before.code && (await repo.findLocationByCode(tx, before.servicePointId, input.code))) throw duplicateCode(input.code);
        const row = await repo.updateLocation(tx, id, input.version, { code: input.code, name: input.name }, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'warehouse-location.update',
          entityType: 'warehouse_location',
          entityId: id,
          summary: row.code,
          before,
          after: row,
        });
        return presentLocation(row);
      }).catch(uniqueAsConflict(input.code ?? ''));
    },
    /** Only an unused location can go: stock rows and the ledger keep referring to it. */
    async deleteLocation(actor: Actor, id: string) {
      await inStockTx(db, async (tx) => {
        const before = await locationInScope(tx, actor, id);
        if (await repo.isLocationUsed(tx, id)) throw new AppError('CONFLICT', `库位 ${before.code} 有库存或出入库记录,不能删除`, [], 'LOCATION_IN_USE');
        await repo.deleteLocation(tx, id);
        await insertAudit(tx, actor, {
          servicePointId: before.servicePointId,
          action: 'warehouse-location.delete',
          entityType: 'warehouse_location',
          entityId: id,
          summary: before.code,
          before,
        });
      });
    },
    async list(actor: Actor, f: { servicePointId?: string; q?: string; page: number; pageSize: number }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const { rows, total } = await repo.listStockParts(db, { pointId: point.id, q: f.q, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: await stockLevels(db, rows), total, page: f.page, pageSize: f.pageSize };
    },
    /** Purchase receipt (采购入库): stock up at a location, the part's cost becomes the moving average, backorders are served. */
    async receive(actor: Actor, input: StockReceipt): Promise<StockChangeResult> {
      return inStockTx(db, (tx) =>
        receiveInTx(
          tx,
          actor,
          { partId: input.partId, locationId: input.locationId, qtyMilli: toMilli(input.qty), unitCostFen: input.unitCostFen, note: input.note },
          now(),
          deps.syncWaiting,
        ),
      );
    },
    /** Stock count correction (盘点调整): the counted quantity replaces the book one; never below what is reserved. */
    async adjust(actor: Actor, input: StockAdjustment): Promise<StockChangeResult> {
      return inStockTx(db, async (tx) => {
        const at = now();
        const { part, location, rows, row } = await partAndLocation(tx, actor, input.partId, input.locationId);
        const counted = toMilli(input.countedQty);
        if (counted < row.reservedMilli) {
          throw new AppError(
            'CONFLICT',
            `盘点数量不能低于已预留的 ${fromMilli(row.reservedMilli)}(请先释放或领用预留)`,
            [{ path: 'countedQty', message: `不能低于已预留 ${fromMilli(row.reservedMilli)}` }],
            'BELOW_RESERVED',
          );
        }
        const delta = counted - row.onHandMilli;
        if (delta !== 0) {
          await repo.changeStock(tx, row.id, delta, 0, at);
          await repo.insertMovement(tx, {
            servicePointId: part.servicePointId,
            partId: part.id,
            locationId: location.id,
            kind: 'adjust',
            qtyMilli: delta,
            unitCostFen: part.costPriceFen,
            actorName: actor.displayName,
            note: input.reason,
            at,
          });
        }
        await insertAudit(tx, actor, {
          servicePointId: part.servicePointId,
          action: 'stock.adjust',
          entityType: 'part',
          entityId: part.id,
          summary: `${part.partNo} ${part.name} 盘点 ${location.code}:${fromMilli(row.onHandMilli)}→${input.countedQty}(${input.reason})`,
          before: { onHandMilli: row.onHandMilli },
          after: { onHandMilli: counted },
        });
        row.onHandMilli = counted;
        const fulfilled = delta > 0 ? await fulfilBackorders(tx, actor, part, rows, at) : [];
        await deps.syncWaiting(
          tx,
          actor,
          fulfilled.map((f) => f.workOrderId),
        );
        return { stock: (await stockLevels(tx, [part]))[0], fulfilled };
      });
    },
  };
}
export type StockService = ReturnType<typeof createStockService>;

/** Two clerks creating the same code at once: the unique index answers, as 409. */
function uniqueAsConflict(code: string) {
  return (e: unknown): never => {
    const c = (e as { code?: string; cause?: { code?: string } })?.code ?? (e as { cause?: { code?: string } })?.cause?.code;
    if (c === '23505') throw duplicateCode(code);
    throw e;
  };
}
