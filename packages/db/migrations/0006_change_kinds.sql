-- Changes as data: every dossier event names what its change means (packages/domain/src/changes.ts).
-- Events written before this migration get their kind from what they recorded (operation, fields, item).
ALTER TABLE "dossier_events" ADD COLUMN "change_kind" text;--> statement-breakpoint
UPDATE "dossier_events" e SET "change_kind" = CASE
  WHEN e.item_id IS NULL AND e.operation::text = 'CREATE' AND 'Case.title' = ANY(e.fields) THEN 'CASE_OPENED'
  WHEN 'Case.phase' = ANY(e.fields) THEN 'PHASE_CHANGED'
  WHEN 'Case.escalationLevel' = ANY(e.fields) THEN 'ESCALATION_CHANGED'
  WHEN 'Case.casusregisseurId' = ANY(e.fields) OR 'Case.procesregisseurId' = ANY(e.fields) THEN 'DIRECTORS_CHANGED'
  WHEN 'Case.evaluationIntervalMonths' = ANY(e.fields) THEN 'EVALUATION_INTERVAL_SET'
  WHEN e.item_id IS NULL AND ('Case.title' = ANY(e.fields) OR 'Case.municipality' = ANY(e.fields) OR 'Case.framework' = ANY(e.fields)) THEN 'CASE_UPDATED'
  WHEN 'Action.overdue' = ANY(e.fields) THEN 'ACTION_OVERDUE'
  WHEN 'ConsentGrant' = ANY(e.fields) THEN 'ACCESS_GRANTED'
  WHEN 'ConsentGrant.withdrawnAt' = ANY(e.fields) THEN 'ACCESS_WITHDRAWN'
  WHEN 'CaseTeamMember' = ANY(e.fields) AND e.operation::text = 'DELETE' THEN 'TEAM_MEMBER_REMOVED'
  WHEN 'CaseTeamMember' = ANY(e.fields) THEN 'TEAM_MEMBER_ADDED'
  WHEN 'BreakGlassAccess' = ANY(e.fields) THEN 'BREAK_GLASS_OPENED'
  WHEN 'BreakGlassAccess.verdict' = ANY(e.fields) THEN 'BREAK_GLASS_REVIEWED'
  WHEN 'OwnStatement.statement' = ANY(e.fields) THEN 'STATEMENT_ADDED'
  WHEN EXISTS (SELECT 1 FROM unnest(e.fields) f WHERE f LIKE 'Person.%') THEN
    CASE WHEN e.operation::text = 'CREATE' THEN 'PERSON_ADDED' ELSE 'PERSON_UPDATED' END
  WHEN e.item_kind::text = 'SAFETY_ASSESSMENT' AND e.operation::text = 'CREATE'
    AND EXISTS (SELECT 1 FROM "safety_assessments" s WHERE s.item_id = e.item_id AND s.acute) THEN 'ACUTE_UNSAFETY_RECORDED'
  WHEN e.item_kind::text = 'ACTION' AND e.operation::text = 'UPDATE' AND 'Action.status' = ANY(e.fields) THEN 'ACTION_STATUS_CHANGED'
  WHEN e.item_kind::text = 'PLAN' AND e.operation::text = 'UPDATE' AND 'Plan.status' = ANY(e.fields) THEN 'PLAN_STATUS_CHANGED'
  WHEN e.item_kind::text = 'EVALUATION' AND e.operation::text = 'UPDATE' AND 'Evaluation.heldOn' = ANY(e.fields) THEN 'EVALUATION_HELD'
  WHEN e.operation::text = 'CREATE' THEN 'ITEM_RECORDED'
  WHEN 'Observation.statement' = ANY(e.fields) OR 'Note.body' = ANY(e.fields) OR e.item_kind::text IN ('OBSERVATION', 'NOTE') THEN 'ITEM_CORRECTED'
  ELSE 'ITEM_UPDATED'
END;--> statement-breakpoint
ALTER TABLE "dossier_events" ALTER COLUMN "change_kind" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "dossier_events_change_kind_seq_index" ON "dossier_events" USING btree ("change_kind","seq");
