/**
 * Service requests and on-site visits: intake (routed to the point covering the site), phone diagnosis, visits with
 * the response deadline on the point's clock, and the escalation ladder run by the job queue (exactly once).
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { FieldDiagnosis, FieldRequestInput, FieldRequestQuery, FieldVisitInput } from '../../../contracts/field-service.js';
import { routeToPoint } from '../../../domain/field/coverage.js';
import { type ClockKind, responseRule } from '../../../domain/field/deadline.js';
import { LADDER_LEVELS, LADDER_TITLES, LADDER_ZH, levelDueAt, nextLevel } from '../../../domain/field/ladder.js';
import { AWAITING_ARRIVAL, DIAGNOSIS_ZH, type VisitKind, type VisitStatus, nextVisitStatus } from '../../../domain/field/visits.js';
import { addWorkingTime } from '../../../domain/sla/index.js';
import { formatLocalDateTime, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { enqueue, type JobRow } from '../../jobs/queue.js';
import { insertAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { holderOf, positionsOfPoints } from '../org/index.js';
import { findPoint, listPointsUnder, visiblePoint } from '../service-points/index.js';
import { loadCalendar } from '../tickets/index.js';
import { scopePointIds, unitInScope } from './archive.service.js';
import * as repo from './field.repo.js';
import { ladderMinutesOf } from './settings.service.js';
import { presentRequests, presentVisits } from './field.present.js';

type Q = Db | Tx;
export const LADDER_QUEUE = 'field-visit-ladder';

/** The response deadline of a visit of `unit` asked for at `from`, with the rule's source and clock. */
export async function responseDeadline(q: Q, point: { id: string; timeZone: string }, unit: repo.UnitRow, from: Date) {
  const product = (await repo.findProduct(q, unit.productId))!;
  const rule = responseRule({
    contract: unit.contractResponseMinutes ? { minutes: unit.contractResponseMinutes, clock: (unit.contractResponseClock as ClockKind) ?? undefined } : null,
    product: product.responseMinutes ? { minutes: product.responseMinutes, clock: (product.responseClock as ClockKind) ?? undefined } : null,
    regions: (await repo.regionRules(q, point.id)).map((r) => ({ regionCode: r.regionCode, minutes: r.responseMinutes, clock: r.responseClock as ClockKind })),
    regionCode: unit.regionCode,
  });
  const at =
    rule.clock === '24x7'
      ? new Date(from.getTime() + rule.minutes * 60_000)
      : addWorkingTime(await loadCalendar(q, { id: point.id, timeZone: usableTimeZone(point.timeZone) }), from, rule.minutes);
  return { at, source: rule.source, clock: rule.clock };
}

/** Queue the ladder's next check of a visit at its level's due time (one job per level and time). */
export async function scheduleLadder(q: Q, v: Pick<repo.VisitRow, 'id' | 'escalationLevel' | 'levelDueAt'>) {
  if (!v.levelDueAt) return;
  await enqueue(q, {
    queue: LADDER_QUEUE,
    runAt: v.levelDueAt,
    payload: { visitId: v.id, level: v.escalationLevel },
    dedupeKey: `${LADDER_QUEUE}:${v.id}:${v.escalationLevel}:${v.levelDueAt.toISOString()}`,
  });
}

/** Create a visit (number, deadline for repairs, ladder scheduled) in the caller's transaction. */
export async function createVisitInTx(
  tx: Tx,
  o: { unit: repo.UnitRow; kind: VisitKind; plannedDate: string; requestId: string | null; deadlineFrom: Date | null; at: Date; actor: Actor | null },
) {
  const point = (await findPoint(tx, o.unit.servicePointId))!;
  const product = (await repo.findProduct(tx, o.unit.productId))!;
  const deadline = o.deadlineFrom ? await responseDeadline(tx, point, o.unit, o.deadlineFrom) : null;
  const v = await repo.insertVisit(tx, {
    servicePointId: o.unit.servicePointId,
    number: await nextDocumentNumber(tx, point, 'fieldVisit', o.at),
    requestId: o.requestId,
    unitId: o.unit.id,
    kind: o.kind,
    status: 'open',
    requiredSkill: product.requiredSkill,
    serviceMinutes: product.serviceMinutes,
    deadlineAt: deadline?.at ?? null,
    deadlineSource: deadline?.source ?? null,
    deadlineClock: deadline?.clock ?? null,
    plannedDate: o.plannedDate,
    levelDueAt: deadline ? levelDueAt(0, deadline.at, await ladderMinutesOf(tx, o.unit.servicePointId)) : null,
  });
  await scheduleLadder(tx, v);
  await insertAudit(tx, o.actor, {
    servicePointId: v.servicePointId,
    action: 'field.visit.create',
    entityType: 'field_visit',
    entityId: v.id,
    summary: `${v.number} ${o.kind} ${o.unit.serial}${deadline ? ` 期限 ${formatLocalDateTime(usableTimeZone(point.timeZone), deadline.at)}` : ''}`,
    after: { deadlineAt: deadline?.at, source: deadline?.source },
  });
  return v;
}

