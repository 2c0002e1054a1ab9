CREATE TABLE "work_order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"work_order_id" uuid NOT NULL,
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
	"payer" text NOT NULL,
	"discount_pct_x100" integer DEFAULT 0 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"customer_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"appointment_id" uuid,
	"advisor_employee_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"mileage_in" integer NOT NULL,
	"fuel_level_pct" integer,
	"pre_check" jsonb NOT NULL,
	"concerns" text DEFAULT '' NOT NULL,
	"diagnosis" text DEFAULT '' NOT NULL,
	"repair_category" text DEFAULT 'minor' NOT NULL,
	"promised_at" timestamp with time zone,
	"customer_signature" text,
	"signed_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"towing_fen" integer DEFAULT 0 NOT NULL,
	"has_loaner_car" boolean DEFAULT false NOT NULL,
	"transport_allowance_fen" integer DEFAULT 0 NOT NULL,
	"old_parts_disposition" text DEFAULT 'none' NOT NULL,
	"rework_count" integer DEFAULT 0 NOT NULL,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "work_order_lines" ADD CONSTRAINT "work_order_lines_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "work_order_lines_order_idx" ON "work_order_lines" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_point_number_uq" ON "work_orders" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "work_orders_point_status_idx" ON "work_orders" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "work_orders_vehicle_idx" ON "work_orders" USING btree ("vehicle_id","received_at");