CREATE TABLE "labor_operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"trade" text NOT NULL,
	"category" text DEFAULT 'minor' NOT NULL,
	"default_hours_milli" integer NOT NULL,
	"hours_by_family_milli" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "labor_rates" (
	"service_point_id" uuid NOT NULL,
	"trade" text NOT NULL,
	"skill_grade" text NOT NULL,
	"rate_fen" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "labor_rates_service_point_id_trade_skill_grade_pk" PRIMARY KEY("service_point_id","trade","skill_grade")
);
--> statement-breakpoint
CREATE TABLE "parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"part_no" text NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '个' NOT NULL,
	"retail_price_fen" integer NOT NULL,
	"cost_price_fen" integer NOT NULL,
	"is_genuine" boolean DEFAULT true NOT NULL,
	"brand" text DEFAULT '' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "labor_operations" ADD CONSTRAINT "labor_operations_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labor_rates" ADD CONSTRAINT "labor_rates_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parts" ADD CONSTRAINT "parts_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "labor_operations_point_code_uq" ON "labor_operations" USING btree ("service_point_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "parts_point_no_uq" ON "parts" USING btree ("service_point_id","part_no");--> statement-breakpoint
CREATE INDEX "parts_point_name_idx" ON "parts" USING btree ("service_point_id","name");