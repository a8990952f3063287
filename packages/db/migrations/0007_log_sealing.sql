ALTER TABLE "processing_log" ALTER COLUMN "chain_seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "processing_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "processing_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "processing_log_unsealed" ON "processing_log" USING btree ("id") WHERE hash is null;--> statement-breakpoint
ALTER TABLE "processing_log" ADD CONSTRAINT "processing_log_sealed_whole" CHECK ((chain_seq is null) = (hash is null) and (prev_hash is null) = (hash is null));--> statement-breakpoint
-- Entries are written unsealed by requests (no lock) and chained by the sealer after commit. The append-only
-- trigger now lets exactly one UPDATE through: the sealing of an unsealed entry, which fills its three chain
-- columns and changes nothing else. A sealed entry can never change again; DELETE and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION processing_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (to_jsonb(NEW) - 'chain_seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'chain_seq' - 'prev_hash' - 'hash')
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'processing_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
