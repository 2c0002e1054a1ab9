/** Reports upward: monthly station report, quarterly 小结, annual 总结. */
import { z } from '@hono/zod-openapi';
import { Version, paged } from './common.js';

export const ReportKind = z.enum(['monthly', 'quarterly', 'annual'], { message: '报告类型须为月度/季度/年度' });
export const ReportStatus = z.enum(['draft', 'submitted', 'acknowledged']);

export const ReportCreate = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
  kind: ReportKind,
  /** '2026-11' (monthly), '2026-Q4' (quarterly), '2026' (annual); not in the future. */
  period: z.string().trim().min(1, '请填写报告期间').max(10),
});
export const ReportUpdate = z.object({ version: Version, sections: z.record(z.string(), z.string().max(20_000, '每节最多 20000 字')) });
export const ReportAct = z.object({
  version: Version,
  action: z.enum(['submit', 'acknowledge', 'reopen', 'refresh'], { message: '操作须为提交/确认/退回/刷新数字' }),
  note: z.string().trim().max(2000).default(''),
});
export const ReportQuery = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
  kind: ReportKind.optional(),
  status: ReportStatus.optional(),
  /** Words in the title or the commentary. */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const Figure = z.object({ value: z.number().nullable(), previous: z.number().nullable(), lastYear: z.number().nullable(), target: z.number().nullable() });
export const Report = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    pointName: z.string(),
    kind: ReportKind,
    period: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    title: z.string(),
    status: ReportStatus,
    figures: z.record(z.string(), Figure),
    sections: z.array(
      z.object({
        key: z.string(),
        titleZh: z.string(),
        text: z.string(),
        kpis: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), unit: z.string(), formulaZh: z.string() })),
      }),
    ),
    authorName: z.string(),
    submittedAt: z.string().nullable(),
    submittedByName: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    acknowledgedByName: z.string().nullable(),
    acknowledgeNote: z.string(),
    /** What the caller may do now. */
    canEdit: z.boolean(),
    canAcknowledge: z.boolean(),
    version: z.int32(),
    createdAt: z.string(),
  })
  .openapi('NetworkReport');
export type Report = z.infer<typeof Report>;
export const ReportList = paged(Report.omit({ figures: true, sections: true })).openapi('NetworkReportList');
