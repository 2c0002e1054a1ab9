/**
 * Service subsidies (服务补贴): the paying point (HQ) keeps rules per dealer type; a monthly statement counts each
 * dealer's completed work from the daily rollups (settled orders; completed field visits as the rollups' contributor
 * counter `fieldVisitsDone`), is adjusted and reviewed, then approved within authority (subsidyApproveFen, the one
 * approvals rule: the reviewer never approves, above the limit the holder of a larger one is asked), and exported.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { isWithinAuthority, refuseApproval, refusalMessage } from '../../../domain/approvals/index.js';
import {
  BASIS_ZH,
  computeLines,
  KIND_ZH,
  linePayable,
  nextSubsidyStatus,
  subsidyMonth,
  validateRules,
  type DealerKind,
  type SubsidyAction,
  type SubsidyBasis,
  type SubsidyRule,
  type SubsidyStatus,
} from '../../../domain/subsidies/index.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import type { SubsidyStatement } from '../../../contracts/subsidies.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { findApprover, notifyApprover } from '../approvals/index.js';
import { insertAudit } from '../audit/index.js';
import { pointRows } from '../rollups/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import * as repo from './subsidies.repo.js';

type Found = NonNullable<Awaited<ReturnType<typeof repo.findStatement>>>;
type Lines = Awaited<ReturnType<typeof repo.linesOf>>;
const STATUS_ZH: Record<SubsidyStatus, string> = { computed: '已计算', reviewed: '已审核', approved: '已批准' };
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
const iso = (d: Date | null) => d?.toISOString() ?? null;

function present(f: Found, lines: Lines, actor: Actor): SubsidyStatement {
  const s = f.s;
  return {
    id: s.id,
    servicePointId: s.servicePointId,
    pointName: f.pointName,
    month: s.month,
    periodFrom: s.periodFrom,
    periodTo: s.periodTo,
    status: s.status as SubsidyStatus,
    totalFen: s.totalFen,
    rulesText: s.rulesText,
    computedAt: s.computedAt.toISOString(),
    computedByName: s.computedByName,
    reviewedAt: iso(s.reviewedAt),
    reviewedByName: s.reviewedByName,
    approvedAt: iso(s.approvedAt),
    approvedByName: s.approvedByName,
    lines: lines
      .filter((x) => x.l.statementId === s.id)
      .map((x) => ({
        id: x.l.id,
        dealerPointId: x.l.dealerPointId,
        dealerCode: x.code,
        dealerName: x.name,
        dealerKind: x.kind,
        settledOrders: x.l.settledOrders,
        fieldVisits: x.l.fieldVisits,
        amountFen: x.l.amountFen,
        adjustFen: x.l.adjustFen,
        payableFen: x.l.payableFen,
        basisText: x.l.basisText,
        note: x.l.note,
      })),
    canApprove: s.status === 'reviewed' && s.reviewedByUserId !== actor.userId && isWithinAuthority(actor, 'subsidyApproveFen', s.totalFen),
    version: s.version,
  };
}

const rulesText = (rules: SubsidyRule[]) => rules.map((r) => `${KIND_ZH[r.pointKind]}:${BASIS_ZH[r.basis]} × ${(r.amountFen / 100).toFixed(2)} 元`).join(';');

export function createSubsidyService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function load(actor: Actor, id: string) {
    const f = await repo.findStatement(db, id);
    if (!f?.pointPath.startsWith(actor.pointPath)) throw notFound('补贴结算单');
    return f;
  }
  const presented = async (actor: Actor, id: string) => {
    const f = (await repo.findStatement(db, id))!;
    return present(f, await repo.linesOf(db, [id]), actor);
  };
  const rulesAt = async (pointId: string): Promise<SubsidyRule[]> =>
    (await repo.rulesOf(db, pointId)).map((r) => ({ pointKind: r.pointKind as DealerKind, basis: r.basis as SubsidyBasis, amountFen: r.amountFen }));

  /** The lines of a month for the dealers below the paying point, from the rollups. */
  async function compute(point: { id: string; path: string }, from: string, to: string, rules: SubsidyRule[]) {
    const dealers = (await listPointsUnder(db, point.path)).filter((p) => p.id !== point.id);
    const rows = dealers.length
      ? await pointRows(
          db,
          dealers.map((d) => d.id),
          from,
          to,
        )
      : [];
    const units = dealers.map((d) => {
      const mine = rows.filter((r) => r.servicePointId === d.id);
      return {
        pointId: d.id,
        kind: d.kind,
        settledOrders: mine.reduce((s, r) => s + r.carsSettled, 0),
        fieldVisits: mine.reduce((s, r) => s + (r.extra.fieldVisitsDone ?? 0), 0),
      };
    });
    return computeLines(units, rules).map((l) => ({
      dealerPointId: l.pointId,
      settledOrders: l.units.settled_orders,
      fieldVisits: l.units.field_visits,
      amountFen: l.amountFen,
      adjustFen: 0,
      payableFen: l.amountFen,
      basisText: l.basisText,
    }));
  }

  return {
    async rules(actor: Actor) {
      return { rules: await rulesAt(actor.servicePointId) };
    },
    async saveRules(actor: Actor, rules: SubsidyRule[]) {
      const problems = validateRules(rules);
      if (problems.length) throw invalid(problems);
      await db.transaction(async (tx) => {
        await repo.replaceRules(tx, actor.servicePointId, rules, now());
        await insertAudit(tx, actor, {
          servicePointId: actor.servicePointId,
          action: 'subsidy.rules',
          entityType: 'service_point',
          entityId: actor.servicePointId,
          summary: `服务补贴规则:${rulesText(rules) || '(无)'}`,
        });
      });
      return { rules: await rulesAt(actor.servicePointId) };
    },

    async list(actor: Actor) {
      const rows = await repo.listStatements(db, actor.pointPath);
      const lines = await repo.linesOf(
        db,
        rows.map((r) => r.s.id),
      );
      return {
        items: rows.map((f) => {
          const { lines: ls, ...rest } = present(f, lines, actor);
          return { ...rest, dealers: ls.length };
        }),
      };
    },
    get: async (actor: Actor, id: string) => {
      await load(actor, id);
      return presented(actor, id);
    },

    async create(actor: Actor, input: { month: string }) {
      const point = await visiblePoint(db, actor, undefined);
      const m = subsidyMonth(input.month, localDate(usableTimeZone(point.timeZone), now()));
      if ('problem' in m) throw invalid([{ path: 'month', message: m.problem }]);
      const rules = await rulesAt(point.id);
      if (!rules.length) throw invalid([{ path: 'month', message: '尚未设置服务补贴规则 (no subsidy rules yet)' }]);
      if (await repo.findByMonth(db, point.id, input.month))
        throw new AppError('CONFLICT', '该月的补贴结算单已存在', [{ path: 'month', message: '该月的补贴结算单已存在' }]);
      const lines = await compute(point, m.from, m.to, rules);
      const at = now();
      const id = await db.transaction(async (tx) => {
        const s = await repo.insertStatement(tx, {
          servicePointId: point.id,
          month: input.month,
          periodFrom: m.from,
          periodTo: m.to,
          totalFen: lines.reduce((t, l) => t + l.payableFen, 0),
          rulesText: rulesText(rules),
          computedAt: at,
          computedByName: actor.displayName,
          createdAt: at,
          updatedAt: at,
        });
        await repo.replaceLines(tx, s.id, lines);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'subsidy.compute',
          entityType: 'subsidy_statement',
          entityId: s.id,
          summary: `${input.month} 服务补贴:${lines.length} 家,合计 ${yuan(s.totalFen)}`,
        });
        return s.id;
      });
      return presented(actor, id);
    },

    /** A reviewed adjustment of one dealer's line (while computed), with its reason. */
    async adjust(actor: Actor, id: string, lineId: string, input: { version: number; adjustFen: number; note: string }) {
      await load(actor, id);
      if (input.adjustFen !== 0 && !input.note) throw invalid([{ path: 'note', message: '调整金额须注明原因 (a reason is required)' }]);
      const at = now();
      await db.transaction(async (tx) => {
        const cur = (await repo.findStatement(tx, id, true))!;
        if (cur.s.version !== input.version) throw staleVersion();
        if (!nextSubsidyStatus(cur.s.status as SubsidyStatus, 'adjust'))
          throw new AppError('CONFLICT', `结算单${STATUS_ZH[cur.s.status as SubsidyStatus]},不能调整`);
        const line = (await repo.linesOf(tx, [id])).find((x) => x.l.id === lineId);
        if (!line) throw notFound('补贴明细');
        const payableFen = linePayable(line.l.amountFen, input.adjustFen);
        await repo.updateLine(tx, lineId, id, { adjustFen: input.adjustFen, payableFen, note: input.note }, at);
        const totalFen = cur.s.totalFen - line.l.payableFen + payableFen;
        if (!(await repo.updateStatement(tx, id, input.version, { totalFen }, at))) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: cur.s.servicePointId,
          action: 'subsidy.adjust',
          entityType: 'subsidy_statement',
          entityId: id,
          summary: `${line.name} 调整 ${yuan(input.adjustFen)}:${input.note}`,
        });
      });
      return presented(actor, id);
    },

    /** `note`: the approver's reason when a decision comes from 待我审批 (kept in the audit). */
    async act(actor: Actor, id: string, input: { version: number; action: Exclude<SubsidyAction, 'adjust'>; note?: string }) {
      const f = await load(actor, id);
      const at = now();
      const fresh =
        input.action === 'recompute'
          ? await compute({ id: f.s.servicePointId, path: f.pointPath }, f.s.periodFrom, f.s.periodTo, await rulesAt(f.s.servicePointId))
          : null;
      await db.transaction(async (tx) => {
        const cur = (await repo.findStatement(tx, id, true))!;
        if (cur.s.version !== input.version) throw staleVersion();
        const from = cur.s.status as SubsidyStatus;
        const to = nextSubsidyStatus(from, input.action);
        if (!to) throw new AppError('CONFLICT', `结算单${STATUS_ZH[from]},不能执行此操作`);
        if (input.action === 'approve') {
          const refusal = refuseApproval(actor, { key: 'subsidyApproveFen', amount: cur.s.totalFen, requestedBy: cur.s.reviewedByUserId });
          if (refusal) throw ruleBroken(refusalMessage(refusal, '服务补贴', yuan, cur.s.totalFen), [], `subsidy.${refusal.code.toLowerCase()}`);
        }
        let patch: Parameters<typeof repo.updateStatement>[3];
        if (fresh) {
          await repo.replaceLines(tx, id, fresh);
          patch = { totalFen: fresh.reduce((t, l) => t + l.payableFen, 0), computedAt: at, computedByName: actor.displayName };
        } else if (input.action === 'review') patch = { status: to, reviewedAt: at, reviewedByName: actor.displayName, reviewedByUserId: actor.userId };
        else if (input.action === 'approve') patch = { status: to, approvedAt: at, approvedByName: actor.displayName };
        else patch = { status: to, reviewedAt: null, reviewedByName: null, reviewedByUserId: null };
        const s = await repo.updateStatement(tx, id, input.version, patch, at);
        if (!s) throw staleVersion();
        if (input.action === 'review') {
          // Ask the one whose authority covers the total (never the reviewer), as every approval does.
          const approver = await findApprover(tx, { point: { id: s.servicePointId, path: cur.pointPath }, key: 'subsidyApproveFen', amount: s.totalFen });
          if (approver && approver.employeeId !== actor.employeeId)
            await notifyApprover(tx, {
              servicePointId: s.servicePointId,
              employeeId: approver.employeeId,
              title: `服务补贴待批准:${s.month}`,
              body: `${s.month} 服务补贴合计 ${yuan(s.totalFen)},已由 ${actor.displayName} 审核`,
              dedupeKey: `subsidy-review:${s.id}:${s.version}`,
            });
        }
        await insertAudit(tx, actor, {
          servicePointId: s.servicePointId,
          action: `subsidy.${input.action}`,
          entityType: 'subsidy_statement',
          entityId: id,
          summary: `${s.month} 服务补贴 ${STATUS_ZH[from]} → ${STATUS_ZH[to]},合计 ${yuan(s.totalFen)}${input.note ? `:${input.note}` : ''}`,
        });
      });
      return presented(actor, id);
    },
  };
}
export type SubsidyService = ReturnType<typeof createSubsidyService>;
