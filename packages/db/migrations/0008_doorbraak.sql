ALTER TYPE "public"."notification_kind" ADD VALUE 'DOORBRAAK';--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "doorbraak_authority" text;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "doorbraak_heard" text[];--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "doorbraak_decided_on" date;