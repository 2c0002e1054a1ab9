import type { MiddlewareHandler, Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './context.js';
import type { AuthService } from '../features/auth/index.js';
import { AppError, forbidden } from './errors.js';
import { can, type Actor } from '../../domain/auth/actor.js';
import type { Permission } from '../../domain/auth/permissions.js';

export const SESSION_COOKIE = 'as_session';

/** Resolve the actor from `Authorization: Bearer …` or the session cookie; never rejects by itself. */
export function resolveActor(auth: AuthService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', null);
    c.set('sessionToken', null);
    const header = c.req.header('authorization');
    if (header?.toLowerCase().startsWith('bearer ')) {
      c.set('actor', await auth.actorFromToken(header.slice(7).trim()));
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) {
        c.set('sessionToken', token);
        c.set('actor', await auth.actorFromSession(token));
      }
    }
    await next();
  };
}

/** The actor or 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return actor;
}

/** The actor holding `permission`, or 401/403. */
export function requirePermission(c: Context<AppEnv>, permission: Permission): Actor {
  const actor = requireActor(c);
  if (!can(actor, permission)) throw forbidden(`没有权限:${permission}`);
  return actor;
}

/** The actor holding any of `permissions`, or 401/403. */
export function requireAnyPermission(c: Context<AppEnv>, permissions: Permission[]): Actor {
  const actor = requireActor(c);
  if (!permissions.some((p) => can(actor, p))) throw forbidden(`没有权限:${permissions.join(' 或 ')}`);
  return actor;
}
