/** Transfers above the supplying station's parts manager's authority in 待我审批 (type 'transfer'). */
import type { Db } from '../../db/client.js';
import { refuseApproval, type ApprovalProvider } from '../approvals/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { yuan } from '../../lib/text.js';
import { presentTransfers, type TransferService } from './transfers.service.js';

export function transferApprovals(db: Db, svc: TransferService): ApprovalProvider {
  return {
    type: 'transfer',
    async pending(actor) {
      const ids = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const rows = (await svc.pendingOf(ids)).filter((t) => !refuseApproval(actor, { key: 'stockFen', amount: t.totalFen, requestedBy: t.escalatedBy }));
      return (await presentTransfers(db, rows)).map((t, i) => ({
        id: t.id,
        number: t.number,
        title: `调拨 ${t.fromPointName} → ${t.toPointName}`,
        amountFen: t.totalFen,
        pct: null,
        amountLabel: `调拨 ${yuan(t.totalFen)}`,
        requestedByName: t.createdByName,
        reason: t.note,
        createdAt: rows[i].updatedAt.toISOString(),
        link: `/transfers?transfer=${t.id}`,
        version: t.version,
      }));
    },
    decide: (actor, id, input) => svc.decide(actor, id, input),
  };
}
