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
CREATE INDEX "warranty_claims_vin_part_idx" ON "warranty_claims" USING btree ("vin","cause_part_no");