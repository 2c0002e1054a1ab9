CREATE TABLE "ehealth_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"work_order_number" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"adapter" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ehealth_records_status_ck" CHECK ("ehealth_records"."status" in ('pending', 'sent', 'failed')),
	CONSTRAINT "ehealth_records_sent_ck" CHECK (("ehealth_records"."status" = 'sent') = ("ehealth_records"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "ehealth_records" ADD CONSTRAINT "ehealth_records_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ehealth_records" ADD CONSTRAINT "ehealth_records_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ehealth_records_work_order_uq" ON "ehealth_records" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "ehealth_records_point_status_idx" ON "ehealth_records" USING btree ("service_point_id","status");