import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { AppError } from '../../http/errors.js';
import type { AppEnv } from '../../http/context.js';
import { BinaryFile, itemsOf, XlsxUpload } from '../../../contracts/common.js';
import {
  Campaign,
  CampaignCompletion,
  CampaignCreate,
  CampaignImport,
  CampaignVinQuery,
  CoverageOut,
  CoverageQuery,
  Policy,
  PolicyCreate,
  PolicyUpdate,
  RepairFacts,
  RepairFactsInput,
  ReturnRequest,
  ReturnRequestAnswer,
  ReturnRequestCreate,
  ReturnRequestQuery,
  ReturnTerms,
  VehicleMatch,
  VehicleSearch,
  VehicleWarranty,
} from '../../../contracts/warranty.js';
import { Version } from '../../../contracts/common.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import type { WarrantyService } from './warranty.service.js';
import type { CampaignService } from './campaigns.service.js';

const tag = 'Warranty 三包';
const campaignTag = 'Campaigns 召回与服务活动';
type C = Context<AppEnv>;
/** Who looks at a car's warranty: reception, the 索赔专员, customer service, HQ. */
const reader = (c: C) => requireAnyPermission(c, ['work-orders.manage', 'customers.manage', 'claims.manage', 'warranty.policies', 'campaigns.manage']);
const claims = (c: C) => requireAnyPermission(c, ['claims.manage', 'work-orders.manage']);
const campaignReader = (c: C) => requireAnyPermission(c, ['campaigns.manage', 'claims.manage', 'work-orders.manage']);

