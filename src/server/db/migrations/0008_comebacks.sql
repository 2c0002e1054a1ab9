ALTER TABLE "work_orders" ADD COLUMN "comeback_of_id" uuid;--> statement-breakpoint
ALTER TABLE "workshop_settings" ADD COLUMN "guarantee" jsonb DEFAULT '{}'::jsonb NOT NULL;