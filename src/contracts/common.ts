import { z } from '@hono/zod-openapi';
import { zhCN } from 'zod/v4/locales';

// Every default validation message in Chinese, the users' language (a field's own message still wins).
z.config(zhCN());
import { validatePhone } from '../domain/identifiers/phone.js';

export const Version = z.number({ message: '缺少版本号 version' }).int().min(1);
export const Page = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const PointQuery = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
});
export const paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.int32(), page: z.int32(), pageSize: z.int32() });

/** Any phone field (optional): the one phone rule of src/domain — mobile, landline with area code, or 400/800. */
export const Phone = z
  .string()
  .trim()
  .max(30)
  .superRefine((v, ctx) => {
    if (v === '') return;
    const r = validatePhone(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });
/** Chinese mobile number: 11 digits starting 13–19. */
export const MobilePhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号须为 11 位数字,以 13–19 开头');
/** Dates and times the business can mean: years 1900–2200 (year 0 or 99999 are refused as input errors). */
const isSaneYear = (s: string) => {
  const year = Number(s.slice(0, 4));
  return year >= 1900 && year <= 2200;
};
const SANE_YEAR = '日期须在 1900–2200 年之间';
export const IsoDate = z.iso.date({ message: '日期格式须为 YYYY-MM-DD' }).refine(isSaneYear, SANE_YEAR);
/** An instant with its offset, e.g. 2026-11-22T09:30:00+08:00. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: '须为带时区的 ISO 8601 时间,如 2026-11-22T09:30:00+08:00' }).refine(isSaneYear, SANE_YEAR);

/**
 * The PATCH form of a create schema: every field optional and *no defaults*. (zod 4 applies defaults
 * inside `.partial()`, which would silently reset omitted fields on update.)
 */
export function patchOf<S extends z.ZodRawShape>(o: z.ZodObject<S>): ReturnType<z.ZodObject<S>['partial']> {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(o.shape)) {
    const inner = v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType);
    shape[k] = inner.optional();
  }
  return z.object(shape) as unknown as ReturnType<z.ZodObject<S>['partial']>;
}

/** `{ items: [...] }`, the envelope of every unpaged list. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/**
 * Any JSON value (jsonb columns whose shape the API does not fix, e.g. audit snapshots). Documented without
 * recursion (`type` list, any items / properties) so OpenAPI tools need no self-referencing schema.
 */
export const JsonValue = z.json().openapi('JsonValue', {
  type: ['string', 'number', 'boolean', 'null', 'array', 'object'],
  items: {},
  additionalProperties: {},
  description: 'Any JSON value',
});
export type JsonValue = z.infer<typeof JsonValue>;
/** A JSON object, e.g. a row snapshot. */
export const JsonRecord = z.record(z.string(), JsonValue);
export type JsonRecord = z.infer<typeof JsonRecord>;

/** A multipart upload of one .xlsx file in the field `file` (checked by the handler, which names a missing file). */
export const XlsxUpload = z.object({ file: z.custom<File>().optional().openapi({ type: 'string', format: 'binary' }) });
/** A file download (xlsx, attachments). */
export const BinaryFile = z.string().openapi({ format: 'binary' });
/** A printable A4 HTML page. */
export const HtmlPage = z.string();
/** A Server-Sent Events stream. */
export const EventStream = z.string();
/** `?version=` of DELETE requests (optimistic lock). */
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1, '缺少版本号 version') });
/** `{ version }`, the answer of a save that returns nothing else. */
export const VersionResult = z.object({ version: z.number() });
export type VersionResult = z.infer<typeof VersionResult>;

/** The error envelope of every failure: {"error":{"code","message","fields"}}. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;
/** A path id (uuid). */
export const IdParam = z.object({ id: z.uuid({ message: '无效的编号' }) });
/** The body of an action that only acknowledges. */
export const Ok = z.object({ ok: z.literal(true) });
