CREATE TABLE "gate_passes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"number" text NOT NULL,
	"plate" text NOT NULL,
	"basis" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by_name" text NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"exited_at" timestamp with time zone,
	"gate_keeper_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gate_passes_exit_ck" CHECK (("gate_passes"."status" = 'exited') = ("gate_passes"."exited_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "work_order_parts" ADD COLUMN "release_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "on_account_payer" text;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "on_account_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "settlements" ADD COLUMN "on_account_by_name" text;--> statement-breakpoint
ALTER TABLE "gate_passes" ADD CONSTRAINT "gate_passes_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_passes" ADD CONSTRAINT "gate_passes_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gate_passes_wo_uq" ON "gate_passes" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gate_passes_point_number_uq" ON "gate_passes" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "gate_passes_point_plate_idx" ON "gate_passes" USING btree ("service_point_id","plate");