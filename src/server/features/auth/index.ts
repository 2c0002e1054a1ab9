/** Login, sessions, API tokens and passwords. `api` is the AuthService the HTTP layer resolves actors with. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { authRoutes } from './auth.routes.js';
import { createAuthService, type AuthService } from './auth.service.js';

export { hashPassword } from './passwords.js';
export { clearFailures, deleteSessionsOfUser, findUserByUsername } from './auth.repo.js';
export type { AuthService } from './auth.service.js';

export function authModule(
  ctx: ModuleContext,
  deps: {
    pointName: (id: string) => Promise<string>;
    setLocale: (userId: string, locale: string) => Promise<void>;
  },
): FeatureModule & { api: AuthService } {
  const auth = createAuthService({ db: ctx.db, config: ctx.config, now: ctx.now });
  return { routers: [authRoutes(auth, { secureCookies: ctx.config.SECURE_COOKIES, trustProxy: ctx.config.TRUST_PROXY, ...deps })], api: auth };
}
