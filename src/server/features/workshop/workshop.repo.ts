/** Workshop queries: jobs with their work order for the board, technicians with certificates, clocks and attendance. */
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  assignments,
  attendance,
  certifications,
  employees,
  fieldCertificates,
  fieldEngineers,
  jobClocks,
  laborOperations,
  positions,
  qcInspections,
  teams,
  vehicles,
  workOrderLines,
  workOrders,
  workshopJobs,
} from '../../db/schema.js';
import type { TechnicianCertificate } from '../../../domain/dispatch/eligibility.js';
import { OPEN_JOB_STATUSES } from '../../../domain/dispatch/job-status.js';

type Q = Db | Tx;
export type ClockRow = typeof jobClocks.$inferSelect;

export async function findJob(q: Q, id: string, lock = false) {
  const base = q.select().from(workshopJobs).where(eq(workshopJobs.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
/** Update a job if `version` is current (else undefined: stale); bumps the version. */
export async function updateJob(q: Q, id: string, version: number, patch: Partial<typeof workshopJobs.$inferInsert>, at: Date) {
  const [row] = await q
    .update(workshopJobs)
    .set({ ...patch, updatedAt: at, version: sql`${workshopJobs.version} + 1` })
    .where(and(eq(workshopJobs.id, id), eq(workshopJobs.version, version)))
    .returning();
  return row;
}
/** Move every job of an order in `from` to `status` (hook: cancel, rework). */
export async function setOrderJobsStatus(q: Q, workOrderId: string, from: string[], patch: Partial<typeof workshopJobs.$inferInsert>, at: Date) {
  return q
    .update(workshopJobs)
    .set({ ...patch, updatedAt: at, version: sql`${workshopJobs.version} + 1` })
    .where(and(eq(workshopJobs.workOrderId, workOrderId), inArray(workshopJobs.status, from)))
    .returning();
}

/** Job cards: the job with its work order, labor line, vehicle and technician name. */
export function jobCards(q: Q, where: SQL | undefined) {
  return q
    .select({
      job: workshopJobs,
      number: workOrders.number,
      orderStatus: workOrders.status,
      repairCategory: workOrders.repairCategory,
      promisedAt: workOrders.promisedAt,
      plate: vehicles.plate,
      model: vehicles.model,
      lineName: workOrderLines.name,
      lineCode: workOrderLines.code,
      technicianName: employees.name,
      requiredCertificate: laborOperations.requiredCertificate,
    })
    .from(workshopJobs)
    .innerJoin(workOrders, eq(workOrders.id, workshopJobs.workOrderId))
    .innerJoin(workOrderLines, eq(workOrderLines.id, workshopJobs.workOrderLineId))
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .leftJoin(employees, eq(employees.id, workshopJobs.technicianEmployeeId))
    .leftJoin(laborOperations, eq(laborOperations.id, workOrderLines.laborOperationId))
    .where(where)
    .orderBy(asc(workshopJobs.plannedStartAt), asc(workOrders.promisedAt), asc(workOrders.number), asc(workOrderLines.sortOrder));
}
export type JobCardRow = Awaited<ReturnType<typeof jobCards>>[number];

const OPEN = [...OPEN_JOB_STATUSES];
/** Conditions on jobCards' rows: the order's status is read on the joined row (no second look-up of the order). */
const IN_WORKSHOP = ['confirmed', 'in_progress', 'waiting_parts', 'qc'];
const IN_REPAIR = ['confirmed', 'in_progress', 'waiting_parts'];
/**
 * 待派工, the one definition: open jobs without a technician whose order is still in repair (confirmed, in repair or
 * waiting for parts; an order at QC or later is not for dispatch). The board's count, its list and the dispatch
 * suggestion all read this.
 */
const isWaiting = and(inArray(workshopJobs.status, OPEN), isNull(workshopJobs.technicianEmployeeId), inArray(workOrders.status, IN_REPAIR));
/**
 * A technician's jobs on a board day: open jobs planned before its end (or unplanned) while their order is still in
 * the workshop (an order moved on by hand leaves no ghost jobs), and jobs finished during the day.
 */
const isOnLane = (dayStart: Date, dayEnd: Date) =>
  and(
    isNotNull(workshopJobs.technicianEmployeeId),
    or(
      and(
        inArray(workshopJobs.status, OPEN),
        inArray(workOrders.status, IN_WORKSHOP),
        or(isNull(workshopJobs.plannedStartAt), lt(workshopJobs.plannedStartAt, dayEnd)),
      ),
      and(eq(workshopJobs.status, 'finished'), gte(workshopJobs.finishedAt, dayStart), lt(workshopJobs.finishedAt, dayEnd)),
    ),
  );
/**
 * The jobs of a board day in one statement: the lanes' jobs (with a technician) and the waiting ones (without, the
 * same set as unassignedJobsOf). Each arm has a condition on the job's status, so PostgreSQL finds them through
 * workshop_jobs_point_status_idx (a BitmapOr) and never reads the finished jobs of the history.
 */
export const boardJobs = (q: Q, pointId: string, dayStart: Date, dayEnd: Date) =>
  jobCards(q, and(eq(workshopJobs.servicePointId, pointId), or(isWaiting, isOnLane(dayStart, dayEnd))));
/** 待派工 of a point (isWaiting), for the dispatch suggestion. */
export const unassignedJobsOf = (q: Q, pointId: string) => jobCards(q, and(eq(workshopJobs.servicePointId, pointId), isWaiting));

/** Work orders in the workshop by status. */
export async function orderCounts(q: Q, pointId: string) {
  const rows = await q
    .select({ status: workOrders.status, n: sql<number>`count(*)::int` })
    .from(workOrders)
    .where(and(eq(workOrders.servicePointId, pointId), inArray(workOrders.status, ['confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready'])))
    .groupBy(workOrders.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/**
 * The certificates an employee holds, from both sources, as one JSON list: the organization's certifications
 * (从业资格证, 高压电工证 …) and the certificates granted by passing a field training exam (field_certificates of the
 * engineer record linked to the employee; the name is the training's equipment type). Dates stay 'YYYY-MM-DD'.
 */
const certificatesOf = (employeeId: SQL | typeof employees.id) => sql<TechnicianCertificate[]>`coalesce((
  select json_agg(c) from (
    select ${certifications.name} as "name", ${certifications.expiresOn} as "expiresOn", null::date as "validFrom"
      from ${certifications} where ${certifications.employeeId} = ${employeeId}
    union all
    select ${fieldCertificates.skill}, ${fieldCertificates.validUntil}, ${fieldCertificates.validFrom}
      from ${fieldCertificates} join ${fieldEngineers} on ${fieldEngineers.id} = ${fieldCertificates.engineerId}
     where ${fieldEngineers.employeeId} = ${employeeId}
  ) c), '[]'::json)`;

/** Active holders of positions with 'workshop.work' and a trade, with team and certificates (one statement). */
export function techniciansOf(q: Q, pointId: string, employeeId?: string) {
  return q
    .selectDistinctOn([employees.id], {
      id: employees.id,
      name: employees.name,
      trade: employees.trade,
      skillGrade: employees.skillGrade,
      teamId: assignments.teamId,
      teamName: teams.nameZh,
      teamTrade: teams.trade,
      certifications: certificatesOf(employees.id),
    })
    .from(employees)
    .innerJoin(assignments, eq(assignments.employeeId, employees.id))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .leftJoin(teams, eq(teams.id, assignments.teamId))
    .where(
      and(
        eq(employees.servicePointId, pointId),
        eq(employees.isActive, true),
        sql`${employees.trade} is not null`,
        sql`${positions.permissions} ? 'workshop.work'`,
        ...(employeeId ? [eq(employees.id, employeeId)] : []),
      ),
    )
    .orderBy(employees.id, sql`${assignments.teamId} nulls last`);
}

/** The required certificate of a job's labor operation (null when none). */
export async function requiredCertificateOfLine(q: Q, workOrderLineId: string) {
  const [row] = await q
    .select({ requiredCertificate: laborOperations.requiredCertificate })
    .from(workOrderLines)
    .innerJoin(laborOperations, eq(laborOperations.id, workOrderLines.laborOperationId))
    .where(eq(workOrderLines.id, workOrderLineId));
  return row?.requiredCertificate ?? null;
}

/** When each technician's planned open work ends (latest planned end), for planning the next job. */
export async function busyUntil(q: Q, pointId: string, exceptJobId?: string) {
  const rows = await q
    .select({ id: workshopJobs.technicianEmployeeId, until: sql<string>`max(${workshopJobs.plannedEndAt})` })
    .from(workshopJobs)
    .where(
      and(
        eq(workshopJobs.servicePointId, pointId),
        inArray(workshopJobs.status, OPEN),
        sql`${workshopJobs.technicianEmployeeId} is not null`,
        ...(exceptJobId ? [sql`${workshopJobs.id} <> ${exceptJobId}`] : []),
      ),
    )
    .groupBy(workshopJobs.technicianEmployeeId);
  return new Map(rows.map((r) => [r.id!, r.until ? new Date(r.until) : null]));
}

/** Serializes one technician's clock and attendance changes. */
export const lockEmployee = async (q: Q, id: string) => (await q.select().from(employees).where(eq(employees.id, id)).for('no key update'))[0];
/** The technician's running clock, if any (at most one). */
export const openClockOf = async (q: Q, employeeId: string) =>
  (
    await q
      .select()
      .from(jobClocks)
      .where(and(eq(jobClocks.employeeId, employeeId), isNull(jobClocks.endedAt)))
      .limit(1)
  )[0];
export const insertClock = (q: Q, v: typeof jobClocks.$inferInsert) => q.insert(jobClocks).values(v);
export const closeClocks = (q: Q, jobId: string, at: Date, pause?: { reason: string; note: string }) =>
  q
    .update(jobClocks)
    .set({ endedAt: at, ...(pause ? { pauseReason: pause.reason, pauseNote: pause.note } : {}) })
    .where(and(eq(jobClocks.jobId, jobId), isNull(jobClocks.endedAt)));

/** Clock entries of a point overlapping [from, to). */
export const clocksBetween = (q: Q, pointId: string, from: Date, to: Date) =>
  q
    .select()
    .from(jobClocks)
    .where(and(eq(jobClocks.servicePointId, pointId), lt(jobClocks.startedAt, to), or(isNull(jobClocks.endedAt), gte(jobClocks.endedAt, from))));
export const clocksOfJobs = (q: Q, jobIds: string[]) =>
  jobIds.length ? q.select().from(jobClocks).where(inArray(jobClocks.jobId, jobIds)) : Promise.resolve([] as ClockRow[]);
/** Jobs of a point finished in [from, to). */
export const finishedBetween = (q: Q, pointId: string, from: Date, to: Date) =>
  q
    .select()
    .from(workshopJobs)
    .where(
      and(eq(workshopJobs.servicePointId, pointId), eq(workshopJobs.status, 'finished'), gte(workshopJobs.finishedAt, from), lt(workshopJobs.finishedAt, to)),
    );

/** Every inspection of the work orders inspected in [from, to) (earlier ones too, to find each order's first). */
export const inspectionsAround = (q: Q, pointId: string, from: Date, to: Date) =>
  q
    .select({ workOrderId: qcInspections.workOrderId, isPassed: qcInspections.isPassed, at: qcInspections.at })
    .from(qcInspections)
    .where(
      sql`${qcInspections.workOrderId} in (select work_order_id from ${qcInspections} where service_point_id = ${pointId} and at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz)`,
    );
export const attendanceBetween = (q: Q, pointId: string, fromDate: string, toDate: string) =>
  q
    .select()
    .from(attendance)
    .where(and(eq(attendance.servicePointId, pointId), gte(attendance.localDate, fromDate), sql`${attendance.localDate} <= ${toDate}`));
export const openAttendanceOf = async (q: Q, employeeId: string) =>
  (
    await q
      .select()
      .from(attendance)
      .where(and(eq(attendance.employeeId, employeeId), isNull(attendance.outAt)))
      .limit(1)
  )[0];
export async function insertAttendance(q: Q, v: typeof attendance.$inferInsert) {
  const [row] = await q.insert(attendance).values(v).returning();
  return row;
}
export async function closeAttendance(q: Q, id: string, at: Date) {
  const [row] = await q.update(attendance).set({ outAt: at }).where(eq(attendance.id, id)).returning();
  return row;
}

/** Open jobs excluding cancelled, for the all-finished check. */
export const unfinishedOfOrder = (q: Q, workOrderId: string) =>
  q
    .select({ id: workshopJobs.id })
    .from(workshopJobs)
    .where(and(eq(workshopJobs.workOrderId, workOrderId), notInArray(workshopJobs.status, ['finished', 'cancelled'])));

/** Which of these work orders a later visit came back for (返修), within the guarantee. */
export async function comebacksOf(db: Db | Tx, workOrderIds: string[]) {
  if (!workOrderIds.length) return new Set<string>();
  const rows = await db.selectDistinct({ id: workOrders.comebackOfId }).from(workOrders).where(inArray(workOrders.comebackOfId, workOrderIds));
  return new Set(rows.map((r) => r.id!));
}

/** The labor lines of a work order (one job each). */
export const laborLinesOf = (q: Q, workOrderId: string) =>
  q
    .select()
    .from(workOrderLines)
    .where(and(eq(workOrderLines.workOrderId, workOrderId), eq(workOrderLines.kind, 'labor')));
/** New jobs; a line that already has its job is skipped. */
export const insertJobs = (q: Q, rows: (typeof workshopJobs.$inferInsert)[]) =>
  q.insert(workshopJobs).values(rows).onConflictDoNothing().returning({ id: workshopJobs.id });
export async function insertInspection(q: Q, v: typeof qcInspections.$inferInsert) {
  const [row] = await q.insert(qcInspections).values(v).returning();
  return row;
}
