import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { attachments } from '../../db/schema.js';

type Q = Db | Tx;
export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(q: Q, a: typeof attachments.$inferInsert) {
  const [row] = await q.insert(attachments).values(a).returning({ id: attachments.id });
  return row;
}
export async function countFor(q: Q, ownerType: string, ownerId: string) {
  const [{ n }] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(attachments)
    .where(and(eq(attachments.ownerType, ownerType), eq(attachments.ownerId, ownerId)));
  return n;
}
/** What lists show (no content). */
export const listFor = (q: Q, ownerType: string, ownerIds: string[]) =>
  ownerIds.length
    ? q
        .select({
          id: attachments.id,
          ownerId: attachments.ownerId,
          fileName: attachments.fileName,
          mimeType: attachments.mimeType,
          size: attachments.size,
          createdAt: attachments.createdAt,
        })
        .from(attachments)
        .where(and(eq(attachments.ownerType, ownerType), inArray(attachments.ownerId, ownerIds)))
        .orderBy(asc(attachments.createdAt), asc(attachments.id))
    : Promise.resolve([]);
export async function findAttachment(q: Q, id: string) {
  const [row] = await q.select().from(attachments).where(eq(attachments.id, id));
  return row;
}
