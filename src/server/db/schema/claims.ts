/**
 * Warranty claims to the manufacturer (三包索赔): the manufacturer's settings and claim catalog (kept at its HQ
 * point), pre-authorisations, claims and their lines (each claimed part also its old part 旧件 with tag, box,
 * batch and return status), return batches, monthly statements, component suppliers and supplier recovery claims.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';
import { vehicles } from './customers.js';
import { workOrders } from './work-orders.js';

const point = () =>
  uuid('service_point_id')
    .notNull()
    .references(() => servicePoints.id);

/** The manufacturer's claim settings (domain/claims ClaimSettings), one row per manufacturer point. */
export const claimSettings = pgTable(
  'claim_settings',
  {
    id: id(),
    servicePointId: point(),
    laborRateFen: integer('labor_rate_fen').notNull(),
    partsMarkupBp: integer('parts_markup_bp').notNull(),
    otherCostCapFen: integer('other_cost_cap_fen').notNull(),
    submitWithinDays: integer('submit_within_days').notNull(),
    duplicateWithinDays: integer('duplicate_within_days').notNull(),
    preauthAboveFen: integer('preauth_above_fen').notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('claim_settings_point_uq').on(t.servicePointId),
    check('claim_settings_nonneg', sql`${t.laborRateFen} >= 0 and ${t.partsMarkupBp} >= 0 and ${t.otherCostCapFen} >= 0 and ${t.submitWithinDays} >= 0`),
  ],
);

