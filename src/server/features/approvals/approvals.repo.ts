import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { positions, servicePoints } from '../../db/schema.js';

type Q = Db | Tx;

/** The points on a path ('/root/…/own/') and their positions with authority limits. */
export async function positionsOnPath(q: Q, pointPath: string) {
  const ids = pointPath.split('/').filter(Boolean);
  const points = await q.select({ id: servicePoints.id, parentId: servicePoints.parentId }).from(servicePoints).where(inArray(servicePoints.id, ids));
  const rows = await q
    .select({
      id: positions.id,
      servicePointId: positions.servicePointId,
      superiorId: positions.superiorId,
      headOf: positions.headOf,
      limits: positions.limits,
    })
    .from(positions)
    .where(inArray(positions.servicePointId, ids));
  return { points, positions: rows };
}
