import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase } from "./client";

describe("createDatabase (PGlite)", () => {
  it("applies the committed migrations to an in-memory database, idempotently", async () => {
    const handle = createDatabase({ dataDir: "memory://" });
    await handle.migrate();
    await handle.migrate();
    const result = await handle.db.execute<{ n: number }>(
      sql`select count(*)::int as n from information_schema.tables where table_name in ('cases','persons','case_team_members')`,
    );
    expect(result.rows[0]?.n).toBe(3);
    await handle.close();
  });
});
