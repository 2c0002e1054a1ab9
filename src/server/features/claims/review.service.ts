/**
 * The manufacturer's side: reviewers at HQ or a regional centre (claims.review; data scope by path: 404 outside)
 * decide submitted claims — approve within their authority (claimApproveFen, the approvals rule), reject or return
 * with a reason — and decide pre-authorisations. Decisions lock the claim: of two at once exactly one wins (409).
 * Pending items show in 待我审批 through the approvals provider.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { can } from '../../../domain/auth/actor.js';
import type { ApprovalDecision, PendingApproval } from '../../../contracts/approvals.js';
import type { ClaimDecision, PreauthCreate, PreauthDecision } from '../../../contracts/claims.js';
import { type ClaimStatus, nextClaimStatus } from '../../../domain/claims/status.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { type ApprovalProvider, refusalMessage, refuseApproval } from '../approvals/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, listPointsUnder, visiblePoint } from '../service-points/index.js';
import { workOrderInScope } from '../work-orders/index.js';
import * as repo from './claims.repo.js';
import { presentClaims } from './claims.present.js';
import { noticeToStation } from './notices.js';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
const DECISION_EVENT = { approve: 'approve', reject: 'reject', return: 'return' } as const;
const DECISION_ZH = { approve: '审核通过', reject: '拒绝', return: '退回' } as const;

export function presentPreauth(p: repo.PreauthRow) {
  return {
    id: p.id,
    number: p.number,
    servicePointId: p.servicePointId,
    workOrderId: p.workOrderId,
    estimatedFen: p.estimatedFen,
    reason: p.reason,
    status: p.status as 'pending' | 'approved' | 'rejected',
    requestedByName: p.requestedByName,
    decidedByName: p.decidedByName,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decisionReason: p.decisionReason,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
  };
}

export function createReviewService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  /** Refuse an amount above the reviewer's authority, or their own submission (422 with the reason). */
  function checkAuthority(actor: Actor, amountFen: number, requestedBy: string | null, what: string) {
    const refusal = refuseApproval(actor, { key: 'claimApproveFen', amount: amountFen, requestedBy });
    if (refusal) throw ruleBroken(refusalMessage(refusal, what, yuan, amountFen), [], refusal.code);
  }

  async function decideClaim(actor: Actor, id: string, input: ClaimDecision) {
    return db.transaction(async (tx) => {
      const c = await repo.findClaim(tx, id, true);
      if (!c) throw notFound('索赔单');
      await visiblePoint(tx, actor, c.servicePointId);
      if (c.version !== input.version) throw staleVersion();
      const next = nextClaimStatus(c.status as ClaimStatus, DECISION_EVENT[input.decision]);
      if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
      const approvedFen = input.decision === 'approve' ? (input.approvedFen ?? c.amountFen) : null;
      if (approvedFen !== null && approvedFen > c.amountFen) throw invalid([{ path: 'approvedFen', message: `核准金额不能超过索赔金额 ${yuan(c.amountFen)}` }]);
      if (approvedFen !== null) checkAuthority(actor, approvedFen, c.submittedBy, '索赔');
      else if (c.submittedBy === actor.userId) throw ruleBroken('不能审核自己上报的索赔单', [], 'SELF_APPROVAL');
      const at = now();
      const row = await repo.updateClaim(
        tx,
        c.id,
        c.version,
        { status: next.to, approvedFen, reviewerName: actor.displayName, decidedAt: at, decisionReason: input.reason },
        at,
      );
      if (!row) throw staleVersion();
      // Approved: each claimed part flagged 需回运 is now due back in a return batch.
      if (next.to === 'approved') {
        const due = (await repo.linesOfClaims(tx, [c.id])).filter((l) => l.kind === 'parts' && l.needsReturn).map((l) => l.id);
        await repo.setLines(tx, due, { returnStatus: 'due' });
      }
      await insertAudit(tx, actor, {
        servicePointId: c.servicePointId,
        action: `claims.${input.decision}`,
        entityType: 'warranty_claim',
        entityId: c.id,
        summary: `${c.number} ${DECISION_ZH[input.decision]}${approvedFen !== null ? ` ${yuan(approvedFen)}` : ''}${input.reason ? `:${input.reason}` : ''}`,
        before: { status: c.status },
        after: { status: next.to, approvedFen, reason: input.reason },
      });
      await noticeToStation(tx, {
        servicePointId: c.servicePointId,
        askedBy: c.submittedBy,
        title: `索赔单 ${c.number} ${DECISION_ZH[input.decision]}${approvedFen !== null ? ` ${yuan(approvedFen)}` : ''}`,
        body: `${c.vin} ${c.faultCode}${input.reason ? `。原因:${input.reason}` : ''}${input.decision === 'return' ? '。请修改后重新上报。' : ''}`,
        link: `/claims/${c.id}`,
        dedupeKey: `claim-decision:${c.id}:${row.version}`,
      });
      return (await presentClaims(tx, [row]))[0];
    });
  }

  /** Claims waiting for the actor that are within their authority and not their own (待我审批). */
  async function pendingClaims(actor: Actor): Promise<Omit<PendingApproval, 'type'>[]> {
    if (!can(actor, 'claims.review')) return [];
    const pointIds = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
    const rows = (await repo.listClaims(db, { pointIds, statuses: ['submitted', 'reviewing'] })).filter(
      (c) => c.submittedBy !== actor.userId && (actor.isSuperuser || c.amountFen <= actor.limits.claimApproveFen),
    );
    const ctx = await repo.contextOf(db, rows);
    return rows.map((c) => ({
      id: c.id,
      number: c.number,
      title: `索赔 ${ctx.stationName.get(c.servicePointId) ?? ''} ${c.vin}`,
      amountFen: c.amountFen,
      pct: null,
      amountLabel: `索赔 ${yuan(c.amountFen)}`,
      requestedByName: c.submittedByName ?? '',
      reason: `${c.faultCode} ${c.faultDescription}`.trim(),
      createdAt: (c.submittedAt ?? c.createdAt).toISOString(),
      link: `/claims/${c.id}`,
      version: c.version,
    }));
  }

  /** Approve (within authority, not one's own) or reject (with a reason) a pending pre-authorisation. */
  async function decidePreauth(actor: Actor, id: string, input: PreauthDecision) {
    return db.transaction(async (tx: Tx) => {
      const p = await repo.findPreauth(tx, id, true);
      if (!p) throw notFound('预授权');
      await visiblePoint(tx, actor, p.servicePointId);
      if (p.version !== input.version) throw staleVersion();
      if (p.status !== 'pending') throw new AppError('ILLEGAL_TRANSITION', '预授权已处理');
      if (input.decision === 'approve') checkAuthority(actor, p.estimatedFen, p.requestedBy, '预授权');
      else if (!input.reason) throw invalid([{ path: 'reason', message: '拒绝须写明原因' }]);
      const at = now();
      const row = await repo.updatePreauth(
        tx,
        p.id,
        p.version,
        { status: input.decision === 'approve' ? 'approved' : 'rejected', decidedByName: actor.displayName, decidedAt: at, decisionReason: input.reason },
        at,
      );
      if (!row) throw staleVersion();
      await insertAudit(tx, actor, {
        servicePointId: p.servicePointId,
        action: `claims.preauth.${input.decision}`,
        entityType: 'claim_preauth',
        entityId: p.id,
        summary: `${p.number} 预授权${input.decision === 'approve' ? '批准' : '拒绝'} ${yuan(p.estimatedFen)}`,
        after: input,
      });
      await noticeToStation(tx, {
        servicePointId: p.servicePointId,
        askedBy: p.requestedBy,
        title: `预授权 ${p.number} ${input.decision === 'approve' ? '已批准' : '被拒绝'} ${yuan(p.estimatedFen)}`,
        body: `${p.reason}${input.reason ? `。审核意见:${input.reason}` : ''}`,
        link: '/claims/preauths',
        dedupeKey: `claim-preauth-decision:${p.id}:${row.version}`,
      });
      return presentPreauth(row);
    });
  }

  return {
    decideClaim,
    /** Take a submitted claim into review (审核中): the station sees someone works on it. */
    async startReview(actor: Actor, id: string, input: { version: number }) {
      return db.transaction(async (tx) => {
        const c = await repo.findClaim(tx, id, true);
        if (!c) throw notFound('索赔单');
        await visiblePoint(tx, actor, c.servicePointId);
        if (c.version !== input.version) throw staleVersion();
        const next = nextClaimStatus(c.status as ClaimStatus, 'startReview');
        if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
        const row = await repo.updateClaim(tx, c.id, c.version, { status: next.to, reviewerName: actor.displayName }, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: c.servicePointId,
          action: 'claims.review',
          entityType: 'warranty_claim',
          entityId: c.id,
          summary: `${c.number} 开始审核`,
          before: { status: c.status },
          after: { status: next.to },
        });
        return (await presentClaims(tx, [row]))[0];
      });
    },
    approvalProviders(): ApprovalProvider[] {
      return [
        {
          type: 'warranty-claim',
          pending: pendingClaims,
          decide: (actor: Actor, id: string, d: ApprovalDecision) =>
            decideClaim(actor, id, { version: d.version, decision: d.approve ? 'approve' : 'return', reason: d.note || (d.approve ? '' : '退回修改') }),
        },
        {
          type: 'claim-preauth',
          pending: async (actor) => {
            if (!can(actor, 'claims.review')) return [];
            const pointIds = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
            return (await repo.listPreauths(db, pointIds, ['pending']))
              .filter((p) => p.requestedBy !== actor.userId && (actor.isSuperuser || p.estimatedFen <= actor.limits.claimApproveFen))
              .map((p) => ({
                id: p.id,
                number: p.number,
                title: '索赔预授权',
                amountFen: p.estimatedFen,
                pct: null,
                amountLabel: `预计 ${yuan(p.estimatedFen)}`,
                requestedByName: p.requestedByName,
                reason: p.reason,
                createdAt: p.createdAt.toISOString(),
                link: '/claims/preauths',
                version: p.version,
              }));
          },
          decide: (actor, id, d) => decidePreauth(actor, id, { version: d.version, decision: d.approve ? 'approve' : 'reject', reason: d.note }),
        },
      ];
    },
    async listPreauths(actor: Actor, f: { servicePointId?: string; status?: string }) {
      const scope = f.servicePointId ? (await visiblePoint(db, actor, f.servicePointId)).path : actor.pointPath;
      const pointIds = (await listPointsUnder(db, scope)).map((p) => p.id);
      return (await repo.listPreauths(db, pointIds, f.status?.split(',').filter(Boolean))).map(presentPreauth);
    },
    /** The station asks before an expensive warranty repair (预授权). */
    async requestPreauth(actor: Actor, input: PreauthCreate) {
      return db.transaction(async (tx) => {
        const order = await workOrderInScope(tx, actor, input.workOrderId);
        const station = await findPoint(tx, order.servicePointId);
        if (!station) throw notFound('服务网点');
        const at = now();
        const row = await repo.insertPreauth(tx, {
          servicePointId: order.servicePointId,
          number: await nextDocumentNumber(tx, station, 'claimPreauth', at),
          workOrderId: order.id,
          estimatedFen: input.estimatedFen,
          reason: input.reason,
          requestedBy: actor.userId,
          requestedByName: actor.displayName,
        });
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'claims.preauth.request',
          entityType: 'claim_preauth',
          entityId: row.id,
          summary: `${row.number} 工单 ${order.number} 预授权 ${yuan(input.estimatedFen)}`,
          after: input,
        });
        return presentPreauth(row);
      });
    },
    decidePreauth,
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
