import { and, asc, desc, eq, gte, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  assignments,
  compensations,
  departments,
  employees,
  positions,
  routingRules,
  ticketAttachments,
  ticketEvents,
  tickets,
  vehicles,
  workOrders,
} from '../../db/schema.js';
import { escapeLike } from '../../lib/text.js';
import { breachedAt } from './ticket-clock.repo.js';

type Q = Db | Tx;
export type TicketRow = typeof tickets.$inferSelect;

export async function insertTicket(q: Q, v: typeof tickets.$inferInsert) {
  const [row] = await q.insert(tickets).values(v).returning();
  return row;
}
export async function findTicket(q: Q, id: string) {
  const [row] = await q.select().from(tickets).where(eq(tickets.id, id));
  return row;
}
/** Lock the ticket row for the rest of the transaction (escalation, concurrent edits). */
export async function lockTicket(q: Q, id: string) {
  const [row] = await q.select().from(tickets).where(eq(tickets.id, id)).for('update');
  return row;
}
export async function findByTracking(q: Q, token: string) {
  const [row] = await q.select().from(tickets).where(eq(tickets.trackingToken, token));
  return row;
}
export async function updateTicket(q: Q, id: string, version: number, patch: Partial<typeof tickets.$inferInsert>, at: Date) {
  const [row] = await q
    .update(tickets)
    .set({ ...patch, updatedAt: at, version: sql`${tickets.version} + 1` })
    .where(and(eq(tickets.id, id), eq(tickets.version, version)))
    .returning();
  return row;
}

export interface TicketFilter {
  pointIds: string[];
  statuses?: string[];
  priority?: string;
  kind?: string;
  q?: string;
  handlerEmployeeId?: string;
  /** Only open tickets past a stored deadline at this time (ADR 020). */
  breachedAt?: Date;
  limit: number;
  offset: number;
}
export async function listTickets(q: Q, f: TicketFilter) {
  const conds: SQL[] = [inArray(tickets.servicePointId, f.pointIds)];
  if (f.statuses?.length) conds.push(inArray(tickets.status, f.statuses));
  if (f.priority) conds.push(eq(tickets.priority, f.priority));
  if (f.kind) conds.push(eq(tickets.kind, f.kind));
  if (f.handlerEmployeeId) conds.push(eq(tickets.handlerEmployeeId, f.handlerEmployeeId));
  if (f.breachedAt) conds.push(breachedAt(f.breachedAt));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conds.push(
      or(
        ilike(tickets.number, like),
        ilike(tickets.title, like),
        ilike(tickets.customerName, like),
        ilike(tickets.customerPhone, like),
        ilike(tickets.vehicleRef, like),
      )!,
    );
  }
  const where = and(...conds);
  const rows = await q.select().from(tickets).where(where).orderBy(desc(tickets.receivedAt)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(tickets).where(where);
  return { rows, total };
}
export async function countRecentComplaints(q: Q, pointId: string, phone: string, since: Date) {
  if (!phone) return 0;
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(eq(tickets.servicePointId, pointId), eq(tickets.customerPhone, phone), eq(tickets.kind, 'complaint'), gte(tickets.receivedAt, since)));
  return row.n;
}

export async function insertEvent(q: Q, e: typeof ticketEvents.$inferInsert) {
  await q.insert(ticketEvents).values(e);
}
export const listEvents = (q: Q, ticketId: string) => q.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.at));
export const listAttachments = (q: Q, ticketId: string) =>
  q
    .select({ id: ticketAttachments.id, fileName: ticketAttachments.fileName, mimeType: ticketAttachments.mimeType, size: ticketAttachments.size })
    .from(ticketAttachments)
    .where(eq(ticketAttachments.ticketId, ticketId));
