/** The KPI pack (关键绩效指标): a scope's KPIs for a period with comparisons, targets, drill-down and trend. */
import { z } from '@hono/zod-openapi';
import { IsoDate } from './common.js';

export const KpiPeriodKind = z.enum(['day', 'week', 'month', 'quarter', 'year', 'custom'], { message: '期间须为日/周/月/季/年/自定义' });

export const KpiQuery = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
  period: KpiPeriodKind.default('month'),
  /** A date in the period (default: today in the point's zone); custom periods use from/to. */
  date: IsoDate.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type KpiQuery = z.infer<typeof KpiQuery>;

const Range = z.object({ from: z.string(), to: z.string() });
const Values = z.record(z.string(), z.number().nullable());

export const KpiFigure = z
  .object({
    key: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    group: z.string(),
    unit: z.enum(['count', 'fen', 'ratio', 'score']),
    formulaZh: z.string(),
    formulaEn: z.string(),
    higherIsBetter: z.boolean(),
    value: z.number().nullable(),
    previous: z.number().nullable(),
    lastYear: z.number().nullable(),
    target: z.number().nullable(),
    targetMet: z.boolean().nullable(),
  })
  .openapi('KpiFigure');

export const KpiView = z
  .object({
    point: z.object({ id: z.string(), code: z.string(), nameZh: z.string(), kind: z.string(), parentId: z.string().nullable() }),
    period: Range.extend({ kind: KpiPeriodKind }),
    previous: Range,
    lastYear: Range,
    kpis: z.array(KpiFigure),
    /** Drill-down: the scope's direct children (each over its own subtree) … */
    children: z.array(z.object({ id: z.string(), code: z.string(), nameZh: z.string(), kind: z.string(), values: Values })),
    /** … or, at a point with no children, its advisors and technicians. */
    people: z.array(z.object({ employeeId: z.string(), name: z.string(), role: z.enum(['advisor', 'technician']), values: Values })),
    trend: z.array(z.object({ label: z.string(), values: Values })),
  })
  .openapi('KpiView');
export type KpiView = z.infer<typeof KpiView>;

export const KpiTargets = z.object({ servicePointId: z.string(), targets: z.record(z.string(), z.number()) }).openapi('KpiTargets');
export type KpiTargets = z.infer<typeof KpiTargets>;
/** Targets to set (null clears one); each ≥ 0, ratios ≤ 1. */
export const KpiTargetsUpdate = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }),
  targets: z.record(z.string(), z.number({ message: '目标须为数字' }).nullable()),
});
