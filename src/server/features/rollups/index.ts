/**
 * Rollups (日汇总, issue 14 point 2): daily counters per point and per person, maintained by an exactly-once job per
 * point and day plus dirty marks set in the events' transactions, and rebuilt by `aftersales rollups rebuild`.
 * The KPI pack (features/kpi) reads only these rows.
 */
import type { WorkOrderHook } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { findPoint } from '../service-points/index.js';
import type { Db } from '../../db/client.js';
import { enqueue } from '../../jobs/queue.js';
import { createRollupService, markRollupDirtyAt, ROLLUP_DAY_QUEUE, ROLLUP_TICK_QUEUE, type RollupContributor } from './rollups.service.js';

export { markRollupDirty, markRollupDirtyAt, ROLLUP_DAY_QUEUE, ROLLUP_TICK_QUEUE, type RollupContributor, type RollupService } from './rollups.service.js';
export type { RollupRange } from './rollups.range.js';
export { personRows, pointRows, type PersonRollupRow, type PointRollupRow } from './rollups.repo.js';
export { rebuildMonths } from './monthly.js';

/** Queue the first tick at start (the worker runs it; the server does not wait for the rollups before it answers). */
export async function scheduleRollupTick(db: Db, at: Date) {
  await enqueue(db, { queue: ROLLUP_TICK_QUEUE, runAt: at, dedupeKey: `${ROLLUP_TICK_QUEUE}:start:${at.toISOString()}` });
}

/**
 * The work-order hook: every status action marks today and the day the car came in for recomputation. The mark of
 * today is one row every writer of the point updates: it is left as a late step (written after the action's audit
 * entry), so that the row lock is held only until the commit, and both days go in one statement.
 */
export const rollupsHook =
  (ctx: ModuleContext): WorkOrderHook =>
  async (tx, order, _event, _actor, facts) => {
    const at = ctx.now();
    return async () => {
      const point = facts?.point ?? (await findPoint(tx, order.servicePointId));
      if (point) await markRollupDirtyAt(tx, point, [at, order.receivedAt]);
    };
  };

export function rollupsModule(
  ctx: ModuleContext,
  deps: { contributors?: () => RollupContributor[] } = {},
): FeatureModule & { api: ReturnType<typeof createRollupService> } {
  const service = createRollupService({ db: ctx.db, now: ctx.now, contributors: deps.contributors });
  return {
    routers: [],
    api: service,
    jobs: {
      [ROLLUP_TICK_QUEUE]: () => service.tick(),
      [ROLLUP_DAY_QUEUE]: async (job) => {
        const { pointId, day } = job.payload as { pointId: string; day: string };
        const point = await findPoint(ctx.db, pointId);
        if (point) await service.recompute(point, day);
      },
    },
  };
}