export async function findAttachment(q: Q, id: string) {
  const [row] = await q.select().from(ticketAttachments).where(eq(ticketAttachments.id, id));
  return row;
}
export async function insertAttachment(q: Q, a: typeof ticketAttachments.$inferInsert) {
  const [row] = await q.insert(ticketAttachments).values(a).returning({ id: ticketAttachments.id });
  return row;
}

export const listCompensations = (q: Q, ticketId: string) =>
  q.select().from(compensations).where(eq(compensations.ticketId, ticketId)).orderBy(asc(compensations.createdAt));
export async function insertCompensation(q: Q, c: typeof compensations.$inferInsert) {
  const [row] = await q.insert(compensations).values(c).returning();
  return row;
}
export async function findCompensation(q: Q, id: string) {
  const [row] = await q.select().from(compensations).where(eq(compensations.id, id));
  return row;
}
export async function decideCompensation(q: Q, id: string, version: number, patch: Partial<typeof compensations.$inferInsert>) {
  const [row] = await q
    .update(compensations)
    .set({ ...patch, version: sql`${compensations.version} + 1` })
    .where(and(eq(compensations.id, id), eq(compensations.version, version), eq(compensations.status, 'pending')))
    .returning();
  return row;
}

export const listRules = (q: Q, pointId: string) =>
  q.select().from(routingRules).where(eq(routingRules.servicePointId, pointId)).orderBy(asc(routingRules.sortOrder), asc(routingRules.createdAt));

/** Employees of a point who may handle tickets (through a position with tickets.handle), with open-ticket load. */
export async function handlerCandidates(q: Q, pointId: string) {
  return q
    .select({
      employeeId: employees.id,
      name: employees.name,
      positionId: positions.id,
      positionTitle: positions.titleZh,
      departmentId: positions.departmentId,
      permissions: positions.permissions,
      headOf: positions.headOf,
      load: sql<number>`(select count(*)::int from ${tickets} t where t.handler_employee_id = "employees"."id" and t.status not in ('resolved','closed'))`,
    })
    .from(assignments)
    .innerJoin(employees, and(eq(employees.id, assignments.employeeId), eq(employees.isActive, true)))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(eq(assignments.servicePointId, pointId));
}

export async function namesOf(q: Q, employeeIds: string[], departmentIds: string[]) {
  const [emps, depts] = await Promise.all([
    employeeIds.length ? q.select({ id: employees.id, name: employees.name }).from(employees).where(inArray(employees.id, employeeIds)) : [],
    departmentIds.length ? q.select({ id: departments.id, name: departments.nameZh }).from(departments).where(inArray(departments.id, departmentIds)) : [],
  ]);
  return { employees: new Map(emps.map((e) => [e.id, e.name])), departments: new Map(depts.map((d) => [d.id, d.name])) };
}

/** Compensation requests waiting for approval at the given points, with their ticket's number and title. */
export const pendingCompensations = (q: Q, pointIds: string[]) =>
  q
    .select({ c: compensations, number: tickets.number, title: tickets.title })
    .from(compensations)
    .innerJoin(tickets, eq(tickets.id, compensations.ticketId))
    .where(and(inArray(compensations.servicePointId, pointIds), eq(compensations.status, 'pending')));

/** A car of the point by its (normalized) plate, with its latest work order there, if any. */
export async function carAtPoint(q: Q, pointId: string, plate: string) {
  const [v] = await q
    .select({ id: vehicles.id })
    .from(vehicles)
    .where(and(eq(vehicles.servicePointId, pointId), eq(vehicles.plate, plate)))
    .limit(1);
  if (!v) return undefined;
  const [w] = await q
    .select({ id: workOrders.id, number: workOrders.number })
    .from(workOrders)
    .where(and(eq(workOrders.vehicleId, v.id), eq(workOrders.servicePointId, pointId)))
    .orderBy(desc(workOrders.receivedAt))
    .limit(1);
  return { vehicleId: v.id, workOrderId: w?.id ?? null, workOrderNumber: w?.number ?? null };
}
