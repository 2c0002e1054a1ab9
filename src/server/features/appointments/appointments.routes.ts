import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import {
  Appointment,
  AppointmentCreate,
  AppointmentQuery,
  AppointmentStats,
  AppointmentStatsQuery,
  AppointmentStatusChange,
  Availability,
  AvailabilityQuery,
} from '../../../contracts/appointments.js';
import type { AppointmentService } from './appointments.service.js';

const tag = 'Appointments 预约';

export function appointmentRoutes(svc: AppointmentService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/appointments/availability',
      tags: [tag],
      summary: '某日各时段可约工时(在岗技师 × 时长 − 已约)',
      request: { query: AvailabilityQuery },
      responses: { 200: jsonOk(Availability), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await svc.availability(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), q.date, q.servicePointId), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/appointments',
      tags: [tag],
      summary: '预约列表(如:明日各服务顾问的预约)',
      request: { query: AppointmentQuery },
      responses: { 200: jsonOk(itemsOf(Appointment)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/appointments/{id}',
      tags: [tag],
      summary: '一条预约(接车开单时带出客户、车辆、预约项目与服务顾问)',
      request: { params: IdParam },
      responses: { 200: jsonOk(Appointment), ...errorResponses },
    }),
    async (c) =>
      c.json(await svc.get(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch', 'work-orders.manage']), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/appointments',
      tags: [tag],
      summary: '预约(超出可约工时返回 422 OVERBOOKED;车间主管可 overbook 确认)',
      request: jsonBody(AppointmentCreate),
      responses: { 201: jsonOk(Appointment), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/appointments/{id}/status',
      tags: [tag],
      summary: '到店 / 未到店(爽约) / 取消',
      request: { params: IdParam, ...jsonBody(AppointmentStatusChange) },
      responses: { 200: jsonOk(Appointment), ...errorResponses },
    }),
    async (c) =>
      c.json(await svc.setStatus(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/appointment-stats',
      tags: [tag],
      summary: '预约率与预约成功率',
      request: { query: AppointmentStatsQuery },
      responses: { 200: jsonOk(AppointmentStats), ...errorResponses },
    }),
    async (c) => c.json(await svc.stats(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('query')), 200),
  );
  return r;
}
