/** Vendors, the planner's figures per part and the purchase suggestion (采购建议). */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { dailyDemand, effectiveLevels, reorderLevels, suggestedQty } from '../../../domain/parts/reorder.js';
import { fromMilli, toMilli, valueFen } from '../../../domain/parts/stock.js';
import type { PartPlanningUpdate, Suggestion, SuggestionLine, Vendor, VendorCreate } from '../../../contracts/purchasing.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './purchasing.repo.js';
import { suggestionRows } from './suggestion.repo.js';
import { ensureDemandStats } from './demand-stats.js';
import { localDate } from '../../../domain/time/index.js';
import { partsByIds } from './parts-read.js';

export const presentVendor = (v: repo.VendorRow): Vendor => ({
  id: v.id,
  servicePointId: v.servicePointId,
  code: v.code,
  name: v.name,
  kind: v.kind as Vendor['kind'],
  leadTimeDays: v.leadTimeDays,
  contact: v.contact,
  phone: v.phone,
  isActive: v.isActive,
  version: v.version,
});

export function createPlanningService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async listVendors(actor: Actor, servicePointId?: string) {
      const point = await visiblePoint(db, actor, servicePointId);
      return (await repo.listVendors(db, point.id)).map(presentVendor);
    },
    async createVendor(actor: Actor, input: VendorCreate) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, input.servicePointId);
        if (await repo.findVendorByCode(tx, point.id, input.code))
          throw new AppError('CONFLICT', `供应商编码 ${input.code} 已存在`, [{ path: 'code', message: '编码已存在' }]);
        const { servicePointId: _, ...rest } = input;
        const row = await repo.insertVendor(tx, { ...rest, servicePointId: point.id });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'vendor.create',
          entityType: 'vendor',
          entityId: row.id,
          summary: `${row.code} ${row.name}`,
          after: row,
        });
        return presentVendor(row);
      });
    },
    /** The planner's vendor, pack size and overrides of a part (null = back to the computed level). */
    async setPlanning(actor: Actor, partId: string, input: PartPlanningUpdate) {
      return db.transaction(async (tx) => {
        const [part] = await partsByIds(tx, [partId]);
        if (!part) throw notFound('配件');
        await visiblePoint(tx, actor, part.servicePointId);
        if (input.vendorId) {
          const v = await repo.findVendor(tx, input.vendorId);
          if (!v || v.servicePointId !== part.servicePointId) throw invalid([{ path: 'vendorId', message: '供应商不存在或不属于该网点' }]);
        }
        const before = await repo.findPlanning(tx, partId);
        const milli = (x: number | null | undefined) => (x === undefined ? undefined : x === null ? null : toMilli(x));
        const row = await repo.upsertPlanning(
          tx,
          {
            partId,
            servicePointId: part.servicePointId,
            vendorId: input.vendorId === undefined ? (before?.vendorId ?? null) : input.vendorId,
            packMilli: input.pack === undefined ? (before?.packMilli ?? 1000) : toMilli(input.pack),
            reorderPointMilli: milli(input.reorderPoint) === undefined ? (before?.reorderPointMilli ?? null) : milli(input.reorderPoint)!,
            safetyStockMilli: milli(input.safetyStock) === undefined ? (before?.safetyStockMilli ?? null) : milli(input.safetyStock)!,
          },
          now(),
        );
        await insertAudit(tx, actor, {
          servicePointId: part.servicePointId,
          action: 'part-planning.update',
          entityType: 'part',
          entityId: partId,
          summary: `${part.partNo} ${part.name} 采购参数`,
          before: before ?? null,
          after: row,
        });
        return {
          partId,
          vendorId: row.vendorId,
          pack: fromMilli(row.packMilli),
          reorderPoint: row.reorderPointMilli === null ? null : fromMilli(row.reorderPointMilli),
          safetyStock: row.safetyStockMilli === null ? null : fromMilli(row.safetyStockMilli),
          version: row.version,
        };
      });
    },
    /**
     * The purchase suggestion: for every part with demand, backorders or a planner's reorder point, the levels from
     * the demand history (or the override) and the quantity to order. One query for the figures, the rules in the domain.
     */
    async suggestion(actor: Actor, f: { servicePointId?: string; vendorId?: string }): Promise<Suggestion> {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const at = now();
      const s = await repo.settingsOf(db, point.id);
      await ensureDemandStats(db, { pointId: point.id, timeZone: point.timeZone, today: localDate(point.timeZone, at), historyDays: s.historyDays }, at);
      const rows = await suggestionRows(db, {
        pointId: point.id,
        vendorId: f.vendorId,
      });
      const items: SuggestionLine[] = [];
      for (const r of rows) {
        const demand = dailyDemand({ totalMilli: r.totalMilli, sumSquaresMilli2: r.sumSquaresMilli2, days: s.historyDays });
        const leadTimeDays = r.leadTimeDays ?? s.defaultLeadTimeDays;
        const levels = effectiveLevels(reorderLevels({ ...demand, leadTimeDays, safetyFactor: s.safetyFactor }), r);
        const q = suggestedQty({
          ...r,
          reorderPointMilli: levels.reorderPointMilli,
          cycleDemandMilli: Math.ceil(demand.meanMilli * s.reviewDays),
          packMilli: r.packMilli,
        });
        if (q.reason === 'none') continue;
        items.push({
          partId: r.partId,
          partNo: r.partNo,
          name: r.name,
          unit: r.unit,
          vendorId: r.vendorId,
          vendorName: r.vendorName ?? '',
          leadTimeDays,
          meanDailyDemand: Math.round(demand.meanMilli) / 1000,
          safetyStock: fromMilli(levels.safetyStockMilli),
          reorderPoint: fromMilli(levels.reorderPointMilli),
          overridden: levels.overridden,
          onHand: fromMilli(r.onHandMilli),
          reserved: fromMilli(r.reservedMilli),
          backordered: fromMilli(r.backorderedMilli),
          onOrder: fromMilli(r.onOrderMilli),
          position: fromMilli(q.positionMilli),
          qty: fromMilli(q.qtyMilli),
          reason: q.reason,
          unitCostFen: r.costPriceFen,
          valueFen: valueFen(q.qtyMilli, r.costPriceFen),
        });
      }
      return { items, partsConsidered: rows.length, historyDays: s.historyDays, safetyFactor: s.safetyFactor, generatedAt: at.toISOString() };
    },
  };
}
export type PlanningService = ReturnType<typeof createPlanningService>;
