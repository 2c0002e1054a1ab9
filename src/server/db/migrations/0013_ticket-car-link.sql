ALTER TABLE "tickets" ADD COLUMN "vehicle_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "work_order_id" uuid;