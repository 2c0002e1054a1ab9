/** Workshop (车间) API shapes: the board (维修管理看板), dispatch, technician clocking, QC (质检) and KPIs. */
import { z } from '@hono/zod-openapi';
import { JOB_STATUSES } from '../domain/dispatch/job-status.js';
import { PAUSE_REASONS } from '../domain/dispatch/pause.js';
import { WORK_ORDER_STATUSES } from '../domain/work-orders/status.js';
import { IsoDate, PointQuery, Version, IsoDateTime } from './common.js';
import { WorkOrder } from './work-orders.js';
import { QcItemResult } from './qc.js';

const Iso = IsoDateTime;

/** A job on the board: one labor line of a work order, its technician, plan and state. */
export const JobCard = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    workOrderStatus: z.enum(WORK_ORDER_STATUSES),
    plate: z.string(),
    model: z.string(),
    lineName: z.string(),
    lineCode: z.string(),
    trade: z.string(),
    /** The labor operation's required certificate (高压电工证 …), null when none. */
    requiredCertificate: z.string().nullable(),
    /** On the board's waiting jobs: its key in the board's `ineligible` map (who may not take it and why). */
    ineligibleKey: z.string().optional(),
    repairCategory: z.string(),
    standardMinutes: z.number(),
    status: z.enum(JOB_STATUSES),
    technicianEmployeeId: z.string().nullable(),
    technicianName: z.string().nullable(),
    teamId: z.string().nullable(),
    plannedStartAt: z.string().nullable(),
    plannedEndAt: z.string().nullable(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    promisedAt: z.string().nullable(),
    isWaitingParts: z.boolean(),
    isLate: z.boolean(),
    /** While paused: why (待料, 等客户确认, 下班, 其他) and the technician's note. */
    pauseReason: z.enum(PAUSE_REASONS).nullable(),
    pauseNote: z.string().nullable(),
    version: z.number(),
  })
  .openapi('WorkshopJob');
export type JobCard = z.infer<typeof JobCard>;

/** A technician's row on the board. */
export const TechnicianLane = z.object({
  employeeId: z.string(),
  name: z.string(),
  trade: z.string().nullable(),
  skillGrade: z.string(),
  isPresent: z.boolean(),
  /** Minutes present (attendance) vs planned (standard minutes of jobs planned that day) vs clocked on jobs. */
  capacity: z.object({ presentMinutes: z.number(), plannedMinutes: z.number(), clockedMinutes: z.number() }),
  jobs: z.array(JobCard),
});
export const Board = z
  .object({
    servicePointId: z.string(),
    localDate: z.string(),
    /** Work orders in the workshop by stage: pending (confirmed, not started), in progress, waiting parts, QC, ready. */
    columns: z.object({ pending: z.number(), inProgress: z.number(), waitingParts: z.number(), qc: z.number(), ready: z.number() }),
    lanes: z.array(z.object({ teamId: z.string().nullable(), teamName: z.string(), trade: z.string().nullable(), technicians: z.array(TechnicianLane) })),
    unassigned: z.array(JobCard),
    /**
     * The technicians who may not take a waiting job and why (trade, certificate, grade), shown in the dispatch
     * dialog. Eligibility depends only on the job's trade, repair category and required certificate, so the jobs of
     * one such profile share one list by key (`ineligibleKey`) instead of repeating it on every card.
     */
    ineligible: z.record(z.string(), z.array(z.object({ employeeId: z.string(), reason: z.string() }))),
  })
  .openapi('WorkshopBoard');
export type Board = z.infer<typeof Board>;

/** The board of a day (default: today at the point). */
export const BoardQuery = PointQuery.extend({ date: IsoDate.optional() });
export type BoardQuery = z.infer<typeof BoardQuery>;

/** A technician's jobs (mobile), whether they are clocked in, and the job they are on. */
export const MyJobs = z.object({ items: z.array(JobCard), isClockedIn: z.boolean(), activeJobId: z.string().nullable() }).openapi('WorkshopMyJobs');
export type MyJobs = z.infer<typeof MyJobs>;

