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
CREATE UNIQUE INDEX "loaner_cars_point_plate_uq" ON "loaner_cars" USING btree ("service_point_id","plate");