CREATE TABLE "stock_count_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"count_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"book_milli" integer NOT NULL,
	"counted_milli" integer,
	"book_at_entry_milli" integer,
	"unit_cost_fen" integer NOT NULL,
	"counted_at" timestamp with time zone,
	"counted_by_name" text DEFAULT '' NOT NULL,
	"booked_milli" integer,
	CONSTRAINT "stock_count_lines_counted_nonneg" CHECK ("stock_count_lines"."counted_milli" is null or "stock_count_lines"."counted_milli" >= 0),
	CONSTRAINT "stock_count_lines_book_nonneg" CHECK ("stock_count_lines"."book_milli" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'counting' NOT NULL,
	"all_locations" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"variance_fen" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_by_name" text DEFAULT '' NOT NULL,
	"escalated_by" uuid,
	"approved_by_name" text DEFAULT '' NOT NULL,
	"decision_note" text DEFAULT '' NOT NULL,
	"booked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_sharing_settings" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_sharing_mode" CHECK ("stock_sharing_settings"."mode" in ('none', 'siblings', 'subtree'))
);
--> statement-breakpoint
CREATE TABLE "stock_transfer_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transfer_id" uuid NOT NULL,
	"from_part_id" uuid NOT NULL,
	"to_part_id" uuid NOT NULL,
	"qty_milli" integer NOT NULL,
	"shipped_milli" integer DEFAULT 0 NOT NULL,
	"received_milli" integer DEFAULT 0 NOT NULL,
	"unit_cost_fen" integer NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stock_transfer_lines_qty_pos" CHECK ("stock_transfer_lines"."qty_milli" > 0),
	CONSTRAINT "stock_transfer_lines_shipped_range" CHECK ("stock_transfer_lines"."shipped_milli" >= 0 and "stock_transfer_lines"."shipped_milli" <= "stock_transfer_lines"."qty_milli"),
	CONSTRAINT "stock_transfer_lines_received_range" CHECK ("stock_transfer_lines"."received_milli" >= 0 and "stock_transfer_lines"."received_milli" <= "stock_transfer_lines"."shipped_milli"),
	CONSTRAINT "stock_transfer_lines_cost_nonneg" CHECK ("stock_transfer_lines"."unit_cost_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"from_point_id" uuid NOT NULL,
	"to_point_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"total_fen" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_by_name" text DEFAULT '' NOT NULL,
	"escalated_by" uuid,
	"approved_by_name" text DEFAULT '' NOT NULL,
	"decision_note" text DEFAULT '' NOT NULL,
	"shipped_by_name" text DEFAULT '' NOT NULL,
	"shipped_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_transfers_points_differ" CHECK ("stock_transfers"."from_point_id" <> "stock_transfers"."to_point_id"),
	CONSTRAINT "stock_transfers_total_nonneg" CHECK ("stock_transfers"."total_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_count_id_stock_counts_id_fk" FOREIGN KEY ("count_id") REFERENCES "public"."stock_counts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_location_id_warehouse_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."warehouse_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_sharing_settings" ADD CONSTRAINT "stock_sharing_settings_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfer_lines" ADD CONSTRAINT "stock_transfer_lines_transfer_id_stock_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."stock_transfers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfer_lines" ADD CONSTRAINT "stock_transfer_lines_from_part_id_parts_id_fk" FOREIGN KEY ("from_part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfer_lines" ADD CONSTRAINT "stock_transfer_lines_to_part_id_parts_id_fk" FOREIGN KEY ("to_part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_from_point_id_service_points_id_fk" FOREIGN KEY ("from_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_to_point_id_service_points_id_fk" FOREIGN KEY ("to_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stock_count_lines_uq" ON "stock_count_lines" USING btree ("count_id","location_id","part_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_counts_point_number_uq" ON "stock_counts" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "stock_counts_point_status_idx" ON "stock_counts" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "stock_transfer_lines_transfer_idx" ON "stock_transfer_lines" USING btree ("transfer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_transfers_number_uq" ON "stock_transfers" USING btree ("to_point_id","number");--> statement-breakpoint
CREATE INDEX "stock_transfers_from_idx" ON "stock_transfers" USING btree ("from_point_id","status");--> statement-breakpoint
CREATE INDEX "stock_transfers_to_idx" ON "stock_transfers" USING btree ("to_point_id","status");