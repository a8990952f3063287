ALTER TYPE "public"."notification_kind" ADD VALUE 'ESCALATION';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'FRAMEWORK_DECISION';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'CASE_STALLED';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'CHECK_IN_DUE';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'MONITORING_FOLLOW_UP_DUE';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'PLAN_AWAITS_APPROVAL';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'GRANT_EXPIRING';--> statement-breakpoint
CREATE TABLE "case_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"cooperation" text NOT NULL,
	"budget" text,
	"obstacles" text,
	"next_check_in_on" date NOT NULL,
	"casusregisseur_id" uuid,
	"by_professional_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_level" integer NOT NULL,
	"to_level" integer NOT NULL,
	"table_id" uuid,
	"reason" text NOT NULL,
	"decision" text,
	"decided_on" date,
	"by_professional_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_framework_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"from_framework" "case_framework" NOT NULL,
	"to_framework" "case_framework" NOT NULL,
	"decision" text NOT NULL,
	"decided_on" date NOT NULL,
	"new_casusregisseur_id" uuid,
	"previous_casusregisseur_id" uuid,
	"previous_procesregisseur_id" uuid,
	"by_professional_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_monitoring_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"follow_up_on" date NOT NULL,
	"reviewed_on" date NOT NULL,
	"outcome" text NOT NULL,
	"note" text NOT NULL,
	"next_follow_up_on" date,
	"by_professional_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_outcome" CHECK ("case_monitoring_reviews"."outcome" in ('CONTINUE', 'CLOSE', 'REOPEN'))
);
--> statement-breakpoint
CREATE TABLE "escalation_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"level" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"chair_professional_id" uuid,
	"description" text,
	"decides_framework" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "escalation_tables_name_unique" UNIQUE("name"),
	CONSTRAINT "escalation_table_level" CHECK ("escalation_tables"."level" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "escalation_table_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "budget_cents" bigint;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "check_in_interval_weeks" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "monitoring_follow_up_on" date;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "occurrence" text;--> statement-breakpoint
ALTER TABLE "case_check_ins" ADD CONSTRAINT "case_check_ins_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_check_ins" ADD CONSTRAINT "case_check_ins_casusregisseur_id_professionals_id_fk" FOREIGN KEY ("casusregisseur_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_check_ins" ADD CONSTRAINT "case_check_ins_by_professional_id_professionals_id_fk" FOREIGN KEY ("by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalations" ADD CONSTRAINT "case_escalations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalations" ADD CONSTRAINT "case_escalations_table_id_escalation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."escalation_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalations" ADD CONSTRAINT "case_escalations_by_professional_id_professionals_id_fk" FOREIGN KEY ("by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_framework_decisions" ADD CONSTRAINT "case_framework_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_framework_decisions" ADD CONSTRAINT "case_framework_decisions_table_id_escalation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."escalation_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_framework_decisions" ADD CONSTRAINT "case_framework_decisions_new_casusregisseur_id_professionals_id_fk" FOREIGN KEY ("new_casusregisseur_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_framework_decisions" ADD CONSTRAINT "case_framework_decisions_previous_casusregisseur_id_professionals_id_fk" FOREIGN KEY ("previous_casusregisseur_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_framework_decisions" ADD CONSTRAINT "case_framework_decisions_previous_procesregisseur_id_professionals_id_fk" FOREIGN KEY ("previous_procesregisseur_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_framework_decisions" ADD CONSTRAINT "case_framework_decisions_by_professional_id_professionals_id_fk" FOREIGN KEY ("by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_monitoring_reviews" ADD CONSTRAINT "case_monitoring_reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_monitoring_reviews" ADD CONSTRAINT "case_monitoring_reviews_by_professional_id_professionals_id_fk" FOREIGN KEY ("by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_tables" ADD CONSTRAINT "escalation_tables_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_tables" ADD CONSTRAINT "escalation_tables_chair_professional_id_professionals_id_fk" FOREIGN KEY ("chair_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_check_ins_case_id_held_on_index" ON "case_check_ins" USING btree ("case_id","held_on");--> statement-breakpoint
CREATE INDEX "case_escalations_case_id_at_index" ON "case_escalations" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_framework_decisions_case_id_at_index" ON "case_framework_decisions" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_monitoring_reviews_case_id_reviewed_on_index" ON "case_monitoring_reviews" USING btree ("case_id","reviewed_on");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_escalation_table_id_escalation_tables_id_fk" FOREIGN KEY ("escalation_table_id") REFERENCES "public"."escalation_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_per_occurrence" ON "notifications" USING btree ("recipient_professional_id","case_id","kind","occurrence") WHERE "notifications"."occurrence" is not null;--> statement-breakpoint
-- Data migration: a case escalated before the ladder keeps its level; its history starts with that level (no
-- table, no author: it was a bare number), so the timeline shows where it stood when the ladder came.
INSERT INTO "case_escalations" ("case_id", "from_level", "to_level", "table_id", "reason", "by_professional_id", "at")
SELECT "id", 0, "escalation_level", NULL, 'Niveau van vóór de escalatieladder (overgenomen)', NULL, "updated_at"
FROM "cases" WHERE "escalation_level" > 0;
