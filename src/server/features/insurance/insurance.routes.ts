import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf, PointQuery } from '../../../contracts/common.js';
import {
  AccidentRevenue,
  AccidentRevenueQuery,
  AssessmentCreate,
  AssessorCreate,
  CaseAction,
  CaseDocuments,
  CaseFiles,
  InsuranceCase,
  InsuranceCaseCreate,
  InsuranceCaseDetail,
  InsuranceCaseQuery,
  InsurancePaymentCreate,
  InsuranceWriteOff,
  Insurer,
  InsurerCreate,
  Receivables,
  ReceivablesQuery,
  SupplementDecision,
} from '../../../contracts/insurance.js';
import type { CasesService } from './cases.service.js';
import type { InsurersService } from './insurers.service.js';

const tag = 'Insurance 事故车/保险定损';
type C = Parameters<typeof requirePermission>[0];
const staff = (c: C) => requirePermission(c, 'insurance.manage');
const viewer = (c: C) => requireAnyPermission(c, ['insurance.manage', 'reports.read']);

export function insuranceRoutes(cases: CasesService, insurers: InsurersService) {
  const r = newRouter();
  const detailOk = { 200: jsonOk(InsuranceCaseDetail), ...errorResponses };
  r.openapi(
    createRoute({
      method: 'get',
      path: '/insurers',
      tags: [tag],
      summary: '保险公司及定损员',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Insurer)), ...errorResponses },
    }),
    async (c) => c.json({ items: await insurers.list(viewer(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurers',
      tags: [tag],
      summary: '新增保险公司',
      request: jsonBody(InsurerCreate),
      responses: { 201: jsonOk(Insurer), ...errorResponses },
    }),
    async (c) => c.json(await insurers.create(staff(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurers/{id}/assessors',
      tags: [tag],
      summary: '新增定损员',
      request: { params: IdParam, ...jsonBody(AssessorCreate) },
      responses: { 201: jsonOk(Insurer), ...errorResponses },
    }),
    async (c) => c.json(await insurers.addAssessor(staff(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/insurance-cases',
      tags: [tag],
      summary: '保险案件(status=open 为未结案)',
      request: { query: InsuranceCaseQuery },
      responses: { 200: jsonOk(itemsOf(InsuranceCase)), ...errorResponses },
    }),
    async (c) => c.json({ items: await cases.list(viewer(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurance-cases',
      tags: [tag],
      summary: '报案登记',
      request: jsonBody(InsuranceCaseCreate),
      responses: { 201: jsonOk(InsuranceCaseDetail), ...errorResponses },
    }),
    async (c) => c.json(await cases.register(staff(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/insurance-cases/{id}',
      tags: [tag],
      summary: '案件详情(定损版本、与工单对比、单证、回款)',
      request: { params: IdParam },
      responses: detailOk,
    }),
    async (c) => c.json(await cases.get(viewer(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurance-cases/{id}/actions',
      tags: [tag],
      summary: '案件状态操作',
      request: { params: IdParam, ...jsonBody(CaseAction) },
      responses: detailOk,
    }),
    async (c) => c.json(await cases.act(staff(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurance-cases/{id}/assessments',
      tags: [tag],
      summary: '录入定损单或追加定损(含照片/PDF)',
      request: { params: IdParam, ...jsonBody(AssessmentCreate) },
      responses: { 201: jsonOk(InsuranceCaseDetail), ...errorResponses },
    }),
    async (c) => c.json(await cases.assess(staff(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurance-cases/{id}/supplement-decision',
      tags: [tag],
      summary: '登记保险公司对追加定损的核准结果(核准项目加入工单)',
      request: { params: IdParam, ...jsonBody(SupplementDecision) },
      responses: detailOk,
    }),
    async (c) => c.json(await cases.decideSupplement(staff(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/insurance-cases/{id}/documents',
      tags: [tag],
      summary: '单证清单',
      request: { params: IdParam, ...jsonBody(CaseDocuments) },
      responses: detailOk,
    }),
    async (c) => c.json(await cases.setDocuments(staff(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurance-cases/{id}/files',
      tags: [tag],
      summary: '上传案件照片/扫描件(PDF)',
      request: { params: IdParam, ...jsonBody(CaseFiles) },
      responses: { 201: jsonOk(InsuranceCaseDetail), ...errorResponses },
    }),
    async (c) => c.json(await cases.addFiles(staff(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurance-cases/{id}/payments',
      tags: [tag],
      summary: '登记保险公司回款(不得超过未收款)',
      request: { params: IdParam, ...jsonBody(InsurancePaymentCreate) },
      responses: { 201: jsonOk(InsuranceCaseDetail), ...errorResponses },
    }),
    async (c) => c.json(await cases.pay(staff(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/insurance-cases/{id}/write-off',
      tags: [tag],
      summary: '核销保险应收(核损差额;超出权限走审批)',
      request: { params: IdParam, ...jsonBody(InsuranceWriteOff) },
      responses: detailOk,
    }),
    async (c) => c.json(await cases.writeOff(staff(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/insurance/receivables',
      tags: [tag],
      summary: '保险应收账款(按保险公司和账龄)',
      request: { query: ReceivablesQuery },
      responses: { 200: jsonOk(Receivables), ...errorResponses },
    }),
    async (c) => c.json(await insurers.receivables(viewer(c), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/insurance/revenue',
      tags: [tag],
      summary: '事故车产值(按保险公司)',
      request: { query: AccidentRevenueQuery },
      responses: { 200: jsonOk(AccidentRevenue), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await insurers.revenue(viewer(c), q), 200);
    },
  );
  return r;
}
