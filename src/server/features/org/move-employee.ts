/**
 * Moving an employee to another point (人员轮换 applies it on the effective date): the employee, their certificates and
 * their one assignment move, and so does every account linked to them — the next request's actor has the new point's
 * data scope and the new position's authority (actors are loaded per request).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assignments, certifications, employees, positions, users } from '../../db/schema.js';

type Q = Db | Tx;

/** Active employees of some points with their primary position's title (for plans and pickers). */
export async function activeEmployeesOfPoints(q: Q, pointIds: string[]) {
  if (!pointIds.length) return [];
  return q
    .select({
      id: employees.id,
      servicePointId: employees.servicePointId,
      name: employees.name,
      employeeNo: employees.employeeNo,
      phone: employees.phone,
      positionTitle: sql<string | null>`(select p.title_zh from ${assignments} a join ${positions} p on p.id = a.position_id
        where a.employee_id = employees.id order by a.is_primary desc limit 1)`,
    })
    .from(employees)
    .where(and(inArray(employees.servicePointId, pointIds), eq(employees.isActive, true)))
    .orderBy(employees.employeeNo);
}

/**
 * Move one employee to `toPointId`, holding `toPositionId` there; returns their employee number there (a new one, the
 * next free E####, when theirs is taken at the new point — numbers are unique per point), or null when they are gone.
 */
export async function moveEmployeeInTx(tx: Tx, m: { employeeId: string; toPointId: string; toPositionId: string; at: Date }) {
  const [cur] = await tx.select({ no: employees.employeeNo }).from(employees).where(eq(employees.id, m.employeeId)).for('update');
  if (!cur) return null;
  const taken = (await tx.select({ no: employees.employeeNo }).from(employees).where(eq(employees.servicePointId, m.toPointId))).map((r) => r.no);
  let no = cur.no;
  if (taken.includes(no)) {
    const max = Math.max(0, ...taken.map((t) => Number(/^E(\d+)$/.exec(t)?.[1] ?? 0)));
    no = `E${String(max + 1).padStart(4, '0')}`;
  }
  await tx
    .update(employees)
    .set({ servicePointId: m.toPointId, employeeNo: no, version: sql`${employees.version} + 1`, updatedAt: m.at })
    .where(eq(employees.id, m.employeeId));
  await tx.update(certifications).set({ servicePointId: m.toPointId }).where(eq(certifications.employeeId, m.employeeId));
  await tx.delete(assignments).where(eq(assignments.employeeId, m.employeeId));
  await tx.insert(assignments).values({ employeeId: m.employeeId, servicePointId: m.toPointId, positionId: m.toPositionId, isPrimary: true, startedOn: null });
  await tx.update(users).set({ servicePointId: m.toPointId, updatedAt: m.at }).where(eq(users.employeeId, m.employeeId));
  return no;
}

/** Employees at `pointId` with one of these phones (phones are unique per point: a move there would clash). */
export async function phoneClashesAt(q: Q, pointId: string, phones: string[]) {
  if (!phones.length) return [];
  return q
    .select({ id: employees.id, phone: employees.phone })
    .from(employees)
    .where(and(eq(employees.servicePointId, pointId), inArray(employees.phone, phones)));
}
