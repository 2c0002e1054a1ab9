/** Queries of service-improvement actions (服务改进). */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { employees, improvementActions } from '../../db/schema.js';

type Q = Db | Tx;
export type ImprovementRow = typeof improvementActions.$inferSelect;

/** The points' actions by due date, with the owner's name. */
export const listImprovementActions = (q: Q, pointIds: string[]) =>
  q
    .select({ a: improvementActions, owner: employees.name })
    .from(improvementActions)
    .leftJoin(employees, eq(employees.id, improvementActions.ownerEmployeeId))
    .where(inArray(improvementActions.servicePointId, pointIds))
    .orderBy(asc(improvementActions.dueOn));
export async function findImprovementAction(q: Q, id: string): Promise<ImprovementRow | undefined> {
  const [row] = await q.select().from(improvementActions).where(eq(improvementActions.id, id));
  return row;
}
export async function insertImprovementAction(q: Q, v: typeof improvementActions.$inferInsert): Promise<ImprovementRow> {
  const [row] = await q.insert(improvementActions).values(v).returning();
  return row;
}
/** Optimistic update: undefined when `version` is stale. */
export async function updateImprovementAction(
  q: Q,
  id: string,
  version: number,
  patch: Partial<typeof improvementActions.$inferInsert>,
  at: Date,
): Promise<ImprovementRow | undefined> {
  const [row] = await q
    .update(improvementActions)
    .set({ ...patch, updatedAt: at, version: sql`${improvementActions.version} + 1` })
    .where(and(eq(improvementActions.id, id), eq(improvementActions.version, version)))
    .returning();
  return row;
}
