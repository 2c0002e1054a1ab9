CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"uscc" text,
	"phone" text DEFAULT '' NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"is_vip" boolean DEFAULT false NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"vin" text NOT NULL,
	"is_vin_check_valid" boolean DEFAULT true NOT NULL,
	"plate" text DEFAULT '' NOT NULL,
	"brand" text DEFAULT '' NOT NULL,
	"model" text DEFAULT '' NOT NULL,
	"model_family" text DEFAULT '' NOT NULL,
	"model_year" integer,
	"mileage_km" integer DEFAULT 0 NOT NULL,
	"purchased_on" date,
	"warranty_until" date,
	"warranty_km" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customers_point_phone_idx" ON "customers" USING btree ("service_point_id","phone");--> statement-breakpoint
CREATE INDEX "customers_point_name_idx" ON "customers" USING btree ("service_point_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_point_vin_uq" ON "vehicles" USING btree ("service_point_id","vin");--> statement-breakpoint
CREATE INDEX "vehicles_point_plate_idx" ON "vehicles" USING btree ("service_point_id","plate");--> statement-breakpoint
CREATE INDEX "vehicles_vin_reverse_idx" ON "vehicles" USING btree (reverse("vin") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "vehicles_customer_idx" ON "vehicles" USING btree ("customer_id");