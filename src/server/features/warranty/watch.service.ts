/**
 * The 三包 watch of a car from its repair history, and the work-order hook that sends each warning/alert once
 * (notify() in the work order's transaction, a notice row per car and threshold as the dedupe).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { coverageOf, partKindOf, periodEndsOn, warrantyStartOf } from '../../../domain/warranty/coverage.js';
import { watchOf, SEVERE_FAILURES, type RepairRecord, type SevereFailure } from '../../../domain/warranty/watch.js';
import { notify } from '../notifications/index.js';
import type { WorkOrderHook, WorkOrderRow } from '../work-orders/index.js';
import { LEGAL_FALLBACK_NOTE, termsForVehicle } from './coverage.service.js';
import { claimNotice, noticesOf, repairsOfVehicle, watchRecipients } from './watch.repo.js';

type Q = Db | Tx;

const datesOf = (v: { invoicedOn: string | null; purchasedOn: string | null; deliveredOn: string | null }) => ({
  invoicedOn: v.invoicedOn ?? v.purchasedOn,
  deliveredOn: v.deliveredOn,
});

/** Coverage (no part) and the watch of a car at `now` (`known`: its terms, when the caller has read them). */
export async function vehicleWarranty(q: Q, vehicleId: string, now: Date, known?: Awaited<ReturnType<typeof termsForVehicle>>) {
  const { vehicle, point, terms, policyId } = known ?? (await termsForVehicle(q, vehicleId));
  const dates = datesOf(vehicle);
  const checked = coverageOf(terms, dates, { at: now, timeZone: point.timeZone, mileageKm: vehicle.mileageKm });
  const coverage = policyId ? checked : { ...checked, reasonZh: `${checked.reasonZh}${LEGAL_FALLBACK_NOTE}` };
  const start = warrantyStartOf(dates);
  const repairs = await repairsOfVehicle(q, vehicleId);
  const records: RepairRecord[] = repairs.map(({ order, facts, parts }) => ({
    workOrderId: order.id,
    confirmedAt: order.confirmedAt!,
    completedAt: order.completedAt,
    mileageKm: order.mileageIn,
    problemCode: facts?.problemCode ?? null,
    problemZh: facts?.problemZh ?? '',
    safetyFault: facts?.safetyFault ?? false,
    severeFailure: SEVERE_FAILURES.includes(facts?.severeFailure as SevereFailure) ? (facts!.severeFailure as SevereFailure) : null,
    excludedHours: facts?.excludedHours ?? 0,
    replaced: parts.map((p) => {
      const k = partKindOf(terms, p.code);
      return { partNo: p.code, nameZh: p.name, system: k.kind === 'main' ? k.system : null, assembly: k.kind === 'main' && k.assembly };
    }),
  }));
  const watch = watchOf({
    startsOn: start,
    sanbaoEndsOn: start ? periodEndsOn(start, terms.sanbao.months) : null,
    sanbaoKm: terms.sanbao.km,
    timeZone: point.timeZone,
    now,
    repairs: records,
  });
  const numbers = new Map(repairs.map((r) => [r.order.id, r.order.number]));
  return { vehicle, point, coverage, policyId, terms, watch, orderNumbers: numbers };
}

/** Send the findings not yet sent for this car (once per key), to the advisor, the 索赔专员 and the station manager. */
export async function sendWatchNotices(tx: Tx, order: Pick<WorkOrderRow, 'vehicleId' | 'servicePointId' | 'advisorEmployeeId' | 'id' | 'number'>, now: Date) {
  const terms = await termsForVehicle(tx, order.vehicleId);
  // A car without a warranty start (no invoice or delivery date) has no findings (watchOf): its repairs are not read.
  if (!warrantyStartOf(datesOf(terms.vehicle))) return [];
  const { watch, vehicle } = await vehicleWarranty(tx, order.vehicleId, now, terms);
  if (!watch.findings.length) return [];
  const sent = [];
  let recipients: string[] | null = null;
  for (const f of watch.findings) {
    const fresh = await claimNotice(tx, {
      servicePointId: order.servicePointId,
      vehicleId: order.vehicleId,
      key: f.key,
      level: f.level,
      messageZh: f.messageZh,
    });
    if (!fresh) continue;
    recipients ??= [...new Set([...(order.advisorEmployeeId ? [order.advisorEmployeeId] : []), ...(await watchRecipients(tx, order.servicePointId))])];
    const title = `${f.level === 'alert' ? '三包警报' : '三包预警'}:${vehicle.plate || vehicle.vin}`;
    for (const employeeId of recipients)
      await notify(tx, {
        servicePointId: order.servicePointId,
        recipientEmployeeId: employeeId,
        title,
        body: `${f.messageZh}(工单 ${order.number})`,
        link: `/vehicles/${order.vehicleId}`,
        dedupeKey: `warranty-watch:${order.vehicleId}:${f.key}:${employeeId}`,
      });
    sent.push(f);
  }
  return sent;
}

export const noticesOfVehicle = noticesOf;

/** The work-order hook: after 确定修理 and 完成修理 (and added lines) the watch is re-checked. */
export function watchHook(now: () => Date): WorkOrderHook {
  return async (tx, order, event, _actor: Actor | null) => {
    if (event === 'confirm' || event === 'qc_pass' || event === 'finish' || event === 'lines_added') await sendWatchNotices(tx, order, now());
  };
}
