/**
 * Personal data by construction: for an actor whose work is not calling customers (技师, 仓库管理员, 质检, 收银),
 * every phone field of every JSON answer is masked, whatever endpoint produced it. Those who call see full numbers.
 */
import type { MiddlewareHandler } from 'hono';
import { maskContacts, seesContacts } from '../../domain/privacy/index.js';
import type { AppEnv } from './context.js';

export const maskContactsForActor: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const actor = c.get('actor');
  if (!actor || seesContacts(actor) || c.req.path === '/api/auth/me') return;
  if (!(c.res.headers.get('content-type') ?? '').includes('application/json')) return;
  const body = maskContacts(await c.res.json());
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  c.res = new Response(JSON.stringify(body), { status: c.res.status, headers });
};
