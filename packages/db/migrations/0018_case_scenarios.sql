ALTER TYPE "public"."notification_kind" ADD VALUE 'SCENARIO_SIGNAL';--> statement-breakpoint
CREATE TABLE "case_scenario_factors" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"first_question" text NOT NULL,
	"first_outcomes" text[] NOT NULL,
	"second_question" text NOT NULL,
	"second_outcomes" text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_professional_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_scenarios" (
	"case_id" uuid NOT NULL,
	"position" text NOT NULL,
	"response" text NOT NULL,
	CONSTRAINT "case_scenarios_case_id_position_pk" PRIMARY KEY("case_id","position")
);
--> statement-breakpoint
CREATE TABLE "scenario_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"position" text NOT NULL,
	"description" text NOT NULL,
	"observed_at" timestamp with time zone,
	"observed_by_professional_id" uuid
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "draft_reason" text;--> statement-breakpoint
ALTER TABLE "case_scenario_factors" ADD CONSTRAINT "case_scenario_factors_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_scenario_factors" ADD CONSTRAINT "case_scenario_factors_updated_by_professional_id_professionals_id_fk" FOREIGN KEY ("updated_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_scenarios" ADD CONSTRAINT "case_scenarios_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_signals" ADD CONSTRAINT "scenario_signals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_signals" ADD CONSTRAINT "scenario_signals_observed_by_professional_id_professionals_id_fk" FOREIGN KEY ("observed_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenario_signals_case_id_index" ON "scenario_signals" USING btree ("case_id");