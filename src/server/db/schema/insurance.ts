/** 事故车/保险定损: insurers and their assessors, cases, 定损单 versions with lines, the insurer's payments; loaner cars. */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';
import { customers, vehicles } from './customers.js';
import { workOrders } from './work-orders.js';

const pointRef = () =>
  uuid('service_point_id')
    .notNull()
    .references(() => servicePoints.id);

/** Insurers the station works with (master data per point). */
export const insurers = pgTable(
  'insurers',
  {
    id: id(),
    servicePointId: pointRef(),
    name: text('name').notNull(),
    contactPhone: text('contact_phone').notNull().default(''),
    /** Days the insurer usually takes to pay, for the manager's view. */
    paymentTermDays: integer('payment_term_days').notNull().default(30),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [uniqueIndex('insurers_point_name_uq').on(t.servicePointId, t.name)],
);

/** The insurer's assessors (定损员) who come to the store. */
export const insuranceAssessors = pgTable(
  'insurance_assessors',
  {
    id: id(),
    insurerId: uuid('insurer_id')
      .notNull()
      .references(() => insurers.id),
    servicePointId: pointRef(),
    name: text('name').notNull(),
    phone: text('phone').notNull().default(''),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [index('insurance_assessors_insurer_idx').on(t.insurerId)],
);

export const insuranceCases = pgTable(
  'insurance_cases',
  {
    id: id(),
    servicePointId: pointRef(),
    number: text('number').notNull(),
    insurerId: uuid('insurer_id')
      .notNull()
      .references(() => insurers.id),
    assessorId: uuid('assessor_id').references(() => insuranceAssessors.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    workOrderId: uuid('work_order_id').references(() => workOrders.id),
    /** domain/insurance InsuranceCaseStatus. */
    status: text('status').notNull(),
    policyNo: text('policy_no').notNull(),
    reportNo: text('report_no').notNull(),
    accidentAt: ts('accident_at').notNull(),
    accidentPlace: text('accident_place').notNull(),
    /** 'single' (单方) | 'two' (双方) | 'multi' (多方). */
    partyKind: text('party_kind').notNull(),
    description: text('description').notNull().default(''),
    /** The case also covers the third party's car (repaired here too). */
    coversThirdParty: boolean('covers_third_party').notNull().default(false),
    thirdPartyPlate: text('third_party_plate'),
    thirdPartyOwner: text('third_party_owner'),
    /** 直赔: the insurer pays the store; otherwise the owner pays and claims. */
    directPay: boolean('direct_pay').notNull().default(true),
    deductibleFen: integer('deductible_fen').notNull().default(0),
    /** The documents checked off (domain/insurance CaseDocument). */
    documents: jsonb('documents').$type<string[]>().notNull().default([]),
    /** The insurer's share, set when the documents are handed in (direct pay); what it has paid so far. */
    receivableFen: integer('receivable_fen'),
    customerShareFen: integer('customer_share_fen'),
    invoicedOn: date('invoiced_on', { mode: 'string' }),
    paidFen: integer('paid_fen').notNull().default(0),
    /** What the store gave up of the receivable (核损差额), within authority or approved. */
    writtenOffFen: integer('written_off_fen').notNull().default(0),
    /** A write-off above the requester's authority, waiting in 待我审批. */
    writeOffRequestFen: integer('write_off_request_fen'),
    writeOffReason: text('write_off_reason'),
    writeOffRequestedBy: uuid('write_off_requested_by'),
    writeOffRequestedByName: text('write_off_requested_by_name'),
    writeOffRequestedAt: ts('write_off_requested_at'),
    registeredByName: text('registered_by_name').notNull(),
    closedAt: ts('closed_at'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('insurance_cases_point_number_uq').on(t.servicePointId, t.number),
    index('insurance_cases_point_status_idx').on(t.servicePointId, t.status),
    index('insurance_cases_work_order_idx').on(t.workOrderId),
    check('insurance_cases_deductible_ck', sql`${t.deductibleFen} >= 0`),
    check(
      'insurance_cases_paid_ck',
      sql`${t.paidFen} >= 0 AND ${t.writtenOffFen} >= 0 AND (${t.receivableFen} IS NULL OR ${t.paidFen} + ${t.writtenOffFen} <= ${t.receivableFen})`,
    ),
  ],
);

/** A 定损单 version: the first assessment or a 追加定损, of the own car or the third party's. */
export const insuranceAssessments = pgTable(
  'insurance_assessments',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => insuranceCases.id),
    servicePointId: pointRef(),
    seq: integer('seq').notNull(),
    /** 'initial' | 'supplement'. */
    kind: text('kind').notNull(),
    /** 'own' | 'third_party'. */
    lossObject: text('loss_object').notNull().default('own'),
    assessorName: text('assessor_name').notNull(),
    salvageFen: integer('salvage_fen').notNull().default(0),
    note: text('note').notNull().default(''),
    /** 'submitted' (a 追加定损 waiting for the insurer) | 'decided'. */
    status: text('status').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    decidedAt: ts('decided_at'),
  },
  (t) => [uniqueIndex('insurance_assessments_case_seq_uq').on(t.caseId, t.seq), check('insurance_assessments_salvage_ck', sql`${t.salvageFen} >= 0`)],
);

export const insuranceAssessmentLines = pgTable(
  'insurance_assessment_lines',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => insuranceAssessments.id, { onDelete: 'cascade' }),
    servicePointId: uuid('service_point_id').notNull(),
    kind: text('kind').notNull(),
    laborOperationId: uuid('labor_operation_id'),
    partId: uuid('part_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    trade: text('trade'),
    qtyMilli: integer('qty_milli').notNull(),
    unitPriceFen: integer('unit_price_fen').notNull(),
    /** null until the insurer answers a 追加定损 line; the first 定损单's lines are agreed. */
    approved: boolean('approved'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('insurance_assessment_lines_assessment_idx').on(t.assessmentId),
    check('insurance_assessment_lines_qty_ck', sql`${t.qtyMilli} > 0`),
    check('insurance_assessment_lines_price_ck', sql`${t.unitPriceFen} >= 0`),
  ],
);

/** The insurer's payments against a case's receivable (never more than outstanding: the case's CHECK). */
export const insurancePayments = pgTable(
  'insurance_payments',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => insuranceCases.id),
    insurerId: uuid('insurer_id')
      .notNull()
      .references(() => insurers.id),
    servicePointId: pointRef(),
    amountFen: integer('amount_fen').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    reference: text('reference').notNull().default(''),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('insurance_payments_case_idx').on(t.caseId), check('insurance_payments_amount_ck', sql`${t.amountFen} > 0`)],
);

