/** The parts dashboard (配件看板): the station's parts KPIs from the ledger, with the pure formulas of domain/parts/kpi. */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { abcClasses, abcSummary, daysOfStock, deadStock, fillRate, leadTimesByVendor, turnover } from '../../../domain/parts/kpi.js';
import { fromMilli, valueFen } from '../../../domain/parts/stock.js';
import type { PartsKpis } from '../../../contracts/purchasing.js';
import { visiblePoint } from '../service-points/index.js';
import * as kpiRepo from './kpi.repo.js';
import * as repo from './purchasing.repo.js';

const DAY_MS = 86_400_000;

export function createPartsKpiService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async kpis(actor: Actor, f: { servicePointId?: string; days: number; deadMonths: number }): Promise<PartsKpis> {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const to = now();
      const from = new Date(to.getTime() - f.days * DAY_MS);
      const [figures, opening, closing, picks, orders, vendors] = await Promise.all([
        kpiRepo.partFigures(db, point.id, from, to),
        kpiRepo.ledgerValueBefore(db, point.id, from),
        kpiRepo.ledgerValueBefore(db, point.id, to),
        kpiRepo.picksInPeriod(db, point.id, from, to),
        repo.orderLeadTimes(db, point.id),
        repo.listVendors(db, point.id),
      ]);
      const items = figures.map((r) => ({ ...r, valueFen: valueFen(r.onHandMilli, r.costPriceFen) }));
      const stockValueFen = items.reduce((s, i) => s + i.valueFen, 0);
      const issueCostFen = items.reduce((s, i) => s + Math.max(0, i.usageFen), 0);
      const t = turnover({ issueCostFen, openingValueFen: opening, closingValueFen: closing, days: f.days });
      const dead = deadStock(items, to, f.deadMonths);
      const usage = new Map(items.map((i) => [i.partId, i.usageFen]));
      const classes = abcClasses(items.map((i) => ({ id: i.partId, usageFen: i.usageFen })));
      const vendorName = new Map(vendors.map((v) => [v.id, v.name]));
      return {
        from: from.toISOString(),
        to: to.toISOString(),
        days: f.days,
        fillRate: fillRate(picks),
        stockValueFen,
        issueCostFen,
        turnover: t.turnover,
        annualizedTurnover: t.annualizedTurnover,
        daysOfStock: daysOfStock({ stockValueFen, issueCostFen, days: f.days }),
        deadStock: {
          months: f.deadMonths,
          cutoff: dead.cutoff.toISOString(),
          parts: dead.items.length,
          valueFen: dead.deadFen,
          share: dead.share,
          top: [...dead.items]
            .sort((a, b) => b.valueFen - a.valueFen)
            .slice(0, 20)
            .map((i) => ({
              partId: i.partId,
              partNo: i.partNo,
              name: i.name,
              onHand: fromMilli(i.onHandMilli),
              valueFen: i.valueFen,
              lastMovementAt: i.lastMovementAt?.toISOString() ?? null,
            })),
        },
        abc: abcSummary(classes, usage),
        leadTimes: leadTimesByVendor(orders).map((l) => ({ ...l, vendorName: vendorName.get(l.vendorId) ?? '' })),
      };
    },
  };
}
export type PartsKpiService = ReturnType<typeof createPartsKpiService>;
