import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { checkGuaranteeSettings, guaranteeFor, REPAIR_CATEGORIES, type GuaranteeSettings } from '../../../domain/work-orders/guarantee.js';
import type { GuaranteePeriods, GuaranteeSettingsPut } from '../../../contracts/work-orders.js';
import { AppError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { DEFAULT_WORKSHOP } from '../appointments/index.js';
import { guaranteeSettingsOf } from './guarantee.js';
import { upsertGuaranteeSettings } from './guarantee.repo.js';

const periodsOf = (s: GuaranteeSettings): GuaranteePeriods => ({ items: REPAIR_CATEGORIES.map((category) => ({ category, ...guaranteeFor(category, s) })) });

/** The station's repair quality-guarantee periods (质量保证期): promised values, never below the legal minimum. */
export function createGuaranteeService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async get(actor: Actor, servicePointId?: string): Promise<GuaranteePeriods> {
      const point = await visiblePoint(db, actor, servicePointId);
      return periodsOf(await guaranteeSettingsOf(db, point.id));
    },
    async put(actor: Actor, input: GuaranteeSettingsPut): Promise<GuaranteePeriods> {
      const point = await visiblePoint(db, actor, input.servicePointId);
      const settings = input.settings as GuaranteeSettings;
      const problems = checkGuaranteeSettings(settings);
      if (problems.length)
        throw new AppError(
          'VALIDATION',
          problems.join(';'),
          problems.map((m) => ({ path: 'settings', message: m })),
        );
      await db.transaction(async (tx) => {
        const before = await guaranteeSettingsOf(tx, point.id);
        await upsertGuaranteeSettings(tx, point.id, settings, DEFAULT_WORKSHOP.hours as Record<string, { from: string; to: string }[]>, now());
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'guarantee.update',
          entityType: 'workshop_settings',
          entityId: point.id,
          before,
          after: input.settings,
        });
      });
      return periodsOf(await guaranteeSettingsOf(db, point.id));
    },
  };
}
export type GuaranteeService = ReturnType<typeof createGuaranteeService>;
