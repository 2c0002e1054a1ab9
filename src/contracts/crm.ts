/** Customer-relations (客户关系) API shapes: the supervisor's dashboard and service improvement actions. */
import { z } from '@hono/zod-openapi';
import { IsoDate, IsoDateTime } from './common.js';

export const IMPROVEMENT_STATUSES = ['open', 'in_progress', 'done', 'reviewed'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export const ImprovementAction = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    causeCategory: z.string(),
    title: z.string(),
    description: z.string(),
    ownerEmployeeId: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(IMPROVEMENT_STATUSES),
    isOverdue: z.boolean(),
    reviewNote: z.string(),
    reviewedAt: z.string().nullable(),
    version: z.number(),
  })
  .openapi('ImprovementAction');
export type ImprovementAction = z.infer<typeof ImprovementAction>;
export const ImprovementActionCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    causeCategory: z.string().trim().min(1, '请选择原因类别').max(40),
    title: z.string().trim().min(1, '请填写措施').max(120),
    description: z.string().trim().max(2000).default(''),
    ownerEmployeeId: z.uuid().nullable().default(null),
    dueOn: IsoDate.nullable().default(null),
  })
  .openapi('ImprovementActionCreate');
export type ImprovementActionCreate = z.infer<typeof ImprovementActionCreate>;
export const ImprovementActionUpdate = z
  .object({
    version: z.int32().min(1),
    causeCategory: z.string().trim().min(1).max(40).optional(),
    title: z.string().trim().min(1).max(120).optional(),
    description: z.string().max(2000).optional(),
    ownerEmployeeId: z.uuid().nullable().optional(),
    dueOn: IsoDate.nullable().optional(),
    status: z.enum(IMPROVEMENT_STATUSES).optional(),
    reviewNote: z.string().trim().max(2000).optional(),
  })
  .openapi('ImprovementActionUpdate');
export type ImprovementActionUpdate = z.infer<typeof ImprovementActionUpdate>;

/** The dashboard period; defaults to the 30 days up to `to` (or now). */
export const TicketStatsQuery = z.object({ servicePointId: z.uuid().optional(), from: IsoDateTime.optional(), to: IsoDateTime.optional() });
export type TicketStatsQuery = z.infer<typeof TicketStatsQuery>;
const CsiRow = z.object({ name: z.string(), responses: z.number(), csi: z.number() });
export const TicketStats = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    received: z.number(),
    complaints: z.number(),
    openCount: z.number(),
    breachedOpen: z.number(),
    /** Share of tickets received in the period whose first response / resolution was in time (null: none yet). */
    responseCompliance: z.number().nullable(),
    resolutionCompliance: z.number().nullable(),
    byStatus: z.record(z.string(), z.number()),
    byChannel: z.record(z.string(), z.number()),
    backlogByDepartment: z.array(z.object({ department: z.string(), count: z.number() })),
    /** Complaint causes, largest first, with the cumulative share (0–1). */
    causePareto: z.array(z.object({ cause: z.string(), count: z.number(), cumulativeShare: z.number() })),
    csi: z.object({ overall: z.number().nullable(), byHandler: z.array(CsiRow), byDepartment: z.array(CsiRow), byPoint: z.array(CsiRow) }),
  })
  .openapi('TicketStats');
export type TicketStats = z.infer<typeof TicketStats>;
