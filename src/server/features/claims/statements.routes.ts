import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile, HtmlPage, itemsOf } from '../../../contracts/common.js';
import { ClaimStatement, StatementCreate, StatementQuery } from '../../../contracts/claims.js';
import type { StatementsService } from './statements.service.js';
import { claimsReader } from './claims.routes.js';
import { statementHtml } from './claims-print.js';

const tag = 'Warranty claims 索赔';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const StatementSummary = ClaimStatement.omit({ claims: true, deductions: true }).extend({ id: z.string(), number: z.string(), createdAt: z.string() });

export function statementsRoutes(svc: StatementsService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claim-statements',
      tags: [tag],
      summary: '已出具的索赔结算单',
      responses: { 200: jsonOk(itemsOf(StatementSummary)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(claimsReader(c)) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claim-statements/month',
      tags: [tag],
      summary: '某服务站某月的索赔结算单(未出具时为预览:服务站将收到的金额)',
      request: { query: StatementQuery },
      responses: { 200: jsonOk(ClaimStatement), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(claimsReader(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claim-statements',
      tags: [tag],
      summary: '厂家出具月度索赔结算单(索赔单变为已结算,缺失旧件扣款)',
      request: jsonBody(StatementCreate),
      responses: { 201: jsonOk(ClaimStatement), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'claims.review'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claim-statements/month/xlsx',
      tags: [tag],
      summary: '索赔结算单 .xlsx',
      request: { query: StatementQuery },
      responses: { 200: { description: 'xlsx', content: { [XLSX]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const s = await svc.get(claimsReader(c), c.req.valid('query'));
      return c.body(new Uint8Array(await svc.workbook(s)), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="claim-statement-${s.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(`索赔结算单-${s.stationName}-${s.month}.xlsx`)}`,
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claim-statements/month/print',
      tags: [tag],
      summary: '打印索赔结算单(A4 HTML)',
      request: { query: StatementQuery },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const { statement, timeZone } = await svc.printData(claimsReader(c), c.req.valid('query'));
      return c.html(statementHtml(statement, timeZone));
    },
  );
  return r;
}
