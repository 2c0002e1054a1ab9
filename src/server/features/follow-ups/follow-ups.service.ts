import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, followUps, positions, vehicles, workOrders } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { findPoint, listPointsUnder } from '../service-points/index.js';
import { notify } from '../notifications/index.js';
import { holderOf } from '../org/index.js';
import type { TicketService } from '../tickets/index.js';
import type { WorkOrderHook } from '../work-orders/index.js';
import type { FollowUp, FollowUpAnswers, FollowUpCall, FollowUpQuery, FollowUpStats, FollowUpStatsQuery } from '../../../contracts/follow-ups.js';

export const MAX_ATTEMPTS = 3;
export type { FollowUpAnswers };

/** 0–100 from the four 1–5 answers. */
export const followUpScore = (a: FollowUpAnswers) => Math.round((([a.quality, a.attitude, a.fee, a.overall].reduce((s, v) => s + (v - 1) / 4, 0)) / 4) * 100);
/** A bad answer flags the work order and opens a complaint: any score ≤ 2, or the fault not fixed. */
export const isBadFollowUp = (a: FollowUpAnswers) => !a.fixed || [a.quality, a.attitude, a.fee, a.overall].some((v) => v <= 2);

/** Work-order hook: delivering a car schedules its follow-up call N days later. */
export function createFollowUpHook(o: { days: number }): WorkOrderHook {
  return async (tx, order, action) => {
    if (action !== 'deliver' || !order.deliveredAt) return;
    await tx.insert(followUps).values({ servicePointId: order.servicePointId, workOrderId: order.id, dueAt: new Date(order.deliveredAt.getTime() + o.days * 86400_000) }).onConflictDoNothing();
  };
}

