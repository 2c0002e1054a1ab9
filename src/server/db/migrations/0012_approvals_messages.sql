CREATE TABLE "customer_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"channel" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"skip_reason" text DEFAULT '' NOT NULL,
	"notification_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "recipient_address" text;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "requested_by_name" text;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "discount_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "receipt_token" text;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_messages_kind_ref_uq" ON "customer_messages" USING btree ("kind","ref");--> statement-breakpoint
CREATE INDEX "customer_messages_customer_idx" ON "customer_messages" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "message_templates_point_kind_uq" ON "message_templates" USING btree ("service_point_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_receipt_token_uq" ON "settlements" USING btree ("receipt_token");