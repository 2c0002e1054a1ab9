ALTER TABLE "job_clocks" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "job_clocks" ADD COLUMN "pause_note" text;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD COLUMN "pause_reason" text;--> statement-breakpoint
ALTER TABLE "workshop_jobs" ADD COLUMN "pause_note" text;