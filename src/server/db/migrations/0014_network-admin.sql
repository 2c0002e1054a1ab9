CREATE TABLE "accreditation_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gbt_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"weights" jsonb NOT NULL,
	"indicators" jsonb NOT NULL,
	"score" double precision NOT NULL,
	"grade" text NOT NULL,
	"next" jsonb,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gbt_assessments_score" CHECK ("gbt_assessments"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "point_profiles" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"star" text DEFAULT 'none' NOT NULL,
	"accreditation" text DEFAULT 'operating' NOT NULL,
	"lng" double precision,
	"lat" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_profiles_star" CHECK ("point_profiles"."star" in ('none','1','2','3','4','5')),
	CONSTRAINT "point_profiles_accreditation" CHECK ("point_profiles"."accreditation" in ('applied','surveyed','preliminary','signed','operating','rectifying','exited')),
	CONSTRAINT "point_profiles_coords" CHECK (("point_profiles"."lng" is null or "point_profiles"."lng" between -180 and 180) and ("point_profiles"."lat" is null or "point_profiles"."lat" between -90 and 90))
);
--> statement-breakpoint
CREATE TABLE "rectification_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"scorecard_entry_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectification_actions_status" CHECK ("rectification_actions"."status" in ('open','in_progress','done','reviewed'))
);
--> statement-breakpoint
CREATE TABLE "scorecard_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"period" text NOT NULL,
	"items" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecard_entries_total" CHECK ("scorecard_entries"."total" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"name_zh" text NOT NULL,
	"items" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accreditation_records" ADD CONSTRAINT "accreditation_records_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gbt_assessments" ADD CONSTRAINT "gbt_assessments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_profiles" ADD CONSTRAINT "point_profiles_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_actions" ADD CONSTRAINT "rectification_actions_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_actions" ADD CONSTRAINT "rectification_actions_scorecard_entry_id_scorecard_entries_id_fk" FOREIGN KEY ("scorecard_entry_id") REFERENCES "public"."scorecard_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_entries" ADD CONSTRAINT "scorecard_entries_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_entries" ADD CONSTRAINT "scorecard_entries_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accreditation_records_point_idx" ON "accreditation_records" USING btree ("service_point_id","on");--> statement-breakpoint
CREATE INDEX "gbt_assessments_point_idx" ON "gbt_assessments" USING btree ("service_point_id","assessed_on");--> statement-breakpoint
CREATE INDEX "rectification_actions_point_idx" ON "rectification_actions" USING btree ("service_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_entries_point_period_uq" ON "scorecard_entries" USING btree ("service_point_id","scorecard_id","period");--> statement-breakpoint
CREATE INDEX "scorecards_point_idx" ON "scorecards" USING btree ("service_point_id");