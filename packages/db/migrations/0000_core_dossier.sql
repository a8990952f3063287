CREATE TYPE "public"."case_framework" AS ENUM('VOLUNTARY', 'DRANG', 'COMPULSORY');--> statement-breakpoint
CREATE TYPE "public"."case_phase" AS ENUM('SIGNAL', 'INVENTORY', 'ANALYSIS', 'PLAN', 'EXECUTION', 'EVALUATION', 'MONITORING', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."household_role" AS ENUM('PARENT', 'CHILD', 'EX_PARTNER', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."life_domain" AS ENUM('FINANCES', 'WORK', 'EDUCATION', 'DAYTIME_ACTIVITIES', 'HOUSING', 'FAMILY_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'SUBSTANCE_USE', 'DAILY_LIVING', 'SOCIAL_NETWORK', 'SOCIAL_PARTICIPATION', 'JUSTICE', 'SAFETY', 'PARENTING', 'YOUTH_CARE');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('WIJKTEAM', 'VEILIG_THUIS', 'JEUGDBESCHERMING', 'RAAD_KINDERBESCHERMING', 'SCHOOL', 'HUISARTS', 'JGZ', 'GGZ', 'VERSLAVINGSZORG', 'WONINGCORPORATIE', 'SCHULDHULP', 'POLITIE', 'GEMEENTE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."professional_role" AS ENUM('PROCESREGISSEUR', 'CASUSREGISSEUR', 'PROFESSIONAL', 'PRIVACY_OFFICER', 'ADMIN');--> statement-breakpoint
CREATE TYPE "public"."registration_kind" AS ENUM('SKJ', 'BIG');--> statement-breakpoint
CREATE SEQUENCE "public"."case_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "case_phase_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_phase" "case_phase" NOT NULL,
	"to_phase" "case_phase" NOT NULL,
	"reason" text,
	"by_professional_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"professional_id" uuid,
	"responsibility" text,
	"domains" "life_domain"[] DEFAULT '{}'::life_domain[] NOT NULL,
	"added_by_professional_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_team_members_caseId_organisationId_professionalId_unique" UNIQUE NULLS NOT DISTINCT("case_id","organisation_id","professional_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"municipality" text NOT NULL,
	"phase" "case_phase" DEFAULT 'SIGNAL' NOT NULL,
	"framework" "case_framework" DEFAULT 'VOLUNTARY' NOT NULL,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"casusregisseur_id" uuid,
	"procesregisseur_id" uuid,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"municipality" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date,
	"household_role" "household_role" NOT NULL,
	"bsn" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "professionals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" "professional_role" NOT NULL,
	"registration_kind" "registration_kind",
	"registration_number" text,
	"oidc_subject" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "professionals_email_unique" UNIQUE("email"),
	CONSTRAINT "professionals_oidcSubject_unique" UNIQUE("oidc_subject")
);
--> statement-breakpoint
ALTER TABLE "case_phase_transitions" ADD CONSTRAINT "case_phase_transitions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_phase_transitions" ADD CONSTRAINT "case_phase_transitions_by_professional_id_professionals_id_fk" FOREIGN KEY ("by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_added_by_professional_id_professionals_id_fk" FOREIGN KEY ("added_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_casusregisseur_id_professionals_id_fk" FOREIGN KEY ("casusregisseur_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_procesregisseur_id_professionals_id_fk" FOREIGN KEY ("procesregisseur_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "professionals" ADD CONSTRAINT "professionals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_phase_transitions_case_id_at_index" ON "case_phase_transitions" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_team_members_organisation_id_case_id_index" ON "case_team_members" USING btree ("organisation_id","case_id");--> statement-breakpoint
CREATE INDEX "cases_opened_on_id_index" ON "cases" USING btree ("opened_on","id");--> statement-breakpoint
CREATE INDEX "cases_procesregisseur_id_index" ON "cases" USING btree ("procesregisseur_id");--> statement-breakpoint
CREATE INDEX "cases_casusregisseur_id_index" ON "cases" USING btree ("casusregisseur_id");--> statement-breakpoint
CREATE INDEX "persons_case_id_index" ON "persons" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "professionals_organisation_id_index" ON "professionals" USING btree ("organisation_id");