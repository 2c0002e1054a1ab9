/** Queries of insurers, cases, 定损单 versions and payments: plain typed rows, no decisions. */
import { and, asc, desc, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  customers,
  insuranceAssessmentLines,
  insuranceAssessments,
  insuranceAssessors,
  insuranceCases,
  insurancePayments,
  insurers,
  vehicles,
  workOrders,
} from '../../db/schema.js';

type Q = Db | Tx;
export type InsurerRow = typeof insurers.$inferSelect;
export type AssessorRow = typeof insuranceAssessors.$inferSelect;
export type CaseRow = typeof insuranceCases.$inferSelect;
export type AssessmentRow = typeof insuranceAssessments.$inferSelect;
export type LineRow = typeof insuranceAssessmentLines.$inferSelect;
export type PaymentRow = typeof insurancePayments.$inferSelect;

export async function insertInsurer(q: Q, v: typeof insurers.$inferInsert) {
  const [row] = await q.insert(insurers).values(v).returning();
  return row;
}
export async function findInsurer(q: Q, id: string) {
  const [row] = await q.select().from(insurers).where(eq(insurers.id, id));
  return row;
}
export const listInsurers = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q.select().from(insurers).where(inArray(insurers.servicePointId, pointIds)).orderBy(asc(insurers.name))
    : Promise.resolve([] as InsurerRow[]);
export async function insertAssessor(q: Q, v: typeof insuranceAssessors.$inferInsert) {
  const [row] = await q.insert(insuranceAssessors).values(v).returning();
  return row;
}
export async function findAssessor(q: Q, id: string) {
  const [row] = await q.select().from(insuranceAssessors).where(eq(insuranceAssessors.id, id));
  return row;
}
export const assessorsOf = (q: Q, insurerIds: string[]) =>
  insurerIds.length
    ? q.select().from(insuranceAssessors).where(inArray(insuranceAssessors.insurerId, insurerIds)).orderBy(asc(insuranceAssessors.name))
    : Promise.resolve([] as AssessorRow[]);

