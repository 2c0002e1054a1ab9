import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import type { AppEnv } from '../../http/context.js';
import { BinaryFile, HtmlPage, paged } from '../../../contracts/common.js';
import { CountActionBody, CountCreate, CountEntry, CountQuery, StockCount, StockCountDetail } from '../../../contracts/stock-ops.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { countSheetHtml, countSheetWorkbook } from './count-sheet.js';
import type { StocktakingService } from './stocktaking.service.js';

const tag = 'Stocktaking 盘点';
const keeper = (c: Context<AppEnv>) => requirePermission(c, 'parts.manage');
const reader = (c: Context<AppEnv>) => requireAnyPermission(c, ['parts.manage', 'purchasing.manage']);

export function stocktakingRoutes(svc: StocktakingService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock-counts',
      tags: [tag],
      summary: '盘点单列表',
      request: { query: CountQuery },
      responses: { 200: jsonOk(paged(StockCount)), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(reader(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock-counts',
      tags: [tag],
      summary: '新建盘点(指定库位或全部;同一库位不能同时有两张未完成的盘点)',
      request: jsonBody(CountCreate),
      responses: { 201: jsonOk(StockCountDetail), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(keeper(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock-counts/{id}',
      tags: [tag],
      summary: '盘点单(行、差异与金额)',
      request: { params: IdParam },
      responses: { 200: jsonOk(StockCountDetail), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/stock-counts/{id}/lines',
      tags: [tag],
      summary: '录入实盘数量(不能为负;记下录入时的账面数,盘点期间的出入库照常)',
      request: { params: IdParam, ...jsonBody(CountEntry) },
      responses: { 200: jsonOk(StockCountDetail), ...errorResponses },
    }),
    async (c) => c.json(await svc.enter(keeper(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock-counts/{id}/submit',
      tags: [tag],
      summary: '提交:差异金额在本人权限内直接过账,超出转待我审批',
      request: { params: IdParam, ...jsonBody(CountActionBody) },
      responses: { 200: jsonOk(StockCountDetail), ...errorResponses },
    }),
    async (c) => c.json(await svc.submit(keeper(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock-counts/{id}/cancel',
      tags: [tag],
      summary: '取消盘点',
      request: { params: IdParam, ...jsonBody(CountActionBody) },
      responses: { 200: jsonOk(StockCountDetail), ...errorResponses },
    }),
    async (c) => c.json(await svc.cancel(keeper(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock-counts/{id}/print',
      tags: [tag],
      summary: '打印盘点表(A4,按库位)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const { count, point } = await svc.printData(reader(c), c.req.valid('param').id);
      return c.html(countSheetHtml(count, point));
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock-counts/{id}/xlsx',
      tags: [tag],
      summary: '导出盘点表 .xlsx',
      request: { params: IdParam },
      responses: { 200: { description: 'xlsx', content: { [XLSX_TYPE]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const { count, point } = await svc.printData(reader(c), c.req.valid('param').id);
      return c.body(new Uint8Array(await countSheetWorkbook(count, point)), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="${count.number}.xlsx"`,
      });
    },
  );
  return r;
}
