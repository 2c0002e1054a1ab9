/** Service packages (保养套餐), member cards (会员卡), stored value (储值) and prepaid visit cards (次卡). */
import { z } from '@hono/zod-openapi';
import { IsoDate, Page, patchOf, Version } from './common.js';
import { LEDGER_KINDS } from '../domain/members/index.js';

const Fen = (what: string) =>
  z
    .number({ message: `${what}须为数字` })
    .int(`${what}以分为单位,须为整数`)
    .min(0, `${what}不能为负`)
    .max(100_000_000, `${what}过大`);
const PositiveFen = (what: string) => Fen(what).min(1, `${what}须大于 0`);
const Pct = z
  .number({ message: '折扣须为数字' })
  .min(0, '折扣须在 0–100 之间')
  .max(100, '折扣须在 0–100 之间')
  .refine((n) => Math.round(n * 100) === n * 100, '折扣最多两位小数');

export const PackageItemInput = z
  .object({
    kind: z.enum(['labor', 'parts'], { message: '请选择工时或配件' }),
    laborOperationId: z.uuid({ message: '请选择工时项目' }).optional(),
    partId: z.uuid({ message: '请选择配件' }).optional(),
    qty: z.number({ message: '数量须为数字' }).min(0.001, '数量须大于 0').max(10_000).default(1),
  })
  .refine((l) => (l.kind === 'labor' ? !!l.laborOperationId : !!l.partId), { message: '工时行须选择工时项目,配件行须选择配件', path: ['kind'] });

export const ServicePackageCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,30}$/, '代码须为 1–30 位字母、数字或 . _ -'),
    name: z.string().trim().min(1, '请填写套餐名称').max(60),
    /** Model family (车型系列); empty = all models. */
    modelFamily: z.string().trim().max(40).default(''),
    priceFen: Fen('套餐价'),
    validFrom: IsoDate.nullable().default(null),
    validTo: IsoDate.nullable().default(null),
    isActive: z.boolean().default(true),
    items: z.array(PackageItemInput).min(1, '套餐至少包含一项').max(50),
  })
  .refine((p) => !p.validFrom || !p.validTo || p.validFrom <= p.validTo, { message: '结束日期不能早于开始日期', path: ['validTo'] })
  .openapi('ServicePackageCreate');
export type ServicePackageCreate = z.infer<typeof ServicePackageCreate>;
export const ServicePackageUpdate = patchOf(
  z.object({
    name: z.string().trim().min(1, '请填写套餐名称').max(60),
    modelFamily: z.string().trim().max(40),
    priceFen: Fen('套餐价'),
    validFrom: IsoDate.nullable(),
    validTo: IsoDate.nullable(),
    isActive: z.boolean(),
    items: z.array(PackageItemInput).min(1, '套餐至少包含一项').max(50),
  }),
)
  .extend({ version: Version })
  .openapi('ServicePackageUpdate');
export type ServicePackageUpdate = z.infer<typeof ServicePackageUpdate>;

export const ServicePackage = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    code: z.string(),
    name: z.string(),
    modelFamily: z.string(),
    priceFen: z.number(),
    /** The items at list price (labor at the station's sale rate), to show the package's saving. */
    itemsFen: z.number(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    isActive: z.boolean(),
    items: z.array(
      z.object({
        kind: z.enum(['labor', 'parts']),
        laborOperationId: z.string().nullable(),
        partId: z.string().nullable(),
        code: z.string(),
        name: z.string(),
        qty: z.number(),
        listFen: z.number(),
      }),
    ),
    version: z.number(),
  })
  .openapi('ServicePackage');
export type ServicePackage = z.infer<typeof ServicePackage>;
export const ServicePackageQuery = Page.extend({
  servicePointId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  modelFamily: z.string().trim().max(40).optional(),
});

export const MemberLevelCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    name: z.string().trim().min(1, '请填写等级名称').max(20),
    laborDiscountPct: Pct.default(0),
    partsDiscountPct: Pct.default(0),
    sortOrder: z.int32().min(0).max(1000).default(0),
  })
  .openapi('MemberLevelCreate');
export type MemberLevelCreate = z.infer<typeof MemberLevelCreate>;
export const MemberLevelUpdate = patchOf(MemberLevelCreate.omit({ servicePointId: true }))
  .extend({ version: Version })
  .openapi('MemberLevelUpdate');
export const MemberLevel = MemberLevelCreate.omit({ servicePointId: true }).extend({ id: z.string(), version: z.number() }).openapi('MemberLevel');
export type MemberLevel = z.infer<typeof MemberLevel>;

