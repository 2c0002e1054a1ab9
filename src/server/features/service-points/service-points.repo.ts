import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { servicePoints } from '../../db/schema.js';
import { isValidTimeZone, usableTimeZone } from '../../../domain/time/index.js';
import { log } from '../../log.js';

export type ServicePointRow = typeof servicePoints.$inferSelect;

const warned = new Set<string>();
/**
 * A point as read: a stored time zone that is no IANA name (written before input was checked, or by hand) reads as
 * the network's default, logged once, so no view of it — or of the tree above it — can fail.
 */
function usable<T extends ServicePointRow | undefined>(row: T): T {
  if (!row || isValidTimeZone(row.timeZone)) return row;
  if (!warned.has(row.id)) {
    warned.add(row.id);
    log.warn({ servicePointId: row.id, timeZone: row.timeZone.slice(0, 64) }, 'invalid time zone stored on a service point; using the default');
  }
  return { ...row, timeZone: usableTimeZone(row.timeZone) };
}

export async function findPoint(db: Db | Tx, id: string) {
  const [row] = await db.select().from(servicePoints).where(eq(servicePoints.id, id));
  return usable(row);
}
export async function findPointByCode(db: Db | Tx, code: string) {
  const [row] = await db.select().from(servicePoints).where(eq(servicePoints.code, code));
  return usable(row);
}
/** Every point whose path starts with `scopePath` (the point itself and all below it). */
export async function listPointsUnder(db: Db | Tx, scopePath: string) {
  return (
    await db
      .select()
      .from(servicePoints)
      .where(like(servicePoints.path, `${scopePath}%`))
      .orderBy(asc(servicePoints.path))
  ).map(usable);
}
export async function insertPoint(db: Db | Tx, row: typeof servicePoints.$inferInsert & { id: string }) {
  const [created] = await db.insert(servicePoints).values(row).returning();
  return created;
}
/** Optimistic update: returns undefined when `version` is stale. */
export async function updatePoint(db: Db | Tx, id: string, version: number, patch: Partial<typeof servicePoints.$inferInsert>, at: Date) {
  const [row] = await db
    .update(servicePoints)
    .set({ ...patch, updatedAt: at, version: sql`${servicePoints.version} + 1` })
    .where(and(eq(servicePoints.id, id), eq(servicePoints.version, version)))
    .returning();
  return row;
}
export async function countPoints(db: Db | Tx) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(servicePoints);
  return row.n;
}
/** The points with these ids. */
export const listPointsByIds = (db: Db | Tx, ids: string[]) =>
  ids.length
    ? db
        .select()
        .from(servicePoints)
        .where(inArray(servicePoints.id, ids))
        .then((rows) => rows.map(usable))
    : Promise.resolve([] as ServicePointRow[]);
/**
 * The network's default for anonymous requests: of the points of these kinds, the one the system was set up for (the
 * oldest; among points made together, the highest in the tree). A network's public links name their point by code.
 */
export async function firstPointOfKinds(db: Db | Tx, kinds: string[]) {
  const [row] = await db
    .select()
    .from(servicePoints)
    .where(inArray(servicePoints.kind, kinds))
    .orderBy(asc(servicePoints.createdAt), asc(sql`length(${servicePoints.path})`), asc(servicePoints.code))
    .limit(1);
  return usable(row);
}
/** Hang a point (and everything below it) under a new parent: its parent and every path in the subtree change. */
export async function movePointSubtree(db: Db | Tx, point: ServicePointRow, parent: ServicePointRow, at: Date) {
  const newPath = `${parent.path}${point.id}/`;
  await db
    .update(servicePoints)
    .set({ path: sql`${newPath} || substr(${servicePoints.path}, ${point.path.length + 1})`, updatedAt: at })
    .where(like(servicePoints.path, `${point.path}%`));
  await db.update(servicePoints).set({ parentId: parent.id }).where(eq(servicePoints.id, point.id));
}
