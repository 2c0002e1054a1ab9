CREATE TABLE "field_dispatch_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"planned_date" date NOT NULL,
	"from_engineer_id" uuid,
	"to_engineer_id" uuid,
	"from_order" integer,
	"to_order" integer,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"by_user_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "field_dispatch_overrides" ADD CONSTRAINT "field_dispatch_overrides_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_dispatch_overrides" ADD CONSTRAINT "field_dispatch_overrides_visit_id_field_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."field_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_dispatch_overrides_visit_idx" ON "field_dispatch_overrides" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "field_dispatch_overrides_day_idx" ON "field_dispatch_overrides" USING btree ("service_point_id","planned_date");--> statement-breakpoint
CREATE INDEX "field_visits_request_idx" ON "field_visits" USING btree ("request_id");