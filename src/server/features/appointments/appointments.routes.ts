import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { IsoDate, Version } from '../../../contracts/common.js';
import type { AppointmentService } from './appointments.service.js';

const tag = 'Appointments 预约';
const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时段格式 HH:MM');
const Appointment = z.object({
  id: z.string(), servicePointId: z.string(), customerId: z.string(), customerName: z.string(), customerPhone: z.string(), vehicleId: z.string(), plate: z.string(), model: z.string(),
  channel: z.string(), advisorEmployeeId: z.string().nullable(), advisorName: z.string().nullable(), localDate: z.string(), slotStart: z.string(), startAt: z.string(),
  estimatedMinutes: z.number(), concern: z.string(), status: z.enum(['booked', 'arrived', 'no_show', 'cancelled']), isOverbooked: z.boolean(), arrivedAt: z.string().nullable(), version: z.number(),
}).openapi('Appointment');
const AppointmentCreate = z.object({
  vehicleId: z.uuid({ message: '请选择车辆' }), channel: z.enum(['phone', 'online', 'walk-in'], { message: '渠道须为电话、网上或到店' }),
  advisorEmployeeId: z.uuid().nullable().default(null), localDate: IsoDate, slotStart: Hhmm,
  estimatedMinutes: z.number().int().min(10, '预计工时至少 10 分钟').max(8 * 60 * 10), concern: z.string().trim().max(500).default(''),
  /** A dispatcher (车间主管) confirms booking beyond the free hours. */
  overbook: z.boolean().default(false),
}).openapi('AppointmentCreate');
const Slot = z.object({ start: z.string(), minutes: z.number(), capacityMinutes: z.number(), bookedMinutes: z.number(), freeMinutes: z.number() });

export function appointmentRoutes(svc: AppointmentService) {
  const r = newRouter();
  r.openapi(createRoute({ method: 'get', path: '/appointments/availability', tags: [tag], summary: '某日各时段可约工时(在岗技师 × 时长 − 已约)', request: { query: z.object({ date: IsoDate, servicePointId: z.uuid().optional() }) }, responses: { 200: jsonOk(z.object({ localDate: z.string(), technicians: z.number(), slots: z.array(Slot) })), ...errorResponses } }),
    async (c) => { const q = c.req.valid('query'); return c.json(await svc.availability(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), q.date, q.servicePointId), 200); });
  r.openapi(createRoute({ method: 'get', path: '/appointments', tags: [tag], summary: '预约列表(如:明日各服务顾问的预约)', request: { query: z.object({ from: IsoDate, to: IsoDate, advisorEmployeeId: z.uuid().optional(), servicePointId: z.uuid().optional() }) }, responses: { 200: jsonOk(z.object({ items: z.array(Appointment) })), ...errorResponses } }),
    async (c) => c.json({ items: await svc.list(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('query')) }, 200));
  r.openapi(createRoute({ method: 'post', path: '/appointments', tags: [tag], summary: '预约(超出可约工时返回 422 OVERBOOKED;车间主管可 overbook 确认)', request: jsonBody(AppointmentCreate), responses: { 201: jsonOk(Appointment), ...errorResponses } }),
    async (c) => c.json(await svc.create(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('json')), 201));
  r.openapi(createRoute({ method: 'post', path: '/appointments/{id}/status', tags: [tag], summary: '到店 / 未到店(爽约) / 取消', request: { params: IdParam, ...jsonBody(z.object({ version: Version, status: z.enum(['arrived', 'no_show', 'cancelled']), reason: z.string().trim().max(200).default('') })) }, responses: { 200: jsonOk(Appointment), ...errorResponses } }),
    async (c) => c.json(await svc.setStatus(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('param').id, c.req.valid('json')), 200));
  r.openapi(createRoute({ method: 'get', path: '/appointment-stats', tags: [tag], summary: '预约率与预约成功率', request: { query: z.object({ from: IsoDate, to: IsoDate, servicePointId: z.uuid().optional() }) }, responses: { 200: jsonOk(z.object({ appointments: z.number(), arrivals: z.number(), noShows: z.number(), appointmentRate: z.number().nullable(), successRate: z.number().nullable() })), ...errorResponses } }),
    async (c) => c.json(await svc.stats(requireAnyPermission(c, ['appointments.manage', 'workshop.dispatch']), c.req.valid('query')), 200));
  return r;
}
