CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"in_at" timestamp with time zone NOT NULL,
	"out_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"caller_employee_id" uuid,
	"answers" jsonb,
	"score" integer,
	"is_flagged" boolean DEFAULT false NOT NULL,
	"ticket_id" uuid,
	"last_attempt_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_clocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "qc_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"inspector_employee_id" uuid,
	"inspector_name" text NOT NULL,
	"is_passed" boolean NOT NULL,
	"is_road_tested" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"certificate_no" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text NOT NULL,
	"gross_fen" integer NOT NULL,
	"discount_fen" integer DEFAULT 0 NOT NULL,
	"payable_fen" integer NOT NULL,
	"payments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"invoice_no" text DEFAULT '' NOT NULL,
	"requested_by" uuid,
	"approved_by" uuid,
	"approved_by_name" text,
	"cashier_name" text,
	"settled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"on_hand_milli" integer DEFAULT 0 NOT NULL,
	"reserved_milli" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_items_on_hand_nonneg" CHECK ("stock_items"."on_hand_milli" >= 0),
	CONSTRAINT "stock_items_reserved_range" CHECK ("stock_items"."reserved_milli" >= 0 and "stock_items"."reserved_milli" <= "stock_items"."on_hand_milli")
);
--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"qty_milli" integer NOT NULL,
	"unit_cost_fen" integer NOT NULL,
	"work_order_id" uuid,
	"work_order_line_id" uuid,
	"actor_name" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warehouse_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_order_parts" (
	"work_order_line_id" uuid PRIMARY KEY NOT NULL,
	"work_order_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"requested_milli" integer NOT NULL,
	"reserved_milli" integer DEFAULT 0 NOT NULL,
	"issued_milli" integer DEFAULT 0 NOT NULL,
	"returned_milli" integer DEFAULT 0 NOT NULL,
	"is_filled_at_pick" boolean,
	"status" text DEFAULT 'reserved' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"work_order_line_id" uuid NOT NULL,
	"trade" text NOT NULL,
	"standard_minutes" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"technician_employee_id" uuid,
	"team_id" uuid,
	"planned_start_at" timestamp with time zone,
	"planned_end_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_clocks" ADD CONSTRAINT "job_clocks_job_id_workshop_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."workshop_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qc_inspections" ADD CONSTRAINT "qc_inspections_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_items" ADD CONSTRAINT "stock_items_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_items" ADD CONSTRAINT "stock_items_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_items" ADD CONSTRAINT "stock_items_location_id_warehouse_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."warehouse_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse_locations" ADD CONSTRAINT "warehouse_locations_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_parts" ADD CONSTRAINT "work_order_parts_work_order_line_id_work_order_lines_id_fk" FOREIGN KEY ("work_order_line_id") REFERENCES "public"."work_order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_order_parts" ADD CONSTRAINT "work_order_parts_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD CONSTRAINT "workshop_jobs_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD CONSTRAINT "workshop_jobs_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD CONSTRAINT "workshop_jobs_work_order_line_id_work_order_lines_id_fk" FOREIGN KEY ("work_order_line_id") REFERENCES "public"."work_order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_employee_date_idx" ON "attendance" USING btree ("employee_id","local_date");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_wo_uq" ON "follow_ups" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "follow_ups_point_status_due_idx" ON "follow_ups" USING btree ("service_point_id","status","due_at");--> statement-breakpoint
CREATE INDEX "job_clocks_job_idx" ON "job_clocks" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "job_clocks_employee_idx" ON "job_clocks" USING btree ("employee_id","started_at");--> statement-breakpoint
CREATE INDEX "qc_inspections_wo_idx" ON "qc_inspections" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_wo_uq" ON "settlements" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_point_number_uq" ON "settlements" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_items_part_location_uq" ON "stock_items" USING btree ("part_id","location_id");--> statement-breakpoint
CREATE INDEX "stock_items_point_part_idx" ON "stock_items" USING btree ("service_point_id","part_id");--> statement-breakpoint
CREATE INDEX "stock_movements_part_at_idx" ON "stock_movements" USING btree ("part_id","at");--> statement-breakpoint
CREATE INDEX "stock_movements_wo_idx" ON "stock_movements" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "warehouse_locations_point_code_uq" ON "warehouse_locations" USING btree ("service_point_id","code");--> statement-breakpoint
CREATE INDEX "work_order_parts_wo_idx" ON "work_order_parts" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "work_order_parts_point_status_idx" ON "work_order_parts" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_jobs_line_uq" ON "workshop_jobs" USING btree ("work_order_line_id");--> statement-breakpoint
CREATE INDEX "workshop_jobs_point_status_idx" ON "workshop_jobs" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "workshop_jobs_technician_idx" ON "workshop_jobs" USING btree ("technician_employee_id","status");