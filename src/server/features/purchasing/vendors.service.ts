/** Vendor master data edits and the planner's table of parts: computed reorder levels beside the overrides. */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { dailyDemand, reorderLevels } from '../../../domain/parts/reorder.js';
import { fromMilli } from '../../../domain/parts/stock.js';
import type { PartPlanningRow, VendorUpdate } from '../../../contracts/purchasing.js';
import { notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { presentVendor } from './planning.service.js';
import * as repo from './purchasing.repo.js';
import { suggestionRows } from './suggestion.repo.js';
import { ensureDemandStats } from './demand-stats.js';
import { localDate } from '../../../domain/time/index.js';

/** Rows of the planner's table per request (search narrows it). */
const PAGE = 100;

export function createVendorsService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async updateVendor(actor: Actor, id: string, input: VendorUpdate) {
      return db.transaction(async (tx) => {
        const v = await repo.findVendor(tx, id);
        if (!v) throw notFound('供应商');
        await visiblePoint(tx, actor, v.servicePointId);
        if (v.version !== input.version) throw staleVersion();
        const { version, ...patch } = input;
        const row = await repo.updateVendor(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: v.servicePointId,
          action: 'vendor.update',
          entityType: 'vendor',
          entityId: id,
          summary: `${v.code} ${row.name}`,
          before: v,
          after: row,
        });
        return presentVendor(row);
      });
    },
    /** Parts of the point (searched by number or name, of one vendor) with the levels as computed and as overridden. */
    async planningTable(actor: Actor, f: { servicePointId?: string; q?: string; vendorId?: string }): Promise<PartPlanningRow[]> {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const ids = await repo.searchPartIds(db, { pointId: point.id, text: f.q || undefined, vendorId: f.vendorId, limit: PAGE });
      if (!ids.length) return [];
      const at = now();
      const s = await repo.settingsOf(db, point.id);
      await ensureDemandStats(db, { pointId: point.id, timeZone: point.timeZone, today: localDate(point.timeZone, at), historyDays: s.historyDays }, at);
      const rows = await suggestionRows(db, {
        pointId: point.id,
        partIds: ids,
      });
      return rows.map((r) => {
        const demand = dailyDemand({ totalMilli: r.totalMilli, sumSquaresMilli2: r.sumSquaresMilli2, days: s.historyDays });
        const leadTimeDays = r.leadTimeDays ?? s.defaultLeadTimeDays;
        const computed = reorderLevels({ ...demand, leadTimeDays, safetyFactor: s.safetyFactor });
        return {
          partId: r.partId,
          partNo: r.partNo,
          name: r.name,
          unit: r.unit,
          vendorId: r.vendorId,
          vendorName: r.vendorName ?? '',
          pack: fromMilli(r.packMilli),
          leadTimeDays,
          meanDailyDemand: Math.round(demand.meanMilli) / 1000,
          computedReorderPoint: fromMilli(computed.reorderPointMilli),
          computedSafetyStock: fromMilli(computed.safetyStockMilli),
          reorderPoint: r.reorderPointMilli === null ? null : fromMilli(r.reorderPointMilli),
          safetyStock: r.safetyStockMilli === null ? null : fromMilli(r.safetyStockMilli),
          onHand: fromMilli(r.onHandMilli),
        };
      });
    },
  };
}
export type VendorsService = ReturnType<typeof createVendorsService>;
