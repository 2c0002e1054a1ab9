/** A work order as the API shows it: parties, lines with amounts, the quote per payer, the guarantee, the actions. */
import type { Db, Tx } from '../../db/client.js';
import { allowedActions, type WorkOrderStatus, type WorkOrderType } from '../../../domain/work-orders/status.js';
import { quote, type QuoteLine } from '../../../domain/work-orders/quote.js';
import type { GuaranteeSettings } from '../../../domain/work-orders/guarantee.js';
import { DEFAULT_TIME_ZONE, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { nextMaintenanceDue } from '../../../domain/work-orders/maintenance-due.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './work-orders.repo.js';
import { guaranteeOf, guaranteeSettingsOf } from './guarantee.js';
import { lastPassedQcOf } from './qc-facts.repo.js';

type Q = Db | Tx;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Repository lines as the quote domain reads them. */
export function toQuoteLines(lines: repo.LineRow[]): QuoteLine[] {
  return lines.map((l) =>
    l.kind === 'labor'
      ? {
          kind: 'labor' as const,
          hours: (l.hoursMilli ?? 0) / 1000,
          rateFen: l.rateFen ?? 0,
          payer: l.payer as QuoteLine['payer'],
          discountPct: l.discountPct / 100,
          fixedAmountFen: l.fixedAmountFen,
        }
      : {
          kind: 'parts' as const,
          qty: (l.qtyMilli ?? 0) / 1000,
          unitPriceFen: l.unitPriceFen ?? 0,
          payer: l.payer as QuoteLine['payer'],
          discountPct: l.discountPct / 100,
          fixedAmountFen: l.fixedAmountFen,
        },
  );
}

/** Present rows for the API, loading what they refer to in a few queries. */
export async function presentWorkOrders(q: Q, rows: repo.WorkOrderRow[]): Promise<WorkOrder[]> {
  const [lines, parties, qc] = await Promise.all([
    repo.linesOf(
      q,
      rows.map((r) => r.id),
    ),
    repo.partiesOf(q, rows),
    lastPassedQcOf(
      q,
      rows.map((r) => r.id),
    ),
  ]);
  const channels = await repo.appointmentChannelsOf(
    q,
    rows.flatMap((r) => (r.appointmentId ? [r.appointmentId] : [])),
  );
  const settings = new Map<string, GuaranteeSettings>();
  const zones = new Map<string, string>();
  for (const pointId of new Set(rows.map((r) => r.servicePointId))) {
    settings.set(pointId, await guaranteeSettingsOf(q, pointId));
    zones.set(pointId, (await findPoint(q, pointId))?.timeZone ?? DEFAULT_TIME_ZONE);
  }
  return rows.map((w) => {
    const mine = lines.filter((l) => l.workOrderId === w.id);
    const qt = quote(toQuoteLines(mine));
    const c = parties.customers.get(w.customerId);
    const v = parties.vehicles.get(w.vehicleId);
    const passed = qc.get(w.id);
    const mileageOut = passed ? (passed.mileageOut ?? w.mileageIn) : null;
    const zone = zones.get(w.servicePointId) ?? DEFAULT_TIME_ZONE;
    return {
      id: w.id,
      servicePointId: w.servicePointId,
      number: w.number,
      type: w.type as WorkOrderType,
      status: w.status as WorkOrderStatus,
      customerId: w.customerId,
      customerName: c?.name ?? '',
      customerPhone: c?.phone ?? '',
      vehicleId: w.vehicleId,
      plate: v?.plate ?? '',
      vin: v?.vin ?? '',
      model: v?.model ?? '',
      advisorEmployeeId: w.advisorEmployeeId,
      advisorName: w.advisorEmployeeId ? (parties.employees.get(w.advisorEmployeeId) ?? null) : null,
      receivedAt: w.receivedAt.toISOString(),
      mileageIn: w.mileageIn,
      fuelLevelPct: w.fuelLevelPct,
      preCheck: w.preCheck,
      concerns: w.concerns,
      diagnosis: w.diagnosis,
      repairCategory: w.repairCategory,
      promisedAt: iso(w.promisedAt),
      isSigned: !!w.customerSignature,
      signedAt: iso(w.signedAt),
      confirmedAt: iso(w.confirmedAt),
      completedAt: iso(w.completedAt),
      deliveredAt: iso(w.deliveredAt),
      towingFen: w.towingFen,
      hasLoanerCar: w.hasLoanerCar,
      transportAllowanceFen: w.transportAllowanceFen,
      oldPartsDisposition: w.oldPartsDisposition,
      reworkCount: w.reworkCount,
      cancelReason: w.cancelReason,
      appointmentId: w.appointmentId,
      // Opened from a booking (预约进厂) or not (自然进厂); a booking made at arrival (walk-in channel) is not one.
      source: w.appointmentId && channels.get(w.appointmentId) !== 'walk-in' ? 'appointment' : 'walk-in',
      comebackOfId: w.comebackOfId,
      comebackOfNumber: w.comebackOfId ? (parties.comebacks.get(w.comebackOfId) ?? null) : null,
      guarantee: guaranteeOf(w, settings.get(w.servicePointId) ?? {}, zones.get(w.servicePointId)),
      qcCertificateNo: passed?.certificateNo ?? null,
      mileageOut,
      nextMaintenance: nextMaintenanceDue({
        type: w.type,
        repairCategory: w.repairCategory,
        leftOn: w.deliveredAt ? localDate(usableTimeZone(zone), w.deliveredAt) : null,
        mileageOut: mileageOut ?? w.mileageIn,
      }),
      lines: mine.map((l, i) => ({
        id: l.id,
        kind: l.kind as 'labor' | 'parts',
        laborOperationId: l.laborOperationId,
        partId: l.partId,
        code: l.code,
        name: l.name,
        trade: l.trade,
        hours: l.hoursMilli === null ? null : l.hoursMilli / 1000,
        rateFen: l.rateFen,
        qty: l.qtyMilli === null ? null : l.qtyMilli / 1000,
        unitPriceFen: l.unitPriceFen,
        payer: l.payer as QuoteLine['payer'],
        discountPct: l.discountPct / 100,
        amountFen: qt.lines[i].amountFen,
        grossFen: qt.lines[i].grossFen,
        packageId: l.packageId,
        packageName: l.packageName,
        visitCardId: l.visitCardId,
      })),
      quote: {
        total: qt.total,
        laborFen: qt.byKind.labor.amountFen,
        partsFen: qt.byKind.parts.amountFen,
        customerPayableFen: qt.customerPayableFen,
        byPayer: qt.byPayer,
      },
      allowedActions: allowedActions(w.status as WorkOrderStatus, w.type as WorkOrderType),
      version: w.version,
    };
  });
}
