/** A work order as the API shows it: parties, lines with amounts, the quote per payer, the guarantee, the actions. */
import type { Db, Tx } from '../../db/client.js';
import { allowedActions, type WorkOrderStatus, type WorkOrderType } from '../../../domain/work-orders/status.js';
import { quote, type QuoteLine } from '../../../domain/work-orders/quote.js';
import { DEFAULT_TIME_ZONE, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { nextMaintenanceDue } from '../../../domain/work-orders/maintenance-due.js';
import type { WorkOrder, WorkOrderListItem } from '../../../contracts/work-orders.js';
import * as repo from './work-orders.repo.js';
import { guaranteeOf } from './guarantee.js';
import { orderFactsOf, pointFactsOf, type PointFacts } from './present.repo.js';
import { storedTotals, toQuoteLines } from './totals.js';

type Q = Db | Tx;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The lines of one order as the API shows them, priced. */
export function presentLines(mine: repo.LineRow[]): WorkOrder['lines'] {
  const qt = quote(toQuoteLines(mine));
  return mine.map((l, i) => ({
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
  }));
}

/** What the caller already holds in its transaction: the orders' lines (all of them), the points' facts. */
export interface PresentKnown {
  lines?: repo.LineRow[];
  points?: Map<string, PointFacts>;
}

/** Present rows for the API in at most three statements (lines, the orders' facts, the points' facts). */
export async function presentWorkOrders(q: Q, rows: repo.WorkOrderRow[], known: PresentKnown = {}): Promise<WorkOrder[]> {
  const ids = rows.map((r) => r.id);
  const [lines, headers] = await Promise.all([known.lines ?? repo.linesOf(q, ids), presentHeaders(q, rows, known.points)]);
  return rows.map((w, i) => {
    const mine = lines.filter((l) => l.workOrderId === w.id).sort((a, b) => a.sortOrder - b.sortOrder);
    const qt = quote(toQuoteLines(mine));
    return {
      ...headers[i],
      lines: presentLines(mine),
      quote: {
        total: qt.total,
        laborFen: qt.byKind.labor.amountFen,
        partsFen: qt.byKind.parts.amountFen,
        customerPayableFen: qt.customerPayableFen,
        byPayer: qt.byPayer,
      },
      version: w.version,
    };
  });
}

/**
 * List items (issue 14 point 5): the header and the stored totals (`totals.ts` keeps them with the lines), in two
 * statements — no line is read, nothing is priced. The detail (`presentWorkOrders`) has the lines and the quote.
 */
export async function presentWorkOrderItems(q: Q, rows: repo.WorkOrderRow[]): Promise<WorkOrderListItem[]> {
  const headers = await presentHeaders(q, rows);
  return rows.map((w, i) => ({ ...headers[i], totals: storedTotals(w), version: w.version }));
}

type Header = Omit<WorkOrder, 'lines' | 'quote' | 'version'>;

/** Everything but the lines and the money, for each row: the orders' facts and the points' facts, one statement each. */
async function presentHeaders(q: Q, rows: repo.WorkOrderRow[], knownPoints?: Map<string, PointFacts>): Promise<Header[]> {
  const ids = rows.map((r) => r.id);
  const pointIds = [...new Set(rows.map((r) => r.servicePointId))];
  const missingPoints = pointIds.filter((id) => !knownPoints?.has(id));
  const [facts, points] = await Promise.all([orderFactsOf(q, ids), missingPoints.length ? pointFactsOf(q, missingPoints) : new Map<string, PointFacts>()]);
  for (const [id, p] of knownPoints ?? []) points.set(id, p);
  return rows.map((w) => {
    const f = facts.get(w.id);
    const point = points.get(w.servicePointId);
    const passed = f?.passedQc ?? null;
    const mileageOut = passed ? (passed.mileageOut ?? w.mileageIn) : null;
    const zone = point?.timeZone ?? DEFAULT_TIME_ZONE;
    return {
      id: w.id,
      servicePointId: w.servicePointId,
      number: w.number,
      type: w.type as WorkOrderType,
      status: w.status as WorkOrderStatus,
      customerId: w.customerId,
      customerName: f?.customerName ?? '',
      customerPhone: f?.customerPhone ?? '',
      vehicleId: w.vehicleId,
      plate: f?.plate ?? '',
      vin: f?.vin ?? '',
      model: f?.model ?? '',
      advisorEmployeeId: w.advisorEmployeeId,
      advisorName: w.advisorEmployeeId ? (f?.advisorName ?? null) : null,
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
      source: w.appointmentId && f?.channel !== 'walk-in' ? 'appointment' : 'walk-in',
      comebackOfId: w.comebackOfId,
      comebackOfNumber: w.comebackOfId ? (f?.comebackOfNumber ?? null) : null,
      guarantee: guaranteeOf(w, point?.guarantee ?? {}, point?.timeZone ?? undefined),
      qcCertificateNo: passed?.certificateNo ?? null,
      mileageOut,
      nextMaintenance: nextMaintenanceDue({
        type: w.type,
        repairCategory: w.repairCategory,
        leftOn: w.deliveredAt ? localDate(usableTimeZone(zone), w.deliveredAt) : null,
        mileageOut: mileageOut ?? w.mileageIn,
      }),
      allowedActions: allowedActions(w.status as WorkOrderStatus, w.type as WorkOrderType),
    };
  });
}
