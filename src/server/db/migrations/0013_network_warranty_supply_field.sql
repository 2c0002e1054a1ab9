CREATE TABLE "claim_fault_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_labor_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"hours_milli" integer NOT NULL,
	"fault_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_labor_codes_hours_pos" CHECK ("claim_labor_codes"."hours_milli" > 0)
);
--> statement-breakpoint
CREATE TABLE "claim_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"part_no" text NOT NULL,
	"name" text NOT NULL,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"needs_return" boolean DEFAULT true NOT NULL,
	"supplier_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_preauths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"work_order_id" uuid NOT NULL,
	"estimated_fen" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid,
	"requested_by_name" text NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_preauths_amount_pos" CHECK ("claim_preauths"."estimated_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "claim_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"labor_rate_fen" integer NOT NULL,
	"parts_markup_bp" integer NOT NULL,
	"other_cost_cap_fen" integer NOT NULL,
	"submit_within_days" integer NOT NULL,
	"duplicate_within_days" integer NOT NULL,
	"preauth_above_fen" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_settings_nonneg" CHECK ("claim_settings"."labor_rate_fen" >= 0 and "claim_settings"."parts_markup_bp" >= 0 and "claim_settings"."other_cost_cap_fen" >= 0 and "claim_settings"."submit_within_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "claim_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"month" text NOT NULL,
	"claim_count" integer NOT NULL,
	"claims_fen" integer NOT NULL,
	"deduction_fen" integer NOT NULL,
	"payable_fen" integer NOT NULL,
	"created_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "component_suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "old_part_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"month" text NOT NULL,
	"kind" text DEFAULT 'regular' NOT NULL,
	"status" text DEFAULT 'shipped' NOT NULL,
	"shipped_by_name" text NOT NULL,
	"shipped_at" timestamp with time zone NOT NULL,
	"received_by_name" text,
	"received_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "old_part_boxes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"month" text NOT NULL,
	"handler_name" text NOT NULL,
	"weight_grams" integer DEFAULT 0 NOT NULL,
	"batch_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "old_part_boxes_weight_nonneg" CHECK ("old_part_boxes"."weight_grams" >= 0)
);
--> statement-breakpoint
CREATE TABLE "supplier_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"claimed_fen" integer NOT NULL,
	"recovered_fen" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_claims_amounts" CHECK ("supplier_claims"."claimed_fen" >= 0 and "supplier_claims"."recovered_fen" >= 0 and "supplier_claims"."recovered_fen" <= "supplier_claims"."claimed_fen")
);
--> statement-breakpoint
CREATE TABLE "warranty_claim_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"hours_milli" integer,
	"qty_milli" integer,
	"unit_price_fen" integer,
	"amount_fen" integer DEFAULT 0 NOT NULL,
	"needs_return" boolean DEFAULT false NOT NULL,
	"tag_no" text,
	"return_status" text DEFAULT 'not_required' NOT NULL,
	"deferral_reason" text DEFAULT '' NOT NULL,
	"box_id" uuid,
	"batch_id" uuid,
	"inspection_note" text DEFAULT '' NOT NULL,
	"deducted_statement_id" uuid,
	"supplier_id" uuid,
	"supplier_claim_id" uuid,
	CONSTRAINT "warranty_claim_lines_qty_pos" CHECK ("warranty_claim_lines"."qty_milli" is null or "warranty_claim_lines"."qty_milli" > 0),
	CONSTRAINT "warranty_claim_lines_hours_pos" CHECK ("warranty_claim_lines"."hours_milli" is null or "warranty_claim_lines"."hours_milli" > 0),
	CONSTRAINT "warranty_claim_lines_amount_nonneg" CHECK ("warranty_claim_lines"."amount_fen" >= 0 and ("warranty_claim_lines"."unit_price_fen" is null or "warranty_claim_lines"."unit_price_fen" >= 0))
);
--> statement-breakpoint
CREATE TABLE "warranty_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"work_order_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"vin" text NOT NULL,
	"model" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"fault_code" text DEFAULT '' NOT NULL,
	"fault_description" text DEFAULT '' NOT NULL,
	"cause_part_no" text DEFAULT '' NOT NULL,
	"mileage_km" integer NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"other_cost_fen" integer DEFAULT 0 NOT NULL,
	"other_cost_note" text DEFAULT '' NOT NULL,
	"labor_fen" integer DEFAULT 0 NOT NULL,
	"parts_fen" integer DEFAULT 0 NOT NULL,
	"other_fen" integer DEFAULT 0 NOT NULL,
	"amount_fen" integer DEFAULT 0 NOT NULL,
	"approved_fen" integer,
	"preauth_id" uuid,
	"pre_checks" jsonb,
	"pre_checked_at" timestamp with time zone,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"submit_count" integer DEFAULT 0 NOT NULL,
	"reviewer_name" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"statement_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warranty_claims_amounts_nonneg" CHECK ("warranty_claims"."amount_fen" >= 0 and "warranty_claims"."other_cost_fen" >= 0 and "warranty_claims"."mileage_km" >= 0)
);
--> statement-breakpoint
CREATE TABLE "field_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"engineer_id" uuid NOT NULL,
	"skill" text NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_engineers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"employee_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"phone" text,
	"home_lat" double precision NOT NULL,
	"home_lng" double precision NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"shift_start" text DEFAULT '08:30' NOT NULL,
	"shift_end" text DEFAULT '17:30' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_engineers_home_ck" CHECK ("field_engineers"."home_lat" between -90 and 90 and "field_engineers"."home_lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "field_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"model" text NOT NULL,
	"name" text NOT NULL,
	"required_skill" text NOT NULL,
	"warranty_months" integer NOT NULL,
	"maintenance_interval_months" integer DEFAULT 2 NOT NULL,
	"response_minutes" integer,
	"response_clock" text,
	"service_minutes" integer DEFAULT 90 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_products_warranty_ck" CHECK ("field_products"."warranty_months" >= 0 and "field_products"."maintenance_interval_months" >= 0)
);
--> statement-breakpoint
CREATE TABLE "field_region_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"response_minutes" integer NOT NULL,
	"response_clock" text DEFAULT '24x7' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"received_at_point_id" uuid NOT NULL,
	"routed_by" text DEFAULT 'fallback' NOT NULL,
	"number" text NOT NULL,
	"channel" text NOT NULL,
	"unit_id" uuid,
	"customer_name" text NOT NULL,
	"customer_phone" text,
	"fault" text NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_by_name" text NOT NULL,
	"contacted_at" timestamp with time zone,
	"diagnosis_outcome" text,
	"diagnosis_note" text,
	"diagnosed_by_name" text,
	"closed_at" timestamp with time zone,
	"rating" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_requests_rating_ck" CHECK ("field_requests"."rating" is null or "field_requests"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "field_training_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"skill" text NOT NULL,
	"title" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"trainer" text NOT NULL,
	"hours" integer NOT NULL,
	"place" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"audience" text DEFAULT 'engineer' NOT NULL,
	"customer_name" text,
	"pass_score" integer DEFAULT 60 NOT NULL,
	"certificate_months" integer DEFAULT 24 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_training_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"engineer_id" uuid,
	"trainee_name" text NOT NULL,
	"attended" boolean NOT NULL,
	"score" integer,
	"passed" boolean NOT NULL,
	"certificate_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_training_results_score_ck" CHECK ("field_training_results"."score" is null or "field_training_results"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "field_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"serial" text NOT NULL,
	"customer_name" text NOT NULL,
	"customer_phone" text,
	"site_name" text DEFAULT '' NOT NULL,
	"site_address" text NOT NULL,
	"region_code" text,
	"lat" double precision,
	"lng" double precision,
	"sold_on" date,
	"installed_on" date,
	"warranty_start" date,
	"warranty_end" date,
	"contract_no" text,
	"contract_response_minutes" integer,
	"contract_response_clock" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_units_coords_ck" CHECK (("field_units"."lat" is null and "field_units"."lng" is null) or ("field_units"."lat" between -90 and 90 and "field_units"."lng" between -180 and 180))
);
--> statement-breakpoint
CREATE TABLE "field_van_stock" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"engineer_id" uuid NOT NULL,
	"part_code" text NOT NULL,
	"part_name" text NOT NULL,
	"qty" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_van_stock_qty_ck" CHECK ("field_van_stock"."qty" >= 0)
);
--> statement-breakpoint
CREATE TABLE "field_visit_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"part_code" text NOT NULL,
	"part_name" text NOT NULL,
	"qty" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_visit_parts_qty_ck" CHECK ("field_visit_parts"."qty" > 0)
);
--> statement-breakpoint
CREATE TABLE "field_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"request_id" uuid,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"required_skill" text NOT NULL,
	"service_minutes" integer DEFAULT 90 NOT NULL,
	"deadline_at" timestamp with time zone,
	"deadline_source" text,
	"deadline_clock" text,
	"planned_date" date NOT NULL,
	"engineer_id" uuid,
	"route_order" integer,
	"eta_at" timestamp with time zone,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"level_due_at" timestamp with time zone,
	"escalated_to_name" text,
	"check_in_at" timestamp with time zone,
	"check_in_geo" text,
	"check_in_lat" double precision,
	"check_in_lng" double precision,
	"check_out_at" timestamp with time zone,
	"check_out_geo" text,
	"check_out_lat" double precision,
	"check_out_lng" double precision,
	"report" text,
	"resolved" boolean,
	"signature" text,
	"signed_by_name" text,
	"next_visit_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurance_assessment_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"labor_operation_id" uuid,
	"part_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"trade" text,
	"qty_milli" integer NOT NULL,
	"unit_price_fen" integer NOT NULL,
	"approved" boolean,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "insurance_assessment_lines_qty_ck" CHECK ("insurance_assessment_lines"."qty_milli" > 0),
	CONSTRAINT "insurance_assessment_lines_price_ck" CHECK ("insurance_assessment_lines"."unit_price_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insurance_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"loss_object" text DEFAULT 'own' NOT NULL,
	"assessor_name" text NOT NULL,
	"salvage_fen" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "insurance_assessments_salvage_ck" CHECK ("insurance_assessments"."salvage_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "insurance_assessors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"insurer_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurance_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"insurer_id" uuid NOT NULL,
	"assessor_id" uuid,
	"customer_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"work_order_id" uuid,
	"status" text NOT NULL,
	"policy_no" text NOT NULL,
	"report_no" text NOT NULL,
	"accident_at" timestamp with time zone NOT NULL,
	"accident_place" text NOT NULL,
	"party_kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"covers_third_party" boolean DEFAULT false NOT NULL,
	"third_party_plate" text,
	"third_party_owner" text,
	"direct_pay" boolean DEFAULT true NOT NULL,
	"deductible_fen" integer DEFAULT 0 NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"receivable_fen" integer,
	"customer_share_fen" integer,
	"invoiced_on" date,
	"paid_fen" integer DEFAULT 0 NOT NULL,
	"written_off_fen" integer DEFAULT 0 NOT NULL,
	"write_off_request_fen" integer,
	"write_off_reason" text,
	"write_off_requested_by" uuid,
	"write_off_requested_by_name" text,
	"write_off_requested_at" timestamp with time zone,
	"registered_by_name" text NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insurance_cases_deductible_ck" CHECK ("insurance_cases"."deductible_fen" >= 0),
	CONSTRAINT "insurance_cases_paid_ck" CHECK ("insurance_cases"."paid_fen" >= 0 AND "insurance_cases"."written_off_fen" >= 0 AND ("insurance_cases"."receivable_fen" IS NULL OR "insurance_cases"."paid_fen" + "insurance_cases"."written_off_fen" <= "insurance_cases"."receivable_fen"))
);
--> statement-breakpoint
CREATE TABLE "insurance_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"insurer_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"received_on" date NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insurance_payments_amount_ck" CHECK ("insurance_payments"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "insurers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"payment_term_days" integer DEFAULT 30 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loaner_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"loaner_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"work_order_id" uuid,
	"insurance_case_id" uuid,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"charge_to" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"handed_out_at" timestamp with time zone,
	"mileage_out" integer,
	"fuel_out_pct" integer,
	"damage_out" text,
	"returned_at" timestamp with time zone,
	"mileage_in" integer,
	"fuel_in_pct" integer,
	"damage_in" text,
	"days" integer,
	"cost_fen" integer,
	"booked_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loaner_bookings_period_ck" CHECK ("loaner_bookings"."end_at" > "loaner_bookings"."start_at")
);
--> statement-breakpoint
CREATE TABLE "loaner_cars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"plate" text NOT NULL,
	"model" text NOT NULL,
	"state" text DEFAULT 'available' NOT NULL,
	"daily_rate_fen" integer NOT NULL,
	"mileage_km" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loaner_cars_rate_ck" CHECK ("loaner_cars"."daily_rate_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "knowledge_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"point_path" text NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"symptom" text DEFAULT '' NOT NULL,
	"cause" text DEFAULT '' NOT NULL,
	"fix" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"parts" text DEFAULT '' NOT NULL,
	"labor_operation" text DEFAULT '' NOT NULL,
	"brands" text[] DEFAULT '{}'::text[] NOT NULL,
	"models" text[] DEFAULT '{}'::text[] NOT NULL,
	"vin_ranges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"products" text[] DEFAULT '{}'::text[] NOT NULL,
	"fault_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"symptoms" text[] DEFAULT '{}'::text[] NOT NULL,
	"tokens" text[] DEFAULT '{}'::text[] NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"reviewer_name" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"solved_count" integer DEFAULT 0 NOT NULL,
	"unhelpful_count" integer DEFAULT 0 NOT NULL,
	"source_request_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"context_type" text NOT NULL,
	"context_id" uuid,
	"user_id" uuid NOT NULL,
	"solved" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"model" text DEFAULT '' NOT NULL,
	"production_month" text DEFAULT '' NOT NULL,
	"part" text DEFAULT '' NOT NULL,
	"fault_code" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_user_id" uuid,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"article_id" uuid,
	"first_reported_at" timestamp with time zone NOT NULL,
	"fix_published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closing_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tech_appraisals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"question" text NOT NULL,
	"fault_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"verdict" text,
	"reasoning" text,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tech_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"work_order_id" uuid,
	"job_id" uuid,
	"visit_id" uuid,
	"vehicle_id" uuid,
	"title" text NOT NULL,
	"symptom" text NOT NULL,
	"readings" text DEFAULT '' NOT NULL,
	"tried" text DEFAULT '' NOT NULL,
	"fault_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"level" integer DEFAULT 0 NOT NULL,
	"handling_point_id" uuid NOT NULL,
	"due_at" timestamp with time zone,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answer" text,
	"answered_by_name" text,
	"answered_at" timestamp with time zone,
	"answered_level" integer,
	"article_id" uuid,
	"raised_by_user_id" uuid NOT NULL,
	"raised_by_name" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period_label" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"figures" jsonb NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"author_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_name" text,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_name" text,
	"acknowledged_point_id" uuid,
	"acknowledge_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "part_planning" (
	"part_id" uuid PRIMARY KEY NOT NULL,
	"service_point_id" uuid NOT NULL,
	"vendor_id" uuid,
	"pack_milli" integer DEFAULT 1000 NOT NULL,
	"reorder_point_milli" integer,
	"safety_stock_milli" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "part_planning_pack_pos" CHECK ("part_planning"."pack_milli" > 0),
	CONSTRAINT "part_planning_levels_nonneg" CHECK (coalesce("part_planning"."reorder_point_milli", 0) >= 0 and coalesce("part_planning"."safety_stock_milli", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"ordered_milli" integer NOT NULL,
	"received_milli" integer DEFAULT 0 NOT NULL,
	"unit_cost_fen" integer NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "purchase_order_lines_ordered_pos" CHECK ("purchase_order_lines"."ordered_milli" > 0),
	CONSTRAINT "purchase_order_lines_received_nonneg" CHECK ("purchase_order_lines"."received_milli" >= 0),
	CONSTRAINT "purchase_order_lines_cost_nonneg" CHECK ("purchase_order_lines"."unit_cost_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"vendor_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"total_fen" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_by_name" text DEFAULT '' NOT NULL,
	"approved_by_name" text DEFAULT '' NOT NULL,
	"decision_note" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_total_nonneg" CHECK ("purchase_orders"."total_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"qty_milli" integer NOT NULL,
	"unit_cost_fen" integer NOT NULL,
	"over_milli" integer DEFAULT 0 NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "purchase_receipts_qty_pos" CHECK ("purchase_receipts"."qty_milli" > 0)
);
--> statement-breakpoint
CREATE TABLE "purchasing_settings" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"history_days" integer DEFAULT 180 NOT NULL,
	"safety_factor" numeric DEFAULT '1.65' NOT NULL,
	"review_days" integer DEFAULT 14 NOT NULL,
	"default_lead_time_days" integer DEFAULT 7 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'local' NOT NULL,
	"lead_time_days" integer DEFAULT 7 NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendors_lead_time_range" CHECK ("vendors"."lead_time_days" >= 0 and "vendors"."lead_time_days" <= 365)
);
--> statement-breakpoint
CREATE TABLE "kpi_targets" (
	"service_point_id" uuid NOT NULL,
	"kpi" text NOT NULL,
	"value" double precision NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_targets_service_point_id_kpi_pk" PRIMARY KEY("service_point_id","kpi")
);
--> statement-breakpoint
CREATE TABLE "person_daily_rollups" (
	"service_point_id" uuid NOT NULL,
	"day" date NOT NULL,
	"employee_id" uuid NOT NULL,
	"role" text NOT NULL,
	"cars_in" integer DEFAULT 0 NOT NULL,
	"cars_settled" integer DEFAULT 0 NOT NULL,
	"revenue_labor_fen" bigint DEFAULT 0 NOT NULL,
	"revenue_parts_fen" bigint DEFAULT 0 NOT NULL,
	"comebacks" integer DEFAULT 0 NOT NULL,
	"sold_minutes" integer DEFAULT 0 NOT NULL,
	"clocked_minutes" integer DEFAULT 0 NOT NULL,
	"attended_minutes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "person_daily_rollups_service_point_id_day_employee_id_role_pk" PRIMARY KEY("service_point_id","day","employee_id","role")
);
--> statement-breakpoint
CREATE TABLE "point_daily_rollups" (
	"service_point_id" uuid NOT NULL,
	"day" date NOT NULL,
	"cars_in" integer DEFAULT 0 NOT NULL,
	"cars_settled" integer DEFAULT 0 NOT NULL,
	"revenue_labor_fen" bigint DEFAULT 0 NOT NULL,
	"revenue_parts_fen" bigint DEFAULT 0 NOT NULL,
	"revenue_other_fen" bigint DEFAULT 0 NOT NULL,
	"settled_payable_fen" bigint DEFAULT 0 NOT NULL,
	"sold_minutes" integer DEFAULT 0 NOT NULL,
	"clocked_minutes" integer DEFAULT 0 NOT NULL,
	"attended_minutes" integer DEFAULT 0 NOT NULL,
	"comebacks" integer DEFAULT 0 NOT NULL,
	"qc_first" integer DEFAULT 0 NOT NULL,
	"qc_first_passed" integer DEFAULT 0 NOT NULL,
	"complaints_opened" integer DEFAULT 0 NOT NULL,
	"complaints_resolved" integer DEFAULT 0 NOT NULL,
	"complaints_resolved_in_time" integer DEFAULT 0 NOT NULL,
	"follow_ups_closed" integer DEFAULT 0 NOT NULL,
	"follow_ups_done" integer DEFAULT 0 NOT NULL,
	"follow_ups_scored" integer DEFAULT 0 NOT NULL,
	"follow_up_score_sum" integer DEFAULT 0 NOT NULL,
	"appointments_booked" integer DEFAULT 0 NOT NULL,
	"appointments_arrived" integer DEFAULT 0 NOT NULL,
	"cars_in_booked" integer DEFAULT 0 NOT NULL,
	"delivered" integer DEFAULT 0 NOT NULL,
	"delivered_promised" integer DEFAULT 0 NOT NULL,
	"delivered_on_time" integer DEFAULT 0 NOT NULL,
	"delivered_same_day" integer DEFAULT 0 NOT NULL,
	"parts_lines_picked" integer DEFAULT 0 NOT NULL,
	"parts_lines_filled" integer DEFAULT 0 NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_daily_rollups_service_point_id_day_pk" PRIMARY KEY("service_point_id","day")
);
--> statement-breakpoint
CREATE TABLE "rollup_dirty" (
	"service_point_id" uuid NOT NULL,
	"day" date NOT NULL,
	"gen" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rollup_dirty_service_point_id_day_pk" PRIMARY KEY("service_point_id","day")
);
--> statement-breakpoint
CREATE TABLE "campaign_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"imported_rows" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "campaign_vins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"vin" text NOT NULL,
	"station_id" uuid,
	"done_at" timestamp with time zone,
	"done_point_id" uuid,
	"done_work_order_id" uuid
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"labor_code" text DEFAULT '' NOT NULL,
	"labor_hours_milli" integer DEFAULT 0 NOT NULL,
	"parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"vin_count" integer DEFAULT 0 NOT NULL,
	"done_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warranty_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"model_family" text NOT NULL,
	"terms" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warranty_repair_facts" (
	"work_order_id" uuid PRIMARY KEY NOT NULL,
	"service_point_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"problem_code" text NOT NULL,
	"problem_zh" text DEFAULT '' NOT NULL,
	"safety_fault" boolean DEFAULT false NOT NULL,
	"severe_failure" text,
	"excluded_hours" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warranty_repair_facts_excluded_ck" CHECK ("warranty_repair_facts"."excluded_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "warranty_return_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"answer_by" timestamp with time zone NOT NULL,
	"complete_by" timestamp with time zone NOT NULL,
	"price_fen" integer NOT NULL,
	"mileage_km" integer NOT NULL,
	"coefficient_bp" integer NOT NULL,
	"usage_charge_fen" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warranty_return_requests_amounts_ck" CHECK ("warranty_return_requests"."price_fen" > 0 and "warranty_return_requests"."mileage_km" >= 0 and "warranty_return_requests"."usage_charge_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "warranty_watch_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"key" text NOT NULL,
	"level" text NOT NULL,
	"message_zh" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "invoiced_on" date;--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "delivered_on" date;--> statement-breakpoint
ALTER TABLE "claim_fault_codes" ADD CONSTRAINT "claim_fault_codes_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_labor_codes" ADD CONSTRAINT "claim_labor_codes_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_parts" ADD CONSTRAINT "claim_parts_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_parts" ADD CONSTRAINT "claim_parts_supplier_id_component_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."component_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_preauths" ADD CONSTRAINT "claim_preauths_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_preauths" ADD CONSTRAINT "claim_preauths_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_settings" ADD CONSTRAINT "claim_settings_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_statements" ADD CONSTRAINT "claim_statements_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "component_suppliers" ADD CONSTRAINT "component_suppliers_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "old_part_batches" ADD CONSTRAINT "old_part_batches_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "old_part_boxes" ADD CONSTRAINT "old_part_boxes_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "old_part_boxes" ADD CONSTRAINT "old_part_boxes_batch_id_old_part_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."old_part_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_claims" ADD CONSTRAINT "supplier_claims_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_claims" ADD CONSTRAINT "supplier_claims_supplier_id_component_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."component_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claim_lines" ADD CONSTRAINT "warranty_claim_lines_claim_id_warranty_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."warranty_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claim_lines" ADD CONSTRAINT "warranty_claim_lines_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claim_lines" ADD CONSTRAINT "warranty_claim_lines_box_id_old_part_boxes_id_fk" FOREIGN KEY ("box_id") REFERENCES "public"."old_part_boxes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claim_lines" ADD CONSTRAINT "warranty_claim_lines_batch_id_old_part_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."old_part_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claim_lines" ADD CONSTRAINT "warranty_claim_lines_deducted_statement_id_claim_statements_id_fk" FOREIGN KEY ("deducted_statement_id") REFERENCES "public"."claim_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claim_lines" ADD CONSTRAINT "warranty_claim_lines_supplier_id_component_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."component_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claim_lines" ADD CONSTRAINT "warranty_claim_lines_supplier_claim_id_supplier_claims_id_fk" FOREIGN KEY ("supplier_claim_id") REFERENCES "public"."supplier_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_preauth_id_claim_preauths_id_fk" FOREIGN KEY ("preauth_id") REFERENCES "public"."claim_preauths"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_claims" ADD CONSTRAINT "warranty_claims_statement_id_claim_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."claim_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_certificates" ADD CONSTRAINT "field_certificates_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_certificates" ADD CONSTRAINT "field_certificates_engineer_id_field_engineers_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."field_engineers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_engineers" ADD CONSTRAINT "field_engineers_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_products" ADD CONSTRAINT "field_products_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_region_rules" ADD CONSTRAINT "field_region_rules_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_requests" ADD CONSTRAINT "field_requests_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_requests" ADD CONSTRAINT "field_requests_unit_id_field_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."field_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_training_plans" ADD CONSTRAINT "field_training_plans_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_training_results" ADD CONSTRAINT "field_training_results_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_training_results" ADD CONSTRAINT "field_training_results_plan_id_field_training_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."field_training_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_training_results" ADD CONSTRAINT "field_training_results_engineer_id_field_engineers_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."field_engineers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_units" ADD CONSTRAINT "field_units_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_units" ADD CONSTRAINT "field_units_product_id_field_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."field_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_van_stock" ADD CONSTRAINT "field_van_stock_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_van_stock" ADD CONSTRAINT "field_van_stock_engineer_id_field_engineers_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."field_engineers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visit_parts" ADD CONSTRAINT "field_visit_parts_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visit_parts" ADD CONSTRAINT "field_visit_parts_visit_id_field_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."field_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visits" ADD CONSTRAINT "field_visits_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visits" ADD CONSTRAINT "field_visits_request_id_field_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."field_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visits" ADD CONSTRAINT "field_visits_unit_id_field_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."field_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_visits" ADD CONSTRAINT "field_visits_engineer_id_field_engineers_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."field_engineers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_assessment_lines" ADD CONSTRAINT "insurance_assessment_lines_assessment_id_insurance_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."insurance_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_assessments" ADD CONSTRAINT "insurance_assessments_case_id_insurance_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."insurance_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_assessments" ADD CONSTRAINT "insurance_assessments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_assessors" ADD CONSTRAINT "insurance_assessors_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_assessors" ADD CONSTRAINT "insurance_assessors_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_cases" ADD CONSTRAINT "insurance_cases_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_cases" ADD CONSTRAINT "insurance_cases_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_cases" ADD CONSTRAINT "insurance_cases_assessor_id_insurance_assessors_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."insurance_assessors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_cases" ADD CONSTRAINT "insurance_cases_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_cases" ADD CONSTRAINT "insurance_cases_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_cases" ADD CONSTRAINT "insurance_cases_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_payments" ADD CONSTRAINT "insurance_payments_case_id_insurance_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."insurance_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_payments" ADD CONSTRAINT "insurance_payments_insurer_id_insurers_id_fk" FOREIGN KEY ("insurer_id") REFERENCES "public"."insurers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_payments" ADD CONSTRAINT "insurance_payments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurers" ADD CONSTRAINT "insurers_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_bookings" ADD CONSTRAINT "loaner_bookings_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_bookings" ADD CONSTRAINT "loaner_bookings_loaner_id_loaner_cars_id_fk" FOREIGN KEY ("loaner_id") REFERENCES "public"."loaner_cars"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_bookings" ADD CONSTRAINT "loaner_bookings_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_bookings" ADD CONSTRAINT "loaner_bookings_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_bookings" ADD CONSTRAINT "loaner_bookings_insurance_case_id_insurance_cases_id_fk" FOREIGN KEY ("insurance_case_id") REFERENCES "public"."insurance_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_cars" ADD CONSTRAINT "loaner_cars_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_revisions" ADD CONSTRAINT "knowledge_revisions_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_uses" ADD CONSTRAINT "knowledge_uses_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_uses" ADD CONSTRAINT "knowledge_uses_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_feedback" ADD CONSTRAINT "quality_feedback_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_appraisals" ADD CONSTRAINT "tech_appraisals_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_appraisals" ADD CONSTRAINT "tech_appraisals_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_requests" ADD CONSTRAINT "tech_requests_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_requests" ADD CONSTRAINT "tech_requests_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_requests" ADD CONSTRAINT "tech_requests_handling_point_id_service_points_id_fk" FOREIGN KEY ("handling_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_reports" ADD CONSTRAINT "network_reports_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_planning" ADD CONSTRAINT "part_planning_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_planning" ADD CONSTRAINT "part_planning_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receipts" ADD CONSTRAINT "purchase_receipts_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receipts" ADD CONSTRAINT "purchase_receipts_line_id_purchase_order_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."purchase_order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receipts" ADD CONSTRAINT "purchase_receipts_location_id_warehouse_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."warehouse_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchasing_settings" ADD CONSTRAINT "purchasing_settings_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_imports" ADD CONSTRAINT "campaign_imports_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_imports" ADD CONSTRAINT "campaign_imports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_vins" ADD CONSTRAINT "campaign_vins_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_vins" ADD CONSTRAINT "campaign_vins_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_vins" ADD CONSTRAINT "campaign_vins_station_id_service_points_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_vins" ADD CONSTRAINT "campaign_vins_done_point_id_service_points_id_fk" FOREIGN KEY ("done_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_vins" ADD CONSTRAINT "campaign_vins_done_work_order_id_work_orders_id_fk" FOREIGN KEY ("done_work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_policies" ADD CONSTRAINT "warranty_policies_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_repair_facts" ADD CONSTRAINT "warranty_repair_facts_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_repair_facts" ADD CONSTRAINT "warranty_repair_facts_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_repair_facts" ADD CONSTRAINT "warranty_repair_facts_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_return_requests" ADD CONSTRAINT "warranty_return_requests_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_return_requests" ADD CONSTRAINT "warranty_return_requests_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_return_requests" ADD CONSTRAINT "warranty_return_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_watch_notices" ADD CONSTRAINT "warranty_watch_notices_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warranty_watch_notices" ADD CONSTRAINT "warranty_watch_notices_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_fault_codes_point_code_uq" ON "claim_fault_codes" USING btree ("service_point_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_labor_codes_point_code_uq" ON "claim_labor_codes" USING btree ("service_point_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_parts_point_no_uq" ON "claim_parts" USING btree ("service_point_id","part_no");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_preauths_point_number_uq" ON "claim_preauths" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "claim_preauths_order_idx" ON "claim_preauths" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_settings_point_uq" ON "claim_settings" USING btree ("service_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_statements_point_month_uq" ON "claim_statements" USING btree ("service_point_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_statements_point_number_uq" ON "claim_statements" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "component_suppliers_point_code_uq" ON "component_suppliers" USING btree ("service_point_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "old_part_batches_point_number_uq" ON "old_part_batches" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "old_part_boxes_point_number_uq" ON "old_part_boxes" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_claims_point_number_uq" ON "supplier_claims" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "warranty_claim_lines_claim_idx" ON "warranty_claim_lines" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "warranty_claim_lines_point_return_idx" ON "warranty_claim_lines" USING btree ("service_point_id","return_status");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_claim_lines_point_tag_uq" ON "warranty_claim_lines" USING btree ("service_point_id","tag_no");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_claims_point_number_uq" ON "warranty_claims" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_claims_order_uq" ON "warranty_claims" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "warranty_claims_point_status_idx" ON "warranty_claims" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "warranty_claims_vin_part_idx" ON "warranty_claims" USING btree ("vin","cause_part_no");--> statement-breakpoint
CREATE INDEX "field_certificates_engineer_idx" ON "field_certificates" USING btree ("engineer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_engineers_user_uq" ON "field_engineers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_products_point_model_uq" ON "field_products" USING btree ("service_point_id","model");--> statement-breakpoint
CREATE UNIQUE INDEX "field_region_rules_point_region_uq" ON "field_region_rules" USING btree ("service_point_id","region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "field_requests_point_number_uq" ON "field_requests" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "field_requests_unit_idx" ON "field_requests" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "field_requests_point_status_idx" ON "field_requests" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "field_training_results_plan_trainee_uq" ON "field_training_results" USING btree ("plan_id","trainee_name");--> statement-breakpoint
CREATE UNIQUE INDEX "field_units_product_serial_uq" ON "field_units" USING btree ("product_id","serial");--> statement-breakpoint
CREATE INDEX "field_units_point_idx" ON "field_units" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "field_units_serial_idx" ON "field_units" USING btree ("serial");--> statement-breakpoint
CREATE UNIQUE INDEX "field_van_stock_engineer_part_uq" ON "field_van_stock" USING btree ("engineer_id","part_code");--> statement-breakpoint
CREATE INDEX "field_visit_parts_visit_idx" ON "field_visit_parts" USING btree ("visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_visits_point_number_uq" ON "field_visits" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "field_visits_day_idx" ON "field_visits" USING btree ("service_point_id","planned_date");--> statement-breakpoint
CREATE INDEX "field_visits_unit_idx" ON "field_visits" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "field_visits_engineer_idx" ON "field_visits" USING btree ("engineer_id","planned_date");--> statement-breakpoint
CREATE INDEX "insurance_assessment_lines_assessment_idx" ON "insurance_assessment_lines" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_assessments_case_seq_uq" ON "insurance_assessments" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "insurance_assessors_insurer_idx" ON "insurance_assessors" USING btree ("insurer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_cases_point_number_uq" ON "insurance_cases" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "insurance_cases_point_status_idx" ON "insurance_cases" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "insurance_cases_work_order_idx" ON "insurance_cases" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "insurance_payments_case_idx" ON "insurance_payments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insurers_point_name_uq" ON "insurers" USING btree ("service_point_id","name");--> statement-breakpoint
CREATE INDEX "loaner_bookings_loaner_idx" ON "loaner_bookings" USING btree ("loaner_id","start_at");--> statement-breakpoint
CREATE INDEX "loaner_bookings_work_order_idx" ON "loaner_bookings" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "loaner_cars_point_plate_uq" ON "loaner_cars" USING btree ("service_point_id","plate");--> statement-breakpoint
CREATE INDEX "knowledge_articles_tokens_gin" ON "knowledge_articles" USING gin ("tokens");--> statement-breakpoint
CREATE INDEX "knowledge_articles_codes_gin" ON "knowledge_articles" USING gin ("fault_codes");--> statement-breakpoint
CREATE INDEX "knowledge_articles_status_idx" ON "knowledge_articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "knowledge_articles_point_idx" ON "knowledge_articles" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "knowledge_articles_number_idx" ON "knowledge_articles" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_revisions_uq" ON "knowledge_revisions" USING btree ("article_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_uses_once_uq" ON "knowledge_uses" USING btree ("article_id","context_type",coalesce("context_id", '00000000-0000-0000-0000-000000000000'::uuid),"user_id");--> statement-breakpoint
CREATE INDEX "knowledge_uses_point_idx" ON "knowledge_uses" USING btree ("service_point_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_feedback_point_number_uq" ON "quality_feedback" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "quality_feedback_status_idx" ON "quality_feedback" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "tech_appraisals_order_idx" ON "tech_appraisals" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tech_requests_point_number_uq" ON "tech_requests" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "tech_requests_handling_idx" ON "tech_requests" USING btree ("handling_point_id","status");--> statement-breakpoint
CREATE INDEX "tech_requests_order_idx" ON "tech_requests" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_reports_point_period_uq" ON "network_reports" USING btree ("service_point_id","kind","period_label");--> statement-breakpoint
CREATE INDEX "network_reports_status_idx" ON "network_reports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "purchase_order_lines_po_idx" ON "purchase_order_lines" USING btree ("purchase_order_id");--> statement-breakpoint
CREATE INDEX "purchase_order_lines_part_idx" ON "purchase_order_lines" USING btree ("part_id");--> statement-breakpoint
CREATE UNIQUE INDEX "purchase_orders_point_number_uq" ON "purchase_orders" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "purchase_orders_point_status_idx" ON "purchase_orders" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "purchase_receipts_po_idx" ON "purchase_receipts" USING btree ("purchase_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendors_point_code_uq" ON "vendors" USING btree ("service_point_id","code");--> statement-breakpoint
CREATE INDEX "point_daily_rollups_day_idx" ON "point_daily_rollups" USING btree ("day");--> statement-breakpoint
CREATE INDEX "campaign_imports_campaign_idx" ON "campaign_imports" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_vins_campaign_vin_uq" ON "campaign_vins" USING btree ("campaign_id","vin");--> statement-breakpoint
CREATE INDEX "campaign_vins_vin_idx" ON "campaign_vins" USING btree ("vin");--> statement-breakpoint
CREATE INDEX "campaign_vins_campaign_station_idx" ON "campaign_vins" USING btree ("campaign_id","station_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_point_number_uq" ON "campaigns" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_policies_point_family_uq" ON "warranty_policies" USING btree ("service_point_id","model_family");--> statement-breakpoint
CREATE INDEX "warranty_repair_facts_vehicle_idx" ON "warranty_repair_facts" USING btree ("vehicle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_return_requests_point_number_uq" ON "warranty_return_requests" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "warranty_return_requests_vehicle_idx" ON "warranty_return_requests" USING btree ("vehicle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_watch_notices_vehicle_key_uq" ON "warranty_watch_notices" USING btree ("vehicle_id","key");--> statement-breakpoint
CREATE INDEX "stock_movements_point_at_idx" ON "stock_movements" USING btree ("service_point_id","at");