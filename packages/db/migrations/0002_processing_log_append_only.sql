-- The processing log is append-only for everyone who connects normally: a trigger refuses UPDATE and DELETE
-- (also on PGlite). In PostgreSQL deployments the application role additionally gets only SELECT and
-- INSERT on it (see infra/sql/roles.sql), so even disabling the trigger needs the owner role.
CREATE FUNCTION processing_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'processing_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER processing_log_no_update_delete
  BEFORE UPDATE OR DELETE ON processing_log
  FOR EACH ROW EXECUTE FUNCTION processing_log_append_only();--> statement-breakpoint
CREATE TRIGGER processing_log_no_truncate
  BEFORE TRUNCATE ON processing_log
  FOR EACH STATEMENT EXECUTE FUNCTION processing_log_append_only();
