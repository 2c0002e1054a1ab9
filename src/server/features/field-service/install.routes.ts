/** Routes of installation and commissioning (安装调试): templates per product, install orders and their steps. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf, Version } from '../../../contracts/common.js';
import {
  FieldInstallAccept,
  FieldInstallOrder,
  FieldInstallOrderInput,
  FieldInstallQuery,
  FieldInstallRecord,
  FieldInstallTemplate,
  FieldInstallTemplateInput,
} from '../../../contracts/field-install.js';
import type { InstallService } from './install.service.js';

const tag = 'Field service 现场服务';
type C = Parameters<typeof requirePermission>[0];
const anyField = (c: C) => requireAnyPermission(c, ['field.manage', 'field.dispatch', 'field.work']);
const manage = (c: C) => requirePermission(c, 'field.manage');
/** Recording, commissioning and acceptance: the installing engineer or the office. */
const work = (c: C) => requireAnyPermission(c, ['field.manage', 'field.work']);
const VersionOnly = z.object({ version: Version });

export function installRoutes(install: InstallService) {
  const r = newRouter();
  const route = <R extends Parameters<typeof createRoute>[0]>(o: R) => createRoute({ tags: [tag], ...o });
  r.openapi(
    route({
      method: 'get',
      path: '/field/products/{id}/install-template',
      summary: '产品的安装检查项与调试测量项',
      request: { params: IdParam },
      responses: { 200: jsonOk(FieldInstallTemplate), ...errorResponses },
    }),
    async (c) => c.json(await install.template(anyField(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    route({
      method: 'put',
      path: '/field/products/{id}/install-template',
      summary: '配置产品的安装检查项与调试测量项(允许范围)',
      request: { params: IdParam, ...jsonBody(FieldInstallTemplateInput) },
      responses: { 200: jsonOk(FieldInstallTemplate), ...errorResponses },
    }),
    async (c) => c.json(await install.saveTemplate(manage(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/install-orders',
      summary: '安装调试单',
      request: { query: FieldInstallQuery },
      responses: { 200: jsonOk(itemsOf(FieldInstallOrder)), ...errorResponses },
    }),
    async (c) => c.json({ items: await install.list(anyField(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/install-orders',
      summary: '为已售设备开安装调试单',
      request: jsonBody(FieldInstallOrderInput),
      responses: { 201: jsonOk(FieldInstallOrder), ...errorResponses },
    }),
    async (c) => c.json(await install.create(manage(c), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/install-orders/{id}',
      summary: '安装调试单详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(FieldInstallOrder), ...errorResponses },
    }),
    async (c) => c.json(await install.get(anyField(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/install-orders/{id}/record',
      summary: '记录检查项与调试测量值',
      request: { params: IdParam, ...jsonBody(FieldInstallRecord) },
      responses: { 200: jsonOk(FieldInstallOrder), ...errorResponses },
    }),
    async (c) => c.json(await install.record(work(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/install-orders/{id}/commission',
      summary: '调试完成(必检项完成且测量值均在允许范围内)',
      request: { params: IdParam, ...jsonBody(VersionOnly) },
      responses: { 200: jsonOk(FieldInstallOrder), ...errorResponses },
    }),
    async (c) => c.json(await install.commission(work(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/install-orders/{id}/accept',
      summary: '客户验收签字:设备保修自验收日开始',
      request: { params: IdParam, ...jsonBody(FieldInstallAccept) },
      responses: { 200: jsonOk(FieldInstallOrder), ...errorResponses },
    }),
    async (c) => c.json(await install.accept(work(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/install-orders/{id}/cancel',
      summary: '取消安装调试单',
      request: { params: IdParam, ...jsonBody(VersionOnly) },
      responses: { 200: jsonOk(FieldInstallOrder), ...errorResponses },
    }),
    async (c) => c.json(await install.cancel(manage(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
