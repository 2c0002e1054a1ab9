/** Audit log: other features write entries with insertAudit inside their own transaction. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { auditRoutes } from './audit.routes.js';
import { createAuditService } from './audit.service.js';

export { insertAudit, redactAuditOf } from './audit.repo.js';

export function auditModule(ctx: ModuleContext): FeatureModule {
  return { routers: [auditRoutes(createAuditService({ db: ctx.db }))] };
}
