/** The plan board's drag (and keyboard "assign to…"): move a visit to an engineer and a place in the route. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { Version } from '../../../contracts/common.js';
import { FieldVisit } from '../../../contracts/field-service.js';
import type { BoardMoveService } from './board-move.service.js';

const tag = 'Field service 现场服务';
const FieldBoardMove = z
  .object({
    version: Version,
    engineerId: z.uuid({ message: '请选择工程师' }).nullable(),
    position: z.int('须为整数').min(0, '位置不能小于 0').max(999).optional(),
  })
  .openapi('FieldBoardMove');
const FieldRouteWarning = z.object({ visitId: z.string(), kind: z.enum(['deadline', 'shift', 'location']), message: z.string() });
const FieldBoardMoveResult = z.object({ visits: z.array(FieldVisit), warnings: z.array(FieldRouteWarning) }).openapi('FieldBoardMoveResult');
const FieldOverride = z
  .object({
    id: z.string(),
    visitId: z.string(),
    plannedDate: z.string(),
    fromEngineerId: z.string().nullable(),
    toEngineerId: z.string().nullable(),
    fromOrder: z.number().nullable(),
    toOrder: z.number().nullable(),
    warnings: z.array(z.string()),
    byName: z.string(),
    createdAt: z.string(),
  })
  .openapi('FieldDispatchOverride');

export function fieldBoardMoveRoutes(moves: BoardMoveService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'post',
      path: '/field/visits/{id}/move',
      tags: [tag],
      summary: '看板人工调度:改派给工程师并放到路线中的位置(校验技能与证书;返回期限与班次提醒;记录调度覆盖)',
      request: { params: IdParam, ...jsonBody(FieldBoardMove) },
      responses: { 200: jsonOk(FieldBoardMoveResult), ...errorResponses },
    }),
    async (c) => c.json(await moves.move(requirePermission(c, 'field.dispatch'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/field/visits/{id}/unpin',
      tags: [tag],
      summary: '取消固定派工(人工指定的派工),下次规划路线可重新安排',
      request: { params: IdParam, ...jsonBody(z.object({ version: Version }).openapi('FieldUnpin')) },
      responses: { 200: jsonOk(FieldVisit), ...errorResponses },
    }),
    async (c) => c.json(await moves.unpin(requirePermission(c, 'field.dispatch'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/field/visits/{id}/overrides',
      tags: [tag],
      summary: '上门服务的人工调度记录',
      request: { params: IdParam },
      responses: { 200: jsonOk(z.object({ items: z.array(FieldOverride) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await moves.overrides(requirePermission(c, 'field.dispatch'), c.req.valid('param').id) }, 200),
  );
  return r;
}
