/** Live board updates as Server-Sent Events: `ready` once listening, `board` after each change, a keep-alive comment. */
import { createRoute } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { newRouter } from '../../http/app.js';
import { errorResponses } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { EventStream, PointQuery } from '../../../contracts/common.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { BoardEvents } from './board-events.js';
import { BOARD_READERS } from './workshop.routes.js';

/** A comment line this often keeps proxies from closing an idle stream. */
export const KEEP_ALIVE_MS = 25_000;

/** `resolvePoint` checks the point is visible (404 otherwise) before the stream opens. */
export function workshopEventRoutes(
  events: BoardEvents,
  resolvePoint: (actor: Actor, servicePointId?: string) => Promise<{ id: string }>,
  o: { keepAliveMs?: number } = {},
) {
  const keepAliveMs = o.keepAliveMs ?? KEEP_ALIVE_MS;
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/workshop/events',
      tags: ['Workshop 车间'],
      summary: '看板实时更新(SSE:ready、board 事件;每 25 秒保活注释)',
      request: { query: PointQuery },
      responses: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: EventStream } } }, ...errorResponses },
    }),
    async (c) => {
      const point = await resolvePoint(requireAnyPermission(c, BOARD_READERS), c.req.valid('query').servicePointId);
      return streamSSE(c, async (stream) => {
        let changed = false;
        let wake: () => void = () => undefined;
        const unsubscribe = await events.subscribe(point.id, () => {
          changed = true;
          wake();
        });
        const aborted = new Promise<void>((resolve) => stream.onAbort(resolve));
        try {
          await stream.writeSSE({ event: 'ready', data: JSON.stringify({ servicePointId: point.id }) });
          while (!stream.aborted) {
            let timer: NodeJS.Timeout | undefined;
            // A burst of changes coalesces into one event; the client reloads the board on each.
            await Promise.race([
              aborted,
              new Promise<void>((resolve) => {
                wake = resolve;
                timer = setTimeout(resolve, keepAliveMs);
                if (changed) resolve();
              }),
            ]);
            clearTimeout(timer);
            if (stream.aborted) break;
            if (changed) {
              changed = false;
              await stream.writeSSE({ event: 'board', data: JSON.stringify({ servicePointId: point.id }) });
            } else {
              await stream.write(': keep-alive\n\n');
            }
          }
        } finally {
          await unsubscribe();
        }
      });
    },
  );
  return r;
}
