/** Ticket settings (投诉设置): the working calendar, SLA time limits per priority, routing rules and holiday data. */
import { z } from '@hono/zod-openapi';
import { PRIORITIES, TICKET_KINDS } from '../domain/tickets/status.js';
import { JsonValue } from './common.js';

const CALENDAR_MODES = ['workdays', 'everyday', '24x7'] as const;
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export const HoursInterval = z.object({
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式 HH:MM'),
  to: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, '时间格式 HH:MM'),
});
/** Working hours per ISO weekday ('1' = Monday … '7' = Sunday); a missing weekday has no hours. */
export const CalendarPut = z
  .object({
    servicePointId: z.uuid().optional(),
    version: z.int32().min(0),
    mode: z.enum(CALENDAR_MODES, { message: '模式须为 workdays / everyday / 24x7' }),
    hours: z.partialRecord(z.enum(WEEKDAYS), z.array(HoursInterval).max(4)),
    openOnHolidays: z.boolean().default(false),
  })
  .openapi('CalendarPut');
export type CalendarPut = z.infer<typeof CalendarPut>;

export const SlaPolicyParams = z.object({ priority: z.enum(PRIORITIES) });
/** Time limits in working minutes; `version` 0 creates the point's own policy. */
export const SlaPolicyPut = z
  .object({
    servicePointId: z.uuid().optional(),
    version: z.int32().min(0),
    firstResponseMinutes: z
      .number()
      .int()
      .min(1, '至少 1 分钟')
      .max(60 * 24 * 30),
    resolutionMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 90),
    escalationMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30),
  })
  .openapi('SlaPolicyPut');
export type SlaPolicyPut = z.infer<typeof SlaPolicyPut>;

const RuleWhen = z.object({
  kinds: z.array(z.enum(TICKET_KINDS)).optional(),
  categories: z.array(z.string().max(40)).optional(),
  keywords: z.array(z.string().trim().min(1).max(20)).max(50).optional(),
  vip: z.boolean().optional(),
  repeatAtLeast: z.int32().min(1).optional(),
});
const RuleThen = z.object({
  category: z.string().max(40).optional(),
  priority: z.enum(PRIORITIES).optional(),
  raise: z.int32().min(1).max(3).optional(),
  departmentId: z.uuid().optional(),
  handlerEmployeeId: z.uuid().optional(),
});
export const RoutingRuleCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    name: z.string().trim().min(1, '请填写规则名称').max(60),
    sortOrder: z.int32().default(0),
    isActive: z.boolean().default(true),
    when: RuleWhen,
    then: RuleThen,
  })
  .openapi('RoutingRuleCreate');
export type RoutingRuleCreate = z.infer<typeof RoutingRuleCreate>;
export const RoutingRuleUpdate = RoutingRuleCreate.omit({ servicePointId: true })
  .partial()
  .extend({ version: z.int32().min(1) })
  .openapi('RoutingRuleUpdate');
export type RoutingRuleUpdate = z.infer<typeof RoutingRuleUpdate>;
export const RoutingRule = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    name: z.string(),
    sortOrder: z.number(),
    isActive: z.boolean(),
    when: z.object({
      kinds: z.array(z.enum(TICKET_KINDS)).optional(),
      categories: z.array(z.string()).optional(),
      keywords: z.array(z.string()).optional(),
      vip: z.boolean().optional(),
      repeatAtLeast: z.number().optional(),
    }),
    then: z.object({
      category: z.string().optional(),
      priority: z.enum(PRIORITIES).optional(),
      raise: z.number().optional(),
      departmentId: z.string().optional(),
      handlerEmployeeId: z.string().optional(),
    }),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('RoutingRule');
export type RoutingRule = z.infer<typeof RoutingRule>;
export const RoutingRuleCreated = z.object({ id: z.string() });

export const SlaPolicy = z.object({
  priority: z.enum(PRIORITIES),
  firstResponseMinutes: z.number(),
  resolutionMinutes: z.number(),
  escalationMinutes: z.number(),
  version: z.number(),
});
export const TicketSettings = z
  .object({
    calendar: z.object({
      mode: z.enum(CALENDAR_MODES),
      hours: z.record(z.string(), z.array(z.object({ from: z.string(), to: z.string() }))),
      openOnHolidays: z.boolean(),
      timeZone: z.string(),
      version: z.number(),
    }),
    /** Years with holiday data, years of this and next year without, and whether the calendar needs them at all. */
    coverage: z.object({ years: z.array(z.number()), missingYears: z.array(z.number()), needsHolidayData: z.boolean() }),
    holidayYears: z.array(z.number()),
    policies: z.array(SlaPolicy),
    rules: z.array(RoutingRule),
  })
  .openapi('TicketSettings');
export type TicketSettings = z.infer<typeof TicketSettings>;

/** One year's public holidays and make-up working days (调休), as published; checked by the server. */
export const HolidayYearImport = JsonValue;
export const HolidayYearImported = z.object({ year: z.number() });
