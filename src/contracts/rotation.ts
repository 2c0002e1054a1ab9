/** Staff rotation of regional offices (人员轮换): plans per quarter, moves, hand-over records. */
import { z } from '@hono/zod-openapi';
import { IsoDate, Version } from './common.js';

const Uuid = (what: string) => z.uuid({ message: `无效的${what}编号` });

export const RotationStatus = z.enum(['draft', 'approved', 'applied', 'cancelled']);
export const HandoverKind = z.enum(['customer', 'case', 'asset'], { message: '交接类别须为客户/未结案件/资产' });

export const RotationMoveInput = z.object({ employeeId: Uuid('员工'), toPointId: Uuid('网点'), toPositionId: Uuid('岗位') });
export const RotationCreate = z.object({
  /** '2026-Q4' */
  quarter: z.string().trim().min(1, '请填写季度').max(10),
  effectiveDate: IsoDate,
  moves: z.array(RotationMoveInput).max(200),
  note: z.string().trim().max(2000).default(''),
});
export const RotationUpdate = RotationCreate.extend({ version: Version });
export const RotationAct = z.object({ version: Version, action: z.enum(['approve', 'cancel'], { message: '操作须为批准/取消' }) });

export const HandoverItem = z.object({
  kind: HandoverKind,
  ref: z.string().trim().min(1, '请填写交接内容').max(200),
  note: z.string().trim().max(500).default(''),
});
export const HandoverUpdate = z.object({
  version: Version,
  successorEmployeeId: Uuid('接手人'),
  items: z.array(HandoverItem).max(500),
});
export const HandoverSign = z.object({ version: Version, side: z.enum(['outgoing', 'incoming'], { message: '签字方须为交出人/接手人' }) });

export const RotationMove = z
  .object({
    id: z.string(),
    employeeId: z.string(),
    employeeName: z.string(),
    fromPointId: z.string(),
    fromPointName: z.string(),
    toPointId: z.string(),
    toPointName: z.string(),
    toPositionId: z.string(),
    toPositionTitle: z.string(),
    successorEmployeeId: z.string().nullable(),
    successorName: z.string().nullable(),
    items: z.array(HandoverItem),
    outgoingSignedAt: z.string().nullable(),
    outgoingSignedBy: z.string().nullable(),
    incomingSignedAt: z.string().nullable(),
    incomingSignedBy: z.string().nullable(),
    handoverStatus: z.enum(['open', 'partly_signed', 'complete']),
    appliedAt: z.string().nullable(),
    /** What the caller may do on this hand-over. */
    canEditHandover: z.boolean(),
    canSignOutgoing: z.boolean(),
    canSignIncoming: z.boolean(),
    version: z.int32(),
  })
  .openapi('RotationMove');

export const RotationPlan = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    pointName: z.string(),
    quarter: z.string(),
    effectiveDate: z.string(),
    status: RotationStatus,
    note: z.string(),
    createdByName: z.string(),
    approvedAt: z.string().nullable(),
    approvedByName: z.string().nullable(),
    appliedAt: z.string().nullable(),
    moves: z.array(RotationMove),
    canManage: z.boolean(),
    version: z.int32(),
  })
  .openapi('RotationPlan');
export const RotationList = z.object({ items: z.array(RotationPlan.omit({ moves: true }).extend({ moveCount: z.int32(), handoversComplete: z.int32() })) });

/** The points of the caller's scope with their active staff and positions (the plan form's pickers). */
export const RotationOptions = z.object({
  points: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      nameZh: z.string(),
      kind: z.string(),
      employees: z.array(z.object({ id: z.string(), name: z.string(), employeeNo: z.string(), positionTitle: z.string().nullable() })),
      positions: z.array(z.object({ id: z.string(), title: z.string() })),
    }),
  ),
});

export type RotationPlan = z.infer<typeof RotationPlan>;
export type RotationMove = z.infer<typeof RotationMove>;
