/** The in-app inbox (我的通知). */
import { z } from '@hono/zod-openapi';

export const Inbox = z
  .object({
    unread: z.int32(),
    items: z.array(z.object({ id: z.string(), title: z.string(), body: z.string(), link: z.string(), createdAt: z.string(), readAt: z.string().nullable() })),
  })
  .openapi('Inbox');
export type Inbox = z.infer<typeof Inbox>;
