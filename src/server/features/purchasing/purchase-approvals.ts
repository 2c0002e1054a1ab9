/** Purchase orders above the planner's authority in 待我审批 (type 'purchase'); the decision is the order service's. */
import type { Db } from '../../db/client.js';
import { refuseApproval, type ApprovalProvider } from '../approvals/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { yuan } from '../../lib/text.js';
import type { PurchaseOrderService } from './purchase-orders.service.js';

export function purchaseApprovals(db: Db, svc: PurchaseOrderService): ApprovalProvider {
  return {
    type: 'purchase',
    async pending(actor) {
      const ids = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      return (await svc.pendingOf(ids))
        .filter(({ po }) => !refuseApproval(actor, { key: 'purchaseFen', amount: po.totalFen, requestedBy: po.createdBy }))
        .map(({ po, vendorName }) => ({
          id: po.id,
          number: po.number,
          title: `采购订单 ${vendorName}`,
          amountFen: po.totalFen,
          pct: null,
          amountLabel: `采购 ${yuan(po.totalFen)}`,
          requestedByName: po.createdByName,
          reason: po.note,
          createdAt: po.updatedAt.toISOString(),
          link: `/purchasing?order=${po.id}`,
          version: po.version,
        }));
    },
    decide: (actor, id, input) => svc.decide(actor, id, input),
  };
}
