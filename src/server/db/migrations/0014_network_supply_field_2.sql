CREATE TABLE "ehealth_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"work_order_number" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"adapter" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ehealth_records_status_ck" CHECK ("ehealth_records"."status" in ('pending', 'sent', 'failed')),
	CONSTRAINT "ehealth_records_sent_ck" CHECK (("ehealth_records"."status" = 'sent') = ("ehealth_records"."sent_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "field_install_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"planned_date" date NOT NULL,
	"engineer_id" uuid,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"measurements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"commissioned_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by_name" text,
	"signature" text,
	"warranty_start" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_install_orders_status_ck" CHECK ("field_install_orders"."status" in ('planned','in_progress','commissioned','accepted','cancelled')),
	CONSTRAINT "field_install_orders_accept_ck" CHECK ("field_install_orders"."status" <> 'accepted' or ("field_install_orders"."signature" is not null and "field_install_orders"."accepted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "field_install_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"measurements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_maintenance_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"product_id" uuid,
	"unit_id" uuid,
	"contract_no" text,
	"interval_months" integer NOT NULL,
	"warranty_only" boolean DEFAULT true NOT NULL,
	"ends_on" date,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_maintenance_plans_interval_ck" CHECK ("field_maintenance_plans"."interval_months" between 1 and 60),
	CONSTRAINT "field_maintenance_plans_scope_ck" CHECK (("field_maintenance_plans"."scope" = 'product' and "field_maintenance_plans"."product_id" is not null) or ("field_maintenance_plans"."scope" = 'unit' and "field_maintenance_plans"."unit_id" is not null) or ("field_maintenance_plans"."scope" = 'contract' and "field_maintenance_plans"."contract_no" is not null))
);
--> statement-breakpoint
CREATE TABLE "field_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"ladder_minutes" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_dispatch_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"planned_date" date NOT NULL,
	"from_engineer_id" uuid,
	"to_engineer_id" uuid,
	"from_order" integer,
	"to_order" integer,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accreditation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gbt_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"weights" jsonb NOT NULL,
	"indicators" jsonb NOT NULL,
	"score" double precision NOT NULL,
	"grade" text NOT NULL,
	"next" jsonb,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gbt_assessments_score" CHECK ("gbt_assessments"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "point_profiles" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"star" text DEFAULT 'none' NOT NULL,
	"accreditation" text DEFAULT 'operating' NOT NULL,
	"lng" double precision,
	"lat" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_profiles_star" CHECK ("point_profiles"."star" in ('none','1','2','3','4','5')),
	CONSTRAINT "point_profiles_accreditation" CHECK ("point_profiles"."accreditation" in ('applied','surveyed','preliminary','signed','operating','rectifying','exited')),
	CONSTRAINT "point_profiles_coords" CHECK (("point_profiles"."lng" is null or "point_profiles"."lng" between -180 and 180) and ("point_profiles"."lat" is null or "point_profiles"."lat" between -90 and 90))
);
--> statement-breakpoint
CREATE TABLE "rectification_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"scorecard_entry_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectification_actions_status" CHECK ("rectification_actions"."status" in ('open','in_progress','done','reviewed'))
);
--> statement-breakpoint
CREATE TABLE "scorecard_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"period" text NOT NULL,
	"items" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecard_entries_total" CHECK ("scorecard_entries"."total" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"name_zh" text NOT NULL,
	"items" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "part_demand_stats" (
	"part_id" uuid PRIMARY KEY NOT NULL,
	"service_point_id" uuid NOT NULL,
	"total_milli" double precision NOT NULL,
	"sum_squares_milli2" double precision NOT NULL,
	CONSTRAINT "part_demand_stats_nonneg" CHECK ("part_demand_stats"."total_milli" >= 0 and "part_demand_stats"."sum_squares_milli2" >= 0)
);
--> statement-breakpoint
CREATE TABLE "part_demand_windows" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"from_day" text NOT NULL,
	"to_day" text NOT NULL,
	"time_zone" text NOT NULL,
	"movement_count" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rotation_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"from_point_id" uuid NOT NULL,
	"to_point_id" uuid NOT NULL,
	"to_position_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"successor_employee_id" uuid,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outgoing_signed_at" timestamp with time zone,
	"outgoing_signed_by" text,
	"incoming_signed_at" timestamp with time zone,
	"incoming_signed_by" text,
	"applied_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_moves_other_point_ck" CHECK ("rotation_moves"."from_point_id" <> "rotation_moves"."to_point_id")
);
--> statement-breakpoint
CREATE TABLE "rotation_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"effective_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_name" text NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by_name" text,
	"applied_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_plans_status_ck" CHECK ("rotation_plans"."status" in ('draft', 'approved', 'applied', 'cancelled')),
	CONSTRAINT "rotation_plans_applied_ck" CHECK (("rotation_plans"."status" = 'applied') = ("rotation_plans"."applied_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "stock_count_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"count_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"book_milli" integer NOT NULL,
	"counted_milli" integer,
	"book_at_entry_milli" integer,
	"unit_cost_fen" integer NOT NULL,
	"counted_at" timestamp with time zone,
	"counted_by_name" text DEFAULT '' NOT NULL,
	"booked_milli" integer,
	CONSTRAINT "stock_count_lines_counted_nonneg" CHECK ("stock_count_lines"."counted_milli" is null or "stock_count_lines"."counted_milli" >= 0),
	CONSTRAINT "stock_count_lines_book_nonneg" CHECK ("stock_count_lines"."book_milli" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'counting' NOT NULL,
	"all_locations" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"variance_fen" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_by_name" text DEFAULT '' NOT NULL,
	"escalated_by" uuid,
	"approved_by_name" text DEFAULT '' NOT NULL,
	"decision_note" text DEFAULT '' NOT NULL,
	"booked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_sharing_settings" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_sharing_mode" CHECK ("stock_sharing_settings"."mode" in ('none', 'siblings', 'subtree'))
);
--> statement-breakpoint
CREATE TABLE "stock_transfer_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transfer_id" uuid NOT NULL,
	"from_part_id" uuid NOT NULL,
	"to_part_id" uuid NOT NULL,
	"qty_milli" integer NOT NULL,
	"shipped_milli" integer DEFAULT 0 NOT NULL,
	"received_milli" integer DEFAULT 0 NOT NULL,
	"unit_cost_fen" integer NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stock_transfer_lines_qty_pos" CHECK ("stock_transfer_lines"."qty_milli" > 0),
	CONSTRAINT "stock_transfer_lines_shipped_range" CHECK ("stock_transfer_lines"."shipped_milli" >= 0 and "stock_transfer_lines"."shipped_milli" <= "stock_transfer_lines"."qty_milli"),
	CONSTRAINT "stock_transfer_lines_received_range" CHECK ("stock_transfer_lines"."received_milli" >= 0 and "stock_transfer_lines"."received_milli" <= "stock_transfer_lines"."shipped_milli"),
	CONSTRAINT "stock_transfer_lines_cost_nonneg" CHECK ("stock_transfer_lines"."unit_cost_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"from_point_id" uuid NOT NULL,
	"to_point_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"total_fen" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_by_name" text DEFAULT '' NOT NULL,
	"escalated_by" uuid,
	"approved_by_name" text DEFAULT '' NOT NULL,
	"decision_note" text DEFAULT '' NOT NULL,
	"shipped_by_name" text DEFAULT '' NOT NULL,
	"shipped_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_transfers_points_differ" CHECK ("stock_transfers"."from_point_id" <> "stock_transfers"."to_point_id"),
	CONSTRAINT "stock_transfers_total_nonneg" CHECK ("stock_transfers"."total_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "subsidy_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"dealer_point_id" uuid NOT NULL,
	"settled_orders" integer DEFAULT 0 NOT NULL,
	"field_visits" integer DEFAULT 0 NOT NULL,
	"amount_fen" bigint NOT NULL,
	"adjust_fen" bigint DEFAULT 0 NOT NULL,
	"payable_fen" bigint NOT NULL,
	"basis_text" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_lines_payable_ck" CHECK ("subsidy_lines"."payable_fen" >= 0 and "subsidy_lines"."payable_fen" = greatest(0, "subsidy_lines"."amount_fen" + "subsidy_lines"."adjust_fen"))
);
--> statement-breakpoint
CREATE TABLE "subsidy_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"point_kind" text NOT NULL,
	"basis" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_rules_amount_ck" CHECK ("subsidy_rules"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "subsidy_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"month" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" text DEFAULT 'computed' NOT NULL,
	"total_fen" bigint DEFAULT 0 NOT NULL,
	"rules_text" text DEFAULT '' NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by_name" text NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_name" text,
	"reviewed_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"approved_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_statements_status_ck" CHECK ("subsidy_statements"."status" in ('computed', 'reviewed', 'approved')),
	CONSTRAINT "subsidy_statements_total_ck" CHECK ("subsidy_statements"."total_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "insurer_share_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "salvage_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "insurance_case_id" uuid;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "insurer_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "ehealth_records" ADD CONSTRAINT "ehealth_records_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehealth_records" ADD CONSTRAINT "ehealth_records_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_orders" ADD CONSTRAINT "field_install_orders_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_orders" ADD CONSTRAINT "field_install_orders_unit_id_field_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."field_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_orders" ADD CONSTRAINT "field_install_orders_engineer_id_field_engineers_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."field_engineers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_templates" ADD CONSTRAINT "field_install_templates_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_templates" ADD CONSTRAINT "field_install_templates_product_id_field_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."field_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_maintenance_plans" ADD CONSTRAINT "field_maintenance_plans_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_maintenance_plans" ADD CONSTRAINT "field_maintenance_plans_product_id_field_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."field_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_maintenance_plans" ADD CONSTRAINT "field_maintenance_plans_unit_id_field_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."field_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_settings" ADD CONSTRAINT "field_settings_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_dispatch_overrides" ADD CONSTRAINT "field_dispatch_overrides_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_dispatch_overrides" ADD CONSTRAINT "field_dispatch_overrides_visit_id_field_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."field_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accreditation_records" ADD CONSTRAINT "accreditation_records_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gbt_assessments" ADD CONSTRAINT "gbt_assessments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_profiles" ADD CONSTRAINT "point_profiles_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_actions" ADD CONSTRAINT "rectification_actions_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_actions" ADD CONSTRAINT "rectification_actions_scorecard_entry_id_scorecard_entries_id_fk" FOREIGN KEY ("scorecard_entry_id") REFERENCES "public"."scorecard_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_entries" ADD CONSTRAINT "scorecard_entries_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_entries" ADD CONSTRAINT "scorecard_entries_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_demand_stats" ADD CONSTRAINT "part_demand_stats_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_demand_windows" ADD CONSTRAINT "part_demand_windows_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_plan_id_rotation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rotation_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_from_point_id_service_points_id_fk" FOREIGN KEY ("from_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_to_point_id_service_points_id_fk" FOREIGN KEY ("to_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_to_position_id_positions_id_fk" FOREIGN KEY ("to_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_successor_employee_id_employees_id_fk" FOREIGN KEY ("successor_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plans" ADD CONSTRAINT "rotation_plans_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_count_id_stock_counts_id_fk" FOREIGN KEY ("count_id") REFERENCES "public"."stock_counts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_location_id_warehouse_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."warehouse_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_sharing_settings" ADD CONSTRAINT "stock_sharing_settings_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfer_lines" ADD CONSTRAINT "stock_transfer_lines_transfer_id_stock_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."stock_transfers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfer_lines" ADD CONSTRAINT "stock_transfer_lines_from_part_id_parts_id_fk" FOREIGN KEY ("from_part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfer_lines" ADD CONSTRAINT "stock_transfer_lines_to_part_id_parts_id_fk" FOREIGN KEY ("to_part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_from_point_id_service_points_id_fk" FOREIGN KEY ("from_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_to_point_id_service_points_id_fk" FOREIGN KEY ("to_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_lines" ADD CONSTRAINT "subsidy_lines_statement_id_subsidy_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."subsidy_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_lines" ADD CONSTRAINT "subsidy_lines_dealer_point_id_service_points_id_fk" FOREIGN KEY ("dealer_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_rules" ADD CONSTRAINT "subsidy_rules_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_statements" ADD CONSTRAINT "subsidy_statements_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ehealth_records_work_order_uq" ON "ehealth_records" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "ehealth_records_point_status_idx" ON "ehealth_records" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "field_install_orders_point_number_uq" ON "field_install_orders" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "field_install_orders_unit_live_uq" ON "field_install_orders" USING btree ("unit_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "field_install_orders_point_status_idx" ON "field_install_orders" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "field_install_templates_product_uq" ON "field_install_templates" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_maintenance_plans_product_uq" ON "field_maintenance_plans" USING btree ("product_id") WHERE scope = 'product' and active;--> statement-breakpoint
CREATE UNIQUE INDEX "field_maintenance_plans_unit_uq" ON "field_maintenance_plans" USING btree ("unit_id") WHERE scope = 'unit' and active;--> statement-breakpoint
CREATE UNIQUE INDEX "field_maintenance_plans_contract_uq" ON "field_maintenance_plans" USING btree ("service_point_id","contract_no") WHERE scope = 'contract' and active;--> statement-breakpoint
CREATE UNIQUE INDEX "field_settings_point_uq" ON "field_settings" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "field_dispatch_overrides_visit_idx" ON "field_dispatch_overrides" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "field_dispatch_overrides_day_idx" ON "field_dispatch_overrides" USING btree ("service_point_id","planned_date");--> statement-breakpoint
CREATE INDEX "accreditation_records_point_idx" ON "accreditation_records" USING btree ("service_point_id","on");--> statement-breakpoint
CREATE INDEX "gbt_assessments_point_idx" ON "gbt_assessments" USING btree ("service_point_id","assessed_on");--> statement-breakpoint
CREATE INDEX "rectification_actions_point_idx" ON "rectification_actions" USING btree ("service_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_entries_point_period_uq" ON "scorecard_entries" USING btree ("service_point_id","scorecard_id","period");--> statement-breakpoint
CREATE INDEX "scorecards_point_idx" ON "scorecards" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "part_demand_stats_point_idx" ON "part_demand_stats" USING btree ("service_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_moves_plan_employee_uq" ON "rotation_moves" USING btree ("plan_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_plans_point_quarter_uq" ON "rotation_plans" USING btree ("service_point_id","quarter");--> statement-breakpoint
CREATE INDEX "rotation_plans_status_idx" ON "rotation_plans" USING btree ("status","effective_date");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_count_lines_uq" ON "stock_count_lines" USING btree ("count_id","location_id","part_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_counts_point_number_uq" ON "stock_counts" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "stock_counts_point_status_idx" ON "stock_counts" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "stock_transfer_lines_transfer_idx" ON "stock_transfer_lines" USING btree ("transfer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_transfers_number_uq" ON "stock_transfers" USING btree ("to_point_id","number");--> statement-breakpoint
CREATE INDEX "stock_transfers_from_idx" ON "stock_transfers" USING btree ("from_point_id","status");--> statement-breakpoint
CREATE INDEX "stock_transfers_to_idx" ON "stock_transfers" USING btree ("to_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_lines_statement_dealer_uq" ON "subsidy_lines" USING btree ("statement_id","dealer_point_id");--> statement-breakpoint
CREATE INDEX "subsidy_lines_dealer_idx" ON "subsidy_lines" USING btree ("dealer_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_rules_point_kind_basis_uq" ON "subsidy_rules" USING btree ("service_point_id","point_kind","basis");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_statements_point_month_uq" ON "subsidy_statements" USING btree ("service_point_id","month");--> statement-breakpoint
CREATE INDEX "field_visits_request_idx" ON "field_visits" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "stock_movements_demand_idx" ON "stock_movements" USING btree ("service_point_id","at","part_id","qty_milli") WHERE "stock_movements"."kind" in ('issue', 'return');--> statement-breakpoint
CREATE INDEX "tickets_open_due_idx" ON "tickets" USING btree ("service_point_id","resolution_due_at") WHERE status not in ('resolved','closed');--> statement-breakpoint
CREATE INDEX "tickets_point_received_idx" ON "tickets" USING btree ("service_point_id","received_at");--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_insurer_share_ck" CHECK ("settlements"."insurer_share_fen" >= 0 AND "settlements"."salvage_fen" >= 0 AND ("settlements"."insurer_share_fen" = 0 OR "settlements"."insurance_case_id" IS NOT NULL));