ALTER TABLE "settlements" ADD COLUMN "insurer_share_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "salvage_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "insurance_case_id" uuid;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "insurer_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_insurer_share_ck" CHECK ("settlements"."insurer_share_fen" >= 0 AND "settlements"."salvage_fen" >= 0 AND ("settlements"."insurer_share_fen" = 0 OR "settlements"."insurance_case_id" IS NOT NULL));