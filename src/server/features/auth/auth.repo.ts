import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import type { AuthorityLimits } from '../../../domain/auth/permissions.js';
import { apiTokens, assignments, loginAttempts, positions, servicePoints, sessions, users } from '../../db/schema.js';

export async function findUserByUsername(db: Db | Tx, username: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

/** The user with their point's path, or undefined. */
export async function findUserWithPoint(db: Db | Tx, userId: string) {
  const [row] = await db
    .select({ user: users, pointPath: servicePoints.path })
    .from(users)
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .where(eq(users.id, userId));
  return row;
}

/** Positions held by an employee (what their permissions and limits derive from). */
export async function positionsOfEmployee(db: Db | Tx, employeeId: string) {
  return db
    .select({ titleZh: positions.titleZh, permissions: positions.permissions, limits: positions.limits })
    .from(assignments)
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(eq(assignments.employeeId, employeeId));
}

/**
 * A live session with its user, the user's point path and the positions the user's employee holds, in one statement
 * (every request reads it: issue 14 point 5). Prepared once per database: built once, and planned once per connection
 * on PostgreSQL (a named statement), instead of at every request.
 */
export async function liveSessionActor(db: Db, tokenHash: string, now: Date) {
  let statement = liveSessionStatements.get(db);
  if (!statement) liveSessionStatements.set(db, (statement = prepareLiveSession(db)));
  const [row] = await statement.execute({ tokenHash, now });
  return row;
}
const prepareLiveSession = (db: Db) =>
  db
    .select({
      session: sessions,
      user: users,
      pointPath: servicePoints.path,
      held: sql<{ titleZh: string; permissions: string[]; limits: AuthorityLimits }[]>`coalesce((
        select json_agg(json_build_object('titleZh', p.title_zh, 'permissions', p.permissions, 'limits', p.limits))
        from ${assignments} a join ${positions} p on p.id = a.position_id where a.employee_id = ${users.employeeId}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(servicePoints, eq(servicePoints.id, users.servicePointId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare('auth_live_session_actor');
const liveSessionStatements = new WeakMap<Db, ReturnType<typeof prepareLiveSession>>();

export async function insertSession(db: Db | Tx, s: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(s);
}
export async function touchSession(db: Db, tokenHash: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}
export async function deleteSession(db: Db | Tx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
export async function deleteSessionsOfUser(db: Db | Tx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function recordLoginAttempt(db: Db | Tx, username: string, ip: string, succeeded: boolean, at: Date) {
  await db.insert(loginAttempts).values({ username: username.toLowerCase(), ip, succeeded, at });
}
/** Failed attempts for this username since `since` (any IP) and from this IP (any username). */
/** Recent failures of this account from this address, and of this address for any account. */
export async function countRecentFailures(db: Db, username: string, ip: string, since: Date) {
  const [row] = await db
    .select({
      byUserAtIp: sql<number>`count(*) filter (where ${loginAttempts.username} = ${username.toLowerCase()} and ${loginAttempts.ip} = ${ip})::int`,
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})::int`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row;
}
export async function clearFailures(db: Db | Tx, username: string) {
  await db.delete(loginAttempts).where(eq(loginAttempts.username, username.toLowerCase()));
}

export async function insertApiToken(db: Db | Tx, t: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(t).returning();
  return row;
}
export async function findLiveToken(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  if (!row || (row.expiresAt && row.expiresAt <= now)) return undefined;
  return row;
}
export async function touchToken(db: Db, id: string, now: Date) {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}
export async function listTokensOfUser(db: Db, userId: string) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(apiTokens.createdAt);
}
export async function findToken(db: Db | Tx, id: string) {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}
export async function revokeToken(db: Db | Tx, id: string, now: Date) {
  await db.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, id));
}

export async function updatePasswordHash(db: Db | Tx, userId: string, passwordHash: string, at: Date) {
  await db
    .update(users)
    .set({ passwordHash, updatedAt: at, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}
