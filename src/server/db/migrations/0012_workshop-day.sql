CREATE TABLE "qc_checklists" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"items" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_clocks" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "job_clocks" ADD COLUMN "pause_note" text;--> statement-breakpoint
ALTER TABLE "qc_inspections" ADD COLUMN "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "qc_inspections" ADD COLUMN "mileage_out" integer;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD COLUMN "pause_note" text;--> statement-breakpoint
ALTER TABLE "qc_checklists" ADD CONSTRAINT "qc_checklists_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;