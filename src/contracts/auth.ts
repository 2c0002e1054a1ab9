import { z } from '@hono/zod-openapi';
import { IsoDateTime } from './common.js';

export const LoginRequest = z
  .object({
    username: z.string().trim().min(1, '请输入用户名').max(64),
    password: z.string().min(1, '请输入密码').max(200),
  })
  .openapi('LoginRequest');
export type LoginRequest = z.infer<typeof LoginRequest>;

export const AuthorityLimitsSchema = z
  .object({
    discountPct: z.number().min(0, '不能为负数').max(100, '不能超过 100%').optional(),
    goodwillFen: z.number().int('金额以分为单位,须为整数').min(0, '不能为负数').optional(),
    compensationFen: z.number().int('金额以分为单位,须为整数').min(0, '不能为负数').optional(),
    insuranceWriteOffFen: z.number().int('金额以分为单位,须为整数').min(0, '不能为负数').optional(),
    purchaseFen: z.number().int('金额以分为单位,须为整数').min(0, '不能为负数').optional(),
    claimApproveFen: z.number().int('金额以分为单位,须为整数').min(0, '不能为负数').optional(),
    subsidyApproveFen: z.number().int('金额以分为单位,须为整数').min(0, '不能为负数').optional(),
    stockFen: z.number().int('金额以分为单位,须为整数').min(0, '不能为负数').optional(),
  })
  .openapi('AuthorityLimits');

export const Me = z
  .object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    servicePointId: z.string(),
    servicePointName: z.string(),
    isSuperuser: z.boolean(),
    employeeId: z.string().nullable(),
    permissions: z.array(z.string()),
    limits: z.object({
      discountPct: z.number(),
      goodwillFen: z.number(),
      compensationFen: z.number(),
      insuranceWriteOffFen: z.number(),
      purchaseFen: z.number(),
      claimApproveFen: z.number(),
      subsidyApproveFen: z.number(),
      stockFen: z.number(),
    }),
    positionTitles: z.array(z.string()),
    locale: z.string(),
  })
  .openapi('Me');
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, '请输入当前密码'),
  newPassword: z.string().min(8, '新密码至少 8 位').max(200),
});

export const LocaleRequest = z.object({ locale: z.enum(['zh-CN', 'en-US']) });

export const ApiTokenCreate = z
  .object({
    name: z.string().trim().min(1, '请填写名称').max(80),
    expiresAt: IsoDateTime.nullable().optional(),
  })
  .openapi('ApiTokenCreate');

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');
export type ApiToken = z.infer<typeof ApiToken>;

/** The session cookie is set; it expires at `expiresAt`. */
export const LoginResult = z.object({ ok: z.literal(true), expiresAt: z.string() }).openapi('LoginResult');
/** A new token: the secret is shown this once. */
export const ApiTokenCreated = z.object({ token: z.string(), item: ApiToken }).openapi('ApiTokenCreated');
