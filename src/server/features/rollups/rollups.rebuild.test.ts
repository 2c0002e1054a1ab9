import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { rollupService } from '../../main.js';
import { personDailyRollups, pointDailyRollups } from '../../db/schema.js';
import { DEMO_HISTORY_PROFILES, seedDemoHistory } from '../templates/index.js';

const h = await createHarness({ network: true });
const rollups = rollupService({ database: h.database, config: h.config, now: h.now });

/** Every rollup row in a stable order, without the computation time. */
async function snapshot() {
  const points = (await h.db.select().from(pointDailyRollups).orderBy(pointDailyRollups.servicePointId, pointDailyRollups.day)).map(
    ({ computedAt: _, ...r }) => r,
  );
  const people = await h.db
    .select()
    .from(personDailyRollups)
    .orderBy(personDailyRollups.servicePointId, personDailyRollups.day, personDailyRollups.employeeId, personDailyRollups.role);
  return { points, people };
}

describe('set-based rebuild', () => {
  it('produces the rows of the per-day recompute on six weeks of every kind of record, in every status', async () => {
    // Six weeks of the demo history (orders in every status and kind, settlements, jobs, clocks, attendance, QC failed
    // and passed, comebacks, appointments and no-shows, follow-ups, complaints in time and late, warranty claims).
    const short = (code: string) => ({ ...DEMO_HISTORY_PROFILES[code], perDay: 5, firstDay: 0, lastDay: 42 });
    const made = await seedDemoHistory(h.db, h.now(), { 'ST-0002': short('ST-0002'), 'ST-0003': short('ST-0003') });
    expect(made['ST-0002']).toBeGreaterThan(100);

    const perDay = await rollups.rebuildDayByDay();
    const reference = await snapshot();
    expect(perDay.days).toBeGreaterThan(80);
    await h.db.delete(pointDailyRollups);
    await h.db.delete(personDailyRollups);
    const setBased = await rollups.rebuild();
    const rebuilt = await snapshot();
    expect(rebuilt).toEqual(reference);
    expect(setBased.points).toBe(perDay.points);

    // The comparison is not vacuous: every family of counters has something in it.
    const sum = (k: keyof (typeof rebuilt.points)[number]) => rebuilt.points.reduce((s, r) => s + Number(r[k]), 0);
    for (const k of [
      'carsIn',
      'carsSettled',
      'revenueLaborFen',
      'revenuePartsFen',
      'soldMinutes',
      'clockedMinutes',
      'attendedMinutes',
      'comebacks',
      'qcFirst',
      'complaintsOpened',
      'complaintsResolved',
      'followUpsDone',
      'followUpsScored',
      'appointmentsBooked',
      'appointmentsArrived',
      'carsInBooked',
      'delivered',
      'deliveredPromised',
      'deliveredSameDay',
      'partsLinesPicked',
    ] as const)
      expect(sum(k), k).toBeGreaterThan(0);
    expect(sum('qcFirstPassed')).toBeLessThan(sum('qcFirst'));
    expect(rebuilt.points.some((r) => (r.extra as Record<string, number>).claimsDecided > 0)).toBe(true);
    expect(rebuilt.people.some((r) => r.role === 'technician' && r.clockedMinutes > 0)).toBe(true);
    expect(rebuilt.people.some((r) => r.role === 'advisor' && r.revenueLaborFen > 0)).toBe(true);

    // Idempotent, and a narrower range replaces only its own days.
    await rollups.rebuild({ from: '2026-11-01', to: '2026-11-10', pointCodes: ['ST-0002'] });
    expect(await snapshot()).toEqual(rebuilt);
  }, 300_000);
});
