-- Separate database roles for migrating and for running Regiehub (PostgreSQL 15+).
--
--   regiehub_owner  owns the schema: runs the migrations (`pnpm db:migrate`), nothing else.
--   regiehub_app    what the hub connects as (DATABASE_URL): reads and writes data, but may only SELECT and
--                   INSERT on processing_log, and UPDATE its three chain columns to seal an unsealed entry
--                   (the trigger refuses any other update) — it can neither change nor remove a sealed log
--                   entry, nor disable the append-only trigger (that needs the owner).
--
-- Order (see infra/README.md):
--   1. as a superuser:  CREATE ROLE regiehub_owner LOGIN PASSWORD '…';
--                       CREATE DATABASE regiehub OWNER regiehub_owner;
--   2. as the owner:    DATABASE_URL=postgres://regiehub_owner:…@host/regiehub pnpm db:migrate
--   3. as a superuser, connected to that database:  psql -d regiehub -f infra/sql/roles.sql
--                       then  ALTER ROLE regiehub_app PASSWORD '…';
--   4. run the hub with DATABASE_URL=postgres://regiehub_app:…@host/regiehub
-- Run this file again after migrations that add tables owned by someone other than regiehub_owner; tables
-- the owner creates later get the app's privileges by the default privileges below. Idempotent.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regiehub_owner') THEN
    CREATE ROLE regiehub_owner LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regiehub_app') THEN
    CREATE ROLE regiehub_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;

-- Unqualified names resolve to public only (no "$user" schema can shadow a table).
ALTER ROLE regiehub_owner SET search_path = public;
ALTER ROLE regiehub_app SET search_path = public;

-- The database: the app may connect, nothing more. (No CREATE: it cannot make schemas.)
DO $$
BEGIN
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO regiehub_app', current_database());
END
$$;

-- The schema: use it, but not create in it.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO regiehub_app;

-- Tables: read and write everything ...
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO regiehub_app;
-- ... except the processing log, which is append-only: SELECT and INSERT, and the sealing of an entry.
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON processing_log FROM regiehub_app;
GRANT UPDATE (chain_seq, prev_hash, hash) ON processing_log TO regiehub_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO regiehub_app;

-- Tables and sequences the owner's future migrations create get the same privileges. A future table that
-- must be append-only needs its own REVOKE (as for processing_log above).
ALTER DEFAULT PRIVILEGES FOR ROLE regiehub_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO regiehub_app;
ALTER DEFAULT PRIVILEGES FOR ROLE regiehub_owner IN SCHEMA public
  GRANT USAGE ON SEQUENCES TO regiehub_app;

-- The migrations journal (schema "drizzle", created by the first `pnpm db:migrate`): the app may read it.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'drizzle') THEN
    GRANT USAGE ON SCHEMA drizzle TO regiehub_app;
    GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO regiehub_app;
  END IF;
END
$$;

-- The hub cannot migrate as regiehub_app (drizzle's migrator needs CREATE even when there is nothing to do):
-- start it with MIGRATE_ON_START=false and run `pnpm db:migrate` as regiehub_owner before each release.
