CREATE TABLE "knowledge_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"point_path" text NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"symptom" text DEFAULT '' NOT NULL,
	"cause" text DEFAULT '' NOT NULL,
	"fix" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"parts" text DEFAULT '' NOT NULL,
	"labor_operation" text DEFAULT '' NOT NULL,
	"brands" text[] DEFAULT '{}'::text[] NOT NULL,
	"models" text[] DEFAULT '{}'::text[] NOT NULL,
	"vin_ranges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"products" text[] DEFAULT '{}'::text[] NOT NULL,
	"fault_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"symptoms" text[] DEFAULT '{}'::text[] NOT NULL,
	"tokens" text[] DEFAULT '{}'::text[] NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"reviewer_name" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"solved_count" integer DEFAULT 0 NOT NULL,
	"unhelpful_count" integer DEFAULT 0 NOT NULL,
	"source_request_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"context_type" text NOT NULL,
	"context_id" uuid,
	"user_id" uuid NOT NULL,
	"solved" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"model" text DEFAULT '' NOT NULL,
	"production_month" text DEFAULT '' NOT NULL,
	"part" text DEFAULT '' NOT NULL,
	"fault_code" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_user_id" uuid,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"article_id" uuid,
	"first_reported_at" timestamp with time zone NOT NULL,
	"fix_published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closing_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tech_appraisals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"question" text NOT NULL,
	"fault_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"verdict" text,
	"reasoning" text,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tech_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_point_id" uuid NOT NULL,
	"number" text NOT NULL,
	"work_order_id" uuid,
	"job_id" uuid,
	"visit_id" uuid,
	"vehicle_id" uuid,
	"title" text NOT NULL,
	"symptom" text NOT NULL,
	"readings" text DEFAULT '' NOT NULL,
	"tried" text DEFAULT '' NOT NULL,
	"fault_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"level" integer DEFAULT 0 NOT NULL,
	"handling_point_id" uuid NOT NULL,
	"due_at" timestamp with time zone,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answer" text,
	"answered_by_name" text,
	"answered_at" timestamp with time zone,
	"answered_level" integer,
	"article_id" uuid,
	"raised_by_user_id" uuid NOT NULL,
	"raised_by_name" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_revisions" ADD CONSTRAINT "knowledge_revisions_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_uses" ADD CONSTRAINT "knowledge_uses_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_uses" ADD CONSTRAINT "knowledge_uses_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_feedback" ADD CONSTRAINT "quality_feedback_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_appraisals" ADD CONSTRAINT "tech_appraisals_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_appraisals" ADD CONSTRAINT "tech_appraisals_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_requests" ADD CONSTRAINT "tech_requests_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_requests" ADD CONSTRAINT "tech_requests_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_requests" ADD CONSTRAINT "tech_requests_handling_point_id_service_points_id_fk" FOREIGN KEY ("handling_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_articles_tokens_gin" ON "knowledge_articles" USING gin ("tokens");--> statement-breakpoint
CREATE INDEX "knowledge_articles_codes_gin" ON "knowledge_articles" USING gin ("fault_codes");--> statement-breakpoint
CREATE INDEX "knowledge_articles_status_idx" ON "knowledge_articles" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "knowledge_articles_point_idx" ON "knowledge_articles" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "knowledge_articles_number_idx" ON "knowledge_articles" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_revisions_uq" ON "knowledge_revisions" USING btree ("article_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_uses_once_uq" ON "knowledge_uses" USING btree ("article_id","context_type",coalesce("context_id", '00000000-0000-0000-0000-000000000000'::uuid),"user_id");--> statement-breakpoint
CREATE INDEX "knowledge_uses_point_idx" ON "knowledge_uses" USING btree ("service_point_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_feedback_point_number_uq" ON "quality_feedback" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "quality_feedback_status_idx" ON "quality_feedback" USING btree ("service_point_id","status");--> statement-breakpoint
CREATE INDEX "tech_appraisals_order_idx" ON "tech_appraisals" USING btree ("work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tech_requests_point_number_uq" ON "tech_requests" USING btree ("service_point_id","number");--> statement-breakpoint
CREATE INDEX "tech_requests_handling_idx" ON "tech_requests" USING btree ("handling_point_id","status");--> statement-breakpoint
CREATE INDEX "tech_requests_order_idx" ON "tech_requests" USING btree ("work_order_id");