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
ALTER TABLE "field_install_orders" ADD CONSTRAINT "field_install_orders_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_orders" ADD CONSTRAINT "field_install_orders_unit_id_field_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."field_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_orders" ADD CONSTRAINT "field_install_orders_engineer_id_field_engineers_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."field_engineers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_templates" ADD CONSTRAINT "field_install_templates_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_install_templates" ADD CONSTRAINT "field_install_templates_product_id_field_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."field_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_maintenance_plans" ADD CONSTRAINT "field_maintenance_plans_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_maintenance_plans" ADD CONSTRAINT "field_maintenance_plans_product_id_field_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."field_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_maintenance_plans" ADD CONSTRAINT "field_maintenance_plans_unit_id_field_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."field_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "field_install_orders_point_number_uq" ON "field_install_orders" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "field_install_orders_unit_live_uq" ON "field_install_orders" USING btree ("unit_id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "field_install_orders_point_status_idx" ON "field_install_orders" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "field_install_templates_product_uq" ON "field_install_templates" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_maintenance_plans_product_uq" ON "field_maintenance_plans" USING btree ("product_id") WHERE scope = 'product' and active;--> statement-breakpoint
CREATE UNIQUE INDEX "field_maintenance_plans_unit_uq" ON "field_maintenance_plans" USING btree ("unit_id") WHERE scope = 'unit' and active;--> statement-breakpoint
CREATE UNIQUE INDEX "field_maintenance_plans_contract_uq" ON "field_maintenance_plans" USING btree ("service_point_id","contract_no") WHERE scope = 'contract' and active;