export function createRequestService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function requestInScope(q: Q, actor: Actor, id: string, lock = false) {
    const r = await repo.findRequest(q, id, lock);
    if (!r) throw notFound('服务请求');
    await visiblePoint(q, actor, r.servicePointId);
    return r;
  }
  async function visitInScope(q: Q, actor: Actor, id: string, lock = false) {
    const v = await repo.findVisit(q, id, lock);
    if (!v) throw notFound('上门服务');
    await visiblePoint(q, actor, v.servicePointId);
    return v;
  }
  const one = async (q: Q, r: repo.RequestRow) => (await presentRequests(q, [r]))[0];

  return {
    requestInScope,
    visitInScope,
    async list(actor: Actor, f: FieldRequestQuery) {
      const statuses = f.status?.split(',').filter(Boolean);
      return presentRequests(db, await repo.listRequests(db, { pointIds: await scopePointIds(db, actor), statuses, unitId: f.unitId }));
    },
    async get(actor: Actor, id: string) {
      return one(db, await requestInScope(db, actor, id));
    },
    /**
     * The hotline takes a call: the unit (if found) gives the customer and the site; the request goes to the
     * point whose coverage contains the site's region, else the unit's point, else the receiving point.
     */
    async create(actor: Actor, input: FieldRequestInput) {
      const at = now();
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : at;
      if (receivedAt.getTime() > at.getTime()) throw invalid([{ path: 'receivedAt', message: '受理时间不能晚于现在' }]);
      return db.transaction(async (tx) => {
        const unit = input.unitId ? await unitInScope(tx, actor, input.unitId).catch(() => null) : null;
        if (input.unitId && !unit) throw invalid([{ path: 'unitId', message: '设备不存在' }]);
        const customerName = input.customerName ?? unit?.customerName;
        if (!customerName) throw invalid([{ path: 'customerName', message: '请填写客户名称' }]);
        // Only points with field engineers can take visits; a site nobody covers stays with the unit's point.
        const points = await listPointsUnder(tx, actor.pointPath);
        const staffed = await repo.pointsWithEngineers(
          tx,
          points.map((p) => p.id),
        );
        const routed = routeToPoint(
          unit?.regionCode,
          unit?.servicePointId ?? actor.servicePointId,
          points.filter((p) => staffed.has(p.id)),
        );
        const point = points.find((p) => p.id === routed.pointId) ?? (await visiblePoint(tx, actor, routed.pointId));
        const r = await repo.insertRequest(tx, {
          servicePointId: point.id,
          receivedAtPointId: actor.servicePointId,
          routedBy: routed.reason,
          number: await nextDocumentNumber(tx, point, 'fieldRequest', at),
          channel: input.channel,
          unitId: unit?.id ?? null,
          customerName,
          customerPhone: input.customerPhone || unit?.customerPhone || null,
          fault: input.fault,
          status: 'received',
          receivedAt,
          receivedByName: actor.displayName,
        });
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: 'field.request.create',
          entityType: 'field_request',
          entityId: r.id,
          summary: `${r.number} ${unit?.serial ?? ''} ${r.fault.slice(0, 60)}`,
          after: { channel: r.channel, routedBy: r.routedBy },
        });
        return one(tx, r);
      });
    },
    /** The support engineer's phone diagnosis: solved on the phone, or an on-site visit with its deadline. */
    async diagnose(actor: Actor, id: string, input: FieldDiagnosis) {
      return db.transaction(async (tx) => {
        const r = await requestInScope(tx, actor, id, true);
        if (r.version !== input.version) throw staleVersion();
        if (!['received', 'diagnosing'].includes(r.status)) throw new AppError('ILLEGAL_TRANSITION', '该服务请求已诊断完毕');
        if (input.outcome === 'needs_visit' && !r.unitId) throw invalid([{ path: 'outcome', message: '上门服务须先关联设备(出厂编号)' }]);
        const at = now();
        const status = input.outcome === 'resolved_by_phone' ? 'resolved' : input.outcome === 'needs_visit' ? 'on_site' : 'diagnosing';
        const row = (await repo.updateRequest(
          tx,
          r.id,
          r.version,
          {
            status,
            contactedAt: r.contactedAt ?? (input.outcome === 'customer_unreachable' ? null : at),
            diagnosisOutcome: input.outcome,
            diagnosisNote: input.note,
            diagnosedByName: actor.displayName,
            closedAt: status === 'resolved' ? at : null,
          },
          at,
        ))!;
        if (input.outcome === 'needs_visit') {
          const unit = (await repo.findUnit(tx, r.unitId!))!;
          const point = (await findPoint(tx, r.servicePointId))!;
          await createVisitInTx(tx, {
            unit: { ...unit, servicePointId: r.servicePointId },
            kind: 'repair',
            plannedDate: localDate(usableTimeZone(point.timeZone), at),
            requestId: r.id,
            deadlineFrom: r.receivedAt,
            at,
            actor,
          });
        }
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: 'field.request.diagnose',
          entityType: 'field_request',
          entityId: r.id,
          summary: `${r.number} ${DIAGNOSIS_ZH[input.outcome]}`,
          after: input,
        });
        return one(tx, row);
      });
    },
    async createVisit(actor: Actor, input: FieldVisitInput) {
      // One installation path: install orders (checklist, commissioning, signed acceptance that starts the warranty).
      if (input.kind === 'installation')
        throw ruleBroken('安装调试请新建安装单(安装调试页面),不再以上门服务登记', [{ path: 'kind', message: '安装调试请新建安装单' }], 'USE_INSTALL_ORDER');
      return db.transaction(async (tx) => {
        const unit = await unitInScope(tx, actor, input.unitId).catch(() => {
          throw invalid([{ path: 'unitId', message: '设备不存在' }]);
        });
        const req = input.requestId ? await requestInScope(tx, actor, input.requestId).catch(() => null) : null;
        if (input.requestId && !req) throw invalid([{ path: 'requestId', message: '服务请求不存在' }]);
        const at = now();
        const v = await createVisitInTx(tx, {
          unit: req ? { ...unit, servicePointId: req.servicePointId } : unit,
          kind: input.kind,
          plannedDate: input.plannedDate,
          requestId: req?.id ?? null,
          deadlineFrom: input.kind === 'repair' ? (req?.receivedAt ?? at) : null,
          at,
          actor,
        });
        return (await presentVisits(tx, [v]))[0];
      });
    },
    async getVisit(actor: Actor, id: string) {
      return (await presentVisits(db, [await visitInScope(db, actor, id)]))[0];
    },
    async cancelVisit(actor: Actor, id: string, version: number) {
      return db.transaction(async (tx) => {
        const v = await visitInScope(tx, actor, id, true);
        const next = nextVisitStatus(v.status as VisitStatus, 'cancel');
        if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
        const row = await repo.updateVisit(tx, v.id, version, { status: next.to, levelDueAt: null }, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: v.servicePointId,
          action: 'field.visit.cancel',
          entityType: 'field_visit',
          entityId: v.id,
          summary: v.number,
        });
        return (await presentVisits(tx, [row]))[0];
      });
    },
  };
}
export type RequestService = ReturnType<typeof createRequestService>;

