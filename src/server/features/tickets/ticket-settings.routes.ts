import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk, noContent } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { forbidden } from '../../http/errors.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { PointQuery, VersionResult } from '../../../contracts/common.js';
import {
  CalendarPut,
  HolidayYearImport,
  HolidayYearImported,
  RoutingRuleCreate,
  RoutingRuleCreated,
  RoutingRuleUpdate,
  SlaPolicyParams,
  SlaPolicyPut,
  TicketSettings,
} from '../../../contracts/ticket-settings.js';
import type { TicketSettingsService } from './ticket-settings.service.js';

const tag = 'Ticket settings 投诉设置';

function requireSettings(actor: Actor, message = '没有修改投诉设置的权限') {
  if (!can(actor, 'settings.manage') && !can(actor, 'tickets.supervise')) throw forbidden(message);
  return actor;
}

export function ticketSettingsRoutes(svc: TicketSettingsService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/ticket-settings',
      tags: [tag],
      summary: '工作日历、SLA 时限、分派规则、节假日数据覆盖',
      request: { query: PointQuery },
      responses: { 200: jsonOk(TicketSettings), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requireActor(c), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/ticket-settings/calendar',
      tags: [tag],
      summary: '保存工作日历(模式与每日工作时段)',
      request: jsonBody(CalendarPut),
      responses: { 200: jsonOk(VersionResult), ...errorResponses },
    }),
    async (c) => c.json(await svc.saveCalendar(requireSettings(requireActor(c)), c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/ticket-settings/policies/{priority}',
      tags: [tag],
      summary: '保存某优先级的时限(工作分钟)',
      request: { params: SlaPolicyParams, ...jsonBody(SlaPolicyPut) },
      responses: { 200: jsonOk(VersionResult), ...errorResponses },
    }),
    async (c) => c.json(await svc.savePolicy(requireSettings(requireActor(c)), c.req.valid('param').priority, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/routing-rules',
      tags: [tag],
      summary: '新增分派/优先级规则',
      request: jsonBody(RoutingRuleCreate),
      responses: { 201: jsonOk(RoutingRuleCreated), ...errorResponses },
    }),
    async (c) => c.json(await svc.createRule(requireSettings(requireActor(c)), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/routing-rules/{id}',
      tags: [tag],
      summary: '修改规则',
      request: { params: IdParam, ...jsonBody(RoutingRuleUpdate) },
      responses: { 200: jsonOk(VersionResult), ...errorResponses },
    }),
    async (c) => c.json(await svc.updateRule(requireSettings(requireActor(c)), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/routing-rules/{id}',
      tags: [tag],
      summary: '删除规则',
      request: { params: IdParam },
      responses: { ...noContent, ...errorResponses },
    }),
    async (c) => {
      await svc.deleteRule(requireSettings(requireActor(c)), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/holiday-years',
      tags: [tag],
      summary: '导入某年的法定节假日与调休安排(JSON)',
      request: jsonBody(HolidayYearImport),
      responses: { 200: jsonOk(HolidayYearImported), ...errorResponses },
    }),
    async (c) => c.json(await svc.importHolidayYear(requireSettings(requireActor(c), '没有导入节假日的权限'), c.req.valid('json')), 200),
  );
  return r;
}
