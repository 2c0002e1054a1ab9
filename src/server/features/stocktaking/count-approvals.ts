/** Stocktaking variances above the submitter's stock authority in 待我审批 (type 'stock-count'). */
import type { Db } from '../../db/client.js';
import { refuseApproval, type ApprovalProvider } from '../approvals/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { yuan } from '../../lib/text.js';
import type { StocktakingService } from './stocktaking.service.js';

export function countApprovals(db: Db, svc: StocktakingService): ApprovalProvider {
  return {
    type: 'stock-count',
    async pending(actor) {
      const ids = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      return (await svc.pendingOf(ids))
        .filter((c) => !refuseApproval(actor, { key: 'stockFen', amount: c.varianceFen, requestedBy: c.escalatedBy }))
        .map((c) => ({
          id: c.id,
          number: c.number,
          title: '盘点差异过账',
          amountFen: c.varianceFen,
          pct: null,
          amountLabel: `差异 ${yuan(c.varianceFen)}`,
          requestedByName: c.createdByName,
          reason: c.note,
          createdAt: c.updatedAt.toISOString(),
          link: `/stocktaking?count=${c.id}`,
          version: c.version,
        }));
    },
    decide: (actor, id, input) => svc.decide(actor, id, input),
  };
}