export function warrantyRoutes(svc: WarrantyService, campaigns: CampaignService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/warranty/policies',
      tags: [tag],
      summary: '三包政策(本网点及上级主机厂的车系政策)',
      responses: { 200: jsonOk(itemsOf(Policy)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.policies(reader(c)) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/warranty/policies',
      tags: [tag],
      summary: '新建车系三包政策(总部)',
      request: jsonBody(PolicyCreate),
      responses: { 201: jsonOk(Policy), ...errorResponses },
    }),
    async (c) => c.json(await svc.createPolicy(requirePermission(c, 'warranty.policies'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/warranty/policies/{id}',
      tags: [tag],
      summary: '修改车系三包政策',
      request: { params: IdParam, ...jsonBody(PolicyUpdate) },
      responses: { 200: jsonOk(Policy), ...errorResponses },
    }),
    async (c) => c.json(await svc.updatePolicy(requirePermission(c, 'warranty.policies'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/warranty/vehicles',
      tags: [tag],
      summary: '按车牌或 VIN(尾号)查找本网点范围内的车辆(登记换/退申请)',
      request: { query: VehicleSearch },
      responses: { 200: jsonOk(itemsOf(VehicleMatch)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.findVehicles(claims(c), c.req.valid('query').q) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/warranty/vehicles/{id}',
      tags: [tag],
      summary: '车辆三包状态:包修期/三包有效期(日期和里程)、三包监控、未完成的召回/服务活动',
      request: { params: IdParam },
      responses: { 200: jsonOk(VehicleWarranty), ...errorResponses },
    }),
    async (c) => c.json(await svc.vehicle(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/warranty/vehicles/{id}/coverage',
      tags: [tag],
      summary: '三包覆盖判断(可指定零件号、里程和时间)',
      request: { params: IdParam, query: CoverageQuery },
      responses: { 200: jsonOk(CoverageOut), ...errorResponses },
    }),
    async (c) => c.json(await svc.coverage(reader(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/warranty-facts',
      tags: [tag],
      summary: '工单的三包记录(质量问题、严重安全故障、不计入时间)',
      request: { params: IdParam },
      responses: { 200: jsonOk(RepairFacts), ...errorResponses },
    }),
    async (c) => c.json(await svc.facts(claims(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/work-orders/{id}/warranty-facts',
      tags: [tag],
      summary: '记录工单的三包信息(同一问题计次;重新检查三包监控并发送预警)',
      request: { params: IdParam, ...jsonBody(RepairFactsInput) },
      responses: { 200: jsonOk(RepairFacts), ...errorResponses },
    }),
    async (c) => c.json(await svc.putFacts(claims(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/warranty/return-requests',
      tags: [tag],
      summary: '换车/退货申请',
      request: { query: ReturnRequestQuery },
      responses: { 200: jsonOk(itemsOf(ReturnRequest)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.returns(claims(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/warranty/vehicles/{id}/return-terms',
      tags: [tag],
      summary: '换/退申请的期限(按网点工作日历)和使用补偿系数(登记前预览)',
      request: { params: IdParam },
      responses: { 200: jsonOk(ReturnTerms), ...errorResponses },
    }),
    async (c) => c.json(await svc.returnTerms(requirePermission(c, 'claims.manage'), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/warranty/return-requests',
      tags: [tag],
      summary: '登记换车/退货申请(10 个工作日内答复,20 个工作日内办结;使用补偿费)',
      request: jsonBody(ReturnRequestCreate),
      responses: { 201: jsonOk(ReturnRequest), ...errorResponses },
    }),
    async (c) => c.json(await svc.createReturn(requirePermission(c, 'claims.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/warranty/return-requests/{id}/answer',
      tags: [tag],
      summary: '答复换/退申请(同意或拒绝)',
      request: { params: IdParam, ...jsonBody(ReturnRequestAnswer) },
      responses: { 200: jsonOk(ReturnRequest), ...errorResponses },
    }),
    async (c) => c.json(await svc.answerReturn(requirePermission(c, 'claims.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/warranty/return-requests/{id}/complete',
      tags: [tag],
      summary: '换/退办理完成',
      request: { params: IdParam, ...jsonBody(z.object({ version: Version })) },
      responses: { 200: jsonOk(ReturnRequest), ...errorResponses },
    }),
    async (c) => c.json(await svc.completeReturn(requirePermission(c, 'claims.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  // Campaigns.
  r.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns',
      tags: [campaignTag],
      summary: '召回与服务活动',
      responses: { 200: jsonOk(itemsOf(Campaign)), ...errorResponses },
    }),
    async (c) => c.json({ items: await campaigns.list(campaignReader(c)) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/campaigns',
      tags: [campaignTag],
      summary: '发布召回/服务活动(总部)',
      request: jsonBody(CampaignCreate),
      responses: { 201: jsonOk(Campaign), ...errorResponses },
    }),
    async (c) => c.json(await campaigns.create(requirePermission(c, 'campaigns.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{id}',
      tags: [campaignTag],
      summary: '活动详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(Campaign), ...errorResponses },
    }),
    async (c) => c.json(await campaigns.get(campaignReader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{id}/completion',
      tags: [campaignTag],
      summary: '按区域和服务站的完成率',
      request: { params: IdParam },
      responses: { 200: jsonOk(CampaignCompletion), ...errorResponses },
    }),
    async (c) => c.json(await campaigns.completion(campaignReader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/campaigns/{id}/imports',
      tags: [campaignTag],
      summary: '上传车架号清单(.xlsx 或 CSV,第一列 VIN,第二列可选服务站代码;后台逐行校验,全部正确才导入)',
      request: { params: IdParam, body: { content: { 'multipart/form-data': { schema: XlsxUpload } } } },
      responses: { 202: jsonOk(CampaignImport), ...errorResponses },
    }),
    async (c) => {
      const actor = requirePermission(c, 'campaigns.manage');
      const file = (await c.req.parseBody().catch(() => ({}) as Record<string, unknown>))['file'];
      if (!(file instanceof File)) throw new AppError('VALIDATION', '请选择要导入的 .xlsx 或 CSV 文件', [{ path: 'file', message: '缺少文件' }]);
      return c.json(await campaigns.upload(actor, c.req.valid('param').id, { name: file.name || 'vins', bytes: Buffer.from(await file.arrayBuffer()) }), 202);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{id}/imports',
      tags: [campaignTag],
      summary: '活动的导入记录',
      request: { params: IdParam },
      responses: { 200: jsonOk(itemsOf(CampaignImport)), ...errorResponses },
    }),
    async (c) => c.json({ items: await campaigns.imports(requirePermission(c, 'campaigns.manage'), c.req.valid('param').id) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/campaign-imports/{id}',
      tags: [campaignTag],
      summary: '导入进度和逐行错误',
      request: { params: IdParam },
      responses: { 200: jsonOk(CampaignImport), ...errorResponses },
    }),
    async (c) => c.json(await campaigns.importOf(requirePermission(c, 'campaigns.manage'), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{id}/open-vins.xlsx',
      tags: [campaignTag],
      summary: '未完成车辆清单(召回邀约),按服务站',
      request: { params: IdParam, query: CampaignVinQuery },
      responses: { 200: { description: 'xlsx', content: { [XLSX_TYPE]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const { buf, name } = await campaigns.openVinsXlsx(campaignReader(c), c.req.valid('param').id, c.req.valid('query').stationId);
      return c.body(new Uint8Array(buf), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="open-vins.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    },
  );
  return r;
}
