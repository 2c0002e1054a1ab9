import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireActor, requirePermission } from '../../http/auth-middleware.js';
import { AppError, forbidden } from '../../http/errors.js';
import type { AppEnv } from '../../http/context.js';
import { can } from '../../../domain/auth/actor.js';
import { BinaryFile, itemsOf, paged, PointQuery, XlsxUpload } from '../../../contracts/common.js';
import {
  CatalogQuery,
  LaborOperation,
  LaborOperationCreate,
  LaborOperationUpdate,
  LaborRate,
  LaborRatePut,
  Part,
  PartCreate,
  PartUpdate,
} from '../../../contracts/catalogs.js';
import { ImportResult } from '../../../contracts/org.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import type { CatalogService } from './catalogs.service.js';
import type { CatalogImport } from './catalog-import.js';

const tag = 'Catalogs 标准工时与配件目录';
const Upload = { query: PointQuery, body: { content: { 'multipart/form-data': { schema: XlsxUpload } } } };
const xlsxOk = { 200: { description: 'xlsx', content: { [XLSX_TYPE]: { schema: BinaryFile } } }, ...errorResponses };

function requireCatalogRead(c: Context<AppEnv>) {
  const a = requireActor(c);
  if (!['work-orders.manage', 'parts.manage', 'settings.manage', 'appointments.manage', 'claims.manage', 'workshop.work'].some((p) => can(a, p as never)))
    throw forbidden('没有查看目录的权限');
  return a;
}
async function uploaded(c: Context<AppEnv>) {
  const file = (await c.req.parseBody().catch(() => ({}) as Record<string, unknown>))['file'];
  if (!(file instanceof File)) throw new AppError('VALIDATION', '请选择要导入的 .xlsx 文件', [{ path: 'file', message: '缺少文件' }]);
  return Buffer.from(await file.arrayBuffer());
}
const download = (c: Context<AppEnv>, buf: Buffer, name: string) =>
  c.body(new Uint8Array(buf), 200, {
    'content-type': XLSX_TYPE,
    'content-disposition': `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });

export function catalogRoutes(svc: CatalogService, imports: CatalogImport) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/labor-operations',
      tags: [tag],
      summary: '标准工时项目',
      request: { query: CatalogQuery },
      responses: { 200: jsonOk(paged(LaborOperation)), ...errorResponses },
    }),
    async (c) => c.json(await svc.listLabor(requireCatalogRead(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/labor-operations',
      tags: [tag],
      summary: '新增工时项目',
      request: jsonBody(LaborOperationCreate),
      responses: { 201: jsonOk(LaborOperation), ...errorResponses },
    }),
    async (c) => c.json(await svc.createLabor(requirePermission(c, 'settings.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/labor-operations/{id}',
      tags: [tag],
      summary: '修改工时项目',
      request: { params: IdParam, ...jsonBody(LaborOperationUpdate) },
      responses: { 200: jsonOk(LaborOperation), ...errorResponses },
    }),
    async (c) => c.json(await svc.updateLabor(requirePermission(c, 'settings.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/labor-operations/import',
      tags: [tag],
      summary: '从 .xlsx 导入工时(按代码新增或更新,全部成功或全部不导入)',
      request: Upload,
      responses: { 200: jsonOk(ImportResult), ...errorResponses },
    }),
    async (c) => c.json(await imports.importLabor(requirePermission(c, 'settings.manage'), await uploaded(c), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(createRoute({ method: 'get', path: '/labor-operations/import-template', tags: [tag], summary: '工时导入模板', responses: xlsxOk }), async (c) => {
    requireCatalogRead(c);
    return download(c, await imports.laborTemplate(), '标准工时导入模板.xlsx');
  });
  r.openapi(
    createRoute({
      method: 'get',
      path: '/labor-rates',
      tags: [tag],
      summary: '工时单价(按工种与等级)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(LaborRate)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.listRates(requireCatalogRead(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/labor-rates',
      tags: [tag],
      summary: '设置工时单价(分/小时)',
      request: jsonBody(LaborRatePut),
      responses: { 200: jsonOk(LaborRate), ...errorResponses },
    }),
    async (c) => c.json(await svc.putRate(requirePermission(c, 'settings.manage'), c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/parts',
      tags: [tag],
      summary: '配件目录',
      request: { query: CatalogQuery },
      responses: { 200: jsonOk(paged(Part)), ...errorResponses },
    }),
    async (c) => c.json(await svc.listParts(requireCatalogRead(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/parts',
      tags: [tag],
      summary: '新增配件',
      request: jsonBody(PartCreate),
      responses: { 201: jsonOk(Part), ...errorResponses },
    }),
    async (c) => c.json(await svc.createPart(requirePermission(c, 'parts.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/parts/{id}',
      tags: [tag],
      summary: '修改配件',
      request: { params: IdParam, ...jsonBody(PartUpdate) },
      responses: { 200: jsonOk(Part), ...errorResponses },
    }),
    async (c) => c.json(await svc.updatePart(requirePermission(c, 'parts.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/parts/import',
      tags: [tag],
      summary: '从 .xlsx 导入配件(按配件号新增或更新)',
      request: Upload,
      responses: { 200: jsonOk(ImportResult), ...errorResponses },
    }),
    async (c) => c.json(await imports.importParts(requirePermission(c, 'parts.manage'), await uploaded(c), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(createRoute({ method: 'get', path: '/parts/import-template', tags: [tag], summary: '配件导入模板', responses: xlsxOk }), async (c) => {
    requireCatalogRead(c);
    return download(c, await imports.partsTemplate(), '配件导入模板.xlsx');
  });
  return r;
}
