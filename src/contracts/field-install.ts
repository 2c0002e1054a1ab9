/**
 * Field service, installation (安装调试) and preventive maintenance plans: the install template per product
 * (checklist, commissioning measurements), install orders with acceptance, maintenance plans and the overdue view.
 */
import { z } from '@hono/zod-openapi';
import { IsoDate, Version } from './common.js';
import { Signature } from './field-service.js';
import { INSTALL_STATUSES } from '../domain/field/install.js';

const Num = (what: string) => z.number({ message: `${what}须为数字` }).finite(`${what}须为有限数字`);
const Label = z.string().trim().min(1, '请填写检查项').max(100, '最多 100 个字符');
const Spec = z.object({
  name: z.string().trim().min(1, '请填写测量项名称').max(60, '最多 60 个字符'),
  unit: z.string().trim().max(20, '最多 20 个字符').default(''),
  min: Num('下限').nullable().default(null),
  max: Num('上限').nullable().default(null),
});

export const FieldInstallTemplateInput = z
  .object({
    checklist: z.array(z.object({ label: Label, required: z.boolean().default(true) })).max(60, '最多 60 个检查项'),
    measurements: z.array(Spec).max(40, '最多 40 个测量项'),
    version: Version.optional(),
  })
  .openapi('FieldInstallTemplateInput');
export type FieldInstallTemplateInput = z.infer<typeof FieldInstallTemplateInput>;

export const FieldInstallTemplate = z
  .object({
    productId: z.string(),
    checklist: z.array(z.object({ label: z.string(), required: z.boolean() })),
    measurements: z.array(z.object({ name: z.string(), unit: z.string(), min: z.number().nullable(), max: z.number().nullable() })),
    version: z.number().nullable(),
  })
  .openapi('FieldInstallTemplate');
export type FieldInstallTemplate = z.infer<typeof FieldInstallTemplate>;

export const FieldInstallOrderInput = z
  .object({
    unitId: z.uuid({ message: '请选择设备' }),
    plannedDate: IsoDate,
    engineerId: z.uuid({ message: '请选择工程师' }).nullable().optional(),
    note: z.string().trim().max(1000, '最多 1000 个字符').nullable().optional(),
  })
  .openapi('FieldInstallOrderInput');
export type FieldInstallOrderInput = z.infer<typeof FieldInstallOrderInput>;

export const FieldInstallRecord = z
  .object({
    version: Version,
    checklist: z.array(z.object({ done: z.boolean(), note: z.string().trim().max(200, '最多 200 个字符').nullable().optional() })).max(60),
    measurements: z.array(z.object({ value: Num('测量值').nullable() })).max(40),
  })
  .openapi('FieldInstallRecord');
export type FieldInstallRecord = z.infer<typeof FieldInstallRecord>;

export const FieldInstallAccept = z
  .object({
    version: Version,
    signature: Signature,
    acceptedByName: z.string().trim().min(1, '请填写验收人姓名').max(60, '最多 60 个字符'),
  })
  .openapi('FieldInstallAccept');
export type FieldInstallAccept = z.infer<typeof FieldInstallAccept>;

export const FieldInstallOrder = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    number: z.string(),
    unitId: z.string(),
    productModel: z.string(),
    productName: z.string(),
    serial: z.string(),
    customerName: z.string(),
    siteAddress: z.string(),
    status: z.enum(INSTALL_STATUSES),
    plannedDate: z.string(),
    engineerId: z.string().nullable(),
    engineerName: z.string().nullable(),
    checklist: z.array(z.object({ label: z.string(), required: z.boolean(), done: z.boolean(), note: z.string().nullable().optional() })),
    measurements: z.array(
      z.object({
        name: z.string(),
        unit: z.string(),
        min: z.number().nullable(),
        max: z.number().nullable(),
        value: z.number().nullable(),
        result: z.enum(['pass', 'fail']).nullable(),
      }),
    ),
    note: z.string().nullable(),
    commissionedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    acceptedByName: z.string().nullable(),
    hasSignature: z.boolean(),
    warrantyStart: z.string().nullable(),
    warrantyEnd: z.string().nullable(),
    version: z.number(),
  })
  .openapi('FieldInstallOrder');
export type FieldInstallOrder = z.infer<typeof FieldInstallOrder>;

export const FieldInstallQuery = z.object({ status: z.enum(INSTALL_STATUSES).optional() });

