/** Quality inspection (质检) of work orders and the workshop KPIs. */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { KpiQuery, Kpis, QcRequest, QcResult } from '../../../contracts/workshop.js';
import { PointQuery } from '../../../contracts/common.js';
import { QcChecklistSettings, QcChecklistUpdate, QcOrderChecklist } from '../../../contracts/qc.js';
import type { QcService } from './qc.service.js';
import type { QcChecklistService } from './qc-checklist.service.js';
import type { KpiService } from './kpis.service.js';

const tag = 'Workshop 车间';

/** POST /work-orders/{id}/qc with its checklist, the station's QC checklists, and GET /workshop/kpis. */
export function qcRoutes(qc: QcService, kpis: KpiService, checklists: QcChecklistService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/qc-checklist',
      tags: [tag],
      summary: '本工单的质检项目(按工单类型,含钣喷作业时加钣喷项目)',
      request: { params: IdParam },
      responses: { 200: jsonOk(QcOrderChecklist), ...errorResponses },
    }),
    async (c) => c.json(await checklists.forOrder(requireAnyPermission(c, ['qc.inspect', 'work-orders.manage']), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/qc-checklists',
      tags: [tag],
      summary: '本站质检项目设置(按维修类别;未设置的类别用默认项目)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(QcChecklistSettings), ...errorResponses },
    }),
    async (c) => c.json(await checklists.get(requireAnyPermission(c, ['qc.inspect', 'settings.manage']), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/qc-checklists',
      tags: [tag],
      summary: '修改本站质检项目',
      request: jsonBody(QcChecklistUpdate),
      responses: { 200: jsonOk(QcChecklistSettings), ...errorResponses },
    }),
    async (c) => c.json(await checklists.put(requirePermission(c, 'settings.manage'), c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/qc',
      tags: [tag],
      summary: '质检:合格(二级维护/总成/整车修理出具竣工出厂合格证)或返工',
      request: { params: IdParam, ...jsonBody(QcRequest) },
      responses: { 200: jsonOk(QcResult), ...errorResponses },
    }),
    async (c) => c.json(await qc.inspect(requirePermission(c, 'qc.inspect'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/workshop/kpis',
      tags: [tag],
      summary: '生产率、效率、一次修复率',
      request: { query: KpiQuery },
      responses: { 200: jsonOk(Kpis), ...errorResponses },
    }),
    async (c) => c.json(await kpis.kpis(requireAnyPermission(c, ['workshop.dispatch', 'reports.read']), c.req.valid('query')), 200),
  );
  return r;
}
