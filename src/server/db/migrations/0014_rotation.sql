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
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_plan_id_rotation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rotation_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_from_point_id_service_points_id_fk" FOREIGN KEY ("from_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_to_point_id_service_points_id_fk" FOREIGN KEY ("to_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_to_position_id_positions_id_fk" FOREIGN KEY ("to_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_moves" ADD CONSTRAINT "rotation_moves_successor_employee_id_employees_id_fk" FOREIGN KEY ("successor_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plans" ADD CONSTRAINT "rotation_plans_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_moves_plan_employee_uq" ON "rotation_moves" USING btree ("plan_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_plans_point_quarter_uq" ON "rotation_plans" USING btree ("service_point_id","quarter");--> statement-breakpoint
CREATE INDEX "rotation_plans_status_idx" ON "rotation_plans" USING btree ("status","effective_date");