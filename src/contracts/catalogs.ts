import { z } from '@hono/zod-openapi';
import { TRADES, SKILL_GRADES } from '../domain/org/templates/types.js';
import { REPAIR_CATEGORIES } from '../domain/work-orders/guarantee.js';
import { patchOf, Version } from './common.js';

const Hours = z
  .number({ message: '工时须为数字' })
  .min(0.001, { message: '工时须大于 0', abort: true })
  .max(500, { message: '工时过大', abort: true })
  .refine((h) => Math.round(h * 1000) === h * 1000, '工时最多 3 位小数');

export const LaborOperationCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,30}$/, '代码须为 1–30 位字母、数字或 . _ -'),
    name: z.string().trim().min(1, '请填写项目名称').max(80),
    trade: z.enum(TRADES, { message: '请选择工种' }),
    category: z.enum(REPAIR_CATEGORIES, { message: '请选择维修类别' }).default('minor'),
    defaultHours: Hours,
    /** Standard hours per model family (车型系列), overriding the default. */
    hoursByFamily: z.record(z.string().trim().min(1).max(40), Hours).default({}),
    /** The certificate needed to be dispatched to this work (高压电工证 …); a training certificate of that name counts. */
    requiredCertificate: z.string().trim().max(40, '证书名称最多 40 字').nullable().optional(),
    isActive: z.boolean().default(true),
  })
  .openapi('LaborOperationCreate');
export type LaborOperationCreate = z.infer<typeof LaborOperationCreate>;
export const LaborOperationUpdate = patchOf(LaborOperationCreate.omit({ servicePointId: true })).extend({ version: Version });
export const LaborOperation = LaborOperationCreate.omit({ servicePointId: true })
  .extend({ id: z.string(), servicePointId: z.string(), version: z.number() })
  .openapi('LaborOperation');
export type LaborOperation = z.infer<typeof LaborOperation>;

export const LaborRate = z
  .object({ trade: z.enum(TRADES), skillGrade: z.enum(SKILL_GRADES), rateFen: z.int32().min(0).max(10_000_000), version: z.int32() })
  .openapi('LaborRate');
export type LaborRate = z.infer<typeof LaborRate>;
export const LaborRatePut = z.object({
  servicePointId: z.uuid().optional(),
  trade: z.enum(TRADES, { message: '请选择工种' }),
  skillGrade: z.enum(SKILL_GRADES, { message: '请选择技术等级' }),
  rateFen: z.number().int('单价以分为单位,须为整数').min(0).max(10_000_000),
  version: z.int32().min(0),
});
export type LaborRatePut = z.infer<typeof LaborRatePut>;

/** Labor operations and parts: search, trade (labor only), paging. */
export const CatalogQuery = z.object({
  servicePointId: z.uuid().optional(),
  q: z.string().trim().max(50).optional(),
  trade: z.string().max(20).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type CatalogQuery = z.infer<typeof CatalogQuery>;

export const PartCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    partNo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9./_-]{1,40}$/, '配件号须为 1–40 位字母、数字或 . / _ -'),
    name: z.string().trim().min(1, '请填写配件名称').max(80),
    unit: z.string().trim().min(1).max(8).default('个'),
    retailPriceFen: z.number().int('价格以分为单位,须为整数').min(0, '价格不能为负'),
    costPriceFen: z.number().int('价格以分为单位,须为整数').min(0, '价格不能为负'),
    isGenuine: z.boolean().default(true),
    brand: z.string().trim().max(40).default(''),
    isActive: z.boolean().default(true),
  })
  .openapi('PartCreate');
export type PartCreate = z.infer<typeof PartCreate>;
export const PartUpdate = patchOf(PartCreate.omit({ servicePointId: true })).extend({ version: Version });
export const Part = PartCreate.omit({ servicePointId: true }).extend({ id: z.string(), servicePointId: z.string(), version: z.number() }).openapi('Part');
export type Part = z.infer<typeof Part>;
