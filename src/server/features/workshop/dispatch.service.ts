/** Dispatch (派工) on the workshop board: the board of a day, suggestions, and assigning a job to a technician. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { workshopJobs } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { eligible } from '../../../domain/dispatch/eligibility.js';
import { refuseJobAction, type JobStatus } from '../../../domain/dispatch/job-status.js';
import { suggestAssignments } from '../../../domain/dispatch/suggest.js';
import type { Board, JobCard } from '../../../contracts/workshop.js';
import { AppError, notFound, ruleBroken, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { getWorkOrderRow } from '../work-orders/index.js';
import type { BoardEvents } from './board-events.js';
import * as repo from './workshop.repo.js';
import { atLocalTime, dayRange, localDate } from '../../../domain/time/index.js';
import { workshopHoursOf } from '../appointments/index.js';
import { ineligibleTechnicians, overlapMinutes, toCard, workdayEnd, workdayStart } from './workshop.support.js';

const GRADE_ORDER = ['master', 'mid', 'apprentice'];
const TRADE_ORDER = ['mechanical', 'body', 'paint'];
const rank = (order: string[], v: string | null) => (v && order.includes(v) ? order.indexOf(v) : order.length);
/** 机修一组 < 机修二组 < 机修十组: Chinese numerals compared as numbers. */
const teamKey = (name: string | null) => (name ?? '').replace(/[一二三四五六七八九十]/g, (d) => String('一二三四五六七八九十'.indexOf(d) + 1).padStart(2, '0'));

