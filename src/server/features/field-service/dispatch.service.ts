/**
 * Dispatch: engineers (home base, skills, certificates, shift, van stock), the plan board of a day, "plan routes"
 * through the route planner, manual assignment (refused without skill and valid certificate), and the engineer's
 * phone page: today's visits in route order, check-in/check-out with location (refused is recorded as refused),
 * work report, parts from the van (never negative), photos, signature, a next visit when unresolved.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { FieldAssign, FieldCheckIn, FieldCheckOut, FieldEngineerInput, FieldVanStockInput } from '../../../contracts/field-service.js';
import { eligibility } from '../../../domain/field/eligibility.js';
import { planBoard } from '../../../domain/field/plan-board.js';
import { AWAITING_ARRIVAL, type VisitStatus, nextVisitStatus } from '../../../domain/field/visits.js';
import { addDays, daysBetween, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { saveAttachmentsInTx } from '../attachments/index.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './field.repo.js';
import { presentEngineers, presentVisits } from './field.present.js';
import { createVisitInTx } from './requests.service.js';

type Q = Db | Tx;

export function createDispatchService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const pointToday = async (q: Q, actor: Actor, pointId?: string) => {
    const point = await visiblePoint(q, actor, pointId);
    const tz = usableTimeZone(point.timeZone);
    return { point, tz, today: localDate(tz, now()) };
  };
  async function engineerInScope(q: Q, actor: Actor, id: string, path = 'engineerId') {
    const e = await repo.findEngineer(q, id);
    if (!e) throw invalid([{ path, message: '工程师不存在' }]);
    await visiblePoint(q, actor, e.servicePointId).catch(() => {
      throw invalid([{ path, message: '工程师不存在' }]);
    });
    return e;
  }
  async function visitInScope(q: Q, actor: Actor, id: string, lock = false) {
    const v = await repo.findVisit(q, id, lock);
    if (!v) throw notFound('上门服务');
    await visiblePoint(q, actor, v.servicePointId);
    return v;
  }
  /** The engineer's own visit: the engineer linked to the actor's login must hold it (404 otherwise). */
  async function ownVisit(tx: Tx, actor: Actor, id: string) {
    const v = await visitInScope(tx, actor, id, true);
    const me = await repo.engineerOfUser(tx, actor.userId);
    if (!me || v.engineerId !== me.id) throw notFound('上门服务');
    return { v, me };
  }
  const audit = (tx: Tx, actor: Actor, v: repo.VisitRow, action: string, summary: string, after?: unknown) =>
    insertAudit(tx, actor, { servicePointId: v.servicePointId, action: `field.visit.${action}`, entityType: 'field_visit', entityId: v.id, summary, after });
  const one = async (q: Q, v: repo.VisitRow) => (await presentVisits(q, [v]))[0];

  return {
    async listEngineers(actor: Actor, pointId?: string) {
      const { point, today } = await pointToday(db, actor, pointId);
      return presentEngineers(db, await repo.listEngineers(db, [point.id]), today);
    },
    async createEngineer(actor: Actor, input: FieldEngineerInput) {
      return db.transaction(async (tx) => {
        const { point, today } = await pointToday(tx, actor);
        let userId: string | null = null;
        if (input.username) {
          const u = await repo.userByName(tx, input.username);
          if (!u) throw invalid([{ path: 'username', message: '登录账号不存在' }]);
          if (await repo.engineerOfUser(tx, u.id)) throw invalid([{ path: 'username', message: '该账号已关联其他工程师' }]);
          userId = u.id;
        }
        for (const [i, c] of input.certificates.entries())
          if (c.validUntil < c.validFrom) throw invalid([{ path: `certificates.${i}.validUntil`, message: '有效期至不能早于生效日期' }]);
        if (input.shiftEnd <= input.shiftStart) throw invalid([{ path: 'shiftEnd', message: '下班时间须晚于上班时间' }]);
        const e = await repo.insertEngineer(tx, {
          servicePointId: point.id,
          userId,
          name: input.name,
          phone: input.phone || null,
          homeLat: input.homeLat,
          homeLng: input.homeLng,
          skills: [...new Set(input.skills)],
          shiftStart: input.shiftStart,
          shiftEnd: input.shiftEnd,
        });
        for (const c of input.certificates) await repo.insertCertificate(tx, { ...c, servicePointId: point.id, engineerId: e.id });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'field.engineer.create',
          entityType: 'field_engineer',
          entityId: e.id,
          summary: `${e.name} ${e.skills.join('、')}`,
          after: { ...input, phone: undefined },
        });
        return (await presentEngineers(tx, [e], today))[0];
      });
    },
    /** Load (positive) or return (negative) parts of an engineer's van; never below 0. */
    async moveVanStock(actor: Actor, engineerId: string, input: FieldVanStockInput) {
      return db.transaction(async (tx) => {
        const e = await repo.findEngineer(tx, engineerId);
        if (!e) throw notFound('工程师');
        const { today } = await pointToday(tx, actor, e.servicePointId);
        const row = await repo.moveVanStock(
          tx,
          { servicePointId: e.servicePointId, engineerId, partCode: input.partCode, partName: input.partName, delta: input.qty },
          now(),
        );
        if (!row) throw invalid([{ path: 'qty', message: '车载库存不足' }]);
        await insertAudit(tx, actor, {
          servicePointId: e.servicePointId,
          action: 'field.van.move',
          entityType: 'field_engineer',
          entityId: e.id,
          summary: `${e.name} ${input.partCode} ${input.qty > 0 ? '+' : ''}${input.qty}`,
        });
        return (await presentEngineers(tx, [e], today))[0];
      });
    },
    /** The board of a day: the point's engineers and its visits planned for that day (open ones of earlier days too). */
    async board(actor: Actor, date: string, pointId?: string) {
      const { point, tz, today } = await pointToday(db, actor, pointId);
      const visits = (await repo.visitsOf(db, { pointIds: [point.id] })).filter(
        (v) => v.plannedDate === date || (v.plannedDate < date && AWAITING_ARRIVAL.includes(v.status as VisitStatus) && date === today),
      );
      return {
        date,
        servicePointId: point.id,
        timeZone: tz,
        engineers: await presentEngineers(db, await repo.listEngineers(db, [point.id]), date),
        visits: await presentVisits(db, visits),
      };
    },
    /**
     * "Plan routes": the planner assigns the day's open and assigned visits around the dispatcher's pinned ones (kept on
     * their engineer, in order where feasible); what it cannot place goes back to open (a pinned visit stays, flagged).
     */
    async plan(actor: Actor, date: string, pointId?: string) {
      return db.transaction(async (tx) => {
        const { point, tz, today } = await pointToday(tx, actor, pointId);
        if (daysBetween(today, date) < 0) throw invalid([{ path: 'date', message: '不能规划已过去的日期' }]);
        const engineers = await repo.listEngineers(tx, [point.id]);
        const certs = await repo.certificatesOf(
          tx,
          engineers.map((e) => e.id),
        );
        const visits = (await repo.visitsOf(tx, { pointIds: [point.id] })).filter(
          (v) => AWAITING_ARRIVAL.includes(v.status as VisitStatus) && (v.plannedDate === date || (v.plannedDate < date && date === today)),
        );
        const units = new Map((await repo.unitsOfIds(tx, [...new Set(visits.map((v) => v.unitId))])).map((u) => [u.id, u]));
        const plan = planBoard({
          timeZone: tz,
          date,
          now: now(),
          engineers: engineers.map((e) => ({ ...e, certificates: certs.filter((c) => c.engineerId === e.id) })),
          visits: visits.map((v) => ({
            id: v.id,
            lat: units.get(v.unitId)?.lat ?? null,
            lng: units.get(v.unitId)?.lng ?? null,
            serviceMinutes: v.serviceMinutes,
            requiredSkill: v.requiredSkill,
            deadlineAt: v.deadlineAt,
            pin: v.pinned && v.engineerId ? { engineerId: v.engineerId, order: v.routeOrder } : null,
          })),
        });
        const at = now();
        for (const v of visits) {
          const a = plan.assignments.find((x) => x.visitId === v.id);
          await repo.updateVisit(
            tx,
            v.id,
            v.version,
            a
              ? { status: 'assigned', engineerId: a.engineerId, routeOrder: a.routeOrder, etaAt: a.etaAt, plannedDate: date }
              : { status: 'open', engineerId: null, routeOrder: null, etaAt: null, pinned: false },
            at,
          );
        }
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'field.plan',
          entityType: 'service_point',
          entityId: point.id,
          summary: `${date} 规划路线:${plan.assignments.length} 个已派,${plan.unassigned.length} 个未派`,
          after: { routes: plan.routes, unassigned: plan.unassigned },
        });
        return {
          routes: plan.routes,
          unassigned: plan.unassigned,
          visits: await presentVisits(tx, await repo.visitsOf(tx, { pointIds: [point.id], date })),
        };
      });
    },
    /** The dispatcher's override: any engineer qualified for the equipment, at the end of their route (or a given order). */
    async assign(actor: Actor, id: string, input: FieldAssign) {
      return db.transaction(async (tx) => {
        const v = await visitInScope(tx, actor, id, true);
        if (v.version !== input.version) throw staleVersion();
        const at = now();
        if (input.engineerId === null) {
          if (v.status !== 'assigned') throw new AppError('ILLEGAL_TRANSITION', '只有已派工的上门服务可以撤回派工');
          const row = (await repo.updateVisit(tx, v.id, v.version, { status: 'open', engineerId: null, routeOrder: null, etaAt: null, pinned: false }, at))!;
          await audit(tx, actor, v, 'unassign', `${v.number} 撤回派工`);
          return one(tx, row);
        }
        const next = nextVisitStatus(v.status as VisitStatus, 'assign');
        if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
        const e = await engineerInScope(tx, actor, input.engineerId);
        const certs = await repo.certificatesOf(tx, [e.id]);
        const ok = eligibility({ skills: e.skills, certificates: certs }, v.requiredSkill, v.plannedDate);
        if (!ok.ok) throw ruleBroken(ok.reason, [{ path: 'engineerId', message: ok.reason }], 'NOT_QUALIFIED');
        const sameDay = (await repo.visitsOf(tx, { engineerId: e.id, date: v.plannedDate })).filter((x) => x.id !== v.id);
        const routeOrder = input.routeOrder ?? Math.max(0, ...sameDay.map((x) => x.routeOrder ?? 0)) + 1;
        // A manual assignment is pinned: "plan routes" keeps it on this engineer.
        const row = (await repo.updateVisit(tx, v.id, v.version, { status: next.to, engineerId: e.id, routeOrder, etaAt: null, pinned: true }, at))!;
        await audit(tx, actor, v, 'assign', `${v.number} 派给 ${e.name}`, { engineerId: e.id, routeOrder });
        return one(tx, row);
      });
    },
    /** The engineer's day: their visits of the date in route order (today in the point's zone by default). */
    async myVisits(actor: Actor, date?: string) {
      const me = await repo.engineerOfUser(db, actor.userId);
      if (!me) return { engineer: null, date: date ?? localDate(usableTimeZone((await visiblePoint(db, actor, undefined)).timeZone), now()), visits: [] };
      const { today } = await pointToday(db, actor, me.servicePointId);
      const day = date ?? today;
      const visits = await repo.visitsOf(db, { engineerId: me.id, date: day });
      return { engineer: (await presentEngineers(db, [me], day))[0], date: day, visits: await presentVisits(db, visits) };
    },
    async checkIn(actor: Actor, id: string, input: FieldCheckIn) {
      return db.transaction(async (tx) => {
        const { v } = await ownVisit(tx, actor, id);
        if (v.version !== input.version) throw staleVersion();
        const next = nextVisitStatus(v.status as VisitStatus, 'check_in');
        if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
        const at = now();
        const row = (await repo.updateVisit(
          tx,
          v.id,
          v.version,
          {
            status: next.to,
            checkInAt: at,
            checkInGeo: input.geo.status,
            checkInLat: input.geo.status === 'ok' ? input.geo.lat : null,
            checkInLng: input.geo.status === 'ok' ? input.geo.lng : null,
            levelDueAt: null,
          },
          at,
        ))!;
        await audit(tx, actor, v, 'check-in', `${v.number} 签到(定位:${input.geo.status})`);
        return one(tx, row);
      });
    },
    async checkOut(actor: Actor, id: string, input: FieldCheckOut) {
      return db.transaction(async (tx) => {
        const { v, me } = await ownVisit(tx, actor, id);
        if (v.version !== input.version) throw staleVersion();
        const next = nextVisitStatus(v.status as VisitStatus, 'check_out', input.resolved);
        if (!next.ok) {
          if (v.status === 'assigned') throw invalid([{ path: 'checkInAt', message: next.message }], next.message);
          throw new AppError('ILLEGAL_TRANSITION', next.message);
        }
        const at = now();
        // Parts from the van: all or nothing; a part the van does not hold (enough of) is a field error.
        const van = await repo.vanStockOf(tx, [me.id]);
        const fields = input.parts.flatMap((p, i) => {
          const s = van.find((x) => x.partCode === p.partCode);
          if (!s) return [{ path: `parts.${i}.partCode`, message: `车载库存中没有配件 ${p.partCode}` }];
          const total = input.parts.filter((x) => x.partCode === p.partCode).reduce((n, x) => n + x.qty, 0);
          return total > s.qty ? [{ path: `parts.${i}.qty`, message: `车载库存只有 ${s.qty} 件` }] : [];
        });
        if (fields.length) throw invalid(fields);
        for (const p of input.parts) {
          const s = van.find((x) => x.partCode === p.partCode)!;
          const moved = await repo.moveVanStock(
            tx,
            { servicePointId: v.servicePointId, engineerId: me.id, partCode: p.partCode, partName: s.partName, delta: -p.qty },
            at,
          );
          if (!moved) throw invalid([{ path: 'parts', message: '车载库存不足' }]);
          await repo.insertVisitPart(tx, { servicePointId: v.servicePointId, visitId: v.id, partCode: p.partCode, partName: s.partName, qty: p.qty });
        }
        await saveAttachmentsInTx(tx, {
          servicePointId: v.servicePointId,
          ownerType: 'field_visit',
          ownerId: v.id,
          files: input.photos,
          userId: actor.userId,
          path: 'photos',
        });
        let nextVisitId: string | null = null;
        if (!input.resolved) {
          const unit = (await repo.findUnit(tx, v.unitId))!;
          const nv = await createVisitInTx(tx, {
            unit: { ...unit, servicePointId: v.servicePointId },
            kind: v.kind as 'repair',
            plannedDate: input.nextVisitDate ?? addDays(v.plannedDate, 1),
            requestId: v.requestId,
            deadlineFrom: null,
            at,
            actor,
          });
          nextVisitId = nv.id;
        }
        const row = (await repo.updateVisit(
          tx,
          v.id,
          v.version,
          {
            status: next.to,
            checkOutAt: at,
            checkOutGeo: input.geo.status,
            checkOutLat: input.geo.status === 'ok' ? input.geo.lat : null,
            checkOutLng: input.geo.status === 'ok' ? input.geo.lng : null,
            report: input.report,
            resolved: input.resolved,
            signature: input.signature ?? null,
            signedByName: input.signedByName ?? null,
            nextVisitId,
          },
          at,
        ))!;
        // Installation is not a visit: the install order's signed acceptance starts the warranty (install.service).
        if (v.requestId && input.resolved) {
          const r = await repo.findRequest(tx, v.requestId, true);
          if (r && r.status === 'on_site') await repo.updateRequest(tx, r.id, r.version, { status: 'resolved', closedAt: at }, at);
        }
        await audit(tx, actor, v, 'check-out', `${v.number} 签退(${input.resolved ? '已解决' : '未解决'},定位:${input.geo.status})`, {
          parts: input.parts,
          photos: input.photos.length,
          nextVisitId,
        });
        return one(tx, row);
      });
    },
  };
}
export type DispatchService = ReturnType<typeof createDispatchService>;
