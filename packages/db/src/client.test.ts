import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase } from "./client";

describe("createDatabase (PGlite)", () => {
  it("applies the committed migrations to an in-memory database, idempotently", async () => {
    const handle = createDatabase({ dataDir: "memory://" });
    await handle.migrate();
    await handle.migrate();
    const [row] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(sql`information_schema.tables`)
      .where(sql`table_name in ('cases', 'persons', 'case_team_members')`);
    expect(row?.n).toBe(3);
    await handle.close();
  });
});

describe("the database session's time zone", () => {
  it("is the Netherlands': a moment after midnight in Amsterdam but before it in UTC casts to the Dutch date", async () => {
    const handle = createDatabase({ dataDir: "memory://" });
    await handle.migrate();
    const [row] = await handle.db
      .select({
        zone: sql<string>`current_setting('TimeZone')`,
        day: sql<string>`('2026-12-07T23:30:00Z'::timestamptz)::date::text`,
        moment: sql<Date>`'2026-12-07T23:30:00Z'::timestamptz`,
      })
      .from(sql`(select 1) as one`);
    expect(row?.zone).toBe("Europe/Amsterdam");
    expect(row?.day).toBe("2026-12-08");
    expect(new Date(row!.moment).toISOString()).toBe("2026-12-07T23:30:00.000Z"); // moments stay what they are
    await handle.close();
  });
});
