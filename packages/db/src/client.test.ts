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
