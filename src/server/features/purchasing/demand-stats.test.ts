import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import { partDemandStats, stockMovements } from '../../db/schema.js';
import { dailyDemand, reorderLevels } from '../../../domain/parts/reorder.js';
import { addDays, localDate } from '../../../domain/time/index.js';
import { ensureDemandStats, windowOf } from './demand-stats.js';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
let h: Harness;
let f: Factories;
let loc: { id: string };
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  loc = await f.location({ code: 'DS-01' });
});

/** A fixed pseudo-random sequence (no clock, no Math.random). */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** The pure rule: net issues per local day of the window, never below 0; their sum and sum of squares. */
function expected(moves: { qtyMilli: number; at: Date }[], fromDay: string, today: string) {
  const byDay = new Map<string, number>();
  for (const m of moves) {
    const day = localDate(TZ, m.at);
    if (day >= fromDay && day < today) byDay.set(day, (byDay.get(day) ?? 0) + m.qtyMilli);
  }
  const ds = [...byDay.values()].map((v) => Math.max(0, -v));
  return { totalMilli: ds.reduce((a, d) => a + d, 0), sumSquaresMilli2: ds.reduce((a, d) => a + d * d, 0) };
}

describe('demand statistics in SQL', () => {
  it('equal the pure rule per part (window edges, returns, several moves a day, today excluded) and follow new history', async () => {
    const now = h.now();
    const today = localDate(TZ, now);
    const w = { pointId: h.installed.orgPointId, timeZone: TZ, today, historyDays: 60 };
    const { fromDay, from, to } = windowOf(w);
    expect(fromDay).toBe(addDays(today, -60));
    const rnd = lcg(7);
    const parts = await Promise.all([1, 2, 3, 4].map((i) => f.part({ partNo: `DS-${i}`, costPriceFen: 100 })));
    const moves = new Map<string, { qtyMilli: number; at: Date; kind: string }[]>();
    for (const [i, p] of parts.entries()) {
      const list: { qtyMilli: number; at: Date; kind: string }[] = [];
      // Across the window and beyond both ends: 70 days back to 1 day ahead, hours spread over the local day.
      for (let k = 0; k < 40 + i * 15; k++) {
        const at = new Date(from.getTime() + (rnd() * 72 - 6) * 24 * HOUR);
        const isReturn = rnd() < 0.2;
        list.push({ kind: isReturn ? 'return' : 'issue', qtyMilli: (isReturn ? 1 : -1) * Math.ceil(rnd() * 4) * 500, at });
      }
      // The edges: the first instant of the window, the last instant before today, the first instant of today.
      list.push({ kind: 'issue', qtyMilli: -3000, at: from }, { kind: 'issue', qtyMilli: -2000, at: new Date(to.getTime() - 1) });
      list.push({ kind: 'issue', qtyMilli: -9000, at: to }, { kind: 'issue', qtyMilli: -9000, at: new Date(from.getTime() - 1) });
      // A receipt is not demand.
      list.push({ kind: 'receipt', qtyMilli: 50_000, at: new Date(from.getTime() + 5 * 24 * HOUR) });
      moves.set(p.id, list);
    }
    const insert = (partId: string, list: { qtyMilli: number; at: Date; kind: string }[]) =>
      h.db.insert(stockMovements).values(
        list.map((m) => ({
          servicePointId: w.pointId,
          partId,
          locationId: loc.id,
          kind: m.kind,
          qtyMilli: m.qtyMilli,
          unitCostFen: 100,
          actorName: 't',
          at: m.at,
        })),
      );
    for (const [partId, list] of moves) await insert(partId, list);

    const check = async () => {
      await ensureDemandStats(h.db, w, now);
      for (const p of parts) {
        const list = moves.get(p.id)!.filter((m) => m.kind === 'issue' || m.kind === 'return');
        const want = expected(list, fromDay, today);
        const [row] = await h.db.select().from(partDemandStats).where(eq(partDemandStats.partId, p.id));
        expect(row ? { totalMilli: row.totalMilli, sumSquaresMilli2: row.sumSquaresMilli2 } : { totalMilli: 0, sumSquaresMilli2: 0 }).toEqual(want);
        // And so the levels the suggestion derives from them are the pure rule's.
        const days = w.historyDays;
        const viaSql = reorderLevels({ ...dailyDemand({ ...(row ?? { totalMilli: 0, sumSquaresMilli2: 0 }), days }), leadTimeDays: 7, safetyFactor: 1.65 });
        expect(viaSql).toEqual(reorderLevels({ ...dailyDemand({ ...want, days }), leadTimeDays: 7, safetyFactor: 1.65 }));
      }
    };
    await check();
    // New history inside the window (a late booking) is picked up; a movement of today is not in the window.
    const extra = [
      { kind: 'issue', qtyMilli: -7000, at: new Date(from.getTime() + 10 * 24 * HOUR) },
      { kind: 'issue', qtyMilli: -1000, at: new Date(to.getTime() + HOUR) },
    ];
    moves.get(parts[0].id)!.push(...extra);
    await insert(parts[0].id, extra);
    await check();
    // The next day the window moves by one day.
    const tomorrow = { ...w, today: addDays(today, 1) };
    await ensureDemandStats(h.db, tomorrow, now);
    const [row] = await h.db.select().from(partDemandStats).where(eq(partDemandStats.partId, parts[1].id));
    const want = expected(
      moves.get(parts[1].id)!.filter((m) => m.kind !== 'receipt'),
      addDays(today, -59),
      addDays(today, 1),
    );
    expect(row?.totalMilli ?? 0).toBe(want.totalMilli);
  });
});
