CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extra_work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"labor_operation_id" uuid,
	"part_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"trade" text,
	"hours_milli" integer,
	"rate_fen" integer,
	"qty_milli" integer,
	"unit_price_fen" integer,
	"amount_fen" integer,
	"decision" text DEFAULT 'pending' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extra_work_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"work_order_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"description" text NOT NULL,
	"reported_by_employee_id" uuid,
	"reported_by_name" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"priced_by_name" text,
	"priced_at" timestamp with time zone,
	"proposed_promised_at" timestamp with time zone,
	"sent_channel" text,
	"sent_at" timestamp with time zone,
	"token" text,
	"token_expires_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_via" text,
	"confirmed_by_name" text,
	"confirm_method" text,
	"witness_employee_id" uuid,
	"witness_name" text,
	"signature" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_work_items" ADD CONSTRAINT "extra_work_items_request_id_extra_work_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."extra_work_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_work_requests" ADD CONSTRAINT "extra_work_requests_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_work_requests" ADD CONSTRAINT "extra_work_requests_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "extra_work_items_request_idx" ON "extra_work_items" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "extra_work_order_idx" ON "extra_work_requests" USING btree ("work_order_id");--> statement-breakpoint
CREATE INDEX "extra_work_vehicle_idx" ON "extra_work_requests" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "extra_work_point_status_idx" ON "extra_work_requests" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "extra_work_token_uq" ON "extra_work_requests" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "extra_work_point_number_uq" ON "extra_work_requests" USING btree ("service_point_id","number");