/** 代步车: the station's loaner fleet. */
export const loanerCars = pgTable(
  'loaner_cars',
  {
    id: id(),
    servicePointId: pointRef(),
    plate: text('plate').notNull(),
    model: text('model').notNull(),
    /** domain/loaners LoanerState. */
    state: text('state').notNull().default('available'),
    dailyRateFen: integer('daily_rate_fen').notNull(),
    mileageKm: integer('mileage_km').notNull().default(0),
    note: text('note').notNull().default(''),
    ...audited(),
  },
  (t) => [uniqueIndex('loaner_cars_point_plate_uq').on(t.servicePointId, t.plate), check('loaner_cars_rate_ck', sql`${t.dailyRateFen} >= 0`)],
);

/** A booking of a loaner for [startAt, endAt), then its handover and return. */
export const loanerBookings = pgTable(
  'loaner_bookings',
  {
    id: id(),
    servicePointId: pointRef(),
    loanerId: uuid('loaner_id')
      .notNull()
      .references(() => loanerCars.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    workOrderId: uuid('work_order_id').references(() => workOrders.id),
    insuranceCaseId: uuid('insurance_case_id').references(() => insuranceCases.id),
    startAt: ts('start_at').notNull(),
    endAt: ts('end_at').notNull(),
    /** domain/loaners BookingStatus. */
    status: text('status').notNull(),
    /** domain/loaners LoanerChargeTo. */
    chargeTo: text('charge_to').notNull(),
    reason: text('reason').notNull().default(''),
    handedOutAt: ts('handed_out_at'),
    mileageOut: integer('mileage_out'),
    fuelOutPct: integer('fuel_out_pct'),
    damageOut: text('damage_out'),
    returnedAt: ts('returned_at'),
    mileageIn: integer('mileage_in'),
    fuelInPct: integer('fuel_in_pct'),
    damageIn: text('damage_in'),
    days: integer('days'),
    costFen: integer('cost_fen'),
    bookedByName: text('booked_by_name').notNull(),
    ...audited(),
  },
  (t) => [
    index('loaner_bookings_loaner_idx').on(t.loanerId, t.startAt),
    index('loaner_bookings_work_order_idx').on(t.workOrderId),
    check('loaner_bookings_period_ck', sql`${t.endAt} > ${t.startAt}`),
  ],
);
