import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import { ImportResult } from '../../../contracts/org.js';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile, itemsOf, Version, XlsxUpload } from '../../../contracts/common.js';
import {
  FieldAssign,
  FieldBoard,
  FieldBoardQuery,
  FieldCheckIn,
  FieldCheckOut,
  FieldDiagnosis,
  FieldEngineer,
  FieldEngineerInput,
  FieldExpiringCertificate,
  FieldTrainingPlan,
  FieldTrainingPlanInput,
  FieldTrainingResultInput,
  FieldMyVisitsQuery,
  FieldProduct,
  FieldProductInput,
  FieldRequest,
  FieldRequestInput,
  FieldRequestQuery,
  FieldUnit,
  FieldUnitHistory,
  FieldUnitInput,
  FieldUnitQuery,
  FieldVanStockInput,
  FieldVisit,
  FieldVisitInput,
} from '../../../contracts/field-service.js';
import type { ArchiveService } from './archive.service.js';
import type { DispatchService } from './dispatch.service.js';
import type { RequestService } from './requests.service.js';
import type { UnitImport } from './units-import.js';
import type { TrainingService } from './training.service.js';

const tag = 'Field service 现场服务';
type C = Parameters<typeof requirePermission>[0];
const anyField = (c: C) => requireAnyPermission(c, ['field.manage', 'field.dispatch', 'field.work']);
const intake = (c: C) => requirePermission(c, 'field.manage');
const dispatcher = (c: C) => requirePermission(c, 'field.dispatch');
const engineer = (c: C) => requirePermission(c, 'field.work');

const FieldPlanResult = z
  .object({
    routes: z.array(z.object({ engineerId: z.string(), distanceKm: z.number(), travelMinutes: z.number() })),
    unassigned: z.array(z.object({ visitId: z.string(), reason: z.string() })),
    visits: z.array(FieldVisit),
  })
  .openapi('FieldPlanResult');
const FieldMyDay = z.object({ engineer: FieldEngineer.nullable(), date: z.string(), visits: z.array(FieldVisit) }).openapi('FieldMyDay');
const PlanQuery = z.object({ date: FieldBoardQuery.shape.date, servicePointId: z.uuid().optional() });

async function uploaded(c: Context<AppEnv>) {
  const file = (await c.req.parseBody().catch(() => ({}) as Record<string, unknown>))['file'];
  if (!(file instanceof File)) throw new AppError('VALIDATION', '请选择要导入的 .xlsx 文件', [{ path: 'file', message: '缺少文件' }]);
  return Buffer.from(await file.arrayBuffer());
}

