import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { auditEntries, servicePoints } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';

export interface AuditInput {
  servicePointId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

/** Append one audit entry inside the caller's transaction. */
export async function insertAudit(tx: Tx | Db, actor: Pick<Actor, 'userId' | 'displayName'> | null, e: AuditInput) {
  await tx.insert(auditEntries).values({
    servicePointId: e.servicePointId,
    actorUserId: actor?.userId ?? null,
    actorName: actor?.displayName ?? '系统',
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    summary: e.summary ?? '',
    before: e.before === undefined ? null : JSON.parse(JSON.stringify(e.before)),
    after: e.after === undefined ? null : JSON.parse(JSON.stringify(e.after)),
  });
}

export interface AuditFilter {
  scopePath: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  const conds: SQL[] = [sql`${auditEntries.servicePointId} in (select id from ${servicePoints} where path like ${f.scopePath + '%'})`];
  if (f.entityType) conds.push(eq(auditEntries.entityType, f.entityType));
  if (f.entityId) conds.push(eq(auditEntries.entityId, f.entityId));
  if (f.actorUserId) conds.push(eq(auditEntries.actorUserId, f.actorUserId));
  if (f.from) conds.push(gte(auditEntries.at, f.from));
  if (f.to) conds.push(lte(auditEntries.at, f.to));
  const where = and(...conds);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(auditEntries).where(where).orderBy(desc(auditEntries.at)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(auditEntries).where(where),
  ]);
  return { rows, total };
}

/** Erasure of personal data: the entries about an entity keep who, when and what, but lose their before/after copies. */
export async function redactAuditOf(tx: Tx | Db, entityType: string, entityId: string) {
  await tx
    .update(auditEntries)
    .set({ before: null, after: null })
    .where(and(eq(auditEntries.entityType, entityType), eq(auditEntries.entityId, entityId)));
}
