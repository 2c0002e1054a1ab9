import type { Db, Tx } from '../../db/client.js';
import { canSeePointPath, type Actor } from '../../../domain/auth/actor.js';
import { notFound } from '../../http/errors.js';
import { findPoint } from './service-points.repo.js';

/** The point if the actor may see it (their point or below); otherwise 404, never 403, so nothing leaks. */
export async function visiblePoint(db: Db | Tx, actor: Actor, pointId: string | undefined) {
  const point = await findPoint(db, pointId ?? actor.servicePointId);
  if (!point || !canSeePointPath(actor, point.path)) throw notFound('服务网点');
  return point;
}
