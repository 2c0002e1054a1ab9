/** Technicians at work (维修): clock on, pause, finish their jobs; attendance (出勤); their own job list. */
import { markRollupDirty } from '../rollups/index.js';
import { and, eq, gte, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { workshopJobs } from '../../db/schema.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { OPEN_JOB_STATUSES, refuseJobAction, type JobAction, type JobStatus } from '../../../domain/dispatch/job-status.js';
import { WORK_ORDER_STATUS_LABELS } from '../../../domain/work-orders/labels.js';
import type { WorkOrderStatus } from '../../../domain/work-orders/status.js';
import type { JobCard } from '../../../contracts/workshop.js';
import { PAUSE_REASON_LABELS, refusePause, type PauseReason } from '../../../domain/dispatch/pause.js';
import { AppError, forbidden, invalid, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { getWorkOrderRow, type WorkOrdersApi } from '../work-orders/index.js';
import { assertPartsIssued } from '../parts/index.js';
import type { BoardEvents } from './board-events.js';
import * as repo from './workshop.repo.js';
import { dayRange, localDate } from '../../../domain/time/index.js';
import { toCard } from './workshop.support.js';

const entry = (a: { id: string; employeeId: string; localDate: string; inAt: Date; outAt: Date | null }) => ({
  id: a.id,
  employeeId: a.employeeId,
  localDate: a.localDate,
  inAt: a.inAt.toISOString(),
  outAt: a.outAt?.toISOString() ?? null,
});

/** Job actions for the technician who holds the job (or a dispatcher); the first start and the last finish move the work order. */
export function createJobService(deps: { db: Db; now: () => Date; events: BoardEvents; workOrders: WorkOrdersApi }) {
  const { db, now, events, workOrders } = deps;

  /**
   * Lock order: technician, work order, job (work-order actions lock order then jobs; clock-out locks technician then job).
   * A job reassigned meanwhile has a new version, so the stale technician lock is caught by the version check.
   */
  async function load(tx: Tx, actor: Actor, id: string, version: number, action: JobAction) {
    const peek = await repo.findJob(tx, id);
    if (!peek) throw notFound('作业');
    const point = await visiblePoint(tx, actor, peek.servicePointId);
    const isOwn = !!actor.employeeId && peek.technicianEmployeeId === actor.employeeId;
    if (!isOwn && !can(actor, 'workshop.dispatch')) throw forbidden('只能操作派给自己的作业');
    if (peek.technicianEmployeeId) await repo.lockEmployee(tx, peek.technicianEmployeeId);
    const order = (await getWorkOrderRow(tx, peek.workOrderId, { lock: true }))!;
    const job = (await repo.findJob(tx, id, true))!;
    if (job.version !== version || job.technicianEmployeeId !== peek.technicianEmployeeId) throw staleVersion();
    const refusal = refuseJobAction(job.status as JobStatus, action);
    if (refusal) throw new AppError('ILLEGAL_TRANSITION', refusal);
    if (!job.technicianEmployeeId) throw ruleBroken('该作业尚未派工,请先派工');
    return { point, order, job, technicianId: job.technicianEmployeeId };
  }
  async function done(tx: Tx, actor: Actor, pointId: string, id: string, action: string, summary: string) {
    const [card] = (await repo.jobCards(tx, eq(workshopJobs.id, id))).map((r) => toCard(r, now()));
    await insertAudit(tx, actor, {
      servicePointId: pointId,
      action: `workshop-job.${action}`,
      entityType: 'workshop_job',
      entityId: id,
      summary: `${card.workOrderNumber} ${card.lineName} ${summary}`,
    });
    await events.publish(tx, pointId);
    return card;
  }

  return {
    /** Clock on. One running job per technician; the first start of an order moves it to 在修 (act 'start'). */
    async start(actor: Actor, id: string, input: { version: number }): Promise<JobCard> {
      return db.transaction(async (tx) => {
        const { point, order, job, technicianId } = await load(tx, actor, id, input.version, 'start');
        // An order waiting for parts (待料) may go on with the jobs its parts allow.
        if (!['confirmed', 'in_progress', 'waiting_parts'].includes(order.status))
          throw new AppError('ILLEGAL_TRANSITION', `工单状态为「${WORK_ORDER_STATUS_LABELS[order.status as WorkOrderStatus].zh}」,不能开工`);
        if (await repo.openClockOf(tx, technicianId)) throw ruleBroken('该技师正在进行另一项作业,请先暂停或完工', [], 'TECHNICIAN_BUSY');
        const at = now();
        await repo.insertClock(tx, { servicePointId: point.id, jobId: id, employeeId: technicianId, startedAt: at });
        if (!(await repo.updateJob(tx, id, input.version, { status: 'in_progress', startedAt: job.startedAt ?? at }, at))) throw staleVersion();
        if (order.status === 'confirmed') await workOrders.actInTx(tx, actor, order, 'start', '');
        return done(tx, actor, point.id, id, 'start', '开工');
      });
    },
    /** Clock off with a reason (待料, 等客户确认, 下班, 其他 + note); the job stays with the technician. */
    async pause(actor: Actor, id: string, input: { version: number; reason: PauseReason; note?: string }): Promise<JobCard> {
      const note = (input.note ?? '').trim();
      const refusal = refusePause(input.reason, note);
      if (refusal) throw invalid([refusal]);
      return db.transaction(async (tx) => {
        const { point } = await load(tx, actor, id, input.version, 'pause');
        const at = now();
        await repo.closeClocks(tx, id, at, { reason: input.reason, note });
        if (!(await repo.updateJob(tx, id, input.version, { status: 'paused', pauseReason: input.reason, pauseNote: note }, at))) throw staleVersion();
        return done(tx, actor, point.id, id, 'pause', `暂停(${PAUSE_REASON_LABELS[input.reason].zh}${note ? `:${note}` : ''})`);
      });
    },
    /** Clock off and finish; when every job of the order is finished (its parts issued) the order goes to QC (act 'finish'). */
    async finish(actor: Actor, id: string, input: { version: number }): Promise<JobCard> {
      return db.transaction(async (tx) => {
        const { point, order } = await load(tx, actor, id, input.version, 'finish');
        const at = now();
        await repo.closeClocks(tx, id, at);
        if (!(await repo.updateJob(tx, id, input.version, { status: 'finished', finishedAt: at }, at))) throw staleVersion();
        const isLast = !(await repo.unfinishedOfOrder(tx, order.id)).length;
        // The parts gate: the job completing the order needs every part issued or released as not needed.
        if (isLast) await assertPartsIssued(tx, order.id);
        if (isLast && order.status === 'in_progress') await workOrders.actInTx(tx, actor, order, 'finish', '');
        return done(tx, actor, point.id, id, 'finish', '完工');
      });
    },
    /** The actor's open jobs and those finished today, for the phone page; with attendance state. */
    async myJobs(actor: Actor) {
      if (!actor.employeeId) return { items: [], isClockedIn: false, activeJobId: null };
      const point = await visiblePoint(db, actor, actor.servicePointId);
      const { start } = dayRange(point.timeZone, localDate(point.timeZone, now()));
      const rows = await repo.jobCards(
        db,
        and(
          eq(workshopJobs.technicianEmployeeId, actor.employeeId),
          or(inArray(workshopJobs.status, [...OPEN_JOB_STATUSES]), and(eq(workshopJobs.status, 'finished'), gte(workshopJobs.finishedAt, start))),
        ),
      );
      const [open, clock] = await Promise.all([repo.openAttendanceOf(db, actor.employeeId), repo.openClockOf(db, actor.employeeId)]);
      return { items: rows.map((r) => toCard(r, now())), isClockedIn: !!open, activeJobId: clock?.jobId ?? null };
    },
    async clockIn(actor: Actor) {
      return db.transaction(async (tx) => {
        const employee = actor.employeeId ? await repo.lockEmployee(tx, actor.employeeId) : undefined;
        if (!employee) throw ruleBroken('当前账号未关联员工,不能打卡');
        const point = await visiblePoint(tx, actor, employee.servicePointId);
        if (await repo.openAttendanceOf(tx, employee.id)) throw new AppError('CONFLICT', '已签到,请勿重复签到');
        const at = now();
        const row = await repo.insertAttendance(tx, { servicePointId: point.id, employeeId: employee.id, localDate: localDate(point.timeZone, at), inAt: at });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'attendance.clock-in',
          entityType: 'attendance',
          entityId: row.id,
          summary: `${employee.name} 签到`,
        });
        await events.publish(tx, point.id);
        return entry(row);
      });
    },
    /** Clock out; a running job is paused (nobody works on a job while absent). */
    async clockOut(actor: Actor) {
      return db.transaction(async (tx) => {
        const employee = actor.employeeId ? await repo.lockEmployee(tx, actor.employeeId) : undefined;
        if (!employee) throw ruleBroken('当前账号未关联员工,不能打卡');
        const point = await visiblePoint(tx, actor, employee.servicePointId);
        const open = await repo.openAttendanceOf(tx, employee.id);
        if (!open) throw new AppError('CONFLICT', '尚未签到,不能签退');
        const at = now();
        const clock = await repo.openClockOf(tx, employee.id);
        if (clock) {
          await repo.closeClocks(tx, clock.jobId, at, { reason: 'end_of_shift', note: '' });
          const job = (await repo.findJob(tx, clock.jobId, true))!;
          await repo.updateJob(tx, job.id, job.version, { status: 'paused', pauseReason: 'end_of_shift', pauseNote: '' }, at);
        }
        const row = await repo.closeAttendance(tx, open.id, at);
        // Attended minutes count on the clock-in day, clocked minutes on the clock's start day (daily rollups).
        for (const d of [open.inAt, clock?.startedAt, at]) if (d) await markRollupDirty(tx, point, d);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'attendance.clock-out',
          entityType: 'attendance',
          entityId: row.id,
          summary: `${employee.name} 签退${clock ? ',进行中的作业已暂停' : ''}`,
        });
        await events.publish(tx, point.id);
        return entry(row);
      });
    },
  };
}
export type JobService = ReturnType<typeof createJobService>;
