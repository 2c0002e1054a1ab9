/**
 * Staff rotation (人员轮换): a plan per quarter made by a network manager for the points of their scope, approved, then
 * applied on its effective date by the `rotation-apply` job (exactly once: the plan's row is locked and its status
 * moves approved → applied in the same transaction). Hand-over records per move are signed by both people themselves.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { HandoverItem } from '../../db/schema.js';
import { nextRotationStatus, validateRotation, type PlannedMove, type RotationAction } from '../../../domain/rotation/index.js';
import { atLocalTime, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, forbidden, invalid, notFound, staleVersion } from '../../http/errors.js';
import { enqueue } from '../../jobs/queue.js';
import { insertAudit } from '../audit/index.js';
import { activeEmployeesOfPoints, moveEmployeeInTx, phoneClashesAt, positionsOfPoints } from '../org/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import { canManagePlan, presentPlan, type PlanFound } from './rotation.present.js';
import * as repo from './rotation.repo.js';

export const ROTATION_QUEUE = 'rotation-apply';
const STATUS_ZH = { draft: '草稿', approved: '已批准', applied: '已生效', cancelled: '已取消' } as const;
type PlanInput = { quarter: string; effectiveDate: string; moves: PlannedMove[]; note: string };

export function createRotationService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  async function scopeFacts(q: Db | Tx, actor: Actor) {
    const points = await listPointsUnder(q, actor.pointPath);
    const ids = points.map((p) => p.id);
    const [staff, positions] = await Promise.all([activeEmployeesOfPoints(q, ids), positionsOfPoints(q, ids)]);
    return { points, staff, positions };
  }

  /** The moves checked against the scope (field errors) and against the unique number / phone at the new point. */
  async function checkedMoves(q: Db | Tx, actor: Actor, input: PlanInput, today: string) {
    const { points, staff, positions } = await scopeFacts(q, actor);
    const problems = validateRotation({
      ...input,
      today,
      pointOfEmployee: new Map(staff.map((e) => [e.id, e.servicePointId])),
      points: new Map(points.map((p) => [p.id, p.nameZh])),
      pointOfPosition: new Map(positions.map((p) => [p.id, p.servicePointId])),
    });
    if (problems.length) throw invalid(problems);
    const byId = new Map(staff.map((e) => [e.id, e]));
    for (const [i, m] of input.moves.entries()) {
      if ((await phoneClashesAt(q, m.toPointId, [byId.get(m.employeeId)!.phone])).length)
        throw invalid([{ path: `moves.${i}.employeeId`, message: '调入网点已有相同手机号的员工 (same phone at that point)' }]);
    }
    return input.moves.map((m) => ({ ...m, fromPointId: byId.get(m.employeeId)!.servicePointId }));
  }

  async function load(actor: Actor, id: string) {
    const f = await repo.findPlan(db, id);
    if (!f) throw notFound('轮换计划');
    if (!f.pointPath.startsWith(actor.pointPath) && !(actor.employeeId && (await repo.planIdsInvolving(db, actor.employeeId)).includes(id)))
      throw notFound('轮换计划');
    return f;
  }
  const presented = async (actor: Actor, f: PlanFound) => presentPlan(f, await repo.movesOf(db, [f.p.id]), actor);

  async function audit(tx: Tx, actor: Actor | null, f: PlanFound | { p: { id: string; servicePointId: string } }, action: string, summary: string) {
    await insertAudit(tx, actor, { servicePointId: f.p.servicePointId, action: `rotation.${action}`, entityType: 'rotation_plan', entityId: f.p.id, summary });
  }

  return {
    async options(actor: Actor) {
      const { points, staff, positions } = await scopeFacts(db, actor);
      return {
        points: points.map((p) => ({
          id: p.id,
          code: p.code,
          nameZh: p.nameZh,
          kind: p.kind,
          employees: staff
            .filter((e) => e.servicePointId === p.id)
            .map((e) => ({ id: e.id, name: e.name, employeeNo: e.employeeNo, positionTitle: e.positionTitle })),
          positions: positions.filter((x) => x.servicePointId === p.id).map((x) => ({ id: x.id, title: x.title })),
        })),
      };
    },

    async list(actor: Actor) {
      const inScope = await repo.listPlans(db, actor.pointPath);
      const mine = actor.employeeId ? await repo.plansByIds(db, await repo.planIdsInvolving(db, actor.employeeId)) : [];
      const all = [...inScope, ...mine.filter((m) => !inScope.some((s) => s.p.id === m.p.id))];
      const moves = await repo.movesOf(
        db,
        all.map((f) => f.p.id),
      );
      return {
        items: all.map((f) => {
          const { moves: ms, ...rest } = presentPlan(f, moves, actor);
          return { ...rest, moveCount: ms.length, handoversComplete: ms.filter((m) => m.handoverStatus === 'complete').length };
        }),
      };
    },

    async get(actor: Actor, id: string) {
      return presented(actor, await load(actor, id));
    },

    async create(actor: Actor, input: PlanInput) {
      const point = await visiblePoint(db, actor, undefined);
      const today = localDate(usableTimeZone(point.timeZone), now());
      if (await repo.findByQuarter(db, point.id, input.quarter))
        throw new AppError('CONFLICT', '该季度的轮换计划已存在', [{ path: 'quarter', message: '该季度的轮换计划已存在' }]);
      const moves = await checkedMoves(db, actor, input, today);
      const at = now();
      const id = await db.transaction(async (tx) => {
        const p = await repo.insertPlan(tx, {
          servicePointId: point.id,
          quarter: input.quarter,
          effectiveDate: input.effectiveDate,
          note: input.note,
          createdByName: actor.displayName,
          createdAt: at,
          updatedAt: at,
        });
        await repo.replaceMoves(tx, p.id, moves);
        await audit(tx, actor, { p }, 'create', `${input.quarter} 轮换计划:${moves.length} 人,${input.effectiveDate} 生效`);
        return p.id;
      });
      return presented(actor, (await repo.findPlan(db, id))!);
    },

    async update(actor: Actor, id: string, input: PlanInput & { version: number }) {
      const f = await load(actor, id);
      if (!canManagePlan(actor, f)) throw forbidden();
      const moves = await checkedMoves(db, actor, input, localDate(usableTimeZone(f.timeZone), now()));
      await db.transaction(async (tx) => {
        const cur = (await repo.findPlan(tx, id, true))!;
        if (cur.p.version !== input.version) throw staleVersion();
        if (!nextRotationStatus(cur.p.status as never, 'edit')) throw new AppError('CONFLICT', `计划${STATUS_ZH[cur.p.status as 'draft']},不能修改`);
        const p = await repo.updatePlan(tx, id, input.version, { quarter: input.quarter, effectiveDate: input.effectiveDate, note: input.note }, now());
        if (!p) throw staleVersion();
        await repo.replaceMoves(tx, id, moves);
        await audit(tx, actor, f, 'edit', `${input.quarter} 轮换计划修改:${moves.length} 人`);
      });
      return presented(actor, (await repo.findPlan(db, id))!);
    },

    /** approve (the job is queued for 00:00 of the effective date in the point's zone) / cancel. */
    async act(actor: Actor, id: string, input: { version: number; action: RotationAction }) {
      const f = await load(actor, id);
      if (!canManagePlan(actor, f)) throw forbidden();
      const at = now();
      await db.transaction(async (tx) => {
        const cur = (await repo.findPlan(tx, id, true))!;
        if (cur.p.version !== input.version) throw staleVersion();
        const from = cur.p.status as keyof typeof STATUS_ZH;
        const to = nextRotationStatus(from, input.action);
        if (!to) throw new AppError('CONFLICT', `计划${STATUS_ZH[from]},不能执行此操作`);
        if (to === 'approved' && cur.p.effectiveDate < localDate(usableTimeZone(cur.timeZone), at))
          throw invalid([{ path: 'effectiveDate', message: '生效日期已过,请先修改计划 (effective date has passed)' }]);
        const patch = to === 'approved' ? { status: to, approvedAt: at, approvedByName: actor.displayName } : { status: to };
        if (!(await repo.updatePlan(tx, id, input.version, patch, at))) throw staleVersion();
        if (to === 'approved') {
          const runAt = atLocalTime(usableTimeZone(cur.timeZone), cur.p.effectiveDate, '00:00');
          await enqueue(tx, { queue: ROTATION_QUEUE, runAt, dedupeKey: `${ROTATION_QUEUE}:${id}` });
        }
        await audit(tx, actor, f, input.action, `${cur.p.quarter} 轮换计划 ${STATUS_ZH[from]} → ${STATUS_ZH[to]}`);
      });
      return presented(actor, (await repo.findPlan(db, id))!);
    },

    /** The hand-over record of one move: who takes over and what (customers, open cases, assets); only while unsigned. */
    async saveHandover(actor: Actor, planId: string, moveId: string, input: { version: number; successorEmployeeId: string; items: HandoverItem[] }) {
      const f = await load(actor, planId);
      const all = await repo.movesOf(db, [planId]);
      const x = all.find((m) => m.m.id === moveId);
      if (!x) throw notFound('轮换人员');
      if (!canManagePlan(actor, f) && actor.employeeId !== x.m.employeeId) throw forbidden();
      // The one taking over works at the point left once the plan applies: stays there, or moves in with this plan.
      const staying = (await activeEmployeesOfPoints(db, [x.m.fromPointId])).filter((e) => !all.some((m) => m.m.employeeId === e.id)).map((e) => e.id);
      const comingIn = all.filter((m) => m.m.toPointId === x.m.fromPointId).map((m) => m.m.employeeId);
      const ok = f.p.status === 'applied' ? true : [...staying, ...comingIn].includes(input.successorEmployeeId);
      if (!ok || input.successorEmployeeId === x.m.employeeId)
        throw invalid([{ path: 'successorEmployeeId', message: `接手人须是轮换后在${x.fromPointName}工作的员工 (successor must work at the point left)` }]);
      await db.transaction(async (tx) => {
        const cur = await repo.findMove(tx, moveId, true);
        if (!cur || cur.version !== input.version) throw staleVersion();
        if (cur.outgoingSignedAt || cur.incomingSignedAt) throw new AppError('CONFLICT', '交接记录已签字,不能修改');
        if (f.p.status === 'cancelled') throw new AppError('CONFLICT', '计划已取消');
        await repo.updateMove(tx, moveId, input.version, { successorEmployeeId: input.successorEmployeeId, items: input.items }, now());
        await audit(tx, actor, f, 'handover', `${x.employeeName} 交接记录:${input.items.length} 项`);
      });
      return presented(actor, (await repo.findPlan(db, planId))!);
    },

    /** A signature is the recorded acceptance by the person themselves: the one leaving, or the one taking over. */
    async sign(actor: Actor, planId: string, moveId: string, input: { version: number; side: 'outgoing' | 'incoming' }) {
      const f = await load(actor, planId);
      const at = now();
      await db.transaction(async (tx) => {
        const cur = await repo.findMove(tx, moveId, true);
        if (!cur || cur.planId !== planId) throw notFound('轮换人员');
        if (cur.version !== input.version) throw staleVersion();
        if (f.p.status === 'cancelled') throw new AppError('CONFLICT', '计划已取消');
        if (!cur.successorEmployeeId) throw invalid([{ path: 'side', message: '请先填写交接记录和接手人' }]);
        const who = input.side === 'outgoing' ? cur.employeeId : cur.successorEmployeeId;
        if (actor.employeeId !== who) throw forbidden(input.side === 'outgoing' ? '只有交出人本人可以签字' : '只有接手人本人可以签字');
        if ((input.side === 'outgoing' ? cur.outgoingSignedAt : cur.incomingSignedAt) !== null) throw new AppError('CONFLICT', '已签字');
        const patch =
          input.side === 'outgoing'
            ? { outgoingSignedAt: at, outgoingSignedBy: actor.displayName }
            : { incomingSignedAt: at, incomingSignedBy: actor.displayName };
        await repo.updateMove(tx, moveId, input.version, patch, at);
        await audit(tx, actor, f, `sign.${input.side}`, `${actor.displayName} 签字确认交接记录`);
      });
      return presented(actor, (await repo.findPlan(db, planId))!);
    },

    /** The job: every approved plan whose effective date has come in its point's zone is applied, once. */
    async applyDue() {
      const at = now();
      const candidates = await repo.approvedPlansUpTo(db, localDate('Pacific/Kiritimati', at));
      let applied = 0;
      for (const { id } of candidates) {
        await db.transaction(async (tx) => {
          const f = await repo.findPlan(tx, id, true);
          if (!f || f.p.status !== 'approved' || f.p.effectiveDate > localDate(usableTimeZone(f.timeZone), at)) return;
          const moves = await repo.movesOf(tx, [id]);
          for (const x of moves) {
            if ((await moveEmployeeInTx(tx, { employeeId: x.m.employeeId, toPointId: x.m.toPointId, toPositionId: x.m.toPositionId, at })) !== null)
              await repo.updateMove(tx, x.m.id, x.m.version, { appliedAt: at }, at);
          }
          await repo.updatePlan(tx, id, f.p.version, { status: 'applied', appliedAt: at }, at);
          await audit(
            tx,
            null,
            f,
            'apply',
            `${f.p.quarter} 轮换计划生效:${moves.map((m) => `${m.employeeName} ${m.fromPointName} → ${m.toPointName}`).join(';')}`,
          );
          applied++;
        });
      }
      return applied;
    },
  };
}
export type RotationService = ReturnType<typeof createRotationService>;
