import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import {
  AccreditationAct,
  CandidateCreate,
  Evaluation,
  EvaluationCreate,
  NetworkOverview,
  PointAdmin,
  PointProfileUpdate,
  Rectification,
  RectificationCreate,
  RectificationQuery,
  RectificationUpdate,
  Scorecard,
  ScorecardCreate,
  ScorecardUpdate,
} from '../../../contracts/network-admin.js';
import type { NetworkAdminService } from './network-admin.service.js';

const tag = 'Network admin 网络管理';
const READ = ['network.manage', 'service-points.manage', 'reports.read'] as const;
const route = <T extends Parameters<typeof createRoute>[0]>(r: T) => createRoute({ tags: [tag], ...r });

/** The network page, accreditation, scorecards, evaluations and rectification (issue 13 point 1). */
export function networkAdminRoutes(svc: NetworkAdminService) {
  const r = newRouter();
  const reader = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, [...READ]);
  r.openapi(
    route({
      method: 'get',
      path: '/network/overview',
      summary: '网络总览:层级、星级、认证状态、本月数字',
      responses: { 200: jsonOk(NetworkOverview), ...errorResponses },
    }),
    async (c) => c.json(await svc.overview(reader(c)), 200),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/network/points/{id}',
      summary: '网点管理详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(PointAdmin), ...errorResponses },
    }),
    async (c) => c.json(await svc.pointAdmin(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/network/candidates',
      summary: '登记候选经销商(申请)',
      request: jsonBody(CandidateCreate),
      responses: { 201: jsonOk(PointAdmin), ...errorResponses },
    }),
    async (c) => c.json(await svc.createCandidate(requirePermission(c, 'network.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'patch',
      path: '/network/points/{id}/profile',
      summary: '星级与坐标',
      request: { params: IdParam, ...jsonBody(PointProfileUpdate) },
      responses: { 200: jsonOk(PointAdmin), ...errorResponses },
    }),
    async (c) => c.json(await svc.updateProfile(requirePermission(c, 'network.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/network/points/{id}/accreditation',
      summary: '认证步骤:考察、初审、签约、运营、整改、恢复、退出(有日期和文件)',
      request: { params: IdParam, ...jsonBody(AccreditationAct) },
      responses: { 200: jsonOk(PointAdmin), ...errorResponses },
    }),
    async (c) => c.json(await svc.act(requirePermission(c, 'network.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({ method: 'get', path: '/network/scorecards', summary: '评价表', responses: { 200: jsonOk(itemsOf(Scorecard)), ...errorResponses } }),
    async (c) => c.json({ items: await svc.evaluations.scorecards(reader(c)) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/network/scorecards',
      summary: '新建评价表(权重合计 100)',
      request: jsonBody(ScorecardCreate),
      responses: { 201: jsonOk(Scorecard), ...errorResponses },
    }),
    async (c) => c.json(await svc.evaluations.createScorecard(requirePermission(c, 'network.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'patch',
      path: '/network/scorecards/{id}',
      summary: '修改评价表',
      request: { params: IdParam, ...jsonBody(ScorecardUpdate) },
      responses: { 200: jsonOk(Scorecard), ...errorResponses },
    }),
    async (c) => c.json(await svc.evaluations.updateScorecard(requirePermission(c, 'network.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/network/evaluations',
      summary: '填写评价(每网点、期间一次)',
      request: jsonBody(EvaluationCreate),
      responses: { 201: jsonOk(Evaluation), ...errorResponses },
    }),
    async (c) => c.json(await svc.evaluations.evaluate(requirePermission(c, 'network.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'get',
      path: '/network/rectifications',
      summary: '整改措施',
      request: { query: RectificationQuery },
      responses: { 200: jsonOk(itemsOf(Rectification)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.evaluations.rectifications(reader(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    route({
      method: 'post',
      path: '/network/rectifications',
      summary: '下达整改措施',
      request: jsonBody(RectificationCreate),
      responses: { 201: jsonOk(Rectification), ...errorResponses },
    }),
    async (c) => c.json(await svc.evaluations.createRectification(requirePermission(c, 'network.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    route({
      method: 'patch',
      path: '/network/rectifications/{id}',
      summary: '整改进展 / 复核',
      request: { params: IdParam, ...jsonBody(RectificationUpdate) },
      responses: { 200: jsonOk(Rectification), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await svc.evaluations.updateRectification(requireAnyPermission(c, ['network.manage', 'reports.submit']), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  return r;
}
