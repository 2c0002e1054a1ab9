CREATE TABLE "part_demand_stats" (
	"part_id" uuid PRIMARY KEY NOT NULL,
	"service_point_id" uuid NOT NULL,
	"total_milli" double precision NOT NULL,
	"sum_squares_milli2" double precision NOT NULL,
	CONSTRAINT "part_demand_stats_nonneg" CHECK ("part_demand_stats"."total_milli" >= 0 and "part_demand_stats"."sum_squares_milli2" >= 0)
);
--> statement-breakpoint
CREATE TABLE "part_demand_windows" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"from_day" text NOT NULL,
	"to_day" text NOT NULL,
	"time_zone" text NOT NULL,
	"movement_count" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "part_demand_stats" ADD CONSTRAINT "part_demand_stats_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_demand_windows" ADD CONSTRAINT "part_demand_windows_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "part_demand_stats_point_idx" ON "part_demand_stats" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "stock_movements_demand_idx" ON "stock_movements" USING btree ("service_point_id","at","part_id","qty_milli") WHERE "stock_movements"."kind" in ('issue', 'return');