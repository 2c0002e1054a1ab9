/** Attachments shared by features (photos): the upload shape inside a feature's request, and what lists show. */
import { z } from '@hono/zod-openapi';

/** One photo in a JSON request: the name and the bytes as base64 (a `data:image/…;base64,` prefix is accepted). */
export const AttachmentUpload = z
  .object({
    fileName: z.string().trim().min(1, '请填写文件名').max(120, '文件名最多 120 个字符'),
    contentBase64: z
      .string()
      .max(2_900_000, '文件不能超过 2 MB')
      .regex(/^(data:(image\/[a-z]+|application\/pdf);base64,)?[A-Za-z0-9+/]*={0,2}$/, '须为 base64 编码的图片或 PDF'),
  })
  .openapi('AttachmentUpload');
export type AttachmentUpload = z.infer<typeof AttachmentUpload>;

/** An attachment as lists show it; download through GET /attachments/{id}. */
export const AttachmentInfo = z
  .object({ id: z.string(), fileName: z.string(), mimeType: z.string(), size: z.number(), createdAt: z.string() })
  .openapi('AttachmentInfo');
export type AttachmentInfo = z.infer<typeof AttachmentInfo>;
