/** Field KPIs: the report by region, point or engineer (drill-down as filters) and its .xlsx. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { BinaryFile } from '../../../contracts/common.js';
import { FieldBoardQuery } from '../../../contracts/field-service.js';
import { FIELD_COUNTER_KEYS, FIELD_KPI_KEYS } from '../../../domain/field/kpi.js';
import type { KpiService } from './kpis.service.js';

const tag = 'Field service 现场服务';
const FieldKpiQuery = z.object({
  from: FieldBoardQuery.shape.date,
  to: FieldBoardQuery.shape.date,
  groupBy: z.enum(['point', 'region', 'engineer'], { message: '分组须为 point / region / engineer' }).default('engineer'),
  region: z
    .string()
    .regex(/^(\d{6}|—)$/, { message: '地区须为 6 位行政区划代码' })
    .optional(),
  servicePointId: z.uuid({ message: '服务网点无效' }).optional(),
});
const Values = Object.fromEntries(FIELD_KPI_KEYS.map((k) => [k, z.number().nullable()])) as Record<string, z.ZodNullable<z.ZodNumber>>;
const Counters = z.object(Object.fromEntries(FIELD_COUNTER_KEYS.map((k) => [k, z.number()])) as Record<(typeof FIELD_COUNTER_KEYS)[number], z.ZodNumber>);
const FieldKpiLine = z.object({ key: z.string(), label: z.string(), counters: Counters, ...Values }).openapi('FieldKpiLine');
const FieldKpiDefinition = z
  .object({
    key: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    unit: z.enum(['count', 'ratio', 'minutes', 'score']),
    formulaZh: z.string(),
    formulaEn: z.string(),
    higherIsBetter: z.boolean(),
  })
  .openapi('FieldKpiDefinition');
const FieldKpiReport = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(['point', 'region', 'engineer']),
    region: z.string().nullable(),
    regionLabel: z.string().nullable(),
    servicePointId: z.string().nullable(),
    servicePointLabel: z.string().nullable(),
    definitions: z.array(FieldKpiDefinition),
    total: FieldKpiLine,
    rows: z.array(FieldKpiLine),
  })
  .openapi('FieldKpiReport');

export function fieldKpiRoutes(kpis: KpiService) {
  const r = newRouter();
  const reader = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, ['field.dispatch', 'reports.read']);
  r.openapi(
    createRoute({
      method: 'get',
      path: '/field/kpis',
      tags: [tag],
      summary: '现场服务指标(联系及时率、上门及时率、一次修复率、90 天重复维修率、MTTR、48 小时完成率、评价),按地区/网点/工程师',
      request: { query: FieldKpiQuery },
      responses: { 200: jsonOk(FieldKpiReport), ...errorResponses },
    }),
    async (c) => c.json(await kpis.kpis(reader(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/field/kpis/export',
      tags: [tag],
      summary: '导出现场服务指标 .xlsx',
      request: { query: FieldKpiQuery },
      responses: { 200: { description: 'xlsx', content: { [XLSX_TYPE]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const buf = await kpis.workbook(reader(c), q);
      return c.body(new Uint8Array(buf), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="field-kpi-${q.from}.xlsx"; filename*=UTF-8''${encodeURIComponent(`现场服务指标-${q.from}-${q.to}.xlsx`)}`,
      });
    },
  );
  return r;
}
