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
ALTER TABLE "network_reports" ADD CONSTRAINT "network_reports_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_reports_point_period_uq" ON "network_reports" USING btree ("service_point_id","kind","period_label");--> statement-breakpoint
CREATE INDEX "network_reports_status_idx" ON "network_reports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "point_daily_rollups_day_idx" ON "point_daily_rollups" USING btree ("day");