/** Queries of network administration: profiles, accreditation records, scorecards, evaluations, rectification. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { accreditationRecords, pointProfiles, rectificationActions, scorecardEntries, scorecards, servicePoints } from '../../db/schema.js';

type Q = Db | Tx;
export type ProfileRow = typeof pointProfiles.$inferSelect;
export type ScorecardRow = typeof scorecards.$inferSelect;
export type EntryRow = typeof scorecardEntries.$inferSelect;
export type RectificationRow = typeof rectificationActions.$inferSelect;

export const profilesOf = (q: Q, ids: string[]) =>
  ids.length ? q.select().from(pointProfiles).where(inArray(pointProfiles.servicePointId, ids)) : Promise.resolve([] as ProfileRow[]);

/** The point's profile, made (普通, 运营) on first use and locked for the update that follows. */
export async function profileForUpdate(tx: Tx, pointId: string, init?: Partial<typeof pointProfiles.$inferInsert>) {
  await tx
    .insert(pointProfiles)
    .values({ servicePointId: pointId, ...init })
    .onConflictDoNothing();
  const [row] = await tx.select().from(pointProfiles).where(eq(pointProfiles.servicePointId, pointId)).for('update');
  return row;
}
export async function updateProfile(tx: Tx, pointId: string, version: number, patch: Partial<typeof pointProfiles.$inferInsert>, at: Date) {
  const [row] = await tx
    .update(pointProfiles)
    .set({ ...patch, updatedAt: at, version: sql`${pointProfiles.version} + 1` })
    .where(and(eq(pointProfiles.servicePointId, pointId), eq(pointProfiles.version, version)))
    .returning();
  return row;
}

export const recordsOf = (q: Q, pointId: string) =>
  q
    .select()
    .from(accreditationRecords)
    .where(eq(accreditationRecords.servicePointId, pointId))
    .orderBy(asc(accreditationRecords.on), asc(accreditationRecords.createdAt));
export async function insertRecord(tx: Tx, v: typeof accreditationRecords.$inferInsert) {
  const [row] = await tx.insert(accreditationRecords).values(v).returning();
  return row;
}

export const scorecardsFor = (q: Q, pointIds: string[]) =>
  pointIds.length ? q.select().from(scorecards).where(inArray(scorecards.servicePointId, pointIds)).orderBy(asc(scorecards.createdAt)) : Promise.resolve([]);
export async function findScorecard(q: Q, id: string) {
  const [row] = await q
    .select({ s: scorecards, path: servicePoints.path })
    .from(scorecards)
    .innerJoin(servicePoints, eq(servicePoints.id, scorecards.servicePointId))
    .where(eq(scorecards.id, id));
  return row;
}
export async function insertScorecard(tx: Tx, v: typeof scorecards.$inferInsert) {
  const [row] = await tx.insert(scorecards).values(v).returning();
  return row;
}
export async function updateScorecard(tx: Tx, id: string, version: number, patch: Partial<typeof scorecards.$inferInsert>, at: Date) {
  const [row] = await tx
    .update(scorecards)
    .set({ ...patch, updatedAt: at, version: sql`${scorecards.version} + 1` })
    .where(and(eq(scorecards.id, id), eq(scorecards.version, version)))
    .returning();
  return row;
}

export const entriesOf = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select({ e: scorecardEntries, name: scorecards.nameZh })
        .from(scorecardEntries)
        .innerJoin(scorecards, eq(scorecards.id, scorecardEntries.scorecardId))
        .where(inArray(scorecardEntries.servicePointId, pointIds))
        .orderBy(asc(scorecardEntries.period), asc(scorecardEntries.createdAt))
    : Promise.resolve([]);
export async function findEntry(q: Q, id: string) {
  const [row] = await q.select().from(scorecardEntries).where(eq(scorecardEntries.id, id));
  return row;
}
export async function findEntryByPeriod(q: Q, pointId: string, scorecardId: string, period: string) {
  const [row] = await q
    .select()
    .from(scorecardEntries)
    .where(and(eq(scorecardEntries.servicePointId, pointId), eq(scorecardEntries.scorecardId, scorecardId), eq(scorecardEntries.period, period)));
  return row;
}
export async function insertEntry(tx: Tx, v: typeof scorecardEntries.$inferInsert) {
  const [row] = await tx.insert(scorecardEntries).values(v).returning();
  return row;
}

export const rectificationsOf = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select({ a: rectificationActions, pointName: servicePoints.nameZh, path: servicePoints.path })
        .from(rectificationActions)
        .innerJoin(servicePoints, eq(servicePoints.id, rectificationActions.servicePointId))
        .where(inArray(rectificationActions.servicePointId, pointIds))
        .orderBy(asc(rectificationActions.dueOn), desc(rectificationActions.createdAt))
    : Promise.resolve([]);
export async function findRectification(q: Q, id: string) {
  const [row] = await q
    .select({ a: rectificationActions, pointName: servicePoints.nameZh, path: servicePoints.path })
    .from(rectificationActions)
    .innerJoin(servicePoints, eq(servicePoints.id, rectificationActions.servicePointId))
    .where(eq(rectificationActions.id, id));
  return row;
}
export async function insertRectification(tx: Tx, v: typeof rectificationActions.$inferInsert) {
  const [row] = await tx.insert(rectificationActions).values(v).returning();
  return row;
}
export async function updateRectification(tx: Tx, id: string, version: number, patch: Partial<typeof rectificationActions.$inferInsert>, at: Date) {
  const [row] = await tx
    .update(rectificationActions)
    .set({ ...patch, updatedAt: at, version: sql`${rectificationActions.version} + 1` })
    .where(and(eq(rectificationActions.id, id), eq(rectificationActions.version, version)))
    .returning();
  return row;
}
