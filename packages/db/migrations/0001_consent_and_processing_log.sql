CREATE TYPE "public"."break_glass_verdict" AS ENUM('JUSTIFIED', 'UNJUSTIFIED');--> statement-breakpoint
CREATE TYPE "public"."data_class" AS ENUM('GENERAL', 'SPECIAL_CATEGORY', 'JUSTICE', 'CHILD_SAFETY', 'IDENTIFIER');--> statement-breakpoint
CREATE TYPE "public"."dossier_item_kind" AS ENUM('OBSERVATION', 'NOTE');--> statement-breakpoint
CREATE TYPE "public"."legal_basis" AS ENUM('CONSENT', 'LEGAL_TASK', 'VITAL_INTEREST', 'JUSTICE');--> statement-breakpoint
CREATE TYPE "public"."log_operation" AS ENUM('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'DENIED');--> statement-breakpoint
CREATE TYPE "public"."observation_kind" AS ENUM('FACT', 'OPINION', 'CONCERN');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('FAMILY', 'PARTNER', 'DOCUMENT', 'REPORTER', 'OWN_OBSERVATION');--> statement-breakpoint
CREATE TABLE "break_glass_accesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"item_id" uuid,
	"professional_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"justification" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_professional_id" uuid,
	"verdict" "break_glass_verdict",
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "consent_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"grantee_organisation_id" uuid NOT NULL,
	"subject_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"domains" "life_domain"[] NOT NULL,
	"data_classes" "data_class"[] NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" "legal_basis" NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"evidence_reference" text,
	"recorded_by_professional_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_professional_id" uuid,
	"withdrawal_reason" text
);
--> statement-breakpoint
CREATE TABLE "dossier_item_versions" (
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_by_professional_id" uuid NOT NULL,
	"reason" text,
	CONSTRAINT "dossier_item_versions_item_id_version_pk" PRIMARY KEY("item_id","version")
);
--> statement-breakpoint
CREATE TABLE "dossier_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "dossier_item_kind" NOT NULL,
	"domain" "life_domain" NOT NULL,
	"data_class" "data_class" NOT NULL,
	"subject_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"author_professional_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_description" text,
	"legal_basis" "legal_basis" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"recorded_by_professional_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"occurred_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"observation_kind" "observation_kind" NOT NULL,
	"statement" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processing_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "processing_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chain_key" text NOT NULL,
	"chain_seq" integer NOT NULL,
	"case_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"organisation_id" uuid,
	"role" text,
	"subject_pseudonyms" text[] NOT NULL,
	"item_ids" uuid[] NOT NULL,
	"fields" text[] NOT NULL,
	"operation" "log_operation" NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" "legal_basis",
	"processing_activity_id" text NOT NULL,
	"trace_id" text NOT NULL,
	"operation_id" text NOT NULL,
	"caller_trace_id" text,
	"outcome" text NOT NULL,
	"break_glass" boolean DEFAULT false NOT NULL,
	"detail" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "processing_log_chainKey_chainSeq_unique" UNIQUE("chain_key","chain_seq")
);
--> statement-breakpoint
CREATE TABLE "processing_log_heads" (
	"chain_key" text PRIMARY KEY NOT NULL,
	"last_seq" integer NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "retain_until" date;--> statement-breakpoint
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_reviewed_by_professional_id_professionals_id_fk" FOREIGN KEY ("reviewed_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_grantee_organisation_id_organisations_id_fk" FOREIGN KEY ("grantee_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_recorded_by_professional_id_professionals_id_fk" FOREIGN KEY ("recorded_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_withdrawn_by_professional_id_professionals_id_fk" FOREIGN KEY ("withdrawn_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_item_versions" ADD CONSTRAINT "dossier_item_versions_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_item_versions" ADD CONSTRAINT "dossier_item_versions_superseded_by_professional_id_professionals_id_fk" FOREIGN KEY ("superseded_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_author_professional_id_professionals_id_fk" FOREIGN KEY ("author_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_author_organisation_id_organisations_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_statements" ADD CONSTRAINT "item_statements_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_statements" ADD CONSTRAINT "item_statements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_statements" ADD CONSTRAINT "item_statements_recorded_by_professional_id_professionals_id_fk" FOREIGN KEY ("recorded_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_accesses_case_id_professional_id_index" ON "break_glass_accesses" USING btree ("case_id","professional_id");--> statement-breakpoint
CREATE INDEX "break_glass_accesses_reviewed_at_index" ON "break_glass_accesses" USING btree ("reviewed_at");--> statement-breakpoint
CREATE INDEX "consent_grants_case_id_grantee_organisation_id_index" ON "consent_grants" USING btree ("case_id","grantee_organisation_id");--> statement-breakpoint
CREATE INDEX "dossier_items_case_id_created_at_index" ON "dossier_items" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "dossier_items_author_organisation_id_index" ON "dossier_items" USING btree ("author_organisation_id");--> statement-breakpoint
CREATE INDEX "item_statements_item_id_index" ON "item_statements" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "processing_log_case_id_started_at_index" ON "processing_log" USING btree ("case_id","started_at");--> statement-breakpoint
CREATE INDEX "processing_log_subject_pseudonyms_index" ON "processing_log" USING btree ("subject_pseudonyms");