/** Queries of user accounts (users joined to their point's and employee's names for presentation). */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { employees, servicePoints, users } from '../../db/schema.js';

type Q = Db | Tx;
export type UserRow = typeof users.$inferSelect;
/** A user with the names the API shows beside it. */
export interface UserView {
  user: UserRow;
  servicePointName: string;
  employeeName: string | null;
}

const view = { user: users, servicePointName: servicePoints.nameZh, employeeName: employees.name };

export async function findUserView(q: Q, id: string): Promise<UserView | undefined> {
  const [row] = await q
    .select(view)
    .from(users)
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .leftJoin(employees, eq(employees.id, users.employeeId))
    .where(eq(users.id, id));
  return row;
}
/** Users of every point whose path starts with `pointPath`, by username. */
export function listUserViews(q: Q, pointPath: string): Promise<UserView[]> {
  return q
    .select(view)
    .from(users)
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .leftJoin(employees, eq(employees.id, users.employeeId))
    .where(like(servicePoints.path, `${pointPath}%`))
    .orderBy(asc(users.username));
}
export async function insertUser(q: Q, v: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await q.insert(users).values(v).returning();
  return row;
}
/** Optimistic update: undefined when `version` is stale. */
export async function updateUser(q: Q, id: string, version: number, patch: Partial<typeof users.$inferInsert>, at: Date): Promise<UserRow | undefined> {
  const [row] = await q
    .update(users)
    .set({ ...patch, updatedAt: at, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}
export async function setUserLocale(q: Q, userId: string, locale: string) {
  await q.update(users).set({ locale }).where(eq(users.id, userId));
}
