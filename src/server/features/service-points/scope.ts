import type { Db, Tx } from '../../db/client.js';
import { canSeePointPath, type Actor } from '../../../domain/auth/actor.js';
import { notFound } from '../../http/errors.js';
import { findPoint } from './service-points.repo.js';

/** The point if the actor may see it (their point or below); otherwise 404, never 403, so nothing leaks. */
export async function visiblePoint(db: Db | Tx, actor: Actor, pointId: string | undefined) {
  return checkPointVisible(actor, await findPoint(db, pointId ?? actor.servicePointId));
}

/** visiblePoint's check on a point the caller read itself (joined to the record it locks: one statement less). */
export function checkPointVisible<P extends { path: string }>(actor: Actor, point: P | null | undefined): P {
  if (!point || !canSeePointPath(actor, point.path)) throw notFound('服务网点');
  return point;
}
