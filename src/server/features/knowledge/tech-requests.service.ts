import type { Db, Tx } from '../../db/client.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { levelMinutes, levelName, nextLevel } from '../../../domain/knowledge/ladder.js';
import { normalizeCode } from '../../../domain/knowledge/tokens.js';
import { addWorkingTime } from '../../../domain/sla/index.js';
import { formatLocalDateTime, usableTimeZone } from '../../../domain/time/index.js';
import type { TechRequest, TechRequestAnswer, TechRequestEscalate, TechRequestInput, TechRequestQuery } from '../../../contracts/knowledge.js';
import { AppError, forbidden, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { enqueue, type JobRow } from '../../jobs/queue.js';
import { insertAudit } from '../audit/index.js';
import { attachmentsOf, saveAttachmentsInTx } from '../attachments/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, visiblePoint } from '../service-points/index.js';
import { loadCalendar } from '../tickets/index.js';
import { workOrderInScope } from '../work-orders/index.js';
import type { KnowledgeService } from './knowledge.service.js';
import * as repo from './tech-requests.repo.js';
import { tellAsker, tellSupport } from './notices.js';

type Q = Db | Tx;
export const TECH_DEADLINE_QUEUE = 'tech-request-deadline';

/** The level's deadline on the handling point's calendar, and its job (deduplicated per request, level and time). */
async function startLevel(tx: Tx, pointId: string, requestId: string, level: number, at: Date) {
  const point = (await findPoint(tx, pointId))!;
  const due = addWorkingTime(await loadCalendar(tx, point), at, levelMinutes(level));
  await enqueue(tx, {
    queue: TECH_DEADLINE_QUEUE,
    runAt: due,
    payload: { requestId, level },
    dedupeKey: `${TECH_DEADLINE_QUEUE}:${requestId}:${level}:${due.toISOString()}`,
  });
  return due;
}

/**
 * Move an open (locked) request one level up the network: the next point's technical support holds it with its
 * own time limit. Past the top: a field error (by hand) or, for the deadline job, a note once that nowhere is left.
 */
async function escalateInTx(tx: Tx, r: repo.TechRequestRow, o: { kind: 'manual' | 'deadline'; reason: string; actor: Actor | null; at: Date }) {
  const handling = (await findPoint(tx, r.handlingPointId))!;
  const step = nextLevel({ status: r.status, level: r.level, handlingPath: handling.path });
  if (!step.ok) {
    if (o.kind === 'manual') throw ruleBroken(step.message, [{ path: 'level', message: step.message }], 'ESCALATION_EXHAUSTED');
    const history = [
      ...r.history,
      { level: r.level, pointId: handling.id, pointName: handling.nameZh, at: o.at.toISOString(), kind: 'exhausted', reason: o.reason, byName: null },
    ];
    return repo.updateRequest(tx, r.id, r.version, { dueAt: null, history }, o.at);
  }
  const up = (await findPoint(tx, step.pointId))!;
  const dueAt = await startLevel(tx, up.id, r.id, step.level, o.at);
  const history = [
    ...r.history,
    { level: step.level, pointId: up.id, pointName: up.nameZh, at: o.at.toISOString(), kind: o.kind, reason: o.reason, byName: o.actor?.displayName ?? null },
  ];
  const row = await repo.updateRequest(tx, r.id, r.version, { level: step.level, handlingPointId: up.id, dueAt, history }, o.at);
  if (!row) throw staleVersion();
  await insertAudit(tx, o.actor, {
    servicePointId: r.servicePointId,
    action: 'tech-request.escalate',
    entityType: 'tech_request',
    entityId: r.id,
    summary: `${r.number} ${o.kind === 'deadline' ? '超时自动升级' : '升级'}至 ${up.nameZh}:${o.reason}`,
    before: { level: r.level, handlingPointId: r.handlingPointId },
    after: { level: row.level, handlingPointId: row.handlingPointId },
  });
  const why = o.kind === 'deadline' ? '上一级超时未答复' : `${o.actor?.displayName ?? ''}升级:${o.reason}`;
  await tellSupport(tx, {
    pointId: up.id,
    title: `疑难技术求助 ${r.number} 已升级到${levelName(step.level, up.kind)}`,
    body: `${r.title}(${why}),请在期限内答复`,
    key: `tech-request:${r.id}:level:${step.level}`,
  });
  await tellAsker(tx, {
    pointId: r.servicePointId,
    userId: r.raisedByUserId,
    title: `您的求助 ${r.number} 已升级至 ${up.nameZh}`,
    body: r.title,
    key: `tech-request:${r.id}:level:${step.level}:asker`,
  });
  return row;
}

/**
 * Job handler of 'tech-request-deadline': under the row lock, escalate only if the request is still open at the
 * level the job was made for and its deadline has passed. Several instances running it escalate once.
 */
export function createTechDeadlineHandler(deps: { db: Db; now: () => Date }) {
  return async (job: JobRow) => {
    const { requestId, level } = job.payload as { requestId: string; level: number };
    await deps.db.transaction(async (tx) => {
      const r = await repo.findRequest(tx, requestId, true);
      if (r?.status !== 'open' || r.level !== level || !r.dueAt) return;
      const at = deps.now();
      if (r.dueAt.getTime() > at.getTime()) return;
      const point = (await findPoint(tx, r.handlingPointId))!;
      await escalateInTx(tx, r, { kind: 'deadline', reason: `答复期限 ${formatLocalDateTime(usableTimeZone(point.timeZone), r.dueAt)} 已过`, actor: null, at });
    });
  };
}

export function createTechRequestService(deps: { db: Db; now: () => Date; knowledge: KnowledgeService }) {
  const { db, now } = deps;

  async function present(q: Q, actor: Actor, rows: repo.TechRequestRow[]): Promise<TechRequest[]> {
    const points = await repo.pointsByIds(q, [...rows.map((r) => r.servicePointId), ...rows.map((r) => r.handlingPointId)]);
    const orders = await repo.orderNumbers(
      q,
      rows.flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])),
    );
    const photos = await attachmentsOf(
      q,
      'tech_request',
      rows.map((r) => r.id),
    );
    const at = now();
    return rows.map((r) => {
      const handling = points.get(r.handlingPointId);
      const open = r.status === 'open';
      return {
        id: r.id,
        number: r.number,
        servicePointId: r.servicePointId,
        servicePointName: points.get(r.servicePointId)?.name ?? '',
        workOrderId: r.workOrderId,
        workOrderNumber: r.workOrderId ? (orders.get(r.workOrderId) ?? null) : null,
        jobId: r.jobId,
        visitId: r.visitId,
        title: r.title,
        symptom: r.symptom,
        readings: r.readings,
        tried: r.tried,
        faultCodes: r.faultCodes,
        status: r.status as TechRequest['status'],
        level: r.level,
        levelName: levelName(r.level, handling?.kind ?? ''),
        handlingPointId: r.handlingPointId,
        handlingPointName: handling?.name ?? '',
        dueAt: r.dueAt?.toISOString() ?? null,
        overdue: open && !!r.dueAt && r.dueAt.getTime() < at.getTime(),
        canHandle: open && can(actor, 'tech.support') && !!handling && handling.path.startsWith(actor.pointPath),
        canEscalate: open && !!handling && handling.path.split('/').filter(Boolean).length > 1,
        history: r.history as TechRequest['history'],
        answer: r.answer,
        answeredByName: r.answeredByName,
        answeredAt: r.answeredAt?.toISOString() ?? null,
        articleId: r.articleId,
        raisedByName: r.raisedByName,
        raisedAt: r.raisedAt.toISOString(),
        photos: photos.get(r.id) ?? [],
        version: r.version,
      };
    });
  }
  async function inScope(q: Q, actor: Actor, id: string, lock = false) {
    const r = await repo.findRequest(q, id, lock);
    if (!r) throw notFound('技术求助');
    await visiblePoint(q, actor, r.servicePointId);
    return r;
  }
  /** The technical support of the handling point (or above it) answers and escalates. */
  async function handled(tx: Tx, actor: Actor, id: string, version: number) {
    const r = await inScope(tx, actor, id, true);
    if (r.version !== version) throw staleVersion();
    if (r.status !== 'open') throw new AppError('ILLEGAL_TRANSITION', '该求助已答复');
    const handling = (await findPoint(tx, r.handlingPointId))!;
    if (!can(actor, 'tech.support') || !handling.path.startsWith(actor.pointPath))
      throw forbidden(`该求助由 ${handling.nameZh} 的技术支持处理(第 ${r.level + 1} 级)`);
    return r;
  }

  return {
    async list(actor: Actor, f: TechRequestQuery) {
      if (f.workOrderId) await workOrderInScope(db, actor, f.workOrderId);
      const rows = await repo.listRequests(db, {
        path: actor.pointPath,
        status: f.view === 'todo' ? 'open' : f.status,
        handlingPointId: f.view === 'todo' ? actor.servicePointId : undefined,
        raisedByUserId: f.view === 'mine' ? actor.userId : undefined,
        workOrderId: f.workOrderId,
      });
      return present(db, actor, rows);
    },
    async get(actor: Actor, id: string) {
      return (await present(db, actor, [await inScope(db, actor, id)]))[0];
    },
    /** Raised from a job or a work order (or a field visit later), at the order's station; the station's level starts. */
    async raise(actor: Actor, input: TechRequestInput) {
      return db.transaction(async (tx) => {
        const order = input.workOrderId ? await workOrderInScope(tx, actor, input.workOrderId) : null;
        const point = await visiblePoint(tx, actor, order?.servicePointId ?? actor.servicePointId);
        const at = now();
        const r = await repo.insertRequest(tx, {
          servicePointId: point.id,
          number: await nextDocumentNumber(tx, point, 'techRequest', at),
          workOrderId: order?.id ?? null,
          jobId: input.jobId,
          visitId: input.visitId,
          vehicleId: order?.vehicleId ?? null,
          title: input.title,
          symptom: input.symptom,
          readings: input.readings,
          tried: input.tried,
          faultCodes: [...new Set(input.faultCodes.map(normalizeCode))],
          status: 'open',
          level: 0,
          handlingPointId: point.id,
          history: [{ level: 0, pointId: point.id, pointName: point.nameZh, at: at.toISOString(), kind: 'raised', reason: '', byName: actor.displayName }],
          raisedByUserId: actor.userId,
          raisedByName: actor.displayName,
          raisedAt: at,
        });
        await saveAttachmentsInTx(tx, {
          servicePointId: point.id,
          ownerType: 'tech_request',
          ownerId: r.id,
          files: input.photos,
          userId: actor.userId,
          path: 'photos',
        });
        const dueAt = await startLevel(tx, point.id, r.id, 0, at);
        const row = (await repo.updateRequest(tx, r.id, r.version, { dueAt }, at))!;
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'tech-request.raise',
          entityType: 'tech_request',
          entityId: r.id,
          summary: `${r.number} ${r.title}`,
          after: { workOrderId: r.workOrderId, photos: input.photos.length },
        });
        await tellSupport(tx, {
          pointId: point.id,
          title: `新的疑难技术求助 ${r.number}`,
          body: `${actor.displayName}:${r.title}`,
          key: `tech-request:${r.id}:level:0`,
        });
        return (await present(tx, actor, [row]))[0];
      });
    },
    async answer(actor: Actor, id: string, input: TechRequestAnswer) {
      return db.transaction(async (tx) => {
        const r = await handled(tx, actor, id, input.version);
        const at = now();
        const row = await repo.updateRequest(
          tx,
          r.id,
          r.version,
          { status: 'answered', answer: input.answer, answeredByName: actor.displayName, answeredAt: at, answeredLevel: r.level, dueAt: null },
          at,
        );
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: 'tech-request.answer',
          entityType: 'tech_request',
          entityId: r.id,
          summary: `${r.number} 已答复`,
        });
        await tellAsker(tx, {
          pointId: r.servicePointId,
          userId: r.raisedByUserId,
          title: `您的求助 ${r.number} 已答复`,
          body: `${actor.displayName}:${input.answer.slice(0, 200)}`,
          key: `tech-request:${r.id}:answered`,
        });
        return (await present(tx, actor, [row]))[0];
      });
    },
    async escalate(actor: Actor, id: string, input: TechRequestEscalate) {
      return db.transaction(async (tx) => {
        const r = await handled(tx, actor, id, input.version);
        const row = await escalateInTx(tx, r, { kind: 'manual', reason: input.reason, actor, at: now() });
        return (await present(tx, actor, [row!]))[0];
      });
    },
    /** One click: the answer becomes a draft fault case at the raising station, for the 技术主管 to review and publish. */
    async toArticle(actor: Actor, id: string, version: number) {
      return db.transaction(async (tx) => {
        if (!can(actor, 'knowledge.write')) throw forbidden('没有编写技术资料的岗位权限');
        const r = await inScope(tx, actor, id, true);
        if (r.version !== version) throw staleVersion();
        if (r.status !== 'answered' || !r.answer) throw new AppError('ILLEGAL_TRANSITION', '答复后才能生成故障案例');
        if (r.articleId) throw new AppError('CONFLICT', '该求助已生成故障案例');
        const a = await deps.knowledge.createInTx(
          tx,
          actor,
          r.servicePointId,
          {
            kind: 'fault_case',
            title: r.title,
            symptom: r.symptom,
            cause: '',
            fix: r.answer,
            body: [r.readings && `检测数据:${r.readings}`, r.tried && `已尝试:${r.tried}`].filter(Boolean).join('\n'),
            parts: '',
            laborOperation: '',
            brands: [],
            models: await deps.knowledge.modelsOfVehicle(tx, r.vehicleId),
            vinRanges: [],
            products: [],
            faultCodes: r.faultCodes,
            symptoms: [],
            images: [],
          },
          { sourceRequestId: r.id },
        );
        const row = await repo.updateRequest(tx, r.id, r.version, { articleId: a.id }, now());
        if (!row) throw staleVersion();
        return (await deps.knowledge.present(tx, [a]))[0];
      });
    },
  };
}
export type TechRequestService = ReturnType<typeof createTechRequestService>;