/**
 * Job handler of the ladder: under the visit's row lock, climb one level only if the visit still waits for the
 * engineer, the job's level is still current and its time has really come. Run twice (two instances), it climbs once.
 */
export function createLadderHandler(deps: { db: Db; now: () => Date }) {
  return async (job: JobRow) => {
    const { visitId, level } = job.payload as { visitId: string; level: number };
    await deps.db.transaction(async (tx) => {
      const v = await repo.findVisit(tx, visitId, true);
      if (!v || v.escalationLevel !== level || !v.levelDueAt || !AWAITING_ARRIVAL.includes(v.status as VisitStatus)) return;
      const at = deps.now();
      if (v.levelDueAt.getTime() > at.getTime()) return scheduleLadder(tx, v);
      const to = nextLevel(level);
      if (to === null) return;
      const title = LADDER_TITLES[LADDER_LEVELS[to] as 'supervisor' | 'manager'];
      const positions = await positionsOfPoints(tx, [v.servicePointId]);
      const position = title.map((t) => positions.find((p) => p.title.startsWith(t))).find(Boolean);
      const holder = position ? await holderOf(tx, position.id) : undefined;
      const row = (await repo.updateVisit(
        tx,
        v.id,
        v.version,
        {
          escalationLevel: to,
          levelDueAt: levelDueAt(to, at, await ladderMinutesOf(tx, v.servicePointId)),
          escalatedToName: `${LADDER_ZH[LADDER_LEVELS[to]]}${holder ? ` ${holder.name}` : ''}`,
        },
        at,
      ))!;
      const point = (await findPoint(tx, v.servicePointId))!;
      const due = v.deadlineAt ? formatLocalDateTime(usableTimeZone(point.timeZone), v.deadlineAt) : '';
      if (holder)
        await notify(tx, {
          servicePointId: v.servicePointId,
          recipientEmployeeId: holder.employeeId,
          title: `【上门超时】${v.number} 已升级给${LADDER_ZH[LADDER_LEVELS[to]]}`,
          body: `上门期限 ${due},工程师尚未到场`,
          link: `/field/visits/${v.id}`,
          dedupeKey: `field-ladder:${v.id}:${to}`,
        });
      await insertAudit(tx, null, {
        servicePointId: v.servicePointId,
        action: 'field.visit.escalate',
        entityType: 'field_visit',
        entityId: v.id,
        summary: `${v.number} 超时升级至第 ${to} 级:${row.escalatedToName}`,
        before: { escalationLevel: level },
        after: { escalationLevel: to },
      });
      await scheduleLadder(tx, row);
    });
  };
}
