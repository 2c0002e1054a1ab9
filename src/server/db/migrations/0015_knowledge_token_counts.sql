CREATE TABLE "knowledge_token_counts" (
	"token" text PRIMARY KEY NOT NULL,
	"articles" integer NOT NULL
);
--> statement-breakpoint
INSERT INTO "knowledge_token_counts" ("token", "articles") SELECT t, count(*)::int FROM "knowledge_articles", unnest("tokens") AS t GROUP BY t;
