CREATE TYPE "public"."action_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."goal_priority" AS ENUM('HIGH', 'MEDIUM', 'LOW');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('ACUTE_SAFETY');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'AGREED', 'APPROVED', 'SUPERSEDED');--> statement-breakpoint
CREATE TYPE "public"."referral_kind" AS ENUM('REFERRAL', 'DECISION');--> statement-breakpoint
CREATE TYPE "public"."result_status" AS ENUM('IN_PROGRESS', 'IMPROVING', 'ACHIEVED', 'NOT_ACHIEVED', 'NOT_ATTAINABLE');--> statement-breakpoint
CREATE TYPE "public"."risk_level" AS ENUM('LOW', 'MEDIUM', 'HIGH');--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'ASSESSMENT';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'SAFETY_ASSESSMENT';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'NETWORK_MEMBER';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'PROBLEM';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'PLAN';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'GOAL';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'ACTION';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'RESULT';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'EVALUATION';--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'REFERRAL';--> statement-breakpoint
CREATE TABLE "actions" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_organisation_id" uuid NOT NULL,
	"owner_professional_id" uuid,
	"due_on" date,
	"status" "action_status" NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"assessed_on" date NOT NULL,
	"explanation" text,
	CONSTRAINT "assessment_score_zrm" CHECK ("assessments"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"scheduled_on" date NOT NULL,
	"held_on" date,
	"participants" text[] NOT NULL,
	"conclusions" text,
	"led_to_plan_item_id" uuid
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"lineage_id" uuid NOT NULL,
	"family_wording" text NOT NULL,
	"professional_wording" text NOT NULL,
	"priority" "goal_priority" NOT NULL,
	"target_date" date
);
--> statement-breakpoint
CREATE TABLE "network_members" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"relation" text NOT NULL,
	"support" text NOT NULL,
	"contact" text
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_professional_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"item_id" uuid,
	"kind" "notification_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "plan_status" DEFAULT 'DRAFT' NOT NULL,
	"perspective" text NOT NULL,
	"agreed_by_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"agreed_on" date,
	"agreement_recorded_by_professional_id" uuid,
	"approved_on" date,
	"approved_by_professional_id" uuid,
	"superseded_on" date,
	"reopen_reason" text,
	CONSTRAINT "plans_caseId_number_unique" UNIQUE("case_id","number")
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"causes" jsonb NOT NULL,
	"patterns" text[] NOT NULL,
	"statements" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"referral_kind" "referral_kind" NOT NULL,
	"care" text NOT NULL,
	"provider_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"cost_cents" bigint NOT NULL,
	"reference" text,
	CONSTRAINT "referral_cost_positive" CHECK ("referrals"."cost_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "results" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"measured_on" date NOT NULL,
	"score" integer,
	"status" "result_status" NOT NULL,
	"evidence" text NOT NULL,
	CONSTRAINT "result_score_range" CHECK ("results"."score" is null or "results"."score" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "safety_assessments" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"score" integer NOT NULL,
	"risk_level" "risk_level" NOT NULL,
	"acute" boolean NOT NULL,
	"danger_statements" jsonb NOT NULL,
	"instrument" text,
	"assessed_on" date NOT NULL,
	"conclusion" text,
	CONSTRAINT "safety_score_range" CHECK ("safety_assessments"."score" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "evaluation_interval_months" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD COLUMN "parent_item_id" uuid;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_professional_id_professionals_id_fk" FOREIGN KEY ("owner_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_led_to_plan_item_id_dossier_items_id_fk" FOREIGN KEY ("led_to_plan_item_id") REFERENCES "public"."dossier_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_professional_id_professionals_id_fk" FOREIGN KEY ("recipient_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_agreement_recorded_by_professional_id_professionals_id_fk" FOREIGN KEY ("agreement_recorded_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_approved_by_professional_id_professionals_id_fk" FOREIGN KEY ("approved_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_assessments" ADD CONSTRAINT "safety_assessments_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_owner_organisation_id_status_index" ON "actions" USING btree ("owner_organisation_id","status");--> statement-breakpoint
CREATE INDEX "actions_owner_professional_id_index" ON "actions" USING btree ("owner_professional_id");--> statement-breakpoint
CREATE INDEX "assessments_person_id_index" ON "assessments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "goals_lineage_id_index" ON "goals" USING btree ("lineage_id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_professional_id_created_at_index" ON "notifications" USING btree ("recipient_professional_id","created_at");--> statement-breakpoint
CREATE INDEX "plans_case_id_status_index" ON "plans" USING btree ("case_id","status");--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_parent_item_id_dossier_items_id_fk" FOREIGN KEY ("parent_item_id") REFERENCES "public"."dossier_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_items_parent_item_id_index" ON "dossier_items" USING btree ("parent_item_id");--> statement-breakpoint
CREATE INDEX "dossier_items_case_id_kind_index" ON "dossier_items" USING btree ("case_id","kind");