import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { type AttachmentOwnerType, attachmentProblem, maxAttachmentsOf, PDF_OWNER_TYPES, sniffFileType } from '../../../domain/attachments/files.js';
import type { AttachmentInfo, AttachmentUpload } from '../../../contracts/attachments.js';
import { AppError, type FieldError, notFound } from '../../http/errors.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './attachments.repo.js';

const bytesOf = (b64: string) => Buffer.from(b64.replace(/^data:[^,]*,/, ''), 'base64');

/**
 * Store photos of one owner inside the caller's transaction. Every file is checked by its magic bytes, size and the
 * owner's count; any problem refuses them all, field by field (`path` prefix, e.g. 'photos').
 */
export async function saveAttachmentsInTx(
  tx: Tx,
  o: { servicePointId: string; ownerType: AttachmentOwnerType; ownerId: string; files: AttachmentUpload[]; userId: string | null; path: string },
): Promise<string[]> {
  const existing = await repo.countFor(tx, o.ownerType, o.ownerId);
  const decoded = o.files.map((f) => ({ ...f, bytes: bytesOf(f.contentBase64) }));
  const fields: FieldError[] = [];
  const allowPdf = PDF_OWNER_TYPES.includes(o.ownerType);
  decoded.forEach((f, i) => {
    const problem = attachmentProblem(f.bytes, existing + i, { allowPdf, maxCount: maxAttachmentsOf(o.ownerType) });
    if (problem) fields.push({ path: `${o.path}.${i}`, message: `${f.fileName}:${problem}` });
  });
  if (fields.length)
    throw new AppError(
      'VALIDATION',
      allowPdf ? '文件有误:只能上传 2 MB 以内的 JPG、PNG、WebP 或 PDF' : '图片有误:只能上传 2 MB 以内的 JPG、PNG 或 WebP',
      fields,
    );
  const ids: string[] = [];
  for (const f of decoded) {
    const row = await repo.insertAttachment(tx, {
      servicePointId: o.servicePointId,
      ownerType: o.ownerType,
      ownerId: o.ownerId,
      fileName: f.fileName,
      mimeType: sniffFileType(f.bytes, allowPdf)!,
      size: f.bytes.length,
      content: f.bytes.toString('base64'),
      createdByUserId: o.userId,
    });
    ids.push(row.id);
  }
  return ids;
}

/** The attachments of some owners (no content), by owner id. */
export async function attachmentsOf(q: Db | Tx, ownerType: AttachmentOwnerType, ownerIds: string[]): Promise<Map<string, AttachmentInfo[]>> {
  const out = new Map<string, AttachmentInfo[]>();
  for (const a of await repo.listFor(q, ownerType, ownerIds)) {
    const list = out.get(a.ownerId) ?? [];
    list.push({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, createdAt: a.createdAt.toISOString() });
    out.set(a.ownerId, list);
  }
  return out;
}

/** One attachment with its bytes, if the actor's scope covers its point (404 otherwise, so nothing leaks). */
export async function downloadAttachment(db: Db, actor: Actor, id: string) {
  const a = await repo.findAttachment(db, id);
  if (!a) throw notFound('附件');
  await visiblePoint(db, actor, a.servicePointId);
  return { fileName: a.fileName, mimeType: a.mimeType, bytes: Buffer.from(a.content, 'base64') };
}

/** What the download route needs. */
export const attachmentDownloads = (db: Db) => ({ download: (actor: Actor, id: string) => downloadAttachment(db, actor, id) });
export type AttachmentDownloads = ReturnType<typeof attachmentDownloads>;
