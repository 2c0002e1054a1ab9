/** Audit log (审计日志) API shapes. */
import { z } from '@hono/zod-openapi';
import { JsonValue, IsoDateTime } from './common.js';

export const AuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    actorName: z.string(),
    actorUserId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    /** Snapshots of the entity before and after the change (null when there is none, e.g. before a create). */
    before: JsonValue,
    after: JsonValue,
  })
  .openapi('AuditEntry');
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(80).optional(),
  actorUserId: z.uuid().optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
