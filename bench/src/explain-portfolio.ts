import postgres from "postgres";
import { PgDialect } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import { loadPortfolioFacts, loadPortfolioStandingsPage, type Executor } from "@regiehub/db";
import { dutchDate } from "@regiehub/domain";

// EXPLAIN (ANALYZE, BUFFERS) of the portfolio's statements for a procesregisseur, no filter, on a database kept by
// `pnpm bench --only=portfolio --keep`: the page of 50 from the standings (loadPortfolioStandingsPage, what every
// read runs) and the facts of all its cases (loadPortfolioFacts: what computing every standing reads, once a day):
//
//   pnpm --filter @regiehub/bench exec tsx src/explain-portfolio.ts <database url> [professional id]
//
// Without a professional id it explains the largest bench portfolio (the procesregisseur directing most cases).

async function main(): Promise<void> {
  const [url, given] = process.argv.slice(2).filter((a) => a !== "--");
  if (!url) throw new Error("usage: explain-portfolio.ts <database url> [professional id]");
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { jit: "off" } }); // as the hub connects (createDatabase)
  try {
    const [who] = given
      ? await sql<{ id: string; organisation_id: string; n: number }[]>`
          select p.id, p.organisation_id, (select count(*)::int from cases c where c.procesregisseur_id = p.id) as n
          from professionals p where p.id = ${given}`
      : await sql<{ id: string; organisation_id: string; n: number }[]>`
          select p.id, p.organisation_id, count(*)::int as n from cases c join professionals p on p.id = c.procesregisseur_id
          group by p.id order by n desc limit 1`;
    if (!who) throw new Error("no such procesregisseur");
    // The statements as the hub builds them: captured instead of run.
    let captured: SQL | undefined;
    const capture = {
      execute: async (query: SQL) => {
        captured = query;
        return [{ stale: 0, total: 0, items: [] }];
      },
    } as unknown as Executor;
    const portfolio = {
      scope: { kind: "involved", organisationId: who.organisation_id, professionalId: who.id },
      professionalId: who.id,
      today: dutchDate(new Date()),
    } as const;
    const statements: [string, SQL][] = [];
    await loadPortfolioStandingsPage(capture, portfolio, {}, "URGENCY", 50, 0);
    statements.push(["page of 50 from the standings", captured!]);
    await loadPortfolioFacts(capture, portfolio);
    statements.push(["facts of every case (computing all standings)", captured!]);
    console.log(`-- portfolio of ${who.id} (${who.n} cases as procesregisseur)`);
    for (const [what, statement] of statements) {
      const query = new PgDialect({ casing: "snake_case" }).sqlToQuery(statement);
      const plan = await sql.unsafe<{ "QUERY PLAN": string }[]>(
        `explain (analyze, buffers) ${query.sql}`,
        query.params as never[],
      );
      console.log(`\n-- ${what}`);
      console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
    }
  } finally {
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
