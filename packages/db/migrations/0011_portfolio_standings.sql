CREATE TABLE "portfolio_standings" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"facts_seq" bigint NOT NULL,
	"case_xmin" text NOT NULL,
	"computed_on" date NOT NULL,
	"urgency" double precision NOT NULL,
	"oldest_days_late" integer NOT NULL,
	"days_in_phase" integer NOT NULL,
	"reference" text NOT NULL,
	"last_activity_on" date,
	"budget_use" double precision NOT NULL,
	"stalled" boolean NOT NULL,
	"overdue" boolean NOT NULL,
	"over_budget" boolean NOT NULL,
	"entry" jsonb NOT NULL,
	"facts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_watermark" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "portfolio_watermark_one_row" CHECK ("portfolio_watermark"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "portfolio_standings" ADD CONSTRAINT "portfolio_standings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "portfolio_watermark" ("id", "seq") VALUES (1, 0);--> statement-breakpoint
-- The page statement scans the keys of every standing of a portfolio: the entries (jsonb, about 2 kB a row) are
-- moved out of the row (TOAST) so that the table itself stays narrow; they are read for a page's cases only.
ALTER TABLE "portfolio_standings" SET (toast_tuple_target = 128);
