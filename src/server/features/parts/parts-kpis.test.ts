/** Parts turnover and dead stock in the KPI pack: the parts contributor's daily counters on a real database, read back by the pack. */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { rollupService } from '../../main.js';
import { partsRollupContributor } from './rollup-contributor.js';
import { rollupRange } from '../rollups/rollups.range.js';
import { dayRange } from '../../../domain/time/index.js';
import { pointDailyRollups, stockItems, stockMovements } from '../../db/schema.js';
import type { KpiView } from '../../../contracts/kpi.js';

const h = await createHarness();
const f = createFactories(h);
const rollups = rollupService({ database: h.database, config: h.config, now: h.now });
const station = h.installed.orgPointId;
const fig = (v: KpiView, key: string) => v.kpis.find((k) => k.key === key)!;
const extraOf = async (day: string) =>
  (
    await h.db
      .select()
      .from(pointDailyRollups)
      .where(and(eq(pointDailyRollups.servicePointId, station), eq(pointDailyRollups.day, day)))
  )[0]?.extra ?? null;

describe('parts turnover and dead stock from the rollups', () => {
  it('daily issue cost and end-of-day stock and dead-stock values as day-sums; the month’s turnover, days of stock and dead stock', async () => {
    // Part A: 10 × 1.00 元 received on 1 January (local), never moved again. Part B: 20 × 5.00 元 on 1 October, 5 issued on the 10th.
    // (Received now, then dated back in the ledger: the sessions of the harness do not exist in January.)
    h.setNow('2026-11-22T02:00:00Z');
    const a = await f.part({ costPriceFen: 100, stock: { qty: 10 } });
    const b = await f.part({ costPriceFen: 500, stock: { qty: 20 } });
    await h.db
      .update(stockMovements)
      .set({ at: new Date('2026-01-01T02:00:00Z') })
      .where(eq(stockMovements.partId, a.id));
    await h.db
      .update(stockMovements)
      .set({ at: new Date('2026-10-01T02:00:00Z') })
      .where(eq(stockMovements.partId, b.id));
    const [item] = await h.db.select().from(stockItems).where(eq(stockItems.partId, b.id));
    await h.db.insert(stockMovements).values({
      servicePointId: station,
      partId: b.id,
      locationId: item.locationId,
      kind: 'issue',
      qtyMilli: -5000,
      unitCostFen: 500,
      actorName: '仓管',
      at: new Date('2026-10-10T03:00:00Z'),
    });
    await rollups.rebuild({ from: '2026-07-28', to: '2026-11-21' });

    // Quiet days keep their snapshot; A turns dead 210 days after its last movement (end of 30 July local).
    expect(await extraOf('2026-07-29')).toEqual({ partsStockValueDayFen: 1000 });
    expect(await extraOf('2026-07-30')).toEqual({ partsStockValueDayFen: 1000, partsDeadValueDayFen: 1000 });
    expect(await extraOf('2026-10-10')).toEqual({ partsIssueCostFen: 2500, partsStockValueDayFen: 8500, partsDeadValueDayFen: 1000 });
    expect(await extraOf('2026-10-20')).toEqual({ partsStockValueDayFen: 8500, partsDeadValueDayFen: 1000 });

    // The set-based variant gives every day exactly what the per-day query gives it.
    const tz = 'Asia/Shanghai';
    const range = rollupRange(station, tz, '2026-07-28', '2026-11-21');
    await h.db.transaction(async (tx) => {
      const all = await partsRollupContributor.range!(tx, range);
      for (const day of range.days) expect(all.get(day) ?? {}, day).toEqual(await partsRollupContributor(tx, { pointId: station, day, ...dayRange(tz, day) }));
    });

    const admin = await h.login('admin');
    const oct = ok(await admin.get<KpiView>('/api/kpi?period=month&date=2026-10-05'), 'october');
    const stockDaySum = 1000 * 31 + 10_000 * 9 + 7500 * 22;
    expect(fig(oct, 'partsTurnover').value).toBeCloseTo((365 * 2500) / stockDaySum, 10);
    expect(fig(oct, 'partsStockDays').value).toBeCloseTo(stockDaySum / 2500, 10);
    expect(fig(oct, 'deadStockValue')).toMatchObject({ value: 1000, previous: 1000, unit: 'fen', higherIsBetter: false });
    expect(fig(oct, 'deadStockShare').value).toBeCloseTo(31_000 / stockDaySum, 10);
    // September: stock held, nothing issued, all of it dead.
    expect(fig(oct, 'partsTurnover').previous).toBe(0);
    expect(fig(oct, 'deadStockShare').previous).toBe(1);
    expect(fig(oct, 'deadStockValue').formulaZh).toContain('210 天');
    // The trend's day buckets divide by one day each.
    expect(oct.trend.find((t) => t.label === '2026-10-10')?.values.deadStockValue).toBe(1000);
    // The current month up to today (the 22nd; rows through the 21st): the average is over the days begun.
    const nov = ok(await admin.get<KpiView>('/api/kpi?period=month&date=2026-11-05'), 'november');
    expect(fig(nov, 'deadStockValue').value).toBeCloseTo((1000 * 21) / 22, 10);
  }, 120_000);
});
