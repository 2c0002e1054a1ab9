CREATE TABLE "subsidy_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"dealer_point_id" uuid NOT NULL,
	"settled_orders" integer DEFAULT 0 NOT NULL,
	"field_visits" integer DEFAULT 0 NOT NULL,
	"amount_fen" bigint NOT NULL,
	"adjust_fen" bigint DEFAULT 0 NOT NULL,
	"payable_fen" bigint NOT NULL,
	"basis_text" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_lines_payable_ck" CHECK ("subsidy_lines"."payable_fen" >= 0 and "subsidy_lines"."payable_fen" = greatest(0, "subsidy_lines"."amount_fen" + "subsidy_lines"."adjust_fen"))
);
--> statement-breakpoint
CREATE TABLE "subsidy_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"point_kind" text NOT NULL,
	"basis" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_rules_amount_ck" CHECK ("subsidy_rules"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "subsidy_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"month" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" text DEFAULT 'computed' NOT NULL,
	"total_fen" bigint DEFAULT 0 NOT NULL,
	"rules_text" text DEFAULT '' NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by_name" text NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_name" text,
	"reviewed_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"approved_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subsidy_statements_status_ck" CHECK ("subsidy_statements"."status" in ('computed', 'reviewed', 'approved')),
	CONSTRAINT "subsidy_statements_total_ck" CHECK ("subsidy_statements"."total_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "subsidy_lines" ADD CONSTRAINT "subsidy_lines_statement_id_subsidy_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."subsidy_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_lines" ADD CONSTRAINT "subsidy_lines_dealer_point_id_service_points_id_fk" FOREIGN KEY ("dealer_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_rules" ADD CONSTRAINT "subsidy_rules_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_statements" ADD CONSTRAINT "subsidy_statements_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_lines_statement_dealer_uq" ON "subsidy_lines" USING btree ("statement_id","dealer_point_id");--> statement-breakpoint
CREATE INDEX "subsidy_lines_dealer_idx" ON "subsidy_lines" USING btree ("dealer_point_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_rules_point_kind_basis_uq" ON "subsidy_rules" USING btree ("service_point_id","point_kind","basis");--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_statements_point_month_uq" ON "subsidy_statements" USING btree ("service_point_id","month");