/** The board, suggestions and assignment; every assignment is audited and announced on the board channel. */
export function createDispatchService(deps: { db: Db; now: () => Date; events: BoardEvents }) {
  const { db, now, events } = deps;

  return {
    /** Lanes per team and technician with their jobs and capacity, unassigned jobs, and work orders per stage. */
    async board(actor: Actor, f: { date?: string; servicePointId?: string }): Promise<Board> {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const at = now();
      const today = localDate(point.timeZone, at);
      const date = f.date ?? today;
      const { start, end } = dayRange(point.timeZone, date);
      const [rows, techs, counts, present, clocks] = await Promise.all([
        repo.boardJobs(db, point.id, start, end),
        repo.techniciansOf(db, point.id),
        repo.orderCounts(db, point.id),
        repo.attendanceBetween(db, point.id, date, date),
        repo.clocksBetween(db, point.id, start, end),
      ]);
      // One statement holds both: the lanes' jobs have a technician, the waiting ones (待派工) have none.
      const waiting = rows.filter((r) => r.job.technicianEmployeeId === null);
      const cards = rows.filter((r) => r.job.technicianEmployeeId !== null).map((r) => toCard(r, at));
      const ineligible = ineligibleTechnicians(techs, today);
      const lanes = new Map<string, Board['lanes'][number]>();
      const sorted = [...techs].sort(
        (a, b) =>
          rank(TRADE_ORDER, a.teamTrade ?? a.trade) - rank(TRADE_ORDER, b.teamTrade ?? b.trade) ||
          teamKey(a.teamName).localeCompare(teamKey(b.teamName), 'zh-CN') ||
          rank(GRADE_ORDER, a.skillGrade) - rank(GRADE_ORDER, b.skillGrade) ||
          a.name.localeCompare(b.name, 'zh-CN'),
      );
      for (const t of sorted) {
        const key = t.teamId ?? '';
        if (!lanes.has(key)) lanes.set(key, { teamId: t.teamId, teamName: t.teamName ?? '未分组', trade: t.teamTrade ?? null, technicians: [] });
        const mine = cards.filter((c) => c.technicianEmployeeId === t.id);
        const att = present.filter((p) => p.employeeId === t.id);
        lanes.get(key)!.technicians.push({
          employeeId: t.id,
          name: t.name,
          trade: t.trade,
          skillGrade: t.skillGrade,
          isPresent: att.some((p) => p.outAt === null),
          jobs: mine,
          capacity: {
            presentMinutes: Math.round(att.reduce((s, p) => s + overlapMinutes(p.inAt, p.outAt ?? at, start, end), 0)),
            plannedMinutes: mine
              .filter((c) => c.plannedStartAt && c.plannedStartAt >= start.toISOString() && c.plannedStartAt < end.toISOString())
              .reduce((s, c) => s + c.standardMinutes, 0),
            clockedMinutes: Math.round(
              clocks.filter((c) => c.employeeId === t.id).reduce((s, c) => s + overlapMinutes(c.startedAt, c.endedAt ?? at, start, end), 0),
            ),
          },
        });
      }
      return {
        servicePointId: point.id,
        localDate: date,
        lanes: [...lanes.values()],
        // 待派工: the same set as the suggestion's jobs (repo.unassignedJobsOf), counted once.
        // Why a technician may not take a waiting job (trade, certificates, grade), for the dispatch dialog: one list
        // per job profile, referenced by key from each waiting card.
        unassigned: waiting.map((r) => ({ ...toCard(r, at), ineligibleKey: ineligible.keyOf(r) })),
        ineligible: ineligible.lists,
        columns: {
          pending: waiting.length,
          inProgress: counts.get('in_progress') ?? 0,
          waitingParts: counts.get('waiting_parts') ?? 0,
          qc: counts.get('qc') ?? 0,
          ready: counts.get('ready') ?? 0,
        },
      };
    },

    /** The greedy plan for the open unassigned jobs over the point's technicians, from now to the end of the working day. */
    async suggestions(actor: Actor, f: { servicePointId?: string }) {
      const point = await visiblePoint(db, actor, f.servicePointId);
      const at = now();
      const today = localDate(point.timeZone, at);
      const [jobs, techs, busy, hours] = await Promise.all([
        repo.unassignedJobsOf(db, point.id),
        repo.techniciansOf(db, point.id),
        repo.busyUntil(db, point.id),
        workshopHoursOf(db, point.id),
      ]);
      const dayEndAt = workdayEnd(point.timeZone, today, hours);
      const dayStartAt = workdayStart(point.timeZone, today, hours);
      const plan = suggestAssignments(
        jobs.map((r) => ({
          id: r.job.id,
          workOrderId: r.job.workOrderId,
          trade: r.job.trade,
          repairCategory: r.repairCategory,
          requiredCertificate: r.requiredCertificate,
          standardMinutes: r.job.standardMinutes,
          promisedAt: r.promisedAt,
        })),
        techs.map((t) => ({ ...t, availableAt: busy.get(t.id) ?? null })),
        { now: at, dayStart: dayStartAt ?? undefined, dayEnd: dayEndAt, today },
      );
      const job = new Map(jobs.map((r) => [r.job.id, r]));
      const name = new Map(techs.map((t) => [t.id, t.name]));
      return {
        items: plan.assignments.map((a) => ({
          jobId: a.jobId,
          workOrderNumber: job.get(a.jobId)!.number,
          plate: job.get(a.jobId)!.plate,
          lineName: job.get(a.jobId)!.lineName,
          technicianEmployeeId: a.technicianId,
          technicianName: name.get(a.technicianId)!,
          plannedStartAt: a.plannedStartAt.toISOString(),
          plannedEndAt: a.plannedEndAt.toISOString(),
          lateMinutes: a.lateMinutes,
          isPastDayEnd: a.isPastDayEnd,
        })),
        unassignable: plan.unassigned,
        makespanMinutes: plan.makespanMinutes,
        totalLatenessMinutes: plan.totalLatenessMinutes,
        dayEndAt: dayEndAt.toISOString(),
      };
    },

    /** Give a job to an eligible technician (trade, valid qualification, grade); planned after their other open work. */
    async assign(
      actor: Actor,
      id: string,
      input: { version: number; technicianEmployeeId: string; plannedStartAt?: string; plannedTime?: string; plannedDate?: string },
    ): Promise<JobCard> {
      return db.transaction(async (tx) => {
        const job = await repo.findJob(tx, id, true);
        if (!job) throw notFound('作业');
        const point = await visiblePoint(tx, actor, job.servicePointId);
        if (job.version !== input.version) throw staleVersion();
        const refusal = refuseJobAction(job.status as JobStatus, 'assign');
        if (refusal) throw new AppError('ILLEGAL_TRANSITION', refusal);
        const [tech] = await repo.techniciansOf(tx, point.id, input.technicianEmployeeId);
        const field = (message: string) => [{ path: 'technicianEmployeeId', message }];
        if (!tech) throw ruleBroken('该员工不是本站在岗技师,不能派工', field('不是本站在岗技师'), 'NOT_A_TECHNICIAN');
        const order = (await getWorkOrderRow(tx, job.workOrderId))!;
        const at = now();
        const requiredCertificate = await repo.requiredCertificateOfLine(tx, job.workOrderLineId);
        const e = eligible({ trade: job.trade, repairCategory: order.repairCategory, requiredCertificate }, tech, localDate(point.timeZone, at));
        if (!e.ok) throw ruleBroken(`${tech.name}不能承担该作业:${e.reason}`, field(e.reason), `NOT_ELIGIBLE_${e.code}`);
        const busy = (await repo.busyUntil(tx, point.id, id)).get(tech.id);
        const startAt = input.plannedTime
          ? atLocalTime(point.timeZone, input.plannedDate ?? localDate(point.timeZone, at), input.plannedTime)
          : input.plannedStartAt
            ? new Date(input.plannedStartAt)
            : new Date(Math.max(at.getTime(), busy?.getTime() ?? 0));
        const row = await repo.updateJob(
          tx,
          id,
          input.version,
          {
            technicianEmployeeId: tech.id,
            teamId: tech.teamId,
            plannedStartAt: startAt,
            plannedEndAt: new Date(startAt.getTime() + job.standardMinutes * 60_000),
          },
          at,
        );
        if (!row) throw staleVersion();
        const [card] = (await repo.jobCards(tx, eq(workshopJobs.id, id))).map((r) => toCard(r, at));
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'workshop-job.assign',
          entityType: 'workshop_job',
          entityId: id,
          summary: `${card.workOrderNumber} ${card.lineName} → ${tech.name}`,
          before: { technicianEmployeeId: job.technicianEmployeeId, plannedStartAt: job.plannedStartAt },
          after: { technicianEmployeeId: tech.id, plannedStartAt: row.plannedStartAt },
        });
        await events.publish(tx, point.id);
        return card;
      });
    },
  };
}
export type DispatchService = ReturnType<typeof createDispatchService>;
