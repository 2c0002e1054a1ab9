/** Workshop (车间): jobs on the board, clocks, attendance, quality inspection. */
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { servicePoints } from './network.js';
import { workOrders, workOrderLines } from './work-orders.js';

/** One job per labor line: who does it, when, and its state on the board (维修管理看板). */
export const workshopJobs = pgTable(
  'workshop_jobs',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    workOrderLineId: uuid('work_order_line_id')
      .notNull()
      .references(() => workOrderLines.id),
    trade: text('trade').notNull(),
    standardMinutes: integer('standard_minutes').notNull(),
    status: text('status').notNull().default('pending'),
    technicianEmployeeId: uuid('technician_employee_id'),
    teamId: uuid('team_id'),
    plannedStartAt: ts('planned_start_at'),
    plannedEndAt: ts('planned_end_at'),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    /** The last pause's reason and note, shown on the board while the job is paused. */
    pauseReason: text('pause_reason'),
    pauseNote: text('pause_note'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('workshop_jobs_line_uq').on(t.workOrderLineId),
    // finished_at last: the board finds a day's finished jobs by range instead of every finished job of the history.
    index('workshop_jobs_point_status_idx').on(t.servicePointId, t.status, t.finishedAt),
    index('workshop_jobs_technician_idx').on(t.technicianEmployeeId, t.status),
  ],
);

/** Clock on/off per job (pauses are gaps between entries). */
export const jobClocks = pgTable(
  'job_clocks',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => workshopJobs.id),
    employeeId: uuid('employee_id').notNull(),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at'),
    /** Why the technician paused (domain/dispatch/pause.ts), set when a pause closes this entry. */
    pauseReason: text('pause_reason'),
    pauseNote: text('pause_note'),
  },
  (t) => [
    index('job_clocks_job_idx').on(t.jobId),
    index('job_clocks_employee_idx').on(t.employeeId, t.startedAt),
    // A period's clocks (board, KPIs): those still running (ended_at null) or ended after the period's start.
    index('job_clocks_point_ended_idx').on(t.servicePointId, t.endedAt),
  ],
);

/** Technician attendance (出勤) for productivity: hours on jobs ÷ hours present. */
export const attendance = pgTable(
  'attendance',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    inAt: ts('in_at').notNull(),
    outAt: ts('out_at'),
  },
  (t) => [index('attendance_employee_date_idx').on(t.employeeId, t.localDate), index('attendance_point_date_idx').on(t.servicePointId, t.localDate)],
);

/** Quality inspection (质检) of a work order; a pass on 二级维护/总成/整车修理 gets a numbered 竣工出厂合格证. */
export const qcInspections = pgTable(
  'qc_inspections',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    inspectorEmployeeId: uuid('inspector_employee_id'),
    inspectorName: text('inspector_name').notNull(),
    isPassed: boolean('is_passed').notNull(),
    isRoadTested: boolean('is_road_tested').notNull().default(false),
    notes: text('notes').notNull().default(''),
    certificateNo: text('certificate_no'),
    /** The checklist answered (质检项目): item, pass/fail, note. */
    checklist: jsonb('checklist').$type<{ item: string; passed: boolean; note: string }[]>().notNull().default([]),
    /** 出厂里程: the odometer at QC (after the road test); null = as received. */
    mileageOut: integer('mileage_out'),
    at: ts('at').notNull(),
  },
  (t) => [index('qc_inspections_wo_idx').on(t.workOrderId)],
);
