import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { JsonValue } from '../../../contracts/common.js';
import type { AuditEntry, AuditQuery } from '../../../contracts/audit.js';
import { listAudit } from './audit.repo.js';

/** Reading the audit log: entries of the actor's points and below, newest first. */
export function createAuditService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async list(actor: Actor, q: AuditQuery): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
      const { rows, total } = await listAudit(db, {
        scopePath: actor.pointPath,
        entityType: q.entityType,
        entityId: q.entityId,
        actorUserId: q.actorUserId,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return {
        items: rows.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          actorName: e.actorName,
          actorUserId: e.actorUserId,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          summary: e.summary,
          // insertAudit stores JSON.parse(JSON.stringify(…)) of the snapshots: always JSON.
          before: e.before as JsonValue,
          after: e.after as JsonValue,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