export function fieldRoutes(archive: ArchiveService, requests: RequestService, dispatch: DispatchService, imports: UnitImport, training: TrainingService) {
  const r = newRouter();
  const route = <R extends Parameters<typeof createRoute>[0]>(o: R) => createRoute({ tags: [tag], ...o });

  // ---- archive
  r.openapi(
    route({ method: 'get', path: '/field/products', summary: '产品型号(服务参数)', responses: { 200: jsonOk(itemsOf(FieldProduct)), ...errorResponses } }),
    async (c) => c.json({ items: await archive.listProducts(anyField(c)) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/products',
      summary: '新建产品型号',
      request: jsonBody(FieldProductInput),
      responses: { 201: jsonOk(FieldProduct), ...errorResponses },
    }),
    async (c) => c.json(await archive.createProduct(intake(c), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'put',
      path: '/field/products/{id}',
      summary: '修改产品型号',
      request: { params: IdParam, ...jsonBody(FieldProductInput.extend({ version: Version })) },
      responses: { 200: jsonOk(FieldProduct), ...errorResponses },
    }),
    async (c) => c.json(await archive.updateProduct(intake(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/units',
      summary: '设备档案:按出厂编号、客户、电话或地点查找',
      request: { query: FieldUnitQuery },
      responses: { 200: jsonOk(itemsOf(FieldUnit)), ...errorResponses },
    }),
    async (c) => c.json({ items: await archive.listUnits(anyField(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/units',
      summary: '设备建档(逐号建档)',
      request: jsonBody(FieldUnitInput),
      responses: { 201: jsonOk(FieldUnit), ...errorResponses },
    }),
    async (c) => c.json(await archive.createUnit(intake(c), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/units/import',
      summary: '从 .xlsx 导入销售清单建档(逐行校验,全部成功或全部不导入)',
      request: { body: { content: { 'multipart/form-data': { schema: XlsxUpload } } } },
      responses: { 200: jsonOk(ImportResult), ...errorResponses },
    }),
    async (c) => c.json(await imports.run(intake(c), await uploaded(c)), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/units/import-template',
      summary: '设备导入模板',
      responses: { 200: { description: 'xlsx', content: { [XLSX_TYPE]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      anyField(c);
      return c.body(new Uint8Array(await imports.template()), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent('设备导入模板.xlsx')}`,
      });
    },
  );

  r.openapi(
    route({
      method: 'get',
      path: '/field/units/{id}',
      summary: '设备档案与完整履历(服务请求、上门、配件)',
      request: { params: IdParam },
      responses: { 200: jsonOk(FieldUnitHistory), ...errorResponses },
    }),
    async (c) => c.json(await archive.history(anyField(c), c.req.valid('param').id), 200),
  );

  // ---- requests and visits
  r.openapi(
    route({
      method: 'get',
      path: '/field/requests',
      summary: '服务请求列表',
      request: { query: FieldRequestQuery },
      responses: { 200: jsonOk(itemsOf(FieldRequest)), ...errorResponses },
    }),
    async (c) => c.json({ items: await requests.list(anyField(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/requests',
      summary: '受理服务请求(热线等渠道;按安装地点分派服务网点)',
      request: jsonBody(FieldRequestInput),
      responses: { 201: jsonOk(FieldRequest), ...errorResponses },
    }),
    async (c) => c.json(await requests.create(intake(c), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/requests/{id}',
      summary: '服务请求详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(FieldRequest), ...errorResponses },
    }),
    async (c) => c.json(await requests.get(anyField(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/requests/{id}/diagnosis',
      summary: '电话诊断结果(需上门时生成上门服务及期限)',
      request: { params: IdParam, ...jsonBody(FieldDiagnosis) },
      responses: { 200: jsonOk(FieldRequest), ...errorResponses },
    }),
    async (c) => c.json(await requests.diagnose(intake(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/visits',
      summary: '新建上门服务(维修、保养、安装)',
      request: jsonBody(FieldVisitInput),
      responses: { 201: jsonOk(FieldVisit), ...errorResponses },
    }),
    async (c) => c.json(await requests.createVisit(requireAnyPermission(c, ['field.manage', 'field.dispatch']), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/visits/{id}',
      summary: '上门服务详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(FieldVisit), ...errorResponses },
    }),
    async (c) => c.json(await requests.getVisit(anyField(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/visits/{id}/cancel',
      summary: '取消上门服务',
      request: { params: IdParam, ...jsonBody(z.object({ version: Version })) },
      responses: { 200: jsonOk(FieldVisit), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await requests.cancelVisit(requireAnyPermission(c, ['field.manage', 'field.dispatch']), c.req.valid('param').id, c.req.valid('json').version),
        200,
      ),
  );

  // ---- dispatch
  r.openapi(
    route({
      method: 'get',
      path: '/field/engineers',
      summary: '现场工程师(技能、证书、班次、车载库存)',
      request: { query: z.object({ servicePointId: z.uuid().optional() }) },
      responses: { 200: jsonOk(itemsOf(FieldEngineer)), ...errorResponses },
    }),
    async (c) => c.json({ items: await dispatch.listEngineers(anyField(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/engineers',
      summary: '登记现场工程师',
      request: jsonBody(FieldEngineerInput),
      responses: { 201: jsonOk(FieldEngineer), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.createEngineer(dispatcher(c), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/engineers/{id}/van-stock',
      summary: '车载库存补充(正数)或退回(负数),不会小于 0',
      request: { params: IdParam, ...jsonBody(FieldVanStockInput) },
      responses: { 200: jsonOk(FieldEngineer), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.moveVanStock(dispatcher(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/board',
      summary: '派工看板(某日的上门服务与工程师)',
      request: { query: FieldBoardQuery },
      responses: { 200: jsonOk(FieldBoard), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await dispatch.board(requireAnyPermission(c, ['field.dispatch', 'field.manage']), q.date, q.servicePointId), 200);
    },
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/board/plan',
      summary: '规划路线(技能、有效证书、时限;无法按时到达的列出原因)',
      request: jsonBody(PlanQuery),
      responses: { 200: jsonOk(FieldPlanResult), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('json');
      return c.json(await dispatch.plan(dispatcher(c), q.date, q.servicePointId), 200);
    },
  );
  r.openapi(
    route({
      method: 'put',
      path: '/field/visits/{id}/assignment',
      summary: '人工派工/改派(须具备技能和有效证书)',
      request: { params: IdParam, ...jsonBody(FieldAssign) },
      responses: { 200: jsonOk(FieldVisit), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.assign(dispatcher(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  // ---- training and certification
  const trainer = (c: C) => requirePermission(c, 'training.manage');
  r.openapi(
    route({
      method: 'get',
      path: '/field/training-plans',
      summary: '培训计划(按设备类别)',
      responses: { 200: jsonOk(itemsOf(FieldTrainingPlan)), ...errorResponses },
    }),
    async (c) => c.json({ items: await training.list(requireAnyPermission(c, ['training.manage', 'field.dispatch'])) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/training-plans',
      summary: '新建培训计划(工程师或客户培训)',
      request: jsonBody(FieldTrainingPlanInput),
      responses: { 201: jsonOk(FieldTrainingPlan), ...errorResponses },
    }),
    async (c) => c.json(await training.create(trainer(c), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/training-plans/{id}/results',
      summary: '录入出勤与考试成绩(合格即发证)',
      request: { params: IdParam, ...jsonBody(FieldTrainingResultInput) },
      responses: { 200: jsonOk(FieldTrainingPlan), ...errorResponses },
    }),
    async (c) => c.json(await training.record(trainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/field/certificates/expiring',
      summary: '30 天内到期的证书',
      responses: { 200: jsonOk(itemsOf(FieldExpiringCertificate)), ...errorResponses },
    }),
    async (c) => c.json({ items: await training.expiring(requireAnyPermission(c, ['training.manage', 'field.dispatch'])) }, 200),
  );

  // ---- the engineer's phone page
  r.openapi(
    route({
      method: 'get',
      path: '/field/my-visits',
      summary: '我的上门服务(按路线顺序)',
      request: { query: FieldMyVisitsQuery },
      responses: { 200: jsonOk(FieldMyDay), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.myVisits(engineer(c), c.req.valid('query').date), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/visits/{id}/check-in',
      summary: '到场签到(时间与定位;拒绝定位如实记录)',
      request: { params: IdParam, ...jsonBody(FieldCheckIn) },
      responses: { 200: jsonOk(FieldVisit), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.checkIn(engineer(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/field/visits/{id}/check-out',
      summary: '签退:工作报告、车载配件、照片、客户签名;未解决时安排下次上门',
      request: { params: IdParam, ...jsonBody(FieldCheckOut) },
      responses: { 200: jsonOk(FieldVisit), ...errorResponses },
    }),
    async (c) => c.json(await dispatch.checkOut(engineer(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
