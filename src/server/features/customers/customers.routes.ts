import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireActor, requirePermission } from '../../http/auth-middleware.js';
import { forbidden } from '../../http/errors.js';
import { can } from '../../../domain/auth/actor.js';
import { BinaryFile, paged } from '../../../contracts/common.js';
import {
  CustomerDataExport,
  CustomerErase,
  CustomerErased,
  CustomerExportQuery,
  Customer,
  CustomerCreate,
  CustomerQuery,
  CustomerUpdate,
  SearchQuery,
  SearchResult,
  Vehicle,
  VehicleCreate,
  VehicleUpdate,
} from '../../../contracts/customers.js';
import type { CustomerService } from './customers.service.js';
import type { CustomerPrivacyService } from './privacy.service.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/context.js';

const tag = 'Customers 客户与车辆';

/** Reading customers is for anyone who serves them (customers, tickets, work orders). */
function requireCustomerRead(c: Context<AppEnv>) {
  const a = requireActor(c);
  if (!(['customers.manage', 'tickets.handle', 'work-orders.manage', 'appointments.manage'] as const).some((p) => can(a, p)))
    throw forbidden('没有查看客户的权限');
  return a;
}

export function customerRoutes(svc: CustomerService, privacy: CustomerPrivacyService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      tags: [tag],
      summary: '全局搜索:车牌、VIN(或后 6–8 位)、电话、姓名',
      request: { query: SearchQuery },
      responses: { 200: jsonOk(SearchResult), ...errorResponses },
    }),
    async (c) => c.json(await svc.search(requireCustomerRead(c), c.req.valid('query').q), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/customers',
      tags: [tag],
      summary: '客户列表',
      request: { query: CustomerQuery },
      responses: { 200: jsonOk(paged(Customer)), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requireCustomerRead(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/customers/{id}',
      tags: [tag],
      summary: '客户详情(含车辆)',
      request: { params: IdParam },
      responses: { 200: jsonOk(Customer), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requireCustomerRead(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/customers',
      tags: [tag],
      summary: '新建客户(个人/单位,单位校验统一社会信用代码)',
      request: jsonBody(CustomerCreate),
      responses: { 201: jsonOk(Customer), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'customers.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/customers/{id}',
      tags: [tag],
      summary: '修改客户',
      request: { params: IdParam, ...jsonBody(CustomerUpdate) },
      responses: { 200: jsonOk(Customer), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'customers.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/vehicles/{id}',
      tags: [tag],
      summary: '车辆详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(Vehicle), ...errorResponses },
    }),
    async (c) => c.json(await svc.getVehicle(requireCustomerRead(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/vehicles',
      tags: [tag],
      summary: '登记车辆(VIN 校验;校验位不符返回 422 VIN_CHECK_DIGIT,确认后以 vinCheckOverride 提交)',
      request: jsonBody(VehicleCreate),
      responses: { 201: jsonOk(Vehicle), ...errorResponses },
    }),
    async (c) => c.json(await svc.createVehicle(requirePermission(c, 'customers.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/vehicles/{id}',
      tags: [tag],
      summary: '修改车辆(里程只增不减)',
      request: { params: IdParam, ...jsonBody(VehicleUpdate) },
      responses: { 200: jsonOk(Vehicle), ...errorResponses },
    }),
    async (c) => c.json(await svc.updateVehicle(requirePermission(c, 'customers.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/customers/{id}/export',
      tags: [tag],
      summary: '导出客户个人信息副本(JSON 或 .xlsx,记入审计)',
      request: { params: IdParam, query: CustomerExportQuery },
      responses: {
        200: { description: 'JSON or xlsx', content: { 'application/json': { schema: CustomerDataExport }, [XLSX_TYPE]: { schema: BinaryFile } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requirePermission(c, 'customers.manage');
      const { id } = c.req.valid('param');
      if (c.req.valid('query').format === 'json') return c.json(await privacy.exportData(actor, id), 200);
      return c.body(new Uint8Array(await privacy.exportWorkbook(actor, id)), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="customer-${id.slice(0, 8)}.xlsx"`,
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/customers/{id}/erase',
      tags: [tag],
      summary: '按客户请求删除个人信息(匿名化联系方式,保留维修记录)',
      request: { params: IdParam, ...jsonBody(CustomerErase) },
      responses: { 200: jsonOk(CustomerErased), ...errorResponses },
    }),
    async (c) => c.json(await privacy.erase(requirePermission(c, 'customers.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
