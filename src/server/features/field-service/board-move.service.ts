/**
 * The dispatcher's override on the plan board: drag a visit to another engineer or another place in a route (or
 * "assign to…" from the keyboard). The server refuses an engineer without the skill or a valid certificate, renumbers
 * both routes, re-estimates their arrivals, returns the deadline and shift warnings, and records the override
 * (field_dispatch_overrides, and the audit trail).
 */
import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { fieldDispatchOverrides } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { eligibility } from '../../../domain/field/eligibility.js';
import { moveTo, routeTimeline, type RouteWarning } from '../../../domain/field/route-move.js';
import { AWAITING_ARRIVAL, type VisitStatus } from '../../../domain/field/visits.js';
import { usableTimeZone } from '../../../domain/time/index.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './field.repo.js';
import { presentVisits } from './field.present.js';

export interface BoardMove {
  version: number;
  /** null: back to the open pool. */
  engineerId: string | null;
  /** 0-based place in the engineer's route of the day; the end when omitted. */
  position?: number;
}

export function createBoardMoveService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  /** The engineer's route of the day (not cancelled), in order, locked. */
  const routeOf = async (tx: Tx, engineerId: string, date: string) =>
    (await repo.visitsOf(tx, { engineerId, date })).filter((v) => v.status !== 'cancelled').sort((a, b) => (a.routeOrder ?? 1e9) - (b.routeOrder ?? 1e9));

  /** Renumber a route 1…n and re-estimate the arrivals of the visits not yet arrived at; the warnings of the route. */
  async function settle(tx: Tx, route: repo.VisitRow[], engineer: repo.EngineerRow, date: string, timeZone: string, movedId: string | null) {
    const units = new Map((await repo.unitsOfIds(tx, [...new Set(route.map((v) => v.unitId))])).map((u) => [u.id, u]));
    const pending = route.filter((v) => AWAITING_ARRIVAL.includes(v.status as VisitStatus) || v.id === movedId);
    const timeline = routeTimeline({
      timeZone,
      date,
      now: now(),
      engineer,
      stops: pending.map((v) => ({
        id: v.id,
        lat: units.get(v.unitId)?.lat ?? null,
        lng: units.get(v.unitId)?.lng ?? null,
        serviceMinutes: v.serviceMinutes,
        deadlineAt: v.deadlineAt,
      })),
    });
    const at = now();
    for (const [i, v] of route.entries()) {
      const eta = timeline.etas.find((e) => e.visitId === v.id);
      // The visit moved by hand is pinned: "plan routes" keeps it on this engineer and in this order where feasible.
      const patch = v.id === movedId ? { status: 'assigned', engineerId: engineer.id, pinned: true } : {};
      const row = await repo.updateVisit(tx, v.id, v.version, { ...patch, routeOrder: i + 1, ...(eta ? { etaAt: eta.etaAt } : {}) }, at);
      if (!row) throw staleVersion();
    }
    return timeline.warnings;
  }

  return {
    async move(actor: Actor, visitId: string, input: BoardMove) {
      return db.transaction(async (tx) => {
        const v = await repo.findVisit(tx, visitId, true);
        if (!v) throw notFound('上门服务');
        const point = await visiblePoint(tx, actor, v.servicePointId);
        if (v.version !== input.version) throw staleVersion();
        if (!AWAITING_ARRIVAL.includes(v.status as VisitStatus))
          throw new AppError('ILLEGAL_TRANSITION', '只有待派工或已派工(未到场)的上门服务可以改派或调整顺序');
        const tz = usableTimeZone(point.timeZone);
        const from = { engineerId: v.engineerId, order: v.routeOrder };
        let warnings: RouteWarning[] = [];
        let toOrder: number | null = null;
        if (input.engineerId === null) {
          await repo.updateVisit(tx, v.id, v.version, { status: 'open', engineerId: null, routeOrder: null, etaAt: null, pinned: false }, now());
        } else {
          const e = await repo.findEngineer(tx, input.engineerId);
          if (!e || e.servicePointId !== v.servicePointId || !e.active) throw invalid([{ path: 'engineerId', message: '工程师不存在或不属于该网点' }]);
          const ok = eligibility({ skills: e.skills, certificates: await repo.certificatesOf(tx, [e.id]) }, v.requiredSkill, v.plannedDate);
          if (!ok.ok) throw ruleBroken(ok.reason, [{ path: 'engineerId', message: ok.reason }], 'NOT_QUALIFIED');
          const route = moveTo(await routeOf(tx, e.id, v.plannedDate), v, input.position ?? Number.MAX_SAFE_INTEGER);
          toOrder = route.findIndex((x) => x.id === v.id) + 1;
          warnings = await settle(tx, route, e, v.plannedDate, tz, v.id);
        }
        // The route the visit left is renumbered and re-estimated too.
        if (from.engineerId && from.engineerId !== input.engineerId) {
          const old = (await repo.findEngineer(tx, from.engineerId))!;
          const rest = (await routeOf(tx, old.id, v.plannedDate)).filter((x) => x.id !== v.id);
          if (rest.length) await settle(tx, rest, old, v.plannedDate, tz, null);
        }
        const messages = warnings.map((w) => w.message);
        await tx.insert(fieldDispatchOverrides).values({
          servicePointId: v.servicePointId,
          visitId: v.id,
          plannedDate: v.plannedDate,
          fromEngineerId: from.engineerId,
          toEngineerId: input.engineerId,
          fromOrder: from.order,
          toOrder,
          warnings: messages,
          byUserId: actor.userId,
          byName: actor.displayName,
          createdAt: now(),
        });
        await insertAudit(tx, actor, {
          servicePointId: v.servicePointId,
          action: 'field.visit.override',
          entityType: 'field_visit',
          entityId: v.id,
          summary: `${v.number} 人工调度:${input.engineerId ? `第 ${toOrder} 站` : '撤回派工'}${messages.length ? `(${messages.length} 条提醒)` : ''}`,
          before: from,
          after: { engineerId: input.engineerId, order: toOrder, warnings: messages },
        });
        const touched = [input.engineerId, from.engineerId].filter(Boolean);
        const day = (await repo.visitsOf(tx, { pointIds: [v.servicePointId], date: v.plannedDate })).filter(
          (x) => x.id === v.id || (x.engineerId !== null && touched.includes(x.engineerId)),
        );
        return { visits: await presentVisits(tx, day), warnings };
      });
    },
    /** Unpin a visit: the next "plan routes" may give it to another engineer or another place. */
    async unpin(actor: Actor, visitId: string, input: { version: number }) {
      return db.transaction(async (tx) => {
        const v = await repo.findVisit(tx, visitId, true);
        if (!v) throw notFound('上门服务');
        await visiblePoint(tx, actor, v.servicePointId);
        if (v.version !== input.version) throw staleVersion();
        if (!v.pinned) throw ruleBroken('该上门服务未固定派工', [{ path: 'pinned', message: '该上门服务未固定派工' }], 'NOT_PINNED');
        const row = await repo.updateVisit(tx, v.id, v.version, { pinned: false }, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: v.servicePointId,
          action: 'field.visit.unpin',
          entityType: 'field_visit',
          entityId: v.id,
          summary: `${v.number} 取消固定派工`,
        });
        return (await presentVisits(tx, [row]))[0];
      });
    },
    /** The overrides recorded for a visit, newest first. */
    async overrides(actor: Actor, visitId: string) {
      const v = await repo.findVisit(db, visitId);
      if (!v) throw notFound('上门服务');
      await visiblePoint(db, actor, v.servicePointId);
      return db.select().from(fieldDispatchOverrides).where(eq(fieldDispatchOverrides.visitId, visitId)).orderBy(desc(fieldDispatchOverrides.createdAt));
    },
  };
}
export type BoardMoveService = ReturnType<typeof createBoardMoveService>;
