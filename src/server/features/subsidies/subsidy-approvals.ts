/**
 * Reviewed subsidy statements in 待我审批 (type 'subsidy'): those in the approver's scope whose total is within their
 * subsidyApproveFen and that they did not review themselves. Approving is the statement's 'approve'; refusing sends
 * it back to 已计算 ('reopen') with the note in the audit.
 */
import type { Db } from '../../db/client.js';
import { refuseApproval, type ApprovalProvider } from '../approvals/index.js';
import { yuan } from '../../lib/text.js';
import * as repo from './subsidies.repo.js';
import type { SubsidyService } from './subsidies.service.js';

export function subsidyApprovals(db: Db, svc: SubsidyService): ApprovalProvider {
  return {
    type: 'subsidy',
    async pending(actor) {
      const rows = (await repo.listStatements(db, actor.pointPath)).filter(
        (f) => f.s.status === 'reviewed' && !refuseApproval(actor, { key: 'subsidyApproveFen', amount: f.s.totalFen, requestedBy: f.s.reviewedByUserId }),
      );
      return rows.map(({ s, pointName }) => ({
        id: s.id,
        number: `${pointName} ${s.month}`,
        title: `服务补贴结算 ${s.month}`,
        amountFen: s.totalFen,
        pct: null,
        amountLabel: `补贴 ${yuan(s.totalFen)}`,
        requestedByName: s.reviewedByName ?? s.computedByName,
        reason: s.rulesText,
        createdAt: (s.reviewedAt ?? s.computedAt).toISOString(),
        link: `/network/subsidies?statement=${s.id}`,
        version: s.version,
      }));
    },
    decide: (actor, id, input) => svc.act(actor, id, { version: input.version, action: input.approve ? 'approve' : 'reopen', note: input.note }),
  };
}
