import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { fillRate, turnover } from '../../../domain/parts/stock.js';
import { daysBetween, periodRange } from '../../../domain/time/index.js';
import type { PartsStats } from '../../../contracts/parts.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './stock.repo.js';

/** Parts KPIs of a point over local dates [from, to]: fill rate (配件满足率) and stock turnover (库存周转率), from the stock ledger. */
export function createPartsStatsService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async stats(actor: Actor, f: { servicePointId?: string; from: string; to: string }): Promise<PartsStats> {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const { start, end } = periodRange(point.timeZone, f.from, f.to);
      const [picks, issueCostFen, openingValueFen, closingValueFen] = await Promise.all([
        repo.firstPicks(db, point.id, start, end),
        repo.issueCost(db, point.id, start, end),
        repo.ledgerValueBefore(db, point.id, start),
        repo.ledgerValueBefore(db, point.id, end),
      ]);
      const days = daysBetween(f.from, f.to) + 1;
      const fill = fillRate(picks);
      return {
        from: f.from,
        to: f.to,
        days,
        pickedLines: fill.pickedLines,
        filledLines: fill.filledLines,
        fillRate: fill.rate,
        issueCostFen,
        openingValueFen,
        closingValueFen,
        ...turnover({ issueCostFen, openingValueFen, closingValueFen, days }),
      };
    },
  };
}
export type PartsStatsService = ReturnType<typeof createPartsStatsService>;