/** The follow-up caller's queue (回访) and the record of each call. */
export function createFollowUpService(deps: { db: Db; now: () => Date; tickets: TicketService }) {
  const { db, now, tickets } = deps;
  const present = async (q: Db | Tx, rows: (typeof followUps.$inferSelect)[]): Promise<FollowUp[]> => {
    if (!rows.length) return [];
    const wos = await q.select({ id: workOrders.id, number: workOrders.number, deliveredAt: workOrders.deliveredAt, customerName: customers.name, phone: customers.phone, plate: vehicles.plate })
      .from(workOrders).innerJoin(customers, eq(customers.id, workOrders.customerId)).innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
      .where(inArray(workOrders.id, rows.map((r) => r.workOrderId)));
    return rows.map((f) => {
      const w = wos.find((x) => x.id === f.workOrderId)!;
      return {
        id: f.id, workOrderId: f.workOrderId, workOrderNumber: w.number, customerName: w.customerName, customerPhone: w.phone, plate: w.plate, deliveredAt: w.deliveredAt?.toISOString() ?? null,
        dueAt: f.dueAt.toISOString(), status: f.status, attempts: f.attempts, answers: f.answers as FollowUpAnswers | null, score: f.score, isFlagged: f.isFlagged, ticketId: f.ticketId, version: f.version,
      };
    });
  };
  return {
    async queue(actor: Actor, f: FollowUpQuery): Promise<FollowUp[]> {
      const ids = f.servicePointId ? [(await visiblePoint(db, actor, f.servicePointId)).id] : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const due = f.status === 'due';
      const rows = await db.select().from(followUps).where(and(inArray(followUps.servicePointId, ids), due ? and(eq(followUps.status, 'pending'), lte(followUps.dueAt, now())) : f.status ? eq(followUps.status, f.status) : undefined))
        .orderBy(asc(followUps.dueAt)).limit(500);
      return present(db, rows);
    },
    /** Record a call: unreachable → retry tomorrow (three tries); answered → score, and a bad answer opens a complaint. */
    async record(actor: Actor, id: string, input: FollowUpCall): Promise<FollowUp> {
      return db.transaction(async (tx) => {
        const [f] = await tx.select().from(followUps).where(eq(followUps.id, id)).for('update');
        if (!f) throw notFound('回访任务');
        const point = await visiblePoint(tx, actor, f.servicePointId);
        if (f.version !== input.version) throw staleVersion();
        if (f.status !== 'pending') throw new AppError('ILLEGAL_TRANSITION', '该回访已完成');
        const at = now();
        let patch: Partial<typeof followUps.$inferInsert>;
        if (!input.reached) {
          const attempts = f.attempts + 1;
          patch = { attempts, lastAttemptAt: at, status: attempts >= MAX_ATTEMPTS ? 'unreachable' : 'pending', dueAt: new Date(at.getTime() + 86400_000) };
        } else {
          if (!input.answers) throw new AppError('VALIDATION', '请填写回访结果', [{ path: 'answers', message: '接通后须记录回访问题的答案' }]);
          const bad = isBadFollowUp(input.answers);
          patch = { status: 'done', attempts: f.attempts + 1, lastAttemptAt: at, answers: input.answers, score: followUpScore(input.answers), isFlagged: bad, callerEmployeeId: actor.employeeId };
          if (bad) {
            const [w] = await tx.select({ number: workOrders.number, customerName: customers.name, phone: customers.phone, plate: vehicles.plate })
              .from(workOrders).innerJoin(customers, eq(customers.id, workOrders.customerId)).innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId)).where(eq(workOrders.id, f.workOrderId));
            const t = await tickets.intake(tx, actor, point, {
              channel: 'follow-up', kind: 'complaint', title: `回访不满意:工单 ${w.number}`, description: `回访记录:${input.note || '(无)'};故障是否排除:${input.answers.fixed ? '是' : '否'}`,
              customerName: w.customerName, customerPhone: w.phone, customerEmail: '', isVip: false, vehicleRef: w.plate, workOrderRef: w.number,
            });
            patch.ticketId = t.id;
            const [cs] = await tx.select({ id: positions.id }).from(positions).where(and(eq(positions.servicePointId, point.id), eq(positions.headOf, 'customer-service')));
            const head = cs ? await holderOf(tx, cs.id) : undefined;
            if (head) await notify(tx, { servicePointId: point.id, recipientEmployeeId: head.employeeId, title: `回访不满意:${w.number}(${w.plate})`, body: `已生成投诉工单 ${t.number}`, link: `/tickets/${t.id}`, dedupeKey: `followup-flag:${f.id}` });
          }
        }
        const [row] = await tx.update(followUps).set({ ...patch, updatedAt: at, version: sql`${followUps.version} + 1` }).where(and(eq(followUps.id, id), eq(followUps.version, input.version))).returning();
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, { servicePointId: f.servicePointId, action: input.reached ? 'follow-up.record' : 'follow-up.unreachable', entityType: 'follow_up', entityId: id, summary: input.note, before: f, after: row });
        return (await present(tx, [row]))[0];
      });
    },
    /** 回访率: delivered work orders reached by a follow-up ÷ delivered (in the last `days`, by delivery time). */
    async stats(actor: Actor, q: FollowUpStatsQuery): Promise<FollowUpStats> {
      const to = now();
      const f = { servicePointId: q.servicePointId, from: new Date(to.getTime() - q.days * 86400_000), to };
      const point = await visiblePoint(db, actor, f.servicePointId);
      const rows = await db.select({ status: followUps.status, score: followUps.score, isFlagged: followUps.isFlagged }).from(workOrders)
        .leftJoin(followUps, eq(followUps.workOrderId, workOrders.id))
        .where(and(eq(workOrders.servicePointId, point.id), sql`${workOrders.deliveredAt} >= ${f.from.toISOString()}::timestamptz and ${workOrders.deliveredAt} < ${f.to.toISOString()}::timestamptz`));
      const reached = rows.filter((r) => r.status === 'done');
      return {
        delivered: rows.length, reached: reached.length, flagged: reached.filter((r) => r.isFlagged).length,
        followUpRate: rows.length ? reached.length / rows.length : null,
        csi: reached.length ? Math.round(reached.reduce((s, r) => s + (r.score ?? 0), 0) / reached.length) : null,
        point: (await findPoint(db, point.id))!.nameZh,
      };
    },
  };
}
export type FollowUpService = ReturnType<typeof createFollowUpService>;
