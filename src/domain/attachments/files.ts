/**
 * Attachments (photos) shared by features: what may be stored. The type is read from the file's first bytes, never
 * from its name or the browser's claim, so a script renamed to .jpg is refused.
 */

/** Who an attachment belongs to. New owners (QC items, the pre-check diagram…) add a value here. */
export const ATTACHMENT_OWNER_TYPES = [
  'extra_work',
  'qc_item',
  'pre_check',
  'insurance_case',
  'insurance_assessment',
  'field_visit',
  'warranty_claim',
  'knowledge_article',
  'tech_request',
  'tech_appraisal',
  'accreditation_record',
] as const;
export type AttachmentOwnerType = (typeof ATTACHMENT_OWNER_TYPES)[number];

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** Largest file, in bytes (a phone photo resized by the page stays well below). */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
/** Most files one owner may have. */
export const MAX_ATTACHMENTS_PER_OWNER = 6;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** The image type from the magic bytes: JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A, WebP "RIFF"…"WEBP"; else null. */
export function sniffImageType(b: Uint8Array): ImageType | null {
  if (b.length >= 3 && startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (b.length >= 8 && startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (b.length >= 12 && startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** Owners that may also hold PDF documents (scanned 定损单, accident findings, licences). */
export const PDF_OWNER_TYPES: readonly AttachmentOwnerType[] = ['insurance_case', 'insurance_assessment', 'accreditation_record'];
export const maxAttachmentsOf = (ownerType: AttachmentOwnerType) => (PDF_OWNER_TYPES.includes(ownerType) ? 20 : MAX_ATTACHMENTS_PER_OWNER);

/** The file type from the magic bytes: an image as sniffImageType, or a PDF ("%PDF-") where PDFs are allowed; else null. */
export function sniffFileType(b: Uint8Array, allowPdf = false): ImageType | 'application/pdf' | null {
  const image = sniffImageType(b);
  if (image) return image;
  if (allowPdf && b.length >= 5 && startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** Why a file may not be stored (Chinese, for the field), or null when it may. */
export function attachmentProblem(b: Uint8Array, existingCount: number, o: { allowPdf?: boolean; maxCount?: number } = {}): string | null {
  const max = o.maxCount ?? MAX_ATTACHMENTS_PER_OWNER;
  if (!b.length) return '文件为空';
  if (b.length > MAX_ATTACHMENT_BYTES) return `文件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`;
  if (!sniffFileType(b, o.allowPdf)) return o.allowPdf ? '只能上传 JPG、PNG、WebP 图片或 PDF' : '只能上传 JPG、PNG 或 WebP 图片';
  if (existingCount >= max) return o.allowPdf ? `最多 ${max} 个文件` : `最多 ${max} 张图片`;
  return null;
}
