import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assignments, departments, employees, positionLinks, positions, teams } from '../../db/schema.js';

type Q = Db | Tx;
export type PositionRow = typeof positions.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;

// ---- departments
export const listDepartments = (db: Q, pointId: string) =>
  db.select().from(departments).where(eq(departments.servicePointId, pointId)).orderBy(asc(departments.sortOrder), asc(departments.createdAt));
export async function findDepartment(db: Q, id: string) {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row;
}
export async function insertDepartment(db: Q, v: typeof departments.$inferInsert) {
  const [row] = await db.insert(departments).values(v).returning();
  return row;
}
export async function updateDepartment(db: Q, id: string, version: number, patch: Partial<typeof departments.$inferInsert>, at: Date) {
  const [row] = await db
    .update(departments)
    .set({ ...patch, updatedAt: at, version: sql`${departments.version} + 1` })
    .where(and(eq(departments.id, id), eq(departments.version, version)))
    .returning();
  return row;
}
export async function deleteDepartment(db: Q, id: string, version: number) {
  const rows = await db
    .delete(departments)
    .where(and(eq(departments.id, id), eq(departments.version, version)))
    .returning({ id: departments.id });
  return rows.length > 0;
}
/** What still points at a department (sub-departments, positions, teams). */
export async function departmentUsage(db: Q, id: string) {
  const [row] = await db
    .select({
      children: sql<number>`(select count(*)::int from ${departments} where parent_id = ${id})`,
      positions: sql<number>`(select count(*)::int from ${positions} where department_id = ${id})`,
      teams: sql<number>`(select count(*)::int from ${teams} where department_id = ${id})`,
    })
    .from(sql`(select 1) as one`);
  return row;
}

// ---- positions
export const listPositions = (db: Q, pointId: string) =>
  db.select().from(positions).where(eq(positions.servicePointId, pointId)).orderBy(asc(positions.sortOrder), asc(positions.createdAt));
export async function findPosition(db: Q, id: string) {
  const [row] = await db.select().from(positions).where(eq(positions.id, id));
  return row;
}
export async function insertPosition(db: Q, v: typeof positions.$inferInsert) {
  const [row] = await db.insert(positions).values(v).returning();
  return row;
}
export async function updatePosition(db: Q, id: string, version: number, patch: Partial<typeof positions.$inferInsert>, at: Date) {
  const [row] = await db
    .update(positions)
    .set({ ...patch, updatedAt: at, version: sql`${positions.version} + 1` })
    .where(and(eq(positions.id, id), eq(positions.version, version)))
    .returning();
  return row;
}
export async function deletePosition(db: Q, id: string, version: number) {
  const rows = await db
    .delete(positions)
    .where(and(eq(positions.id, id), eq(positions.version, version)))
    .returning({ id: positions.id });
  return rows.length > 0;
}
/** Lock the point's position rows so concurrent structure edits are checked one after another. */
export async function lockPositionsOfPoint(db: Q, pointId: string) {
  await db.execute(sql`select id from ${positions} where service_point_id = ${pointId} for update`);
}

// ---- collaboration links (dashed lines)
export const listLinks = (db: Q, pointId: string) =>
  db.select({ a: positionLinks.positionA, b: positionLinks.positionB }).from(positionLinks).where(eq(positionLinks.servicePointId, pointId));
export async function replaceLinksOf(db: Q, pointId: string, positionId: string, others: string[]) {
  await db.delete(positionLinks).where(or(eq(positionLinks.positionA, positionId), eq(positionLinks.positionB, positionId)));
  const rows = [...new Set(others)]
    .filter((o) => o !== positionId)
    .map((o) => {
      const [a, b] = [positionId, o].sort();
      return { servicePointId: pointId, positionA: a, positionB: b };
    });
  if (rows.length) await db.insert(positionLinks).values(rows).onConflictDoNothing();
}

// ---- teams
export const listTeams = (db: Q, pointId: string) =>
  db
    .select({
      team: teams,
      memberCount: sql<number>`(select count(distinct a.employee_id)::int from ${assignments} a join ${employees} e on e.id = a.employee_id and e.is_active where a.team_id = "teams"."id")`,
    })
    .from(teams)
    .where(eq(teams.servicePointId, pointId))
    .orderBy(asc(teams.createdAt));
export async function findTeam(db: Q, id: string) {
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}
export async function insertTeam(db: Q, v: typeof teams.$inferInsert) {
  const [row] = await db.insert(teams).values(v).returning();
  return row;
}
export async function updateTeam(db: Q, id: string, version: number, patch: Partial<typeof teams.$inferInsert>, at: Date) {
  const [row] = await db
    .update(teams)
    .set({ ...patch, updatedAt: at, version: sql`${teams.version} + 1` })
    .where(and(eq(teams.id, id), eq(teams.version, version)))
    .returning();
  return row;
}

/** Active holders of each position of a point, with their team. */
export const listHolders = (db: Q, pointId: string) =>
  db
    .select({
      positionId: assignments.positionId,
      employeeId: employees.id,
      name: employees.name,
      employeeNo: employees.employeeNo,
      teamName: teams.nameZh,
    })
    .from(assignments)
    .innerJoin(employees, and(eq(employees.id, assignments.employeeId), eq(employees.isActive, true)))
    .leftJoin(teams, eq(teams.id, assignments.teamId))
    .where(eq(assignments.servicePointId, pointId))
    .orderBy(asc(employees.employeeNo));

// ---- reads for other features
/** The point's position heading a function ('customer-service', 'sales'), if there is one. */
export async function findHeadPosition(db: Q, pointId: string, headOf: string) {
  const [row] = await db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.servicePointId, pointId), eq(positions.headOf, headOf)));
  return row;
}
/** The positions of several points (an escalation tree). */
export const positionsOfPoints = (db: Q, pointIds: string[]) =>
  db
    .select({
      id: positions.id,
      servicePointId: positions.servicePointId,
      superiorId: positions.superiorId,
      headOf: positions.headOf,
      title: positions.titleZh,
    })
    .from(positions)
    .where(inArray(positions.servicePointId, pointIds));
/** Department names of several points. */
export const departmentsOfPoints = (db: Q, pointIds: string[]) =>
  db.select({ id: departments.id, name: departments.nameZh }).from(departments).where(inArray(departments.servicePointId, pointIds));
