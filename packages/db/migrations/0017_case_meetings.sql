CREATE TYPE "public"."contribution_kind" AS ENUM('INFORMATION', 'JUDGEMENT', 'PROPOSAL');--> statement-breakpoint
CREATE TYPE "public"."meeting_phase" AS ENUM('QUESTION', 'IMAGE_FORMING', 'JUDGEMENT', 'DECISION');--> statement-breakpoint
ALTER TYPE "public"."dossier_item_kind" ADD VALUE 'CONTRIBUTION';--> statement-breakpoint
CREATE TABLE "meeting_contributions" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"contribution_kind" "contribution_kind" NOT NULL,
	"body" text NOT NULL,
	"phase" "meeting_phase" NOT NULL,
	"premature" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_decision_actions" (
	"meeting_id" uuid NOT NULL,
	"action_item_id" uuid NOT NULL,
	CONSTRAINT "meeting_decision_actions_meeting_id_action_item_id_pk" PRIMARY KEY("meeting_id","action_item_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_decisions" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"present_professional_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"present_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"decided_by_professional_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"professional_id" uuid,
	"person_id" uuid,
	CONSTRAINT "meeting_participants_meetingId_professionalId_personId_unique" UNIQUE NULLS NOT DISTINCT("meeting_id","professional_id","person_id"),
	CONSTRAINT "meeting_participant_one" CHECK (("meeting_participants"."professional_id" is null) <> ("meeting_participants"."person_id" is null))
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"question" text NOT NULL,
	"held_on" date NOT NULL,
	"chair_professional_id" uuid NOT NULL,
	"phase" "meeting_phase" DEFAULT 'QUESTION' NOT NULL,
	"decided_at" timestamp with time zone,
	"planned_by_professional_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_item_id_dossier_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_contributions" ADD CONSTRAINT "meeting_contributions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision_actions" ADD CONSTRAINT "meeting_decision_actions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision_actions" ADD CONSTRAINT "meeting_decision_actions_action_item_id_dossier_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."dossier_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_decided_by_professional_id_professionals_id_fk" FOREIGN KEY ("decided_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_professional_id_professionals_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_professional_id_professionals_id_fk" FOREIGN KEY ("chair_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_planned_by_professional_id_professionals_id_fk" FOREIGN KEY ("planned_by_professional_id") REFERENCES "public"."professionals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_contributions_meeting_id_index" ON "meeting_contributions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_meeting_id_index" ON "meeting_participants" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_professional_id_index" ON "meeting_participants" USING btree ("professional_id");--> statement-breakpoint
CREATE INDEX "meetings_case_id_held_on_index" ON "meetings" USING btree ("case_id","held_on");