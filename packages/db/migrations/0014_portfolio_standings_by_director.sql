ALTER TABLE "portfolio_standings" ADD COLUMN "procesregisseur_id" uuid;--> statement-breakpoint
ALTER TABLE "portfolio_standings" ADD COLUMN "casusregisseur_id" uuid;--> statement-breakpoint
CREATE INDEX "portfolio_standings_procesregisseur_urgency" ON "portfolio_standings" USING btree ("procesregisseur_id","urgency" desc,"oldest_days_late" desc,"days_in_phase" desc,"reference" collate "C","case_id");--> statement-breakpoint
CREATE INDEX "portfolio_standings_casusregisseur_urgency" ON "portfolio_standings" USING btree ("casusregisseur_id","urgency" desc,"oldest_days_late" desc,"days_in_phase" desc,"reference" collate "C","case_id");--> statement-breakpoint
CREATE INDEX "portfolio_standings_procesregisseur_day" ON "portfolio_standings" USING btree ("procesregisseur_id","computed_on");--> statement-breakpoint
CREATE INDEX "portfolio_standings_casusregisseur_day" ON "portfolio_standings" USING btree ("casusregisseur_id","computed_on");--> statement-breakpoint
ALTER TABLE "portfolio_standings" DROP COLUMN "case_xmin";--> statement-breakpoint
-- Standings without their directors are computed again (a standing missing is computed at the first read).
DELETE FROM "portfolio_standings";
