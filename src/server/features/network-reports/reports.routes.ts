import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile, HtmlPage } from '../../../contracts/common.js';
import { Report, ReportAct, ReportCreate, ReportList, ReportQuery, ReportUpdate } from '../../../contracts/network-reports.js';
import type { ReportService } from './reports.service.js';
import { reportPrintHtml } from './reports-print.js';
import { reportWorkbook } from './reports-xlsx.js';

const tag = 'Reports 上报报告';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reports upward: create from the template with the KPI figures, edit commentary, submit, acknowledge, print, .xlsx. */
export function reportRoutes(svc: ReportService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/network-reports',
      tags: [tag],
      summary: '报告归档(范围内,可搜索)',
      request: { query: ReportQuery },
      responses: { 200: jsonOk(ReportList), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requirePermission(c, 'reports.read'), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/network-reports',
      tags: [tag],
      summary: '按模板生成报告草稿(数字取自 KPI;期间不能在将来)',
      request: jsonBody(ReportCreate),
      responses: { 201: jsonOk(Report), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'reports.submit'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/network-reports/{id}',
      tags: [tag],
      summary: '报告',
      request: { params: IdParam },
      responses: { 200: jsonOk(Report), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requirePermission(c, 'reports.read'), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/network-reports/{id}',
      tags: [tag],
      summary: '编辑草稿的评述',
      request: { params: IdParam, ...jsonBody(ReportUpdate) },
      responses: { 200: jsonOk(Report), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'reports.submit'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/network-reports/{id}/actions',
      tags: [tag],
      summary: '提交 / 刷新数字(本网点);确认 / 退回(上级网点)',
      request: { params: IdParam, ...jsonBody(ReportAct) },
      responses: { 200: jsonOk(Report), ...errorResponses },
    }),
    async (c) => c.json(await svc.act(requirePermission(c, 'reports.read'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/network-reports/{id}/print',
      tags: [tag],
      summary: '打印报告(A4 HTML)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const { report, timeZone } = await svc.printData(requirePermission(c, 'reports.read'), c.req.valid('param').id);
      return c.html(reportPrintHtml(report, timeZone));
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/network-reports/{id}/export',
      tags: [tag],
      summary: '导出报告 .xlsx',
      request: { params: IdParam },
      responses: { 200: { description: 'xlsx', content: { [XLSX]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const report = await svc.get(requirePermission(c, 'reports.read'), c.req.valid('param').id);
      return c.body(new Uint8Array(await reportWorkbook(report)), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="report-${report.period}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${report.title}.xlsx`)}`,
      });
    },
  );
  return r;
}