/** The dispatch plan proposed for unassigned jobs (apply each item with assign). */
export const Suggestions = z
  .object({
    items: z.array(
      z.object({
        jobId: z.string(),
        workOrderNumber: z.string(),
        plate: z.string(),
        lineName: z.string(),
        technicianEmployeeId: z.string(),
        technicianName: z.string(),
        plannedStartAt: z.string(),
        plannedEndAt: z.string(),
        lateMinutes: z.number(),
        isPastDayEnd: z.boolean(),
      }),
    ),
    unassignable: z.array(z.object({ jobId: z.string(), reason: z.string() })),
    makespanMinutes: z.number(),
    totalLatenessMinutes: z.number(),
    dayEndAt: z.string(),
  })
  .openapi('WorkshopSuggestions');

export const JobAssign = z
  .object({
    version: Version,
    technicianEmployeeId: z.uuid({ message: '请选择技师' }),
    /** Defaults to when the technician is free (after their planned jobs, not before now). */
    plannedStartAt: Iso.optional(),
    /** Or a wall-clock time at the point (a card dropped at 10:00 on the board), on `plannedDate` (default today). */
    plannedTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 HH:mm' })
      .optional(),
    plannedDate: IsoDate.optional(),
  })
  .openapi('WorkshopJobAssign');
export const JobAction = z.object({ version: Version }).openapi('WorkshopJobAction');
/** A pause says why; 其他 needs a note. */
export const JobPause = z
  .object({
    version: Version,
    reason: z.enum(PAUSE_REASONS, { message: '请选择暂停原因' }),
    note: z.string().trim().max(200, { message: '说明最多 200 字' }).default(''),
  })
  .openapi('WorkshopJobPause');

export const AttendanceEntry = z
  .object({ id: z.string(), employeeId: z.string(), localDate: z.string(), inAt: z.string(), outAt: z.string().nullable() })
  .openapi('AttendanceEntry');

/** A QC result; notes are required on failure, a road test on certificate categories. */
export const QcRequest = z
  .object({
    version: Version,
    passed: z.boolean({ message: '请选择合格或返工' }),
    roadTested: z.boolean().default(false),
    notes: z.string().trim().max(1000).default(''),
    /** The order's checklist answered (GET /work-orders/{id}/qc-checklist); every item once. */
    checklist: z.array(QcItemResult).max(200).optional(),
    /** 出厂里程 (km): the odometer after the road test; not below the mileage at reception. */
    mileageOut: z.int({ message: '里程须为整数' }).min(0, { message: '里程不能为负' }).max(9_999_999, { message: '里程过大' }).optional(),
  })
  .openapi('QcRequest');
export const QcInspection = z
  .object({
    id: z.string(),
    workOrderId: z.string(),
    inspectorName: z.string(),
    isPassed: z.boolean(),
    isRoadTested: z.boolean(),
    notes: z.string(),
    certificateNo: z.string().nullable(),
    checklist: z.array(z.object({ item: z.string(), passed: z.boolean(), note: z.string() })),
    mileageOut: z.number().nullable(),
    at: z.string(),
  })
  .openapi('QcInspection');

/** The inspection and the work order after it (ready, or back in repair). */
export const QcResult = z.object({ inspection: QcInspection, workOrder: WorkOrder }).openapi('QcResult');
export type QcResult = z.infer<typeof QcResult>;

export const KpiQuery = z.object({ from: IsoDate, to: IsoDate, servicePointId: z.uuid().optional() });
export const Kpis = z
  .object({
    from: z.string(),
    to: z.string(),
    /** 生产率: clocked minutes on jobs ÷ attendance minutes. */
    productivity: z.number().nullable(),
    /** 效率: standard minutes of finished jobs ÷ minutes clocked on them. */
    efficiency: z.number().nullable(),
    /** 一次修复率: work orders whose first QC passed ÷ work orders QC'd. */
    firstTimeFixRate: z.number().nullable(),
    attendanceMinutes: z.number(),
    clockedMinutes: z.number(),
    finishedStandardMinutes: z.number(),
    finishedClockedMinutes: z.number(),
    inspectedOrders: z.number(),
    firstPassOrders: z.number(),
    /** Pauses that ended a clock entry in the period, per reason. */
    pauses: z.array(z.object({ reason: z.enum(PAUSE_REASONS), count: z.number() })),
  })
  .openapi('WorkshopKpis');
export type Kpis = z.infer<typeof Kpis>;