/** 故障代码: the manufacturer's fault codes, with the models they apply to (empty = every model). */
export const claimFaultCodes = pgTable(
  'claim_fault_codes',
  {
    id: id(),
    servicePointId: point(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    models: jsonb('models').$type<string[]>().notNull().default([]),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [uniqueIndex('claim_fault_codes_point_code_uq').on(t.servicePointId, t.code)],
);

/** 索赔工时代码: labor operations the manufacturer pays, mapped to fault codes, with model applicability. */
export const claimLaborCodes = pgTable(
  'claim_labor_codes',
  {
    id: id(),
    servicePointId: point(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    /** Standard hours ×1000. */
    hoursMilli: integer('hours_milli').notNull(),
    faultCodes: jsonb('fault_codes').$type<string[]>().notNull().default([]),
    models: jsonb('models').$type<string[]>().notNull().default([]),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [uniqueIndex('claim_labor_codes_point_code_uq').on(t.servicePointId, t.code), check('claim_labor_codes_hours_pos', sql`${t.hoursMilli} > 0`)],
);

/** 配套厂家: the manufacturer's component suppliers (not the station's purchasing vendors). */
export const componentSuppliers = pgTable(
  'component_suppliers',
  {
    id: id(),
    servicePointId: point(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    contact: text('contact').notNull().default(''),
    ...audited(),
  },
  (t) => [uniqueIndex('component_suppliers_point_code_uq').on(t.servicePointId, t.code)],
);

/** The manufacturer's claimable parts: model applicability, whether the old part must come back, its supplier. */
export const claimParts = pgTable(
  'claim_parts',
  {
    id: id(),
    servicePointId: point(),
    partNo: text('part_no').notNull(),
    name: text('name').notNull(),
    models: jsonb('models').$type<string[]>().notNull().default([]),
    needsReturn: boolean('needs_return').notNull().default(true),
    supplierId: uuid('supplier_id').references(() => componentSuppliers.id),
    ...audited(),
  },
  (t) => [uniqueIndex('claim_parts_point_no_uq').on(t.servicePointId, t.partNo)],
);

/** 预授权: the station asks the manufacturer before an expensive warranty repair. */
export const claimPreauths = pgTable(
  'claim_preauths',
  {
    id: id(),
    servicePointId: point(),
    number: text('number').notNull(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    estimatedFen: integer('estimated_fen').notNull(),
    reason: text('reason').notNull(),
    /** 'pending' | 'approved' | 'rejected'. */
    status: text('status').notNull().default('pending'),
    requestedBy: uuid('requested_by'),
    requestedByName: text('requested_by_name').notNull(),
    decidedByName: text('decided_by_name'),
    decidedAt: ts('decided_at'),
    decisionReason: text('decision_reason').notNull().default(''),
    ...audited(),
  },
  (t) => [
    uniqueIndex('claim_preauths_point_number_uq').on(t.servicePointId, t.number),
    index('claim_preauths_order_idx').on(t.workOrderId),
    check('claim_preauths_amount_pos', sql`${t.estimatedFen} > 0`),
  ],
);

/** A monthly claim settlement statement (索赔结算单) of one station. */
export const claimStatements = pgTable(
  'claim_statements',
  {
    id: id(),
    servicePointId: point(),
    number: text('number').notNull(),
    month: text('month').notNull(),
    claimCount: integer('claim_count').notNull(),
    claimsFen: integer('claims_fen').notNull(),
    deductionFen: integer('deduction_fen').notNull(),
    payableFen: integer('payable_fen').notNull(),
    createdByName: text('created_by_name').notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('claim_statements_point_month_uq').on(t.servicePointId, t.month),
    uniqueIndex('claim_statements_point_number_uq').on(t.servicePointId, t.number),
  ],
);

/** 索赔单. */
export const warrantyClaims = pgTable(
  'warranty_claims',
  {
    id: id(),
    servicePointId: point(),
    number: text('number').notNull(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    vin: text('vin').notNull(),
    model: text('model').notNull(),
    /** domain/claims ClaimStatus. */
    status: text('status').notNull().default('draft'),
    faultCode: text('fault_code').notNull().default(''),
    faultDescription: text('fault_description').notNull().default(''),
    causePartNo: text('cause_part_no').notNull().default(''),
    mileageKm: integer('mileage_km').notNull(),
    /** The order's completion (the submission deadline counts from it). */
    completedAt: ts('completed_at').notNull(),
    otherCostFen: integer('other_cost_fen').notNull().default(0),
    otherCostNote: text('other_cost_note').notNull().default(''),
    laborFen: integer('labor_fen').notNull().default(0),
    partsFen: integer('parts_fen').notNull().default(0),
    otherFen: integer('other_fen').notNull().default(0),
    amountFen: integer('amount_fen').notNull().default(0),
    approvedFen: integer('approved_fen'),
    preauthId: uuid('preauth_id').references(() => claimPreauths.id),
    /** The last pre-check run: findings (empty = passed) and when. */
    preChecks: jsonb('pre_checks').$type<{ rule: string; severity: string; path: string; messageZh: string }[]>(),
    preCheckedAt: ts('pre_checked_at'),
    createdBy: uuid('created_by'),
    submittedAt: ts('submitted_at'),
    /** Who submitted (a reviewer never approves their own submission). */
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name'),
    submitCount: integer('submit_count').notNull().default(0),
    reviewerName: text('reviewer_name'),
    decidedAt: ts('decided_at'),
    decisionReason: text('decision_reason').notNull().default(''),
    statementId: uuid('statement_id').references(() => claimStatements.id),
    ...audited(),
  },
  (t) => [
    uniqueIndex('warranty_claims_point_number_uq').on(t.servicePointId, t.number),
    // One claim per work order: it is prepared from the order and corrected in place.
    uniqueIndex('warranty_claims_order_uq').on(t.workOrderId),
    index('warranty_claims_point_status_idx').on(t.servicePointId, t.status),
    index('warranty_claims_vin_part_idx').on(t.vin, t.causePartNo),
    check('warranty_claims_amounts_nonneg', sql`${t.amountFen} >= 0 and ${t.otherCostFen} >= 0 and ${t.mileageKm} >= 0`),
  ],
);

/** A monthly return batch of old parts (旧件回运单). */
export const oldPartBatches = pgTable(
  'old_part_batches',
  {
    id: id(),
    servicePointId: point(),
    number: text('number').notNull(),
    month: text('month').notNull(),
    /** 'regular' 常规 | 'urgent' 紧急. */
    kind: text('kind').notNull().default('regular'),
    /** 'shipped' | 'received'. */
    status: text('status').notNull().default('shipped'),
    shippedByName: text('shipped_by_name').notNull(),
    shippedAt: ts('shipped_at').notNull(),
    receivedByName: text('received_by_name'),
    receivedAt: ts('received_at'),
    ...audited(),
  },
  (t) => [uniqueIndex('old_part_batches_point_number_uq').on(t.servicePointId, t.number)],
);

/** A numbered box of old parts (dealer, handler, month, count, weight). */
export const oldPartBoxes = pgTable(
  'old_part_boxes',
  {
    id: id(),
    servicePointId: point(),
    number: text('number').notNull(),
    month: text('month').notNull(),
    handlerName: text('handler_name').notNull(),
    weightGrams: integer('weight_grams').notNull().default(0),
    batchId: uuid('batch_id').references(() => oldPartBatches.id),
    ...audited(),
  },
  (t) => [uniqueIndex('old_part_boxes_point_number_uq').on(t.servicePointId, t.number), check('old_part_boxes_weight_nonneg', sql`${t.weightGrams} >= 0`)],
);

/** 二次索赔: a recovery claim of the manufacturer against a component supplier. */
export const supplierClaims = pgTable(
  'supplier_claims',
  {
    id: id(),
    servicePointId: point(),
    number: text('number').notNull(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => componentSuppliers.id),
    /** domain/claims SupplierClaimStatus. */
    status: text('status').notNull().default('open'),
    claimedFen: integer('claimed_fen').notNull(),
    recoveredFen: integer('recovered_fen').notNull().default(0),
    note: text('note').notNull().default(''),
    sentAt: ts('sent_at'),
    decidedAt: ts('decided_at'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('supplier_claims_point_number_uq').on(t.servicePointId, t.number),
    check('supplier_claims_amounts', sql`${t.claimedFen} >= 0 and ${t.recoveredFen} >= 0 and ${t.recoveredFen} <= ${t.claimedFen}`),
  ],
);

/** A line of a claim: labor (code, hours) or a part (part no, quantity, price) — a part is also an old part. */
export const warrantyClaimLines = pgTable(
  'warranty_claim_lines',
  {
    id: id(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => warrantyClaims.id),
    servicePointId: point(),
    lineNo: integer('line_no').notNull(),
    /** 'labor' | 'parts'. */
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    hoursMilli: integer('hours_milli'),
    qtyMilli: integer('qty_milli'),
    unitPriceFen: integer('unit_price_fen'),
    amountFen: integer('amount_fen').notNull().default(0),
    /** Old part (parts lines): 需回运, the tag, the box and batch, domain/claims ReturnStatus. */
    needsReturn: boolean('needs_return').notNull().default(false),
    tagNo: text('tag_no'),
    returnStatus: text('return_status').notNull().default('not_required'),
    deferralReason: text('deferral_reason').notNull().default(''),
    boxId: uuid('box_id').references(() => oldPartBoxes.id),
    batchId: uuid('batch_id').references(() => oldPartBatches.id),
    inspectionNote: text('inspection_note').notNull().default(''),
    /** The statement that deducted this part as missing. */
    deductedStatementId: uuid('deducted_statement_id').references(() => claimStatements.id),
    supplierId: uuid('supplier_id').references(() => componentSuppliers.id),
    supplierClaimId: uuid('supplier_claim_id').references(() => supplierClaims.id),
  },
  (t) => [
    index('warranty_claim_lines_claim_idx').on(t.claimId),
    index('warranty_claim_lines_point_return_idx').on(t.servicePointId, t.returnStatus),
    // Claim numbers count per station, so a tag is unique within its station.
    uniqueIndex('warranty_claim_lines_point_tag_uq').on(t.servicePointId, t.tagNo),
    check('warranty_claim_lines_qty_pos', sql`${t.qtyMilli} is null or ${t.qtyMilli} > 0`),
    check('warranty_claim_lines_hours_pos', sql`${t.hoursMilli} is null or ${t.hoursMilli} > 0`),
    check('warranty_claim_lines_amount_nonneg', sql`${t.amountFen} >= 0 and (${t.unitPriceFen} is null or ${t.unitPriceFen} >= 0)`),
  ],
);
