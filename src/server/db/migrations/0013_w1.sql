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
CREATE INDEX "campaign_imports_campaign_idx" ON "campaign_imports" USING btree ("campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_vins_campaign_vin_uq" ON "campaign_vins" USING btree ("campaign_id","vin");--> statement-breakpoint
CREATE INDEX "campaign_vins_vin_idx" ON "campaign_vins" USING btree ("vin");--> statement-breakpoint
CREATE INDEX "campaign_vins_campaign_station_idx" ON "campaign_vins" USING btree ("campaign_id","station_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_point_number_uq" ON "campaigns" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_policies_point_family_uq" ON "warranty_policies" USING btree ("service_point_id","model_family");--> statement-breakpoint
CREATE INDEX "warranty_repair_facts_vehicle_idx" ON "warranty_repair_facts" USING btree ("vehicle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_return_requests_point_number_uq" ON "warranty_return_requests" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "warranty_return_requests_vehicle_idx" ON "warranty_return_requests" USING btree ("vehicle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "warranty_watch_notices_vehicle_key_uq" ON "warranty_watch_notices" USING btree ("vehicle_id","key");