import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { coverage, parseHolidayYear, validateCalendar } from '../../../domain/sla/index.js';
import type { Priority } from '../../../domain/tickets/status.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import type { VersionResult } from '../../../contracts/common.js';
import type { CalendarPut, RoutingRule, RoutingRuleCreate, RoutingRuleUpdate, SlaPolicyPut, TicketSettings } from '../../../contracts/ticket-settings.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { calendarRow, importHolidayYear, loadCalendar, loadPolicies, saveCalendar, savePolicy, type Hours } from './sla-settings.js';
import { listRules } from './tickets.repo.js';
import { recomputeOpenDeadlines } from './ticket-deadlines.js';
import { pointsWithOpenTickets } from './ticket-clock.repo.js';
import * as rules from './routing-rules.repo.js';

const presentRule = (r: rules.RoutingRuleRow): RoutingRule => ({
  id: r.id,
  servicePointId: r.servicePointId,
  name: r.name,
  sortOrder: r.sortOrder,
  isActive: r.isActive,
  when: r.when as RoutingRule['when'],
  then: r.then as RoutingRule['then'],
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** Ticket settings of a service point: working calendar, SLA policies, routing rules; holiday data for everyone. */
export function createTicketSettingsService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  /** The rule and its point, which must be visible (404 otherwise). */
  async function ruleInScope(actor: Actor, id: string) {
    const before = await rules.findRule(db, id);
    if (!before) throw notFound('规则');
    await visiblePoint(db, actor, before.servicePointId);
    return before;
  }

  return {
    async get(actor: Actor, servicePointId?: string): Promise<TicketSettings> {
      const point = await visiblePoint(db, actor, servicePointId);
      const cal = await loadCalendar(db, point);
      const row = await calendarRow(db, point.id);
      const year = Number(localDate(usableTimeZone(point.timeZone), now()).slice(0, 4));
      return {
        calendar: {
          mode: cal.mode,
          hours: cal.hours as Hours,
          openOnHolidays: cal.openOnHolidays ?? false,
          timeZone: cal.timeZone,
          version: row?.version ?? 0,
        },
        coverage: coverage(cal, { from: year, to: year + 1 }),
        holidayYears: cal.holidays.map((h) => h.year),
        policies: await loadPolicies(db, point.id),
        rules: (await listRules(db, point.id)).map(presentRule),
      };
    },
    async saveCalendar(actor: Actor, input: CalendarPut): Promise<VersionResult> {
      const point = await visiblePoint(db, actor, input.servicePointId);
      const problems = validateCalendar({ timeZone: point.timeZone, mode: input.mode, hours: input.hours as never, holidays: [] });
      if (problems.length)
        throw new AppError(
          'VALIDATION',
          problems.join(';'),
          problems.map((p) => ({ path: 'hours', message: p })),
        );
      const row = await db.transaction(async (tx) => {
        const saved = await saveCalendar(
          tx,
          point.id,
          { mode: input.mode, hours: input.hours as Hours, openOnHolidays: input.openOnHolidays },
          input.version === 0 ? null : input.version,
          now(),
        );
        if (!saved) throw staleVersion();
        await recomputeOpenDeadlines(tx, [point.id], now());
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'calendar.update', entityType: 'work_calendar', entityId: point.id, after: saved });
        return saved;
      });
      return { version: row.version };
    },
    async savePolicy(actor: Actor, priority: Priority, input: SlaPolicyPut): Promise<VersionResult> {
      const { servicePointId, version, ...p } = input;
      const point = await visiblePoint(db, actor, servicePointId);
      if (p.firstResponseMinutes > p.resolutionMinutes)
        throw new AppError('VALIDATION', '首次响应时限不能长于解决时限', [{ path: 'firstResponseMinutes', message: '不能长于解决时限' }]);
      const row = await db.transaction(async (tx) => {
        const saved = await savePolicy(tx, point.id, { priority, ...p }, version, now());
        if (!saved) throw staleVersion();
        await recomputeOpenDeadlines(tx, [point.id], now());
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'sla-policy.update', entityType: 'sla_policy', entityId: saved.id, after: saved });
        return saved;
      });
      return { version: row.version };
    },
    async createRule(actor: Actor, input: RoutingRuleCreate): Promise<{ id: string }> {
      const { servicePointId, ...rule } = input;
      const point = await visiblePoint(db, actor, servicePointId);
      const row = await db.transaction(async (tx) => {
        const created = await rules.insertRule(tx, { ...rule, servicePointId: point.id });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'routing-rule.create',
          entityType: 'routing_rule',
          entityId: created.id,
          summary: created.name,
          after: created,
        });
        return created;
      });
      return { id: row.id };
    },
    async updateRule(actor: Actor, id: string, input: RoutingRuleUpdate): Promise<VersionResult> {
      const { version, ...patch } = input;
      const before = await ruleInScope(actor, id);
      const row = await db.transaction(async (tx) => {
        const updated = await rules.updateRule(tx, before.id, version, patch, now());
        if (!updated) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: before.servicePointId,
          action: 'routing-rule.update',
          entityType: 'routing_rule',
          entityId: before.id,
          summary: updated.name,
          before,
          after: updated,
        });
        return updated;
      });
      return { version: row.version };
    },
    async deleteRule(actor: Actor, id: string) {
      const before = await ruleInScope(actor, id);
      await db.transaction(async (tx) => {
        await rules.deleteRule(tx, before.id);
        await insertAudit(tx, actor, {
          servicePointId: before.servicePointId,
          action: 'routing-rule.delete',
          entityType: 'routing_rule',
          entityId: before.id,
          summary: before.name,
          before,
        });
      });
    },
    /** Import one year of official holidays (shared by every point); `json` is checked here. */
    async importHolidayYear(actor: Actor, json: unknown): Promise<{ year: number }> {
      const parsed = parseHolidayYear(json);
      if (Array.isArray(parsed))
        throw new AppError(
          'VALIDATION',
          '节假日数据有误',
          parsed.map((m) => ({ path: 'holidays', message: m })),
        );
      await db.transaction(async (tx) => {
        await importHolidayYear(tx, parsed);
        await recomputeOpenDeadlines(tx, await pointsWithOpenTickets(tx), now());
        await insertAudit(tx, actor, {
          servicePointId: actor.servicePointId,
          action: 'holidays.import',
          entityType: 'holiday_year',
          entityId: String(parsed.year),
          after: parsed,
        });
      });
      return { year: parsed.year };
    },
  };
}
export type TicketSettingsService = ReturnType<typeof createTicketSettingsService>;
