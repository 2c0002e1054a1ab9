/**
 * Rollups (日汇总): one row per point and local date, and one per person (advisor / technician) and date, computed
 * from the source tables by features/rollups (an exactly-once job per point and day, and `aftersales rollups rebuild`,
 * which produce identical rows). The KPI pack reads only these tables. Counters that other features own (warranty
 * claims, field visits) go in `extra` through a registered contributor, so this table needs no column per feature.
 */
import { bigint, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.js';

const n = (name: string) => integer(name).notNull().default(0);
const fen = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

/** The counters of a point's rollup row: the daily row and the monthly row (their sum) carry the same ones. */
const pointCounters = () => ({
  /** 进厂台次 (orders received, not cancelled) and 出厂台次 (settled, incl. 挂账). */
  carsIn: n('cars_in'),
  carsSettled: n('cars_settled'),
  /** 产值 of the orders settled that day, every payer: labor, parts (billed = issued − returned), other (towing). */
  revenueLaborFen: fen('revenue_labor_fen'),
  revenuePartsFen: fen('revenue_parts_fen'),
  revenueOtherFen: fen('revenue_other_fen'),
  /** 实收: the customer's payable of the settlements of that day. */
  settledPayableFen: fen('settled_payable_fen'),
  /** Standard minutes of the jobs finished that day (sold), clocked minutes of closed clocks started that day, attendance. */
  soldMinutes: n('sold_minutes'),
  clockedMinutes: n('clocked_minutes'),
  attendedMinutes: n('attended_minutes'),
  /** Orders received that day that are comebacks (返修). */
  comebacks: n('comebacks'),
  /** First QC inspections that day and those passed first time (一次修复). */
  qcFirst: n('qc_first'),
  qcFirstPassed: n('qc_first_passed'),
  complaintsOpened: n('complaints_opened'),
  complaintsResolved: n('complaints_resolved'),
  complaintsResolvedInTime: n('complaints_resolved_in_time'),
  /** Follow-up calls closed that day (done or unreachable), reached, and the scores given (CSI). */
  followUpsClosed: n('follow_ups_closed'),
  followUpsDone: n('follow_ups_done'),
  followUpsScored: n('follow_ups_scored'),
  followUpScoreSum: n('follow_up_score_sum'),
  /** Appointments for that day (not cancelled), arrived, and orders received from a booking. */
  appointmentsBooked: n('appointments_booked'),
  appointmentsArrived: n('appointments_arrived'),
  carsInBooked: n('cars_in_booked'),
  /** Deliveries that day: with a promised time, on time, and the same local day as received. */
  delivered: n('delivered'),
  deliveredPromised: n('delivered_promised'),
  deliveredOnTime: n('delivered_on_time'),
  deliveredSameDay: n('delivered_same_day'),
  /** Parts lines of the orders settled that day that were picked, and those served from stock at the first pick. */
  partsLinesPicked: n('parts_lines_picked'),
  partsLinesFilled: n('parts_lines_filled'),
  /** Contributors' counters (claims, field visits …) by name. */
  extra: jsonb('extra').$type<Record<string, number>>().notNull().default({}),
});

export const pointDailyRollups = pgTable(
  'point_daily_rollups',
  {
    servicePointId: uuid('service_point_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    ...pointCounters(),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.day] }), index('point_daily_rollups_day_idx').on(t.day)],
);

/**
 * Per point and calendar month (`month` = its first day; issue 14 point 3, ADR 024): the SUM of the month's daily rows,
 * `extra` summed key by key; upserted in the same transaction as each day's recompute and rebuilt with the daily rows.
 * The KPI pack reads whole months here and only the partial-month edge days from the daily rows.
 */
export const pointMonthlyRollups = pgTable(
  'point_monthly_rollups',
  {
    servicePointId: uuid('service_point_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    ...pointCounters(),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.month] })],
);

/** Per person and day: the advisor's orders and revenue, the technician's hours. */
export const personDailyRollups = pgTable(
  'person_daily_rollups',
  {
    servicePointId: uuid('service_point_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    employeeId: uuid('employee_id').notNull(),
    /** 'advisor' | 'technician' */
    role: text('role').notNull(),
    carsIn: n('cars_in'),
    carsSettled: n('cars_settled'),
    revenueLaborFen: fen('revenue_labor_fen'),
    revenuePartsFen: fen('revenue_parts_fen'),
    comebacks: n('comebacks'),
    soldMinutes: n('sold_minutes'),
    clockedMinutes: n('clocked_minutes'),
    attendedMinutes: n('attended_minutes'),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.day, t.employeeId, t.role] })],
);

/** Days whose rollup must be recomputed (marked in the event's transaction; the rollups tick drains them). */
export const rollupDirty = pgTable(
  'rollup_dirty',
  {
    servicePointId: uuid('service_point_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    gen: integer('gen').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.day] })],
);

/** KPI targets per point (one value per KPI key, in the KPI's unit: a ratio 0–1, fen, count); never below zero. */
export const kpiTargets = pgTable(
  'kpi_targets',
  {
    servicePointId: uuid('service_point_id').notNull(),
    kpi: text('kpi').notNull(),
    value: doublePrecision('value').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.kpi] })],
);
