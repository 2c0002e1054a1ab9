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
CREATE INDEX "field_visits_engineer_idx" ON "field_visits" USING btree ("engineer_id","planned_date");