/** System endpoints. */
import { z } from '@hono/zod-openapi';

export const Health = z
  .object({ status: z.enum(['ok', 'degraded']), db: z.enum(['pglite', 'postgres']), version: z.string(), uptimeSeconds: z.number() })
  .openapi('Health');
export type Health = z.infer<typeof Health>;
