CREATE TABLE "dossier_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"operation" "log_operation" NOT NULL,
	"item_id" uuid,
	"item_kind" "dossier_item_kind",
	"domain" "life_domain",
	"data_class" "data_class",
	"subject_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"fields" text[] NOT NULL,
	"actor_professional_id" uuid,
	"organisation_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_sequence" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"last" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "event_sequence_one_row" CHECK ("event_sequence"."id" = 1)
);
--> statement-breakpoint
CREATE INDEX "dossier_events_case_id_seq_index" ON "dossier_events" USING btree ("case_id","seq");--> statement-breakpoint
INSERT INTO "event_sequence" ("id", "last") VALUES (1, 0);
