/** Settlement discounts in 待我审批: the pending requests an approver may decide; the decision is the service's. */
import type { Db } from '../../db/client.js';
import type { ApprovalProvider } from '../approvals/index.js';
import { refuseApproval } from '../approvals/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { yuan } from '../../lib/text.js';
import * as repo from './settlement.repo.js';
import { discountPctOf, type SettlementService } from './settlement.service.js';

export function discountApprovals(db: Db, svc: SettlementService): ApprovalProvider {
  return {
    type: 'discount',
    async pending(actor) {
      const ids = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const rows = await repo.pendingDiscounts(db, ids);
      return rows
        .map(({ s, orderNumber }) => ({ s, orderNumber, pct: discountPctOf(s.discountFen, s.grossFen) }))
        .filter(({ s, pct }) => !refuseApproval(actor, { key: 'discountPct', amount: pct, requestedBy: s.requestedBy }))
        .map(({ s, orderNumber, pct }) => ({
          id: s.id,
          number: s.number,
          title: `结算优惠 ${orderNumber}`,
          amountFen: s.discountFen,
          pct,
          amountLabel: `优惠 ${pct}%(${yuan(s.discountFen)},应收 ${yuan(s.grossFen)})`,
          requestedByName: s.requestedByName ?? '',
          reason: s.discountReason,
          createdAt: s.updatedAt.toISOString(),
          link: `/cashier?workOrderId=${s.workOrderId}`,
          version: s.version,
        }));
    },
    decide: (actor, id, input) => svc.decide(actor, id, input),
  };
}
