/** The claim as the API shows it: an explicit whitelist of fields, with order number, plate, station and photos. */
import type { Db, Tx } from '../../db/client.js';
import type { ClaimLine, WarrantyClaim } from '../../../contracts/claims.js';
import type { ClaimStatus } from '../../../domain/claims/status.js';
import type { ReturnStatus } from '../../../domain/claims/old-parts.js';
import { attachmentsOf } from '../attachments/index.js';
import * as repo from './claims.repo.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentLine(l: repo.ClaimLineRow): ClaimLine {
  return {
    id: l.id,
    lineNo: l.lineNo,
    kind: l.kind as ClaimLine['kind'],
    code: l.code,
    name: l.name,
    hours: l.hoursMilli === null ? null : l.hoursMilli / 1000,
    qty: l.qtyMilli === null ? null : l.qtyMilli / 1000,
    unitPriceFen: l.unitPriceFen,
    amountFen: l.amountFen,
    needsReturn: l.needsReturn,
    tagNo: l.tagNo,
    returnStatus: l.returnStatus as ReturnStatus,
    deferralReason: l.deferralReason,
    boxId: l.boxId,
    batchId: l.batchId,
    inspectionNote: l.inspectionNote,
    supplierId: l.supplierId,
    supplierClaimId: l.supplierClaimId,
  };
}

export async function presentClaims(q: Db | Tx, rows: repo.ClaimRow[], withDetail = true): Promise<WarrantyClaim[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const extraWork = withDetail
    ? await repo.extraWorkOfOrders(
        q,
        rows.map((r) => r.workOrderId),
      )
    : [];
  const [ctx, lines, photos, found] = await Promise.all([
    repo.contextOf(q, rows),
    withDetail ? repo.linesOfClaims(q, ids) : Promise.resolve([]),
    withDetail ? attachmentsOf(q, 'warranty_claim', ids) : Promise.resolve(new Map()),
    // The technician's photos of what was found on the order (增项) are the claim's evidence too.
    withDetail
      ? attachmentsOf(
          q,
          'extra_work',
          extraWork.map((e) => e.id),
        )
      : Promise.resolve(new Map()),
  ]);
  const orderPhotos = (orderId: string) => extraWork.filter((e) => e.workOrderId === orderId).flatMap((e) => found.get(e.id) ?? []);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    servicePointId: r.servicePointId,
    stationName: ctx.stationName.get(r.servicePointId) ?? '',
    workOrderId: r.workOrderId,
    workOrderNumber: ctx.orderNumber.get(r.workOrderId) ?? '',
    vehicleId: r.vehicleId,
    vin: r.vin,
    plate: ctx.plate.get(r.vehicleId) ?? '',
    model: r.model,
    status: r.status as ClaimStatus,
    faultCode: r.faultCode,
    faultDescription: r.faultDescription,
    causePartNo: r.causePartNo,
    mileageKm: r.mileageKm,
    completedAt: r.completedAt.toISOString(),
    otherCostFen: r.otherCostFen,
    otherCostNote: r.otherCostNote,
    laborFen: r.laborFen,
    partsFen: r.partsFen,
    otherFen: r.otherFen,
    amountFen: r.amountFen,
    approvedFen: r.approvedFen,
    preauthId: r.preauthId,
    preChecks: (r.preChecks ?? null) as WarrantyClaim['preChecks'],
    preCheckedAt: iso(r.preCheckedAt),
    submittedAt: iso(r.submittedAt),
    submittedByName: r.submittedByName,
    submitCount: r.submitCount,
    reviewerName: r.reviewerName,
    decidedAt: iso(r.decidedAt),
    decisionReason: r.decisionReason,
    statementId: r.statementId,
    lines: lines.filter((l) => l.claimId === r.id).map(presentLine),
    photos: [...orderPhotos(r.workOrderId), ...(photos.get(r.id) ?? [])],
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}