// ---- preventive maintenance plans ------------------------------------------------------------------------------
export const FieldMaintenancePlanInput = z
  .object({
    scope: z.enum(['product', 'unit', 'contract'], { message: '计划范围须为 product / unit / contract' }),
    productId: z.uuid({ message: '请选择产品型号' }).nullable().optional(),
    unitId: z.uuid({ message: '请选择设备' }).nullable().optional(),
    contractNo: z.string().trim().min(1, '请填写合同号').max(60, '最多 60 个字符').nullable().optional(),
    intervalMonths: z.int('须为整数月').min(1, '至少每 1 个月').max(60, '最多 60 个月'),
    warrantyOnly: z.boolean().default(true),
    endsOn: IsoDate.nullable().optional(),
    note: z.string().trim().max(500, '最多 500 个字符').nullable().optional(),
  })
  .openapi('FieldMaintenancePlanInput');
export type FieldMaintenancePlanInput = z.infer<typeof FieldMaintenancePlanInput>;

export const FieldMaintenancePlanUpdate = z
  .object({
    version: Version,
    intervalMonths: z.int('须为整数月').min(1, '至少每 1 个月').max(60, '最多 60 个月'),
    warrantyOnly: z.boolean(),
    endsOn: IsoDate.nullable().optional(),
    active: z.boolean(),
    note: z.string().trim().max(500, '最多 500 个字符').nullable().optional(),
  })
  .openapi('FieldMaintenancePlanUpdate');
export type FieldMaintenancePlanUpdate = z.infer<typeof FieldMaintenancePlanUpdate>;

export const FieldMaintenancePlan = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    scope: z.enum(['product', 'unit', 'contract']),
    productId: z.string().nullable(),
    unitId: z.string().nullable(),
    contractNo: z.string().nullable(),
    /** What the plan covers, in words: the model, the unit's serial and customer, or the contract. */
    target: z.string(),
    intervalMonths: z.number(),
    warrantyOnly: z.boolean(),
    endsOn: z.string().nullable(),
    note: z.string().nullable(),
    active: z.boolean(),
    version: z.number(),
  })
  .openapi('FieldMaintenancePlan');
export type FieldMaintenancePlan = z.infer<typeof FieldMaintenancePlan>;

export const FieldMaintenanceQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  overdueOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const FieldMaintenanceVisit = z
  .object({
    id: z.string(),
    number: z.string(),
    unitId: z.string(),
    serial: z.string(),
    productModel: z.string(),
    customerName: z.string(),
    siteAddress: z.string(),
    plannedDate: z.string(),
    status: z.string(),
    engineerName: z.string().nullable(),
    checkOutAt: z.string().nullable(),
    daysOverdue: z.number(),
  })
  .openapi('FieldMaintenanceVisit');

export const FieldMaintenanceView = z
  .object({
    today: z.string(),
    from: z.string(),
    to: z.string(),
    summary: z.object({ planned: z.number(), done: z.number(), overdue: z.number(), completionRate: z.number().nullable() }),
    items: z.array(FieldMaintenanceVisit),
  })
  .openapi('FieldMaintenanceView');
export type FieldMaintenanceView = z.infer<typeof FieldMaintenanceView>;

// ---- settings: region response rules and ladder minutes ----------------------------------------------------------
const NonNegMinutes = z.int('须为整数分钟').min(0, '分钟数不能为负').max(10_080, '最多 7 天(10080 分钟)');
export const FieldSettingsInput = z
  .object({
    version: z.number().int().min(1).nullable().optional(),
    ladderMinutes: z.object({ engineer: NonNegMinutes, supervisor: NonNegMinutes, manager: NonNegMinutes }),
    regionRules: z
      .array(
        z.object({
          regionCode: z.string().regex(/^\d{6}$/, '行政区划代码须为 6 位数字'),
          responseMinutes: z.int('须为整数分钟').min(1, '至少 1 分钟').max(10_080, '最多 7 天(10080 分钟)'),
          responseClock: z.enum(['24x7', 'working'], { message: '计时方式须为 24x7 或 working(工作时间)' }).default('24x7'),
        }),
      )
      .max(200, '最多 200 条区域规则'),
  })
  .openapi('FieldSettingsInput');
export type FieldSettingsInput = z.infer<typeof FieldSettingsInput>;
export const FieldSettings = z
  .object({
    servicePointId: z.string(),
    version: z.number().nullable(),
    ladderMinutes: z.object({ engineer: z.number(), supervisor: z.number(), manager: z.number() }),
    regionRules: z.array(z.object({ regionCode: z.string(), responseMinutes: z.number(), responseClock: z.string() })),
    defaultResponseMinutes: z.number(),
  })
  .openapi('FieldSettings');
export type FieldSettings = z.infer<typeof FieldSettings>;
