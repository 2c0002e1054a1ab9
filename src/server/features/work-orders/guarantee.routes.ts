import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireActor, requirePermission } from '../../http/auth-middleware.js';
import { AppError } from '../../http/errors.js';
import type { Db } from '../../db/client.js';
import { workshopSettings } from '../../db/schema.js';
import { checkGuaranteeSettings, guaranteeFor, REPAIR_CATEGORIES, type GuaranteeSettings } from '../../../domain/work-orders/guarantee.js';
import { insertAudit } from '../audit/audit.repo.js';
import { visiblePoint } from '../service-points/scope.js';
import { guaranteeSettingsOf } from './guarantee.js';
import { DEFAULT_WORKSHOP } from '../appointments/appointments.service.js';

const tag = 'Work orders 任务委托书';
const Terms = z.object({ km: z.number().int().min(0).optional(), days: z.number().int().min(0).optional() });
const Out = z.object({ items: z.array(z.object({ category: z.enum(REPAIR_CATEGORIES), km: z.number(), days: z.number() })) });

/** The station's repair quality-guarantee periods (质量保证期): promised values, never below the legal minimum. */
export function guaranteeRoutes(db: Db, now: () => Date) {
  const r = newRouter();
  const present = (s: GuaranteeSettings) => ({ items: REPAIR_CATEGORIES.map((category) => ({ category, ...guaranteeFor(category, s) })) });
  r.openapi(createRoute({ method: 'get', path: '/guarantee-settings', tags: [tag], summary: '修理质量保证期(按维修类别)', request: { query: z.object({ servicePointId: z.uuid().optional() }) }, responses: { 200: jsonOk(Out), ...errorResponses } }),
    async (c) => {
      const point = await visiblePoint(db, requireActor(c), c.req.valid('query').servicePointId);
      return c.json(present(await guaranteeSettingsOf(db, point.id)), 200);
    });
  r.openapi(createRoute({ method: 'put', path: '/guarantee-settings', tags: [tag], summary: '设置本站承诺的质量保证期(不得低于国家规定)', request: jsonBody(z.object({ servicePointId: z.uuid().optional(), settings: z.partialRecord(z.enum(REPAIR_CATEGORIES), Terms) })), responses: { 200: jsonOk(Out), ...errorResponses } }),
    async (c) => {
      const actor = requirePermission(c, 'settings.manage');
      const input = c.req.valid('json');
      const point = await visiblePoint(db, actor, input.servicePointId);
      const problems = checkGuaranteeSettings(input.settings as GuaranteeSettings);
      if (problems.length) throw new AppError('VALIDATION', problems.join(';'), problems.map((m) => ({ path: 'settings', message: m })));
      await db.transaction(async (tx) => {
        const before = await guaranteeSettingsOf(tx, point.id);
        await tx.insert(workshopSettings).values({ servicePointId: point.id, hours: DEFAULT_WORKSHOP.hours as Record<string, { from: string; to: string }[]>, guarantee: input.settings })
          .onConflictDoUpdate({ target: workshopSettings.servicePointId, set: { guarantee: input.settings, updatedAt: now(), version: sql`${workshopSettings.version} + 1` } });
        await insertAudit(tx, actor, { servicePointId: point.id, action: 'guarantee.update', entityType: 'workshop_settings', entityId: point.id, before, after: input.settings });
      });
      return c.json(present(await guaranteeSettingsOf(db, point.id)), 200);
    });
  return r;
}
