import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createDatabase, resultRows, type DatabaseHandle } from "@regiehub/db";
import { createTestDatabase } from "../support/hub";

// On both back ends the hub's sessions run in the Netherlands' time zone, whatever the server's default
// (PostgreSQL here: Etc/UTC): a moment cast to a date is the Dutch calendar date, the one the hub calls "today".

describe("the database session's time zone", () => {
  let database: { url: string; drop(): Promise<void> } | undefined;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = createDatabase(database ? { databaseUrl: database.url, poolSize: 2 } : { dataDir: "memory://" });
    await handle.migrate();
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  }, 60_000);

  it("casts a moment between midnight in Amsterdam and midnight UTC to the Dutch date, on every connection", async () => {
    const read = async () =>
      resultRows<{ zone: string; day: string }>(
        await handle.db.execute(
          sql`select current_setting('TimeZone') as zone, ('2026-12-07T23:30:00Z'::timestamptz)::date::text as day`,
        ),
      );
    const answers = await Promise.all([read(), read(), read()]);
    for (const rows of answers) expect(rows).toEqual([{ zone: "Europe/Amsterdam", day: "2026-12-08" }]);
  });
});
