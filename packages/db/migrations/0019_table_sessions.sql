CREATE TYPE "public"."agenda_outcome" AS ENUM('VOLUNTARY_SUFFICES', 'DRANG', 'RAAD_INVESTIGATION', 'BACK_TO_TEAM');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'TABLE_OUTCOME';--> statement-breakpoint
CREATE TABLE "table_agenda_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"question" text NOT NULL,
	"preparation_summary" text NOT NULL,
	"legal_basis" "legal_basis" NOT NULL,
	"placed_by_professional_id" uuid NOT NULL,
	"placed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"outcome" "agenda_outcome",
	"decision" text,
	"carried_by_professional_id" uuid,
	"next_review_on" date,
	CONSTRAINT "table_agenda_entries_sessionId_caseId_unique" UNIQUE("session_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "escalation_table_members" (
	"table_id" uuid NOT NULL,
	"professional_id" uuid NOT NULL,
	CONSTRAINT "escalation_table_members_table_id_professional_id_pk" PRIMARY KEY("table_id","professional_id")
);
--> statement-breakpoint
CREATE TABLE "table_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"table_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"planned_by_professional_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "table_agenda_entries" ADD CONSTRAINT "table_agenda_entries_session_id_table_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."table_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_agenda_entries" ADD CONSTRAINT "table_agenda_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_agenda_entries" ADD CONSTRAINT "table_agenda_entries_placed_by_professional_id_professionals_id_fk" FOREIGN KEY ("placed_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_agenda_entries" ADD CONSTRAINT "table_agenda_entries_carried_by_professional_id_professionals_id_fk" FOREIGN KEY ("carried_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_table_members" ADD CONSTRAINT "escalation_table_members_table_id_escalation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."escalation_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_table_members" ADD CONSTRAINT "escalation_table_members_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_sessions" ADD CONSTRAINT "table_sessions_table_id_escalation_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."escalation_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_sessions" ADD CONSTRAINT "table_sessions_planned_by_professional_id_professionals_id_fk" FOREIGN KEY ("planned_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "table_agenda_entries_case_id_index" ON "table_agenda_entries" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "escalation_table_members_professional_id_index" ON "escalation_table_members" USING btree ("professional_id");--> statement-breakpoint
CREATE INDEX "table_sessions_table_id_held_on_index" ON "table_sessions" USING btree ("table_id","held_on");