import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import {
  HandoverSign,
  HandoverUpdate,
  RotationAct,
  RotationCreate,
  RotationList,
  RotationOptions,
  RotationPlan,
  RotationUpdate,
} from '../../../contracts/rotation.js';
import type { RotationService } from './rotation.service.js';

const tag = 'Rotation 人员轮换';
const MoveParams = IdParam.extend({ moveId: z.uuid({ message: '无效的编号' }) });

/** Rotation plans (network.manage) and hand-over records (the people themselves sign). */
export function rotationRoutes(svc: RotationService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/rotations',
      tags: [tag],
      summary: '轮换计划(范围内,及本人参与的)',
      responses: { 200: jsonOk(RotationList), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requirePermission(c, 'org.read')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/rotations/options',
      tags: [tag],
      summary: '范围内的网点、在岗员工和岗位',
      responses: { 200: jsonOk(RotationOptions), ...errorResponses },
    }),
    async (c) => c.json(await svc.options(requirePermission(c, 'network.manage')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/rotations',
      tags: [tag],
      summary: '新建季度轮换计划(不能让任何网点没有人员)',
      request: jsonBody(RotationCreate),
      responses: { 201: jsonOk(RotationPlan), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'network.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/rotations/{id}',
      tags: [tag],
      summary: '轮换计划',
      request: { params: IdParam },
      responses: { 200: jsonOk(RotationPlan), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requirePermission(c, 'org.read'), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/rotations/{id}',
      tags: [tag],
      summary: '修改草稿计划',
      request: { params: IdParam, ...jsonBody(RotationUpdate) },
      responses: { 200: jsonOk(RotationPlan), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'network.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/rotations/{id}/actions',
      tags: [tag],
      summary: '批准(生效日由任务执行) / 取消',
      request: { params: IdParam, ...jsonBody(RotationAct) },
      responses: { 200: jsonOk(RotationPlan), ...errorResponses },
    }),
    async (c) => c.json(await svc.act(requirePermission(c, 'network.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/rotations/{id}/moves/{moveId}/handover',
      tags: [tag],
      summary: '交接记录(客户、未结案件、资产;接手人)',
      request: { params: MoveParams, ...jsonBody(HandoverUpdate) },
      responses: { 200: jsonOk(RotationPlan), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.saveHandover(requirePermission(c, 'org.read'), p.id, p.moveId, c.req.valid('json')), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/rotations/{id}/moves/{moveId}/sign',
      tags: [tag],
      summary: '本人签字确认交接(交出人 / 接手人)',
      request: { params: MoveParams, ...jsonBody(HandoverSign) },
      responses: { 200: jsonOk(RotationPlan), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.sign(requirePermission(c, 'org.read'), p.id, p.moveId, c.req.valid('json')), 200);
    },
  );
  return r;
}
