/** User accounts (用户), linked to employees whose positions carry their authority. */
import { z } from '@hono/zod-openapi';

export const User = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    servicePointId: z.string(),
    servicePointName: z.string(),
    employeeId: z.string().nullable(),
    employeeName: z.string().nullable(),
    isSuperuser: z.boolean(),
    isActive: z.boolean(),
    locale: z.string(),
    version: z.int32(),
  })
  .openapi('User');
export type User = z.infer<typeof User>;
export const UserCreate = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名须为 3–32 位字母、数字、下划线、点或连字符'),
    displayName: z.string().trim().min(1, '请填写姓名').max(40),
    password: z.string().min(8, '密码至少 8 位').max(200),
    servicePointId: z.uuid().optional(),
    employeeId: z.uuid().nullable().default(null),
    isSuperuser: z.boolean().default(false),
  })
  .openapi('UserCreate');
export type UserCreate = z.infer<typeof UserCreate>;
/** Rename, relink, reset the password or deactivate (which ends the user's sessions). */
export const UserUpdate = z
  .object({
    version: z.int32().min(1),
    displayName: z.string().trim().min(1).max(40).optional(),
    isActive: z.boolean().optional(),
    employeeId: z.uuid().nullable().optional(),
    password: z.string().min(8, '密码至少 8 位').max(200).optional(),
  })
  .openapi('UserUpdate');
export type UserUpdate = z.infer<typeof UserUpdate>;
