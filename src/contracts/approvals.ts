/** 待我审批: every pending approval the user may decide, whatever feature owns it (settlement discounts, compensation, …). */
import { z } from '@hono/zod-openapi';
import { Version } from './common.js';

export const APPROVAL_TYPES = ['discount', 'compensation'] as const;

export const PendingApproval = z
  .object({
    type: z.string().openapi({ description: '审批类型:discount 结算优惠、compensation 投诉补偿,以后有索赔、采购、挂账、退卡' }),
    id: z.string(),
    number: z.string().openapi({ description: '单据号' }),
    title: z.string(),
    amountFen: z.number(),
    /** The percentage asked for (discounts), else null: 5 % and 20 % must read differently. */
    pct: z.number().nullable(),
    /** The amount as the owning feature shows it, e.g. "优惠 20%(¥1,280.00)" or "补偿 ¥500.00". */
    amountLabel: z.string(),
    requestedByName: z.string(),
    reason: z.string(),
    createdAt: z.string(),
    link: z.string().openapi({ description: '单据链接(应用内路径)' }),
    version: z.number(),
  })
  .openapi('PendingApproval');
export type PendingApproval = z.infer<typeof PendingApproval>;

export const PendingApprovals = z.object({ items: z.array(PendingApproval), total: z.int32() }).openapi('PendingApprovals');
export type PendingApprovals = z.infer<typeof PendingApprovals>;

export const ApprovalDecision = z.object({ version: Version, approve: z.boolean(), note: z.string().trim().max(300).default('') }).openapi('ApprovalDecision');
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

export const ApprovalRef = z.object({
  type: z.string().regex(/^[a-z-]{2,30}$/, '未知的审批类型'),
  id: z.uuid({ message: '无效的编号' }),
});
