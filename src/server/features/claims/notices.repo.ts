/** Who at a station hears of the manufacturer's decisions: queries only. */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assignments, employees, positions, users } from '../../db/schema.js';

type Q = Db | Tx;

/** The active employees holding the 索赔专员 position at a point. */
export async function claimSpecialistsAt(q: Q, pointId: string) {
  const rows = await q
    .selectDistinct({ employeeId: employees.id })
    .from(assignments)
    .innerJoin(employees, and(eq(employees.id, assignments.employeeId), eq(employees.isActive, true)))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(and(eq(assignments.servicePointId, pointId), or(inArray(positions.templateKey, ['claims-specialist']), eq(positions.titleZh, '索赔专员'))));
  return rows.map((r) => r.employeeId);
}

/** The employee behind a login (null for accounts without one). */
export async function employeeOfUser(q: Q, userId: string) {
  const [row] = await q.select({ employeeId: users.employeeId }).from(users).where(eq(users.id, userId));
  return row?.employeeId ?? null;
}
