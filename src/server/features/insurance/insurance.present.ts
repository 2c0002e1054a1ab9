/** What the API shows of a case: names, the approved amount, missing documents, the actions its status allows. */
import type { Db, Tx } from '../../db/client.js';
import type { InsuranceCase, Assessment } from '../../../contracts/insurance.js';
import { allowedCaseEvents, type InsuranceCaseStatus, missingDocuments } from '../../../domain/insurance/status.js';
import { approvedTotalFen, lineAmountFen, type AssessmentLine as DomainLine } from '../../../domain/insurance/money.js';
import { attachmentsOf } from '../attachments/index.js';
import * as repo from './insurance.repo.js';

/** The line as the money rules see it: keyed by its catalog entry. */
export const domainLine = (l: repo.LineRow): DomainLine => ({
  kind: l.kind as 'labor' | 'parts',
  refId: l.laborOperationId ?? l.partId ?? l.code,
  name: l.name,
  qtyMilli: l.qtyMilli,
  unitPriceFen: l.unitPriceFen,
  approved: l.approved,
});

export async function presentCases(q: Db | Tx, rows: repo.CaseRow[]): Promise<InsuranceCase[]> {
  const names = await repo.namesOf(q, rows);
  const assessments = await repo.assessmentsOf(
    q,
    rows.map((r) => r.id),
  );
  const lines = await repo.linesOf(
    q,
    assessments.map((a) => a.id),
  );
  const caseOf = new Map(assessments.map((a) => [a.id, a.caseId]));
  const approved = new Map<string, number>();
  for (const l of lines) {
    const c = caseOf.get(l.assessmentId)!;
    approved.set(c, (approved.get(c) ?? 0) + approvedTotalFen([domainLine(l)]));
  }
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    servicePointId: r.servicePointId,
    status: r.status as InsuranceCaseStatus,
    insurerId: r.insurerId,
    insurerName: names.insurer.get(r.insurerId) ?? '',
    assessorId: r.assessorId,
    assessorName: r.assessorId ? (names.assessor.get(r.assessorId) ?? null) : null,
    customerId: r.customerId,
    customerName: names.customer.get(r.customerId) ?? '',
    vehicleId: r.vehicleId,
    plate: names.plate.get(r.vehicleId) ?? '',
    workOrderId: r.workOrderId,
    workOrderNumber: r.workOrderId ? (names.order.get(r.workOrderId) ?? null) : null,
    policyNo: r.policyNo,
    reportNo: r.reportNo,
    accidentAt: r.accidentAt.toISOString(),
    accidentPlace: r.accidentPlace,
    partyKind: r.partyKind as InsuranceCase['partyKind'],
    description: r.description,
    coversThirdParty: r.coversThirdParty,
    thirdPartyPlate: r.thirdPartyPlate,
    thirdPartyOwner: r.thirdPartyOwner,
    directPay: r.directPay,
    deductibleFen: r.deductibleFen,
    documents: r.documents,
    missingDocuments: missingDocuments(r.directPay, r.documents),
    receivableFen: r.receivableFen,
    customerShareFen: r.customerShareFen,
    paidFen: r.paidFen,
    writtenOffFen: r.writtenOffFen,
    writeOffRequestFen: r.writeOffRequestFen,
    writeOffReason: r.writeOffReason,
    invoicedOn: r.invoicedOn,
    approvedFen: approved.get(r.id) ?? 0,
    registeredByName: r.registeredByName,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    actions: allowedCaseEvents(r.status as InsuranceCaseStatus, { directPay: r.directPay }).filter(
      (e) => e !== 'assess' && e !== 'supplement' && e !== 'decide_supplement',
    ),
  }));
}

export async function presentAssessments(q: Db | Tx, caseId: string): Promise<Assessment[]> {
  const rows = await repo.assessmentsOf(q, [caseId]);
  const lines = await repo.linesOf(
    q,
    rows.map((a) => a.id),
  );
  const files = await attachmentsOf(
    q,
    'insurance_assessment',
    rows.map((a) => a.id),
  );
  return rows.map((a) => {
    const own = lines.filter((l) => l.assessmentId === a.id);
    return {
      id: a.id,
      seq: a.seq,
      kind: a.kind as Assessment['kind'],
      lossObject: a.lossObject as Assessment['lossObject'],
      assessorName: a.assessorName,
      salvageFen: a.salvageFen,
      note: a.note,
      status: a.status as Assessment['status'],
      recordedByName: a.recordedByName,
      recordedAt: a.recordedAt.toISOString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
      lines: own.map((l) => ({
        id: l.id,
        kind: l.kind as 'labor' | 'parts',
        refId: domainLine(l).refId,
        code: l.code,
        name: l.name,
        qty: l.qtyMilli / 1000,
        unitPriceFen: l.unitPriceFen,
        amountFen: lineAmountFen(l),
        approved: l.approved,
      })),
      approvedFen: approvedTotalFen(own.map(domainLine)),
      files: files.get(a.id) ?? [],
    };
  });
}
