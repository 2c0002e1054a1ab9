/**
 * Old parts (旧件): the station's tags, boxes, monthly return batches and 延返 requests; the manufacturer's
 * receipt (实返 / 缺失, inspection note) and 延返 decisions. Missing parts are deducted on the next statement.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { BatchCreate, BatchReceipt, BoxCreate, OldPart, OldPartBatch, OldPartQuery } from '../../../contracts/claims.js';
import { batchCounts, nextReturnStatus, type ReturnEvent, type ReturnStatus } from '../../../domain/claims/old-parts.js';
import { AppError, invalid, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { findPoint, listPointsByIds, listPointsUnder, visiblePoint } from '../service-points/index.js';
import { presentLine } from './claims.present.js';
import * as repo from './old-parts.repo.js';
import { noticeToStation } from './notices.js';

type Joined = Awaited<ReturnType<typeof repo.oldParts>>[number];
const presentOldPart = (r: Joined): OldPart => ({
  ...presentLine(r.line),
  claimId: r.line.claimId,
  claimNumber: r.claimNumber,
  servicePointId: r.line.servicePointId,
  vin: r.vin,
});

export function createOldPartsService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function scopeIds(q: Db | Tx, actor: Actor, servicePointId?: string) {
    const path = servicePointId ? (await visiblePoint(q, actor, servicePointId)).path : actor.pointPath;
    return (await listPointsUnder(q, path)).map((p) => p.id);
  }
  /** Lines by id, locked, all in the actor's scope and of one station (field errors name the bad ones). */
  async function linesInScope(tx: Tx, actor: Actor, ids: string[]) {
    const rows = await repo.oldParts(tx, { pointIds: await scopeIds(tx, actor), ids, lock: true });
    const missing = ids.findIndex((id) => !rows.some((r) => r.line.id === id));
    if (missing >= 0) throw invalid([{ path: `lineIds.${missing}`, message: '旧件不存在或无权查看' }]);
    return rows;
  }
  function step(r: Joined, event: ReturnEvent, path: string): ReturnStatus {
    const next = nextReturnStatus(r.line.returnStatus as ReturnStatus, event);
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', `${r.line.tagNo ?? r.line.code}:${next.message}`, [{ path, message: next.message }]);
    return next.to;
  }
  const audit = (tx: Tx, actor: Actor, pointId: string, action: string, entityType: string, entityId: string, summary: string, after: unknown) =>
    insertAudit(tx, actor, { servicePointId: pointId, action: `claims.old-parts.${action}`, entityType, entityId, summary, after });

  async function presentBatch(q: Db | Tx, b: repo.BatchRow): Promise<OldPartBatch> {
    const lines = (await repo.oldParts(q, { pointIds: [], batchId: b.id })).map(presentOldPart);
    return {
      id: b.id,
      number: b.number,
      servicePointId: b.servicePointId,
      month: b.month,
      kind: b.kind as OldPartBatch['kind'],
      status: b.status as OldPartBatch['status'],
      ...batchCounts(lines.map((l) => (b.status === 'received' ? l.returnStatus : 'shipped'))),
      shippedAt: b.shippedAt.toISOString(),
      shippedByName: b.shippedByName,
      receivedAt: b.receivedAt?.toISOString() ?? null,
      receivedByName: b.receivedByName,
      version: b.version,
      lines,
    };
  }

  return {
    presentOldPart,
    async list(actor: Actor, f: OldPartQuery) {
      const rows = await repo.oldParts(db, { pointIds: await scopeIds(db, actor, f.servicePointId), statuses: f.status?.split(',').filter(Boolean) });
      return rows.map(presentOldPart);
    },
    /** Rows for the tag sheet: the given lines (or every due one) in scope, and their stations' names. */
    async tags(actor: Actor, ids?: string[]) {
      const parts = (await repo.oldParts(db, { pointIds: await scopeIds(db, actor), ids, statuses: ids ? undefined : ['due'] })).map(presentOldPart);
      const points = await listPointsByIds(db, [...new Set(parts.map((p) => p.servicePointId))]);
      return { parts, stationNames: new Map(points.map((p) => [p.id, p.nameZh])) };
    },
    async requestDeferral(actor: Actor, lineId: string, reason: string) {
      return db.transaction(async (tx) => {
        const [r] = await linesInScope(tx, actor, [lineId]);
        const to = step(r, 'requestDeferral', 'lineId');
        await repo.setLine(tx, r.line.id, { returnStatus: to, deferralReason: reason });
        await audit(tx, actor, r.line.servicePointId, 'deferral-request', 'warranty_claim_line', r.line.id, `${r.line.tagNo} 申请延返:${reason}`, { reason });
        return presentOldPart({ ...r, line: { ...r.line, returnStatus: to, deferralReason: reason } });
      });
    },
    async decideDeferral(actor: Actor, lineId: string, decision: 'grant' | 'refuse') {
      return db.transaction(async (tx) => {
        const [r] = await linesInScope(tx, actor, [lineId]);
        const to = step(r, decision === 'grant' ? 'grantDeferral' : 'refuseDeferral', 'lineId');
        await repo.setLine(tx, r.line.id, { returnStatus: to });
        await audit(
          tx,
          actor,
          r.line.servicePointId,
          `deferral-${decision}`,
          'warranty_claim_line',
          r.line.id,
          `${r.line.tagNo} 延返${decision === 'grant' ? '同意' : '拒绝'}`,
          { decision },
        );
        await noticeToStation(tx, {
          servicePointId: r.line.servicePointId,
          askedBy: null,
          title: `旧件 ${r.line.tagNo ?? r.line.code} 延返${decision === 'grant' ? '已同意(无需回运)' : '被拒绝(请按期回运)'}`,
          body: `${r.claimNumber} ${r.line.name}。延返理由:${r.line.deferralReason}`,
          link: '/claims/old-parts',
          dedupeKey: `claim-deferral-decision:${r.line.id}:${decision}:${now().getTime()}`,
        });
        return presentOldPart({ ...r, line: { ...r.line, returnStatus: to } });
      });
    },
    async boxes(actor: Actor) {
      return (await repo.boxesOf(db, await scopeIds(db, actor))).map(({ box, count }) => ({
        id: box.id,
        number: box.number,
        month: box.month,
        handlerName: box.handlerName,
        weightGrams: box.weightGrams,
        count: Number(count),
      }));
    },
    /** Pack due parts of one station into a numbered box (箱号). */
    async createBox(actor: Actor, input: BoxCreate) {
      return db.transaction(async (tx) => {
        const rows = await linesInScope(tx, actor, input.lineIds);
        const pointId = rows[0].line.servicePointId;
        rows.forEach((r, i) => {
          if (r.line.servicePointId !== pointId) throw invalid([{ path: `lineIds.${i}`, message: '一箱只能装同一服务站的旧件' }]);
          if (r.line.returnStatus !== 'due') throw invalid([{ path: `lineIds.${i}`, message: `${r.line.tagNo} 不是待回运旧件` }]);
        });
        const point = await findPoint(tx, pointId);
        if (!point) throw notFound('服务网点');
        const box = await repo.insertBox(tx, {
          servicePointId: pointId,
          number: await nextDocumentNumber(tx, point, 'oldPartBox', now()),
          month: input.month,
          handlerName: actor.displayName,
          weightGrams: input.weightGrams,
        });
        await repo.setLinesWhere(tx, input.lineIds, { boxId: box.id });
        await audit(tx, actor, pointId, 'box', 'old_part_box', box.id, `旧件箱 ${box.number} ${rows.length} 件`, input);
        return { id: box.id, number: box.number, month: box.month, handlerName: box.handlerName, weightGrams: box.weightGrams, count: rows.length };
      });
    },
    async batches(actor: Actor, servicePointId?: string) {
      const rows = await repo.batchesOf(db, await scopeIds(db, actor, servicePointId));
      return Promise.all(rows.map((b) => presentBatch(db, b)));
    },
    async batch(actor: Actor, id: string) {
      const b = await repo.findBatch(db, id);
      if (!b) throw notFound('回运单');
      await visiblePoint(db, actor, b.servicePointId);
      return presentBatch(db, b);
    },
    /** Ship due parts of one station in a return batch (回运单); their boxes go with them. */
    async createBatch(actor: Actor, input: BatchCreate) {
      return db.transaction(async (tx) => {
        const rows = await linesInScope(tx, actor, input.lineIds);
        const pointId = rows[0].line.servicePointId;
        const to = rows.map((r, i) => {
          if (r.line.servicePointId !== pointId) throw invalid([{ path: `lineIds.${i}`, message: '一个回运单只能包含同一服务站的旧件' }]);
          return step(r, 'ship', `lineIds.${i}`);
        });
        const point = await findPoint(tx, pointId);
        if (!point) throw notFound('服务网点');
        const at = now();
        const b = await repo.insertBatch(tx, {
          servicePointId: pointId,
          number: await nextDocumentNumber(tx, point, 'oldPartBatch', at),
          month: input.month,
          kind: input.kind,
          shippedByName: actor.displayName,
          shippedAt: at,
        });
        await repo.setLinesWhere(tx, input.lineIds, { returnStatus: to[0], batchId: b.id });
        await audit(tx, actor, pointId, 'ship', 'old_part_batch', b.id, `回运单 ${b.number} 应返 ${rows.length} 件`, input);
        return presentBatch(tx, b);
      });
    },
    /** The manufacturer receives a batch: every part returned (实返, with its inspection) or missing (缺失). */
    async receiveBatch(actor: Actor, id: string, input: BatchReceipt) {
      return db.transaction(async (tx) => {
        const b = await repo.findBatch(tx, id, true);
        if (!b) throw notFound('回运单');
        await visiblePoint(tx, actor, b.servicePointId);
        if (b.version !== input.version) throw staleVersion();
        if (b.status !== 'shipped') throw new AppError('ILLEGAL_TRANSITION', '回运单已签收');
        const rows = await repo.oldParts(tx, { pointIds: [], batchId: b.id, lock: true });
        const answered = new Map(input.lines.map((l) => [l.lineId, l]));
        const unknown = input.lines.findIndex((l) => !rows.some((r) => r.line.id === l.lineId));
        if (unknown >= 0) throw invalid([{ path: `lines.${unknown}.lineId`, message: '旧件不在该回运单中' }]);
        const unanswered = rows.filter((r) => !answered.has(r.line.id));
        if (unanswered.length) throw invalid([{ path: 'lines', message: `还有 ${unanswered.length} 件未登记实返或缺失` }]);
        for (const r of rows) {
          const a = answered.get(r.line.id)!;
          const to = step(r, a.outcome === 'returned' ? 'receive' : 'markMissing', 'lines');
          await repo.setLine(tx, r.line.id, { returnStatus: to, inspectionNote: a.note });
        }
        const at = now();
        const row = await repo.updateBatch(tx, b.id, b.version, { status: 'received', receivedAt: at, receivedByName: actor.displayName }, at);
        if (!row) throw staleVersion();
        const missing = input.lines.filter((l) => l.outcome === 'missing').length;
        await audit(
          tx,
          actor,
          b.servicePointId,
          'receive',
          'old_part_batch',
          b.id,
          `回运单 ${b.number} 签收:实返 ${rows.length - missing},缺失 ${missing}`,
          input,
        );
        return presentBatch(tx, row);
      });
    },
  };
}
export type OldPartsService = ReturnType<typeof createOldPartsService>;
