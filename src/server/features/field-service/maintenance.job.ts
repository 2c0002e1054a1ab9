/**
 * The daily preventive-maintenance job: for every unit in warranty whose product (or contract) has an interval,
 * a maintenance visit is generated `DEFAULT_AHEAD_DAYS` before it is due, once (the unit's row is locked and an open
 * maintenance visit of the unit means nothing new). It queues its own next run (one per day, dedupe key).
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { fieldUnits } from '../../db/schema.js';
import { DEFAULT_AHEAD_DAYS, maintenanceToGenerate, nextMaintenanceDue } from '../../../domain/field/maintenance.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import { enqueue } from '../../jobs/queue.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './field.repo.js';
import { createVisitInTx } from './requests.service.js';

export const MAINTENANCE_QUEUE = 'field-maintenance';
const DAY_MS = 86_400_000;

/** Queue the next daily run (idempotent per day); the server calls it at start, each run for the next day. */
export async function scheduleFieldMaintenanceJob(db: Db, at: Date) {
  const runAt = new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS + DAY_MS);
  await enqueue(db, { queue: MAINTENANCE_QUEUE, runAt, dedupeKey: `${MAINTENANCE_QUEUE}:${runAt.toISOString()}` });
}

/** Generate the due maintenance visits now; returns how many were created. */
export async function generateMaintenance(db: Db, at: Date) {
  let created = 0;
  const units = await db.select({ id: fieldUnits.id }).from(fieldUnits).where(sql`${fieldUnits.warrantyEnd} is not null`);
  for (const { id } of units) {
    await db.transaction(async (tx) => {
      const [unit] = await tx.select().from(fieldUnits).where(eq(fieldUnits.id, id)).for('update');
      const product = (await repo.findProduct(tx, unit.productId))!;
      const visits = (await repo.visitsOf(tx, { unitId: unit.id })).filter((v) => v.kind === 'maintenance');
      if (visits.some((v) => ['open', 'assigned', 'checked_in'].includes(v.status))) return;
      const last = visits
        .filter((v) => v.status === 'done')
        .map((v) => v.plannedDate)
        .sort()
        .at(-1);
      const point = (await findPoint(tx, unit.servicePointId))!;
      const today = localDate(usableTimeZone(point.timeZone), at);
      const due = nextMaintenanceDue({
        warrantyStart: unit.warrantyStart,
        warrantyEnd: unit.warrantyEnd,
        intervalMonths: product.maintenanceIntervalMonths,
        lastMaintenance: last ?? null,
      });
      const planned = maintenanceToGenerate(due, today, DEFAULT_AHEAD_DAYS);
      if (!planned) return;
      await createVisitInTx(tx, { unit, kind: 'maintenance', plannedDate: planned, requestId: null, deadlineFrom: null, at, actor: null });
      created++;
    });
  }
  return created;
}

export function createMaintenanceJob(deps: { db: Db; now: () => Date }) {
  return async () => {
    const at = deps.now();
    await generateMaintenance(deps.db, at);
    await scheduleFieldMaintenanceJob(deps.db, at);
  };
}
