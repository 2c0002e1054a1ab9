CREATE TABLE "knowledge_token_counts" (
	"token" text PRIMARY KEY NOT NULL,
	"articles" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gbt_weight_settings" (
	"service_point_id" uuid PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_by_name" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "point_monthly_rollups" (
	"service_point_id" uuid NOT NULL,
	"month" date NOT NULL,
	"cars_in" integer DEFAULT 0 NOT NULL,
	"cars_settled" integer DEFAULT 0 NOT NULL,
	"revenue_labor_fen" bigint DEFAULT 0 NOT NULL,
	"revenue_parts_fen" bigint DEFAULT 0 NOT NULL,
	"revenue_other_fen" bigint DEFAULT 0 NOT NULL,
	"settled_payable_fen" bigint DEFAULT 0 NOT NULL,
	"sold_minutes" integer DEFAULT 0 NOT NULL,
	"clocked_minutes" integer DEFAULT 0 NOT NULL,
	"attended_minutes" integer DEFAULT 0 NOT NULL,
	"comebacks" integer DEFAULT 0 NOT NULL,
	"qc_first" integer DEFAULT 0 NOT NULL,
	"qc_first_passed" integer DEFAULT 0 NOT NULL,
	"complaints_opened" integer DEFAULT 0 NOT NULL,
	"complaints_resolved" integer DEFAULT 0 NOT NULL,
	"complaints_resolved_in_time" integer DEFAULT 0 NOT NULL,
	"follow_ups_closed" integer DEFAULT 0 NOT NULL,
	"follow_ups_done" integer DEFAULT 0 NOT NULL,
	"follow_ups_scored" integer DEFAULT 0 NOT NULL,
	"follow_up_score_sum" integer DEFAULT 0 NOT NULL,
	"appointments_booked" integer DEFAULT 0 NOT NULL,
	"appointments_arrived" integer DEFAULT 0 NOT NULL,
	"cars_in_booked" integer DEFAULT 0 NOT NULL,
	"delivered" integer DEFAULT 0 NOT NULL,
	"delivered_promised" integer DEFAULT 0 NOT NULL,
	"delivered_on_time" integer DEFAULT 0 NOT NULL,
	"delivered_same_day" integer DEFAULT 0 NOT NULL,
	"parts_lines_picked" integer DEFAULT 0 NOT NULL,
	"parts_lines_filled" integer DEFAULT 0 NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_monthly_rollups_service_point_id_month_pk" PRIMARY KEY("service_point_id","month")
);
--> statement-breakpoint
ALTER TABLE "labor_operations" ADD COLUMN "required_certificate" text;--> statement-breakpoint
ALTER TABLE "field_visits" ADD COLUMN "pinned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "labor_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "parts_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "amount_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "customer_payable_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "gbt_weight_settings" ADD CONSTRAINT "gbt_weight_settings_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill: the same pricing as domain/work-orders/quote.ts priceLine (quantity × price half up to the fen, then the
-- discount half up; a fixed amount, capped at the list amount, replaces the discount).
WITH "priced" AS (
  SELECT "work_order_id", "kind", "payer",
         CASE WHEN "fixed_amount_fen" IS NOT NULL THEN LEAST("fixed_amount_fen"::bigint, "gross")
              ELSE (2 * "gross" * (10000 - "discount_pct_x100") + 10000) / 20000 END AS "amount"
  FROM (SELECT *, (2 * COALESCE(CASE WHEN "kind" = 'labor' THEN "hours_milli" ELSE "qty_milli" END, 0)::bigint
                     * COALESCE(CASE WHEN "kind" = 'labor' THEN "rate_fen" ELSE "unit_price_fen" END, 0) + 1000) / 2000 AS "gross"
        FROM "work_order_lines") "l"
), "sums" AS (
  SELECT "work_order_id",
         SUM("amount") FILTER (WHERE "kind" = 'labor') AS "labor",
         SUM("amount") FILTER (WHERE "kind" = 'parts') AS "parts",
         SUM("amount") AS "amount",
         SUM("amount") FILTER (WHERE "payer" = 'customer') AS "customer"
  FROM "priced" GROUP BY "work_order_id"
)
UPDATE "work_orders" SET "labor_fen" = COALESCE("sums"."labor", 0), "parts_fen" = COALESCE("sums"."parts", 0),
       "amount_fen" = "sums"."amount", "customer_payable_fen" = COALESCE("sums"."customer", 0)
FROM "sums" WHERE "sums"."work_order_id" = "work_orders"."id";
--> statement-breakpoint
-- Backfill: token counts of the existing articles (ADR 023).
INSERT INTO "knowledge_token_counts" ("token", "articles") SELECT t, count(*)::int FROM "knowledge_articles", unnest("tokens") AS t GROUP BY t;
--> statement-breakpoint
-- Backfill: every month's row as the sum of its daily rows (ADR 024; the statement rebuildMonths runs).
WITH "base" AS (
  SELECT d.service_point_id, date_trunc('month', d.day)::date AS month, sum(d.cars_in), sum(d.cars_settled), sum(d.revenue_labor_fen), sum(d.revenue_parts_fen), sum(d.revenue_other_fen), sum(d.settled_payable_fen), sum(d.sold_minutes), sum(d.clocked_minutes), sum(d.attended_minutes), sum(d.comebacks), sum(d.qc_first), sum(d.qc_first_passed), sum(d.complaints_opened), sum(d.complaints_resolved), sum(d.complaints_resolved_in_time), sum(d.follow_ups_closed), sum(d.follow_ups_done), sum(d.follow_ups_scored), sum(d.follow_up_score_sum), sum(d.appointments_booked), sum(d.appointments_arrived), sum(d.cars_in_booked), sum(d.delivered), sum(d.delivered_promised), sum(d.delivered_on_time), sum(d.delivered_same_day), sum(d.parts_lines_picked), sum(d.parts_lines_filled)
  FROM point_daily_rollups d GROUP BY 1, 2
), "ex" AS (
  SELECT service_point_id, month, jsonb_object_agg(key, total) AS extra FROM (
    SELECT d.service_point_id, date_trunc('month', d.day)::date AS month, e.key, sum(e.value::numeric) AS total
    FROM point_daily_rollups d CROSS JOIN LATERAL jsonb_each_text(d.extra) e GROUP BY 1, 2, 3
  ) x GROUP BY 1, 2
)
INSERT INTO point_monthly_rollups (service_point_id, month, cars_in, cars_settled, revenue_labor_fen, revenue_parts_fen, revenue_other_fen, settled_payable_fen, sold_minutes, clocked_minutes, attended_minutes, comebacks, qc_first, qc_first_passed, complaints_opened, complaints_resolved, complaints_resolved_in_time, follow_ups_closed, follow_ups_done, follow_ups_scored, follow_up_score_sum, appointments_booked, appointments_arrived, cars_in_booked, delivered, delivered_promised, delivered_on_time, delivered_same_day, parts_lines_picked, parts_lines_filled, extra)
SELECT b.*, coalesce(ex.extra, '{}'::jsonb) FROM base b LEFT JOIN ex USING (service_point_id, month);
