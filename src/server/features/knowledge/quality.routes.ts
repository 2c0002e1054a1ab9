import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile, itemsOf } from '../../../contracts/common.js';
import { FaultStats, FaultStatsQuery, QualityFeedback, QualityFeedbackAction, QualityFeedbackInput } from '../../../contracts/knowledge.js';
import type { FaultStatsService } from './fault-stats.service.js';
import type { QualityService } from './quality.service.js';

const tag = 'Quality 质量信息反馈';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function qualityRoutes(svc: QualityService, stats: FaultStatsService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/quality/fault-stats',
      tags: [tag],
      summary: '故障统计:维修、返修、索赔、外出服务、投诉,按车型、生产批次(VIN 段)、配件、故障码,含月度趋势',
      request: { query: FaultStatsQuery },
      responses: { 200: jsonOk(FaultStats), ...errorResponses },
    }),
    async (c) => c.json(await stats.stats(requirePermission(c, 'quality.manage'), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/quality/fault-stats/export',
      tags: [tag],
      summary: '导出故障统计 .xlsx',
      request: { query: FaultStatsQuery },
      responses: { 200: { description: 'xlsx', content: { [XLSX]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const x = await stats.workbook(requirePermission(c, 'quality.manage'), c.req.valid('query'));
      return c.body(new Uint8Array(x.bytes), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="${x.asciiName}"; filename*=UTF-8''${encodeURIComponent(x.fileName)}`,
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/quality-feedback',
      tags: [tag],
      summary: '质量信息反馈',
      responses: { 200: jsonOk(itemsOf(QualityFeedback)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(requirePermission(c, 'quality.manage')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/quality-feedback',
      tags: [tag],
      summary: '新建质量信息反馈',
      request: jsonBody(QualityFeedbackInput),
      responses: { 201: jsonOk(QualityFeedback), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'quality.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/quality-feedback/{id}/actions',
      tags: [tag],
      summary: '记录措施 / 关联已发布的通报或案例 / 关闭',
      request: { params: IdParam, ...jsonBody(QualityFeedbackAction) },
      responses: { 200: jsonOk(QualityFeedback), ...errorResponses },
    }),
    async (c) => c.json(await svc.act(requirePermission(c, 'quality.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