export async function insertCase(q: Q, v: typeof insuranceCases.$inferInsert) {
  const [row] = await q.insert(insuranceCases).values(v).returning();
  return row;
}
export async function findCase(q: Q, id: string, lock = false) {
  const base = q.select().from(insuranceCases).where(eq(insuranceCases.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
/** Update when the version still matches; undefined when someone else changed it first. */
export async function updateCase(q: Q, id: string, version: number, patch: Partial<typeof insuranceCases.$inferInsert>, at: Date) {
  const [row] = await q
    .update(insuranceCases)
    .set({ ...patch, updatedAt: at, version: sql`${insuranceCases.version} + 1` })
    .where(and(eq(insuranceCases.id, id), eq(insuranceCases.version, version)))
    .returning();
  return row;
}
export async function listCases(q: Q, f: { pointIds: string[]; statuses?: string[]; insurerId?: string; q?: string }) {
  if (!f.pointIds.length) return [];
  const like = f.q ? `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  return q
    .select({ c: insuranceCases })
    .from(insuranceCases)
    .innerJoin(vehicles, eq(vehicles.id, insuranceCases.vehicleId))
    .where(
      and(
        inArray(insuranceCases.servicePointId, f.pointIds),
        f.statuses?.length ? inArray(insuranceCases.status, f.statuses) : undefined,
        f.insurerId ? eq(insuranceCases.insurerId, f.insurerId) : undefined,
        like ? or(ilike(insuranceCases.number, like), ilike(insuranceCases.reportNo, like), ilike(vehicles.plate, like)) : undefined,
      ),
    )
    .orderBy(desc(insuranceCases.createdAt))
    .limit(300)
    .then((rows) => rows.map((r) => r.c));
}
/** Direct-pay cases with a receivable (documents handed in), of some points. */
export const receivableCases = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select()
        .from(insuranceCases)
        .where(and(inArray(insuranceCases.servicePointId, pointIds), isNotNull(insuranceCases.receivableFen)))
        .orderBy(asc(insuranceCases.invoicedOn))
    : Promise.resolve([] as CaseRow[]);

export async function insertAssessment(q: Q, v: typeof insuranceAssessments.$inferInsert) {
  const [row] = await q.insert(insuranceAssessments).values(v).returning();
  return row;
}
export const assessmentsOf = (q: Q, caseIds: string[]) =>
  caseIds.length
    ? q.select().from(insuranceAssessments).where(inArray(insuranceAssessments.caseId, caseIds)).orderBy(asc(insuranceAssessments.seq))
    : Promise.resolve([] as AssessmentRow[]);
export async function nextSeq(q: Q, caseId: string) {
  const [row] = await q
    .select({ n: sql<number>`coalesce(max(${insuranceAssessments.seq}), 0)::int` })
    .from(insuranceAssessments)
    .where(eq(insuranceAssessments.caseId, caseId));
  return (row?.n ?? 0) + 1;
}
export const decideAssessment = (q: Q, id: string, at: Date) =>
  q.update(insuranceAssessments).set({ status: 'decided', decidedAt: at }).where(eq(insuranceAssessments.id, id));
export async function insertLines(q: Q, rows: (typeof insuranceAssessmentLines.$inferInsert)[]) {
  if (rows.length) await q.insert(insuranceAssessmentLines).values(rows);
}
export const linesOf = (q: Q, assessmentIds: string[]) =>
  assessmentIds.length
    ? q
        .select()
        .from(insuranceAssessmentLines)
        .where(inArray(insuranceAssessmentLines.assessmentId, assessmentIds))
        .orderBy(asc(insuranceAssessmentLines.sortOrder))
    : Promise.resolve([] as LineRow[]);
export const setLineApproved = (q: Q, id: string, approved: boolean) =>
  q.update(insuranceAssessmentLines).set({ approved }).where(eq(insuranceAssessmentLines.id, id));

export async function insertPayment(q: Q, v: typeof insurancePayments.$inferInsert) {
  const [row] = await q.insert(insurancePayments).values(v).returning();
  return row;
}
export const paymentsOf = (q: Q, caseId: string) =>
  q.select().from(insurancePayments).where(eq(insurancePayments.caseId, caseId)).orderBy(asc(insurancePayments.createdAt));

/** Names for presentation: customers, plates, insurers, assessors, order numbers. */
export async function namesOf(q: Q, rows: CaseRow[]) {
  const ids = (pick: (r: CaseRow) => string | null) => [...new Set(rows.map(pick).filter((x): x is string => !!x))];
  const [cs, vs, is, as, ws] = await Promise.all([
    ids((r) => r.customerId).length
      ? q
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(
            inArray(
              customers.id,
              ids((r) => r.customerId),
            ),
          )
      : [],
    ids((r) => r.vehicleId).length
      ? q
          .select({ id: vehicles.id, plate: vehicles.plate })
          .from(vehicles)
          .where(
            inArray(
              vehicles.id,
              ids((r) => r.vehicleId),
            ),
          )
      : [],
    ids((r) => r.insurerId).length
      ? q
          .select({ id: insurers.id, name: insurers.name })
          .from(insurers)
          .where(
            inArray(
              insurers.id,
              ids((r) => r.insurerId),
            ),
          )
      : [],
    ids((r) => r.assessorId).length
      ? q
          .select({ id: insuranceAssessors.id, name: insuranceAssessors.name })
          .from(insuranceAssessors)
          .where(
            inArray(
              insuranceAssessors.id,
              ids((r) => r.assessorId),
            ),
          )
      : [],
    ids((r) => r.workOrderId).length
      ? q
          .select({ id: workOrders.id, number: workOrders.number })
          .from(workOrders)
          .where(
            inArray(
              workOrders.id,
              ids((r) => r.workOrderId),
            ),
          )
      : [],
  ]);
  return {
    customer: new Map(cs.map((x) => [x.id, x.name])),
    plate: new Map(vs.map((x) => [x.id, x.plate])),
    insurer: new Map(is.map((x) => [x.id, x.name])),
    assessor: new Map(as.map((x) => [x.id, x.name])),
    order: new Map(ws.map((x) => [x.id, x.number])),
  };
}
export async function vehicleOf(q: Q, id: string) {
  const [row] = await q
    .select({ id: vehicles.id, customerId: vehicles.customerId, servicePointId: vehicles.servicePointId })
    .from(vehicles)
    .where(eq(vehicles.id, id));
  return row;
}
