import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk, noContent } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import type { Db } from '../../db/client.js';
import { routingRules } from '../../db/schema.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { PointQuery } from '../../../contracts/common.js';
import { coverage, parseHolidayYear, validateCalendar } from '../../../domain/sla/index.js';
import { PRIORITIES, TICKET_KINDS } from '../../../domain/tickets/status.js';
import { insertAudit } from '../audit/audit.repo.js';
import { visiblePoint } from '../service-points/scope.js';
import { calendarRow, importHolidayYear, loadCalendar, loadPolicies, saveCalendar, savePolicy } from './sla-settings.js';

const tag = 'Ticket settings 投诉设置';
const Interval = z.object({ from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式 HH:MM'), to: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, '时间格式 HH:MM') });
const CalendarInput = z.object({
  servicePointId: z.uuid().optional(), version: z.number().int().min(0),
  mode: z.enum(['workdays', 'everyday', '24x7'], { message: '模式须为 workdays / everyday / 24x7' }),
  hours: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(Interval).max(4)), openOnHolidays: z.boolean().default(false),
});
const PolicyInput = z.object({
  servicePointId: z.uuid().optional(), version: z.number().int().min(0),
  firstResponseMinutes: z.number().int().min(1, '至少 1 分钟').max(60 * 24 * 30), resolutionMinutes: z.number().int().min(1).max(60 * 24 * 90), escalationMinutes: z.number().int().min(1).max(60 * 24 * 30),
});
const RuleInput = z.object({
  servicePointId: z.uuid().optional(), name: z.string().trim().min(1, '请填写规则名称').max(60), sortOrder: z.number().int().default(0), isActive: z.boolean().default(true),
  when: z.object({ kinds: z.array(z.enum(TICKET_KINDS)).optional(), categories: z.array(z.string().max(40)).optional(), keywords: z.array(z.string().trim().min(1).max(20)).max(50).optional(), vip: z.boolean().optional(), repeatAtLeast: z.number().int().min(1).optional() }),
  then: z.object({ category: z.string().max(40).optional(), priority: z.enum(PRIORITIES).optional(), raise: z.number().int().min(1).max(3).optional(), departmentId: z.uuid().optional(), handlerEmployeeId: z.uuid().optional() }),
});

function requireSettings(actor: Actor) {
  if (!can(actor, 'settings.manage') && !can(actor, 'tickets.supervise')) throw forbidden('没有修改投诉设置的权限');
  return actor;
}

export function ticketSettingsRoutes(db: Db, now: () => Date) {
  const r = newRouter();
  r.openapi(createRoute({ method: 'get', path: '/ticket-settings', tags: [tag], summary: '工作日历、SLA 时限、分派规则、节假日数据覆盖', request: { query: PointQuery }, responses: { 200: jsonOk(z.any()), ...errorResponses } }),
    async (c) => {
      const point = await visiblePoint(db, requireActor(c), c.req.valid('query').servicePointId);
      const cal = await loadCalendar(db, point);
      const row = await calendarRow(db, point.id);
      const year = Number(now().toLocaleDateString('sv-SE', { timeZone: point.timeZone }).slice(0, 4));
      return c.json({
        calendar: { mode: cal.mode, hours: cal.hours, openOnHolidays: cal.openOnHolidays ?? false, timeZone: cal.timeZone, version: row?.version ?? 0 },
        coverage: coverage(cal, { from: year, to: year + 1 }), holidayYears: cal.holidays.map((h) => h.year),
        policies: await loadPolicies(db, point.id),
        rules: await db.select().from(routingRules).where(eq(routingRules.servicePointId, point.id)).orderBy(routingRules.sortOrder),
      }, 200);
    });
  r.openapi(createRoute({ method: 'put', path: '/ticket-settings/calendar', tags: [tag], summary: '保存工作日历(模式与每日工作时段)', request: jsonBody(CalendarInput), responses: { 200: jsonOk(z.object({ version: z.number() })), ...errorResponses } }),
    async (c) => {
      const actor = requireSettings(requireActor(c));
      const input = c.req.valid('json');
      const point = await visiblePoint(db, actor, input.servicePointId);
      const problems = validateCalendar({ timeZone: point.timeZone, mode: input.mode, hours: input.hours as never, holidays: [] });
      if (problems.length) throw new AppError('VALIDATION', problems.join(';'), problems.map((p) => ({ path: 'hours', message: p })));
      const row = await db.transaction(async (tx) => {
        const saved = await saveCalendar(tx, point.id, { mode: input.mode, hours: input.hours, openOnHolidays: input.openOnHolidays }, input.version === 0 ? null : input.version, now());
        if (!saved) throw staleVersion();
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'calendar.update', entityType: 'work_calendar', entityId: point.id, after: saved });
        return saved;
      });
      return c.json({ version: row.version }, 200);
    });
  r.openapi(createRoute({ method: 'put', path: '/ticket-settings/policies/{priority}', tags: [tag], summary: '保存某优先级的时限(工作分钟)', request: { params: z.object({ priority: z.enum(PRIORITIES) }), ...jsonBody(PolicyInput) }, responses: { 200: jsonOk(z.object({ version: z.number() })), ...errorResponses } }),
    async (c) => {
      const actor = requireSettings(requireActor(c));
      const { servicePointId, version, ...p } = c.req.valid('json');
      const point = await visiblePoint(db, actor, servicePointId);
      if (p.firstResponseMinutes > p.resolutionMinutes) throw new AppError('VALIDATION', '首次响应时限不能长于解决时限', [{ path: 'firstResponseMinutes', message: '不能长于解决时限' }]);
      const row = await db.transaction(async (tx) => {
        const saved = await savePolicy(tx, point.id, { priority: c.req.valid('param').priority, ...p }, version, now());
        if (!saved) throw staleVersion();
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'sla-policy.update', entityType: 'sla_policy', entityId: saved.id, after: saved });
        return saved;
      });
      return c.json({ version: row.version }, 200);
    });
  r.openapi(createRoute({ method: 'post', path: '/routing-rules', tags: [tag], summary: '新增分派/优先级规则', request: jsonBody(RuleInput), responses: { 201: jsonOk(z.object({ id: z.string() })), ...errorResponses } }),
    async (c) => {
      const actor = requireSettings(requireActor(c));
      const { servicePointId, ...rule } = c.req.valid('json');
      const point = await visiblePoint(db, actor, servicePointId);
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(routingRules).values({ ...rule, servicePointId: point.id }).returning();
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'routing-rule.create', entityType: 'routing_rule', entityId: created.id, summary: created.name, after: created });
        return created;
      });
      return c.json({ id: row.id }, 201);
    });
  r.openapi(createRoute({ method: 'patch', path: '/routing-rules/{id}', tags: [tag], summary: '修改规则', request: { params: IdParam, ...jsonBody(RuleInput.omit({ servicePointId: true }).partial().extend({ version: z.number().int().min(1) })) }, responses: { 200: jsonOk(z.object({ version: z.number() })), ...errorResponses } }),
    async (c) => {
      const actor = requireSettings(requireActor(c));
      const { version, ...patch } = c.req.valid('json');
      const [before] = await db.select().from(routingRules).where(eq(routingRules.id, c.req.valid('param').id));
      if (!before) throw notFound('规则');
      await visiblePoint(db, actor, before.servicePointId);
      const row = await db.transaction(async (tx) => {
        const [updated] = await tx.update(routingRules).set({ ...patch, updatedAt: now(), version: sql`${routingRules.version} + 1` }).where(and(eq(routingRules.id, before.id), eq(routingRules.version, version))).returning();
        if (!updated) throw staleVersion();
        await insertAudit(tx, actor, { servicePointId: before.servicePointId, action: 'routing-rule.update', entityType: 'routing_rule', entityId: before.id, summary: updated.name, before, after: updated });
        return updated;
      });
      return c.json({ version: row.version }, 200);
    });
  r.openapi(createRoute({ method: 'delete', path: '/routing-rules/{id}', tags: [tag], summary: '删除规则', request: { params: IdParam }, responses: { ...noContent, ...errorResponses } }),
    async (c) => {
      const actor = requireSettings(requireActor(c));
      const [before] = await db.select().from(routingRules).where(eq(routingRules.id, c.req.valid('param').id));
      if (!before) throw notFound('规则');
      await visiblePoint(db, actor, before.servicePointId);
      await db.transaction(async (tx) => {
        await tx.delete(routingRules).where(eq(routingRules.id, before.id));
        await insertAudit(tx, actor, { servicePointId: before.servicePointId, action: 'routing-rule.delete', entityType: 'routing_rule', entityId: before.id, summary: before.name, before });
      });
      return c.body(null, 204);
    });
  r.openapi(createRoute({ method: 'post', path: '/holiday-years', tags: [tag], summary: '导入某年的法定节假日与调休安排(JSON)', request: jsonBody(z.any()), responses: { 200: jsonOk(z.object({ year: z.number() })), ...errorResponses } }),
    async (c) => {
      const actor = requireActor(c);
      if (!can(actor, 'settings.manage') && !can(actor, 'tickets.supervise')) throw forbidden('没有导入节假日的权限');
      const parsed = parseHolidayYear(c.req.valid('json'));
      if (Array.isArray(parsed)) throw new AppError('VALIDATION', '节假日数据有误', parsed.map((m) => ({ path: 'holidays', message: m })));
      await db.transaction(async (tx) => {
        await importHolidayYear(tx, parsed);
        await insertAudit(tx, actor, { servicePointId: actor.servicePointId, action: 'holidays.import', entityType: 'holiday_year', entityId: String(parsed.year), after: parsed });
      });
      return c.json({ year: parsed.year }, 200);
    });
  return r;
}
