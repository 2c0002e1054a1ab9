/** Service subsidies (服务补贴): rules per dealer type, monthly statements, review, approval, export. */
import { z } from '@hono/zod-openapi';
import { Version } from './common.js';

export const DealerKind = z.enum(['station', 'franchise'], { message: '经销商类型须为服务站/特约服务商' });
export const SubsidyBasis = z.enum(['settled_orders', 'field_visits'], { message: '补贴依据须为结算工单/现场服务' });
export const SubsidyStatus = z.enum(['computed', 'reviewed', 'approved']);

export const SubsidyRuleInput = z.object({
  pointKind: DealerKind,
  basis: SubsidyBasis,
  amountFen: z.number({ message: '请填写每台补贴金额' }),
});
export const SubsidyRulesPut = z.object({ rules: z.array(SubsidyRuleInput).max(20) });
export const SubsidyRules = z.object({ rules: z.array(SubsidyRuleInput.extend({ amountFen: z.number() })) }).openapi('SubsidyRules');

export const SubsidyCreate = z.object({ month: z.string().trim().min(1, '请填写月份').max(7) });
export const SubsidyAct = z.object({
  version: Version,
  action: z.enum(['review', 'approve', 'reopen', 'recompute'], { message: '操作须为审核/批准/退回/重新计算' }),
});
export const SubsidyLineAdjust = z.object({
  version: Version,
  adjustFen: z.number().int('金额以分为单位,须为整数').min(-100_000_000).max(100_000_000),
  note: z.string().trim().max(500).default(''),
});

export const SubsidyLine = z.object({
  id: z.string(),
  dealerPointId: z.string(),
  dealerCode: z.string(),
  dealerName: z.string(),
  dealerKind: z.string(),
  settledOrders: z.int32(),
  fieldVisits: z.int32(),
  amountFen: z.number(),
  adjustFen: z.number(),
  payableFen: z.number(),
  basisText: z.string(),
  note: z.string(),
});
export const SubsidyStatement = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    pointName: z.string(),
    month: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    status: SubsidyStatus,
    totalFen: z.number(),
    rulesText: z.string(),
    computedAt: z.string(),
    computedByName: z.string(),
    reviewedAt: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvedByName: z.string().nullable(),
    lines: z.array(SubsidyLine),
    /** The caller's approval limit covers the total and they did not review it. */
    canApprove: z.boolean(),
    version: z.int32(),
  })
  .openapi('SubsidyStatement');
export const SubsidyList = z.object({ items: z.array(SubsidyStatement.omit({ lines: true }).extend({ dealers: z.int32() })) });
export type SubsidyStatement = z.infer<typeof SubsidyStatement>;
