ALTER TABLE "labor_operations" ADD COLUMN "required_certificate" text;--> statement-breakpoint
ALTER TABLE "field_visits" ADD COLUMN "pinned" boolean DEFAULT false NOT NULL;