import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assignments, certifications, employees, positions, teams } from '../../db/schema.js';
import { escapeLike } from '../../lib/text.js';

type Q = Db | Tx;
export type EmployeeRow = typeof employees.$inferSelect;

export interface EmployeeFilter {
  pointId: string;
  q?: string;
  teamId?: string;
  positionId?: string;
  includeInactive?: boolean;
  limit: number;
  offset: number;
}

export async function listEmployees(db: Q, f: EmployeeFilter) {
  const conds: SQL[] = [eq(employees.servicePointId, f.pointId)];
  if (!f.includeInactive) conds.push(eq(employees.isActive, true));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conds.push(or(ilike(employees.name, like), ilike(employees.phone, like), ilike(employees.employeeNo, like))!);
  }
  if (f.teamId) conds.push(sql`exists (select 1 from ${assignments} a where a.employee_id = "employees"."id" and a.team_id = ${f.teamId})`);
  if (f.positionId) conds.push(sql`exists (select 1 from ${assignments} a where a.employee_id = "employees"."id" and a.position_id = ${f.positionId})`);
  const where = and(...conds);
  const rows = await db.select().from(employees).where(where).orderBy(asc(employees.employeeNo)).limit(f.limit).offset(f.offset);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(employees).where(where);
  return { rows, total };
}

export async function findEmployee(db: Q, id: string) {
  const [row] = await db.select().from(employees).where(eq(employees.id, id));
  return row;
}
export async function insertEmployee(db: Q, v: typeof employees.$inferInsert) {
  const [row] = await db.insert(employees).values(v).returning();
  return row;
}
export async function updateEmployee(db: Q, id: string, version: number, patch: Partial<typeof employees.$inferInsert>, at: Date) {
  const [row] = await db
    .update(employees)
    .set({ ...patch, updatedAt: at, version: sql`${employees.version} + 1` })
    .where(and(eq(employees.id, id), eq(employees.version, version)))
    .returning();
  return row;
}
export async function findEmployeeByPhone(db: Q, pointId: string, phone: string) {
  const [row] = await db
    .select({ id: employees.id, name: employees.name })
    .from(employees)
    .where(and(eq(employees.servicePointId, pointId), eq(employees.phone, phone)));
  return row;
}

export async function certsOf(db: Q, employeeIds: string[]) {
  if (!employeeIds.length) return [];
  return db.select().from(certifications).where(inArray(certifications.employeeId, employeeIds)).orderBy(asc(certifications.expiresOn));
}
export async function replaceCerts(db: Q, pointId: string, employeeId: string, list: { name: string; number: string; expiresOn: string | null }[]) {
  await db.delete(certifications).where(eq(certifications.employeeId, employeeId));
  if (list.length) await db.insert(certifications).values(list.map((c) => ({ ...c, employeeId, servicePointId: pointId })));
}

export async function assignmentsOf(db: Q, employeeIds: string[]) {
  if (!employeeIds.length) return [];
  return db
    .select({
      employeeId: assignments.employeeId,
      positionId: assignments.positionId,
      positionTitle: positions.titleZh,
      teamId: assignments.teamId,
      teamName: teams.nameZh,
      isPrimary: assignments.isPrimary,
    })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .leftJoin(teams, eq(teams.id, assignments.teamId))
    .where(inArray(assignments.employeeId, employeeIds));
}
export async function replaceAssignments(
  db: Q,
  pointId: string,
  employeeId: string,
  list: { positionId: string; teamId: string | null; isPrimary: boolean }[],
) {
  await db.delete(assignments).where(eq(assignments.employeeId, employeeId));
  if (list.length) await db.insert(assignments).values(list.map((a) => ({ ...a, employeeId, servicePointId: pointId })));
}
/** All holdings of a point (for the org rules). */
export const holdingsOfPoint = (db: Q, pointId: string) =>
  db
    .select({ employeeId: assignments.employeeId, positionId: assignments.positionId })
    .from(assignments)
    .innerJoin(employees, and(eq(employees.id, assignments.employeeId), eq(employees.isActive, true)))
    .where(eq(assignments.servicePointId, pointId));

/** The active employee holding a position (the lowest employee number when several do). */
export async function holderOf(q: Q, positionId: string) {
  const [row] = await q
    .select({ employeeId: employees.id, name: employees.name })
    .from(assignments)
    .innerJoin(employees, and(eq(employees.id, assignments.employeeId), eq(employees.isActive, true)))
    .where(eq(assignments.positionId, positionId))
    .orderBy(asc(employees.employeeNo))
    .limit(1);
  return row;
}

/** Names of employees by id. */
export const employeeNamesOf = (db: Q, ids: string[]) =>
  ids.length ? db.select({ id: employees.id, name: employees.name }).from(employees).where(inArray(employees.id, ids)) : Promise.resolve([]);
/** How many active employees hold a position of the point that does workshop work (technicians on shift). */
export async function countTechniciansOnShift(db: Q, pointId: string) {
  const rows = await db
    .selectDistinct({ id: employees.id })
    .from(assignments)
    .innerJoin(employees, and(eq(employees.id, assignments.employeeId), eq(employees.isActive, true)))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(and(eq(assignments.servicePointId, pointId), sql`${positions.permissions} ? 'workshop.work'`));
  return rows.length;
}
/** Active employees of the point whose trade is one of `trades` and who hold a position that does workshop work. */
export const techniciansOfTrades = (db: Q, pointId: string, trades: string[]) =>
  db
    .selectDistinct({ id: employees.id })
    .from(employees)
    .innerJoin(assignments, eq(assignments.employeeId, employees.id))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(
      and(
        eq(employees.servicePointId, pointId),
        eq(employees.isActive, true),
        inArray(employees.trade, trades),
        sql`${positions.permissions} ? 'workshop.work'`,
      ),
    );
