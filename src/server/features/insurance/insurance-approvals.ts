/** Write-offs of insurer receivables in 待我审批: the pending requests an approver may decide; the decision is the service's. */
import { and, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { insuranceCases } from '../../db/schema.js';
import type { ApprovalProvider } from '../approvals/index.js';
import { refuseApproval } from '../approvals/index.js';
import { listPointsUnder } from '../service-points/index.js';
import type { CasesService } from './cases.service.js';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

export function writeOffApprovals(db: Db, svc: CasesService): ApprovalProvider {
  return {
    type: 'insurance-write-off',
    async pending(actor) {
      const ids = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      if (!ids.length) return [];
      const rows = await db
        .select()
        .from(insuranceCases)
        .where(and(inArray(insuranceCases.servicePointId, ids), isNotNull(insuranceCases.writeOffRequestFen)));
      return rows
        .filter((c) => !refuseApproval(actor, { key: 'insuranceWriteOffFen', amount: c.writeOffRequestFen!, requestedBy: c.writeOffRequestedBy }))
        .map((c) => ({
          id: c.id,
          number: c.number,
          title: `保险应收核销 ${c.number}`,
          amountFen: c.writeOffRequestFen!,
          pct: null,
          amountLabel: `核销 ${yuan(c.writeOffRequestFen!)}(应收 ${yuan(c.receivableFen ?? 0)},已收 ${yuan(c.paidFen)})`,
          requestedByName: c.writeOffRequestedByName ?? '',
          reason: c.writeOffReason ?? '',
          createdAt: (c.writeOffRequestedAt ?? c.updatedAt).toISOString(),
          link: `/insurance/cases/${c.id}`,
          version: c.version,
        }));
    },
    decide: (actor, id, input) => svc.decideWriteOff(actor, id, input),
  };
}