export const TopUpRule = z.object({ minAmountFen: PositiveFen('充值金额'), bonusFen: Fen('赠送金额') }).openapi('TopUpRule');
export const TopUpRulesPut = z
  .object({ servicePointId: z.uuid().optional(), rules: z.array(TopUpRule).max(20) })
  .refine((r) => new Set(r.rules.map((x) => x.minAmountFen)).size === r.rules.length, { message: '充值金额不能重复', path: ['rules'] })
  .openapi('TopUpRulesPut');
export type TopUpRulesPut = z.infer<typeof TopUpRulesPut>;

export const MemberCardCreate = z
  .object({ customerId: z.uuid({ message: '请选择客户' }), levelId: z.uuid({ message: '请选择会员等级' }) })
  .openapi('MemberCardCreate');
export const MemberCardUpdate = z
  .object({ version: Version, levelId: z.uuid({ message: '请选择会员等级' }).optional(), isActive: z.boolean().optional() })
  .openapi('MemberCardUpdate');
export const MemberCard = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    number: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    customerPhone: z.string(),
    levelId: z.string(),
    levelName: z.string(),
    laborDiscountPct: z.number(),
    partsDiscountPct: z.number(),
    balanceFen: z.number(),
    isActive: z.boolean(),
    version: z.number(),
  })
  .openapi('MemberCard');
export type MemberCard = z.infer<typeof MemberCard>;
export const MemberCardQuery = Page.extend({
  servicePointId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  customerId: z.uuid().optional(),
});

export const TOP_UP_METHODS = ['cash', 'bank-card', 'wechat', 'alipay', 'transfer'] as const;
export const CardTopUp = z
  .object({
    amountFen: PositiveFen('充值金额'),
    method: z.enum(TOP_UP_METHODS, { message: '请选择付款方式' }),
    note: z.string().trim().max(200).default(''),
  })
  .openapi('CardTopUp');
export type CardTopUp = z.infer<typeof CardTopUp>;
export const CardRefund = z.object({ amountFen: PositiveFen('退款金额'), reason: z.string().trim().min(1, '请填写退款原因').max(200) }).openapi('CardRefund');
export type CardRefund = z.infer<typeof CardRefund>;
export const LedgerEntry = z
  .object({
    id: z.string(),
    kind: z.enum(LEDGER_KINDS),
    amountFen: z.number(),
    balanceAfterFen: z.number(),
    method: z.string(),
    workOrderId: z.string().nullable(),
    settlementId: z.string().nullable(),
    note: z.string(),
    actorName: z.string(),
    createdAt: z.string(),
  })
  .openapi('LedgerEntry');
export type LedgerEntry = z.infer<typeof LedgerEntry>;
export const CardStatement = z.object({ card: MemberCard, entries: z.array(LedgerEntry) }).openapi('CardStatement');

export const VisitCardCreate = z
  .object({
    customerId: z.uuid({ message: '请选择客户' }),
    name: z.string().trim().min(1, '请填写次卡名称').max(40),
    laborOperationId: z.uuid({ message: '请选择工时项目' }),
    totalCount: z.int32().min(1, '次数至少为 1').max(100, '次数最多 100'),
    priceFen: Fen('售价').default(0),
    validTo: IsoDate.nullable().default(null),
  })
  .openapi('VisitCardCreate');
export type VisitCardCreate = z.infer<typeof VisitCardCreate>;
export const VisitCard = z
  .object({
    id: z.string(),
    number: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    name: z.string(),
    laborOperationId: z.string(),
    laborName: z.string(),
    totalCount: z.number(),
    remainingCount: z.number(),
    priceFen: z.number(),
    validTo: z.string().nullable(),
    version: z.number(),
  })
  .openapi('VisitCard');
export type VisitCard = z.infer<typeof VisitCard>;
export const VisitCardQuery = z.object({ servicePointId: z.uuid().optional(), customerId: z.uuid().optional() });
export const VisitCardUse = z.object({ workOrderId: z.uuid({ message: '请选择工单' }), lineId: z.uuid({ message: '请选择工单项目' }) }).openapi('VisitCardUse');
export type VisitCardUse = z.infer<typeof VisitCardUse>;
export const VisitCardUseEntry = z
  .object({
    id: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    lineId: z.string(),
    remainingAfter: z.number(),
    actorName: z.string(),
    createdAt: z.string(),
  })
  .openapi('VisitCardUseEntry');
