import { z } from '@hono/zod-openapi';

export const Version = z.number({ message: '缺少版本号 version' }).int().min(1);
export const Page = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const PointQuery = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
});
export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** Chinese mobile number: 11 digits starting 13–19. */
export const MobilePhone = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号须为 11 位数字,以 13–19 开头');
export const IsoDate = z.iso.date({ message: '日期格式须为 YYYY-MM-DD' });

/**
 * The PATCH form of a create schema: every field optional and *no defaults*. (zod 4 applies defaults
 * inside `.partial()`, which would silently reset omitted fields on update.)
 */
export function patchOf<S extends z.ZodRawShape>(o: z.ZodObject<S>): ReturnType<z.ZodObject<S>['partial']> {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(o.shape)) {
    const inner = v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType);
    shape[k] = inner.optional();
  }
  return z.object(shape) as unknown as ReturnType<z.ZodObject<S>['partial']>;
}
