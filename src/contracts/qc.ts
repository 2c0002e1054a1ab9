/** QC checklists (质检项目): the station's items per kind of work, an order's items, and one item's result. */
import { z } from '@hono/zod-openapi';
import { QC_CHECKLIST_KINDS } from '../domain/qc/checklist.js';
import { Version } from './common.js';

const Item = z.string().trim().min(1, { message: '质检项目不能为空' }).max(100, { message: '质检项目最多 100 字' });
const Lists = z.object(
  Object.fromEntries(QC_CHECKLIST_KINDS.map((k) => [k, z.array(z.string())])) as Record<(typeof QC_CHECKLIST_KINDS)[number], z.ZodArray<z.ZodString>>,
);

/** The station's lists (defaults for kinds it has not set) and the defaults; version 0 = never saved. */
export const QcChecklistSettings = z.object({ servicePointId: z.string(), version: z.number(), lists: Lists, defaults: Lists }).openapi('QcChecklistSettings');
export type QcChecklistSettings = z.infer<typeof QcChecklistSettings>;

export const QcChecklistUpdate = z
  .object({
    servicePointId: z.uuid().optional(),
    /** The version read (0 when never saved). */
    version: z.int().min(0, { message: '版本号无效' }).max(2_147_483_647, { message: '版本号无效' }),
    lists: z.object(Object.fromEntries(QC_CHECKLIST_KINDS.map((k) => [k, z.array(Item).max(40, { message: '每类最多 40 项' }).optional()]))).strict(),
  })
  .openapi('QcChecklistUpdate');
export type QcChecklistUpdate = z.infer<typeof QcChecklistUpdate>;

/** The items an order's QC answers (its type, plus 钣喷 for body or paint jobs). */
export const QcOrderChecklist = z
  .object({ workOrderId: z.string(), kinds: z.array(z.enum(QC_CHECKLIST_KINDS)), items: z.array(z.string()) })
  .openapi('QcOrderChecklist');

/** One answered item: pass/fail and a note (required on a fail). */
export const QcItemResult = z
  .object({
    item: Item,
    passed: z.boolean({ message: '请选择合格或不合格' }),
    note: z.string().trim().max(200, { message: '说明最多 200 字' }).default(''),
  })
  .openapi('QcItemResult');

export { Version };
