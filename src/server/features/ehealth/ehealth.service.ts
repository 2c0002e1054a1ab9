/**
 * 汽车维修电子健康档案 outbox: the work-order hook makes the record at settlement (in the settlement's transaction, once
 * per order) and queues its upload; the upload job sends it through the configured adapter and records the outcome —
 * sent, or a retry after 1, 5, 30, 120 minutes, then failed (listed on the page, retried by hand).
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { healthRecord, recordProblems, retryDelayMs, type EhealthStatus } from '../../../domain/ehealth/index.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';
import { AppError, notFound } from '../../http/errors.js';
import { enqueue } from '../../jobs/queue.js';
import type { Logger } from '../../log.js';
import { insertAudit } from '../audit/index.js';
import { findPoint } from '../service-points/index.js';
import type { WorkOrderHook } from '../work-orders/index.js';
import type { EhealthAdapter } from './adapters.js';
import * as repo from './ehealth.repo.js';

export const EHEALTH_QUEUE = 'ehealth-upload';

export function createEhealthService(deps: { db: Db; now: () => Date; adapter: () => EhealthAdapter; logger?: Logger }) {
  const { db, now } = deps;

  /** At settlement: the record from the order, its settlement and lines; the upload queued after the commit. */
  const hook: WorkOrderHook = async (tx, order, event) => {
    if (event !== 'settle' || (await repo.recordOfOrder(tx, order.id))) return;
    const point = (await findPoint(tx, order.servicePointId))!;
    const zone = usableTimeZone(point.timeZone);
    const { vehicle, settlement, lines } = await repo.factsOf(tx, order);
    const at = now();
    const payload = healthRecord({
      plate: vehicle?.plate ?? '',
      vin: vehicle?.vin ?? '',
      companyName: point.nameZh,
      repairDate: localDate(zone, order.receivedAt),
      settleDate: localDate(zone, settlement?.settledAt ?? at),
      mileage: order.mileageIn,
      faultDescription: order.concerns,
      settlementNumber: settlement?.number ?? order.number,
      parts: lines.filter((l) => l.kind === 'parts').map((l) => ({ name: l.name, code: l.code, quantity: (l.qtyMilli ?? 0) / 1000 })),
      items: lines.filter((l) => l.kind === 'labor').map((l) => ({ name: l.name, hours: (l.hoursMilli ?? 0) / 1000 })),
    });
    const r = await repo.insertRecord(tx, {
      servicePointId: order.servicePointId,
      workOrderId: order.id,
      workOrderNumber: order.number,
      payload,
      nextAttemptAt: at,
      createdAt: at,
      updatedAt: at,
    });
    if (r) await enqueue(tx, { queue: EHEALTH_QUEUE, payload: { recordId: r.id }, runAt: at, dedupeKey: `${EHEALTH_QUEUE}:${r.id}:0` });
  };

  /** One upload attempt; the outcome is the record's status (the job itself never fails). */
  async function upload(recordId: string) {
    const r = await repo.findRecord(db, recordId);
    if (!r || r.status !== 'pending') return r?.status ?? null;
    const adapter = deps.adapter();
    const problems = recordProblems(r.payload);
    let error: string | null = problems.length ? `档案不完整:${problems.join(';')}` : null;
    if (!error) {
      try {
        await adapter.send(r.payload);
      } catch (e) {
        error = (e as Error).message.slice(0, 500) || 'upload failed';
      }
    }
    const at = now();
    const attempts = r.attempts + 1;
    if (!error) {
      await repo.updateRecord(db, r.id, { status: 'sent', sentAt: at, attempts, lastError: null, nextAttemptAt: null, adapter: adapter.name }, at);
      return 'sent';
    }
    // An incomplete record is not retried by itself: it is fixed at the source and retried by hand.
    const wait = problems.length ? null : retryDelayMs(attempts);
    const next = wait === null ? null : new Date(at.getTime() + wait);
    await db.transaction(async (tx) => {
      await repo.updateRecord(tx, r.id, { status: next ? 'pending' : 'failed', attempts, lastError: error, nextAttemptAt: next, adapter: adapter.name }, at);
      if (next) await enqueue(tx, { queue: EHEALTH_QUEUE, payload: { recordId: r.id }, runAt: next, dedupeKey: `${EHEALTH_QUEUE}:${r.id}:${attempts}` });
    });
    deps.logger?.warn({ recordId: r.id, attempts, error }, 'ehealth upload failed');
    return next ? 'pending' : 'failed';
  }

  const present = (x: { r: repo.RecordRow; pointName: string }) => ({
    id: x.r.id,
    servicePointId: x.r.servicePointId,
    pointName: x.pointName,
    workOrderId: x.r.workOrderId,
    workOrderNumber: x.r.workOrderNumber,
    plate: x.r.payload.vehicleplatenumber,
    vin: x.r.payload.vin,
    settlementNumber: x.r.payload.costlistcode,
    settleDate: x.r.payload.settledate,
    status: x.r.status as EhealthStatus,
    attempts: x.r.attempts,
    lastError: x.r.lastError,
    nextAttemptAt: x.r.nextAttemptAt?.toISOString() ?? null,
    sentAt: x.r.sentAt?.toISOString() ?? null,
    adapter: x.r.adapter,
    payload: x.r.payload,
    createdAt: x.r.createdAt.toISOString(),
  });

  return {
    hook,
    upload,
    async list(actor: Actor, q: { status?: EhealthStatus; page: number; pageSize: number }) {
      const { rows, total } = await repo.listRecords(db, actor.pointPath, { status: q.status, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
      return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
    },
    /** Send a failed (or waiting) record again now. */
    async retry(actor: Actor, id: string) {
      const at = now();
      await db.transaction(async (tx) => {
        const r = await repo.findRecord(tx, id, true);
        const point = r && (await findPoint(tx, r.servicePointId));
        if (!r || !point?.path.startsWith(actor.pointPath)) throw notFound('健康档案');
        if (r.status === 'sent') throw new AppError('CONFLICT', '该档案已上传');
        await repo.updateRecord(tx, id, { status: 'pending', nextAttemptAt: at }, at);
        await enqueue(tx, { queue: EHEALTH_QUEUE, payload: { recordId: id }, runAt: at, dedupeKey: `${EHEALTH_QUEUE}:${id}:manual:${r.version}` });
        await insertAudit(tx, actor, {
          servicePointId: r.servicePointId,
          action: 'ehealth.retry',
          entityType: 'ehealth_record',
          entityId: id,
          summary: `${r.workOrderNumber} 健康档案重新上传`,
        });
      });
      // The attempt runs now as well (the queued job then finds it sent and does nothing).
      await upload(id);
      const r = (await repo.findRecord(db, id))!;
      return present({ r, pointName: (await findPoint(db, r.servicePointId))?.nameZh ?? '' });
    },
  };
}
export type EhealthService = ReturnType<typeof createEhealthService>;
