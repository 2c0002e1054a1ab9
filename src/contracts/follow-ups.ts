/** Follow-up calls (回访) after delivery: the caller's queue, the record of a call, rates and CSI. */
import { z } from '@hono/zod-openapi';
import { Version } from './common.js';

const Score = z.int32().min(1, '1–5 分').max(5, '1–5 分');
export const FollowUpAnswers = z.object({ quality: Score, fixed: z.boolean(), attitude: Score, fee: Score, overall: Score });
export type FollowUpAnswers = z.infer<typeof FollowUpAnswers>;

export const FollowUp = z
  .object({
    id: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    customerName: z.string(),
    customerPhone: z.string(),
    plate: z.string(),
    deliveredAt: z.string().nullable(),
    dueAt: z.string(),
    status: z.string(),
    attempts: z.number(),
    answers: FollowUpAnswers.nullable(),
    score: z.number().nullable(),
    isFlagged: z.boolean(),
    ticketId: z.string().nullable(),
    /** The complaint a bad answer opened (its number, for the caller's confirmation). */
    ticketNumber: z.string().nullable(),
    version: z.number(),
  })
  .openapi('FollowUp');
export type FollowUp = z.infer<typeof FollowUp>;

/** `status=due`: pending calls due by now. */
export const FollowUpQuery = z.object({ status: z.enum(['due', 'pending', 'done', 'unreachable']).optional(), servicePointId: z.uuid().optional() });
export type FollowUpQuery = z.infer<typeof FollowUpQuery>;
/** One call: not reached (retry tomorrow, at most three tries) or reached with the answers. */
export const FollowUpCall = z
  .object({ version: Version, reached: z.boolean(), answers: FollowUpAnswers.optional(), note: z.string().trim().max(1000).default('') })
  .openapi('FollowUpCall');
export type FollowUpCall = z.infer<typeof FollowUpCall>;

/** The period is the `days` up to now, by delivery time. */
export const FollowUpStatsQuery = z.object({ servicePointId: z.uuid().optional(), days: z.coerce.number().int().min(1).max(366).default(30) });
export type FollowUpStatsQuery = z.infer<typeof FollowUpStatsQuery>;
export const FollowUpStats = z
  .object({
    delivered: z.number(),
    reached: z.number(),
    flagged: z.number(),
    /** 回访率: reached ÷ delivered (null when nothing was delivered). */
    followUpRate: z.number().nullable(),
    /** Mean score 0–100 of the calls answered. */
    csi: z.number().nullable(),
    /** The service point's name. */
    point: z.string(),
  })
  .openapi('FollowUpStats');
export type FollowUpStats = z.infer<typeof FollowUpStats>;
