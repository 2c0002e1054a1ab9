import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile } from '../../../contracts/common.js';
import { SubsidyAct, SubsidyCreate, SubsidyLineAdjust, SubsidyList, SubsidyRules, SubsidyRulesPut, SubsidyStatement } from '../../../contracts/subsidies.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import type { SubsidyService } from './subsidies.service.js';
import { subsidyWorkbook } from './subsidies-xlsx.js';

const tag = 'Subsidies 服务补贴';
const LineParams = IdParam.extend({ lineId: z.uuid({ message: '无效的编号' }) });

/** Service subsidies: rules, monthly statements, adjustment, review / approval within authority, .xlsx for payment. */
export function subsidyRoutes(svc: SubsidyService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/subsidies/rules',
      tags: [tag],
      summary: '补贴规则(按经销商类型)',
      responses: { 200: jsonOk(SubsidyRules), ...errorResponses },
    }),
    async (c) => c.json(await svc.rules(requirePermission(c, 'network.manage')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/subsidies/rules',
      tags: [tag],
      summary: '保存补贴规则',
      request: jsonBody(SubsidyRulesPut),
      responses: { 200: jsonOk(SubsidyRules), ...errorResponses },
    }),
    async (c) => c.json(await svc.saveRules(requirePermission(c, 'network.manage'), c.req.valid('json').rules), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/subsidies/statements',
      tags: [tag],
      summary: '补贴结算单',
      responses: { 200: jsonOk(SubsidyList), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requirePermission(c, 'network.manage')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/subsidies/statements',
      tags: [tag],
      summary: '按月计算补贴(已结束的月份)',
      request: jsonBody(SubsidyCreate),
      responses: { 201: jsonOk(SubsidyStatement), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'network.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/subsidies/statements/{id}',
      tags: [tag],
      summary: '补贴结算单',
      request: { params: IdParam },
      responses: { 200: jsonOk(SubsidyStatement), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requirePermission(c, 'network.manage'), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/subsidies/statements/{id}/lines/{lineId}',
      tags: [tag],
      summary: '调整一家经销商的补贴(注明原因)',
      request: { params: LineParams, ...jsonBody(SubsidyLineAdjust) },
      responses: { 200: jsonOk(SubsidyStatement), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.adjust(requirePermission(c, 'network.manage'), p.id, p.lineId, c.req.valid('json')), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/subsidies/statements/{id}/actions',
      tags: [tag],
      summary: '审核 / 批准(权限内,审核人不能批准) / 退回 / 重新计算',
      request: { params: IdParam, ...jsonBody(SubsidyAct) },
      responses: { 200: jsonOk(SubsidyStatement), ...errorResponses },
    }),
    async (c) => c.json(await svc.act(requirePermission(c, 'network.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/subsidies/statements/{id}/export',
      tags: [tag],
      summary: '导出付款用 .xlsx',
      request: { params: IdParam },
      responses: { 200: { description: 'xlsx', content: { [XLSX_TYPE]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const s = await svc.get(requirePermission(c, 'network.manage'), c.req.valid('param').id);
      return c.body(new Uint8Array(await subsidyWorkbook(s)), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="subsidy-${s.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(`服务补贴-${s.month}.xlsx`)}`,
      });
    },
  );
  return r;
}
