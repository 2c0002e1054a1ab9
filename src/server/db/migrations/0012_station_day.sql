CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extra_work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"labor_operation_id" uuid,
	"part_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"trade" text,
	"hours_milli" integer,
	"rate_fen" integer,
	"qty_milli" integer,
	"unit_price_fen" integer,
	"amount_fen" integer,
	"decision" text DEFAULT 'pending' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extra_work_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"work_order_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"description" text NOT NULL,
	"reported_by_employee_id" uuid,
	"reported_by_name" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"priced_by_name" text,
	"priced_at" timestamp with time zone,
	"proposed_promised_at" timestamp with time zone,
	"sent_channel" text,
	"sent_at" timestamp with time zone,
	"token" text,
	"token_expires_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_via" text,
	"confirmed_by_name" text,
	"confirm_method" text,
	"witness_employee_id" uuid,
	"witness_name" text,
	"signature" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_card_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"card_id" uuid NOT NULL,
	"entry_no" integer NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"balance_after_fen" integer NOT NULL,
	"method" text DEFAULT '' NOT NULL,
	"work_order_id" uuid,
	"settlement_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_card_ledger_balance_nonneg" CHECK ("member_card_ledger"."balance_after_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "member_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"level_id" uuid NOT NULL,
	"balance_fen" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_cards_balance_nonneg" CHECK ("member_cards"."balance_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "member_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"name" text NOT NULL,
	"labor_discount_pct_x100" integer DEFAULT 0 NOT NULL,
	"parts_discount_pct_x100" integer DEFAULT 0 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_package_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"labor_operation_id" uuid,
	"part_id" uuid,
	"qty_milli" integer DEFAULT 1000 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"model_family" text DEFAULT '' NOT NULL,
	"price_fen" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_packages_price_nonneg" CHECK ("service_packages"."price_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "top_up_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"min_amount_fen" integer NOT NULL,
	"bonus_fen" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_card_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_card_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"remaining_after" integer NOT NULL,
	"actor_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"labor_operation_id" uuid NOT NULL,
	"total_count" integer NOT NULL,
	"remaining_count" integer NOT NULL,
	"price_fen" integer DEFAULT 0 NOT NULL,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_cards_remaining_range" CHECK ("visit_cards"."remaining_count" >= 0 and "visit_cards"."remaining_count" <= "visit_cards"."total_count")
);
--> statement-breakpoint
CREATE TABLE "customer_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"channel" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"skip_reason" text DEFAULT '' NOT NULL,
	"notification_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qc_checklists" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"items" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gate_passes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"number" text NOT NULL,
	"plate" text NOT NULL,
	"basis" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by_name" text NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"exited_at" timestamp with time zone,
	"gate_keeper_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gate_passes_exit_ck" CHECK (("gate_passes"."status" = 'exited') = ("gate_passes"."exited_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "labor_operations" ADD COLUMN "search_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "parts" ADD COLUMN "search_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "recipient_address" text;--> statement-breakpoint
ALTER TABLE "work_order_parts" ADD COLUMN "release_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "member_card_id" uuid;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "member_discount_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "requested_by_name" text;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "discount_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "on_account_payer" text;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "on_account_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "on_account_by_name" text;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "receipt_token" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "vehicle_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "work_order_id" uuid;--> statement-breakpoint
ALTER TABLE "work_order_lines" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "work_order_lines" ADD COLUMN "package_name" text;--> statement-breakpoint
ALTER TABLE "work_order_lines" ADD COLUMN "fixed_amount_fen" integer;--> statement-breakpoint
ALTER TABLE "work_order_lines" ADD COLUMN "visit_card_id" uuid;--> statement-breakpoint
ALTER TABLE "job_clocks" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "job_clocks" ADD COLUMN "pause_note" text;--> statement-breakpoint
ALTER TABLE "qc_inspections" ADD COLUMN "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "qc_inspections" ADD COLUMN "mileage_out" integer;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD COLUMN "pause_note" text;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_work_items" ADD CONSTRAINT "extra_work_items_request_id_extra_work_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."extra_work_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_work_requests" ADD CONSTRAINT "extra_work_requests_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_work_requests" ADD CONSTRAINT "extra_work_requests_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_card_ledger" ADD CONSTRAINT "member_card_ledger_card_id_member_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."member_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cards" ADD CONSTRAINT "member_cards_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cards" ADD CONSTRAINT "member_cards_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cards" ADD CONSTRAINT "member_cards_level_id_member_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."member_levels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_levels" ADD CONSTRAINT "member_levels_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_package_items" ADD CONSTRAINT "service_package_items_package_id_service_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."service_packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_packages" ADD CONSTRAINT "service_packages_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "top_up_rules" ADD CONSTRAINT "top_up_rules_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_card_uses" ADD CONSTRAINT "visit_card_uses_visit_card_id_visit_cards_id_fk" FOREIGN KEY ("visit_card_id") REFERENCES "public"."visit_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_cards" ADD CONSTRAINT "visit_cards_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_cards" ADD CONSTRAINT "visit_cards_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qc_checklists" ADD CONSTRAINT "qc_checklists_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_passes" ADD CONSTRAINT "gate_passes_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_passes" ADD CONSTRAINT "gate_passes_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "extra_work_items_request_idx" ON "extra_work_items" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "extra_work_order_idx" ON "extra_work_requests" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "extra_work_vehicle_idx" ON "extra_work_requests" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "extra_work_point_status_idx" ON "extra_work_requests" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "extra_work_token_uq" ON "extra_work_requests" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "extra_work_point_number_uq" ON "extra_work_requests" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "member_card_ledger_card_entry_uq" ON "member_card_ledger" USING btree ("card_id","entry_no");--> statement-breakpoint
CREATE UNIQUE INDEX "member_cards_point_number_uq" ON "member_cards" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "member_cards_customer_idx" ON "member_cards" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "member_levels_point_name_uq" ON "member_levels" USING btree ("service_point_id","name");--> statement-breakpoint
CREATE INDEX "service_package_items_pkg_idx" ON "service_package_items" USING btree ("package_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_packages_point_code_uq" ON "service_packages" USING btree ("service_point_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "top_up_rules_point_min_uq" ON "top_up_rules" USING btree ("service_point_id","min_amount_fen");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_card_uses_line_uq" ON "visit_card_uses" USING btree ("line_id");--> statement-breakpoint
CREATE INDEX "visit_card_uses_card_idx" ON "visit_card_uses" USING btree ("visit_card_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_cards_point_number_uq" ON "visit_cards" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "visit_cards_customer_idx" ON "visit_cards" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_messages_kind_ref_uq" ON "customer_messages" USING btree ("kind","ref");--> statement-breakpoint
CREATE INDEX "customer_messages_customer_idx" ON "customer_messages" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "message_templates_point_kind_uq" ON "message_templates" USING btree ("service_point_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "gate_passes_wo_uq" ON "gate_passes" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gate_passes_point_number_uq" ON "gate_passes" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "gate_passes_point_plate_idx" ON "gate_passes" USING btree ("service_point_id","plate");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_receipt_token_uq" ON "settlements" USING btree ("receipt_token");--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_appointment_uq" ON "work_orders" USING btree ("appointment_id");