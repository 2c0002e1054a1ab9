/**
 * The daily preventive-maintenance job: for every unit whose plan (unit, contract, product; default the product's
 * interval while in warranty) has a due date,
 * a maintenance visit is generated `DEFAULT_AHEAD_DAYS` before it is due, once (the unit's row is locked and an open
 * maintenance visit of the unit means nothing new). It queues its own next run (one per day, dedupe key).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { fieldUnits } from '../../db/schema.js';
import { DEFAULT_AHEAD_DAYS, maintenanceToGenerate } from '../../../domain/field/maintenance.js';
import { effectivePlan, nextDueUnderPlan } from '../../../domain/field/maintenance-plan.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import { enqueue } from '../../jobs/queue.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './field.repo.js';
import { activePlans, type MaintenancePlanRow } from './install.repo.js';
import { createVisitInTx } from './requests.service.js';
import { warnExpiringCertificates } from './cert-warnings.job.js';

export const MAINTENANCE_QUEUE = 'field-maintenance';
const DAY_MS = 86_400_000;

/** Queue the next daily run (idempotent per day); the server calls it at start, each run for the next day. */
export async function scheduleFieldMaintenanceJob(db: Db, at: Date) {
  const runAt = new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS + DAY_MS);
  await enqueue(db, { queue: MAINTENANCE_QUEUE, runAt, dedupeKey: `${MAINTENANCE_QUEUE}:${runAt.toISOString()}` });
}

/**
 * Generate the due maintenance visits now under each unit's plan (unit, contract, product, or the product's interval
 * in warranty); returns how many were created.
 */
export async function generateMaintenance(db: Db, at: Date) {
  let created = 0;
  const plans = await activePlans(db);
  const byUnit = new Map(plans.filter((p) => p.scope === 'unit').map((p) => [p.unitId, p]));
  const byContract = new Map(plans.filter((p) => p.scope === 'contract').map((p) => [`${p.servicePointId}|${p.contractNo}`, p]));
  const byProduct = new Map(plans.filter((p) => p.scope === 'product').map((p) => [p.productId, p]));
  const terms = (p: MaintenancePlanRow | undefined) => (p ? { intervalMonths: p.intervalMonths, warrantyOnly: p.warrantyOnly, endsOn: p.endsOn } : null);
  const units = await db.select({ id: fieldUnits.id }).from(fieldUnits);
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
      const plan = effectivePlan({
        unit: terms(byUnit.get(unit.id)),
        contract: unit.contractNo ? terms(byContract.get(`${unit.servicePointId}|${unit.contractNo}`)) : null,
        product: terms(byProduct.get(unit.productId)),
        productIntervalMonths: product.maintenanceIntervalMonths,
      });
      const due = nextDueUnderPlan(
        plan,
        {
          warrantyStart: unit.warrantyStart,
          warrantyEnd: unit.warrantyEnd,
          installedOn: unit.installedOn,
          lastMaintenance: last ?? null,
        },
        today,
      );
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
    await warnExpiringCertificates(deps.db, at);
    await scheduleFieldMaintenanceJob(deps.db, at);
  };
}
