ALTER TABLE "table_agenda_entries" ADD COLUMN "phase" "meeting_phase" DEFAULT 'QUESTION' NOT NULL;--> statement-breakpoint
ALTER TABLE "table_agenda_entries" ADD COLUMN "framework_decided_to" "case_framework";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "agenda_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_agenda_entry_id_table_agenda_entries_id_fk" FOREIGN KEY ("agenda_entry_id") REFERENCES "public"."table_agenda_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
UPDATE "table_agenda_entries" SET "phase" = 'DECISION' WHERE "decided_at" IS NOT NULL;