/**
 * Field settings of a point: the response time per region (the deadline rule contract > product > region > point
 * default 8 h) and the escalation ladder's minutes per level. Validated (no negative minutes, one rule per region).
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { fieldRegionRules, fieldSettings } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { FieldSettings, FieldSettingsInput } from '../../../contracts/field-install.js';
import { DEFAULT_RESPONSE } from '../../../domain/field/deadline.js';
import { DEFAULT_LADDER_MINUTES, type LadderLevel } from '../../../domain/field/ladder.js';
import { invalid, staleVersion, type FieldError } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './field.repo.js';

type Q = Db | Tx;

/** The ladder minutes a point set, or the defaults. */
export async function ladderMinutesOf(q: Q, pointId: string): Promise<Record<LadderLevel, number>> {
  const [row] = await q.select().from(fieldSettings).where(eq(fieldSettings.servicePointId, pointId));
  return row?.ladderMinutes ?? DEFAULT_LADDER_MINUTES;
}

export function createSettingsService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function read(q: Q, pointId: string): Promise<FieldSettings> {
    const [row] = await q.select().from(fieldSettings).where(eq(fieldSettings.servicePointId, pointId));
    const rules = await repo.regionRules(q, pointId);
    return {
      servicePointId: pointId,
      version: row?.version ?? null,
      ladderMinutes: row?.ladderMinutes ?? DEFAULT_LADDER_MINUTES,
      regionRules: rules
        .map((r) => ({ regionCode: r.regionCode, responseMinutes: r.responseMinutes, responseClock: r.responseClock }))
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
      defaultResponseMinutes: DEFAULT_RESPONSE.minutes,
    };
  }
  return {
    async get(actor: Actor, pointId?: string) {
      return read(db, (await visiblePoint(db, actor, pointId)).id);
    },
    async save(actor: Actor, input: FieldSettingsInput, pointId?: string) {
      return db.transaction(async (tx) => {
        const point = await visiblePoint(tx, actor, pointId);
        const problems: FieldError[] = [];
        const seen = new Set<string>();
        input.regionRules.forEach((r, i) => {
          if (seen.has(r.regionCode)) problems.push({ path: `regionRules.${i}.regionCode`, message: `区域 ${r.regionCode} 重复` });
          seen.add(r.regionCode);
        });
        if (problems.length) throw invalid(problems);
        const [row] = await tx.select().from(fieldSettings).where(eq(fieldSettings.servicePointId, point.id)).for('update');
        const at = now();
        if (row) {
          if (input.version !== row.version) throw staleVersion();
          await tx
            .update(fieldSettings)
            .set({ ladderMinutes: input.ladderMinutes, version: row.version + 1, updatedAt: at })
            .where(eq(fieldSettings.id, row.id));
        } else {
          if (input.version) throw staleVersion();
          await tx.insert(fieldSettings).values({ servicePointId: point.id, ladderMinutes: input.ladderMinutes });
        }
        await tx.delete(fieldRegionRules).where(eq(fieldRegionRules.servicePointId, point.id));
        if (input.regionRules.length) await tx.insert(fieldRegionRules).values(input.regionRules.map((r) => ({ servicePointId: point.id, ...r })));
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'field.settings.update',
          entityType: 'field_settings',
          entityId: point.id,
          summary: `现场服务设置:区域规则 ${input.regionRules.length} 条,升级时限 ${Object.values(input.ladderMinutes).join('/')} 分钟`,
          after: input,
        });
        return read(tx, point.id);
      });
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
