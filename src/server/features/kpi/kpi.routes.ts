import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile, PointQuery } from '../../../contracts/common.js';
import { KpiQuery, KpiTargets, KpiTargetsUpdate, KpiView } from '../../../contracts/kpi.js';
import type { KpiPackService } from './kpi.service.js';
import { kpiWorkbook } from './kpi-xlsx.js';

const tag = 'KPI 关键绩效指标';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The KPI view of a scope and period, its .xlsx, and the targets per point. */
export function kpiRoutes(kpi: KpiPackService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/kpi',
      tags: [tag],
      summary: 'KPI:范围内(网络/区域/网点)本期、上期、去年同期、目标,下钻与趋势',
      request: { query: KpiQuery },
      responses: { 200: jsonOk(KpiView), ...errorResponses },
    }),
    async (c) => c.json(await kpi.view(requirePermission(c, 'reports.read'), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/kpi/export',
      tags: [tag],
      summary: '导出 KPI 视图 .xlsx',
      request: { query: KpiQuery },
      responses: { 200: { description: 'xlsx', content: { [XLSX]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const view = await kpi.view(requirePermission(c, 'reports.read'), c.req.valid('query'));
      const buf = await kpiWorkbook(view);
      return c.body(new Uint8Array(buf), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="kpi-${view.point.code}-${view.period.from}.xlsx"; filename*=UTF-8''${encodeURIComponent(`KPI-${view.point.nameZh}-${view.period.from}.xlsx`)}`,
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/kpi/targets',
      tags: [tag],
      summary: '网点的 KPI 目标',
      request: { query: PointQuery },
      responses: { 200: jsonOk(KpiTargets), ...errorResponses },
    }),
    async (c) => c.json(await kpi.targets(requirePermission(c, 'reports.read'), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/kpi/targets',
      tags: [tag],
      summary: '设置网点的 KPI 目标(不能小于 0;比率 0–1;null 清除)',
      request: jsonBody(KpiTargetsUpdate),
      responses: { 200: jsonOk(KpiTargets), ...errorResponses },
    }),
    async (c) => c.json(await kpi.setTargets(requirePermission(c, 'network.manage'), c.req.valid('json')), 200),
  );
  return r;
}
