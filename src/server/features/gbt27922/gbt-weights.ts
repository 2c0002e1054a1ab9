/**
 * The GB/T 27922 scoring weights as a setting (issue 13 point 6): set at HQ or a regional centre by whoever manages
 * the network or quality there, inherited by every point below from the nearest point above with a setting, else the
 * equal default shares. Validated by the domain's rule (every indicator, each above 0, summing to 100), versioned and
 * audited; the self-assessment scores with the weights in force.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { DEFAULT_WEIGHTS, INDICATORS, weightProblems } from '../../../domain/gbt27922/index.js';
import type { GbtWeights } from '../../../contracts/gbt27922.js';
import { AppError, forbidden, invalid, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { listPointsByIds, visiblePoint } from '../service-points/index.js';
import * as repo from './gbt.repo.js';

type Point = { id: string; path: string; kind: string };
const pathIds = (p: Pick<Point, 'id' | 'path'>) => p.path.split('/').filter(Boolean);
const mayEdit = (actor: Actor, point: Pick<Point, 'kind'>) =>
  (point.kind === 'hq' || point.kind === 'regional') &&
  (actor.isSuperuser || actor.permissions.has('network.manage') || actor.permissions.has('quality.manage'));

/** The weights in force at a point and where they come from (the nearest setting on its path, itself included). */
export async function weightsInForce(q: Db | Tx, point: Pick<Point, 'id' | 'path'>) {
  const ids = pathIds(point);
  const rows = await repo.weightSettingsOf(q, ids);
  const byId = new Map(rows.map((r) => [r.servicePointId, r]));
  const fromId = [...ids].reverse().find((id) => byId.has(id));
  return { weights: fromId ? byId.get(fromId)!.weights : DEFAULT_WEIGHTS, fromId: fromId ?? null, own: byId.get(point.id) ?? null };
}

const summary = (w: Record<string, number>) => INDICATORS.map((i) => `${i.nameZh} ${Math.round((w[i.key] ?? 0) * 100) / 100}`).join('、');

export function createGbtWeightsService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function present(q: Db | Tx, actor: Actor, point: Point): Promise<GbtWeights> {
    const w = await weightsInForce(q, point);
    const from = w.fromId ? (await listPointsByIds(q, [w.fromId]))[0] : null;
    return {
      servicePointId: point.id,
      weights: w.weights,
      source: !w.fromId ? 'default' : w.fromId === point.id ? 'own' : 'inherited',
      fromPointId: w.fromId,
      fromPointName: from?.nameZh ?? null,
      version: w.own?.version ?? 0,
      updatedAt: w.own?.updatedAt.toISOString() ?? null,
      updatedByName: w.own?.updatedByName ?? null,
      canEdit: mayEdit(actor, point),
    };
  }

  return {
    async get(actor: Actor, pointId?: string) {
      return present(db, actor, await visiblePoint(db, actor, pointId));
    },

    /** Set the weights at a network point; bad weights are field errors and change nothing. */
    async set(actor: Actor, pointId: string, input: { version: number; weights: Record<string, number> }) {
      const point = await visiblePoint(db, actor, pointId);
      if (point.kind !== 'hq' && point.kind !== 'regional')
        throw new AppError('BUSINESS_RULE', '评分权重只能在总部或大区设置', [{ path: 'weights', message: '请在总部或大区设置' }], 'NOT_A_NETWORK_POINT');
      if (!mayEdit(actor, point)) throw forbidden();
      const problems = weightProblems(input.weights);
      if (problems.length) throw invalid(problems);
      return db.transaction(async (tx) => {
        const before = await weightsInForce(tx, point);
        const row = await repo.upsertWeights(tx, point.id, input.weights, input.version, actor.displayName, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'gbt27922.weights',
          entityType: 'service_point',
          entityId: point.id,
          summary: `${point.nameZh} GB/T 27922 评分权重:${summary(input.weights)}`,
          before: before.weights,
          after: input.weights,
        });
        return present(tx, actor, point);
      });
    },
  };
}
export type GbtWeightsService = ReturnType<typeof createGbtWeightsService>;
