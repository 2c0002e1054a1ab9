ALTER TABLE "work_orders" ADD COLUMN "labor_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "parts_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "amount_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "customer_payable_fen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
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
