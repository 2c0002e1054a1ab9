/** User accounts linked to employees (their authority comes from the positions the employee holds). */
import type { FeatureModule, ModuleContext } from '../module.js';
import { userRoutes } from './users.routes.js';
import { createUserService, type UserService } from './users.service.js';

export function usersModule(ctx: ModuleContext): FeatureModule & { api: Pick<UserService, 'setLocale'> } {
  const users = createUserService({ db: ctx.db, now: ctx.now });
  return { routers: [userRoutes(users)], api: users };
}
