// `pnpm schema:check` — compares the contract the hub serves now (the executable schema, as
// `GET /schema.graphql` prints it) against the last release's SDL, packages/schema/release/regiehub.graphql.
// Exit code 0 when nothing breaks a client of that release (dangerous changes are printed as warnings), 1 with
// each breaking change in plain words, 2 when it could not run. See docs/contract.md.
import { readFileSync } from "node:fs";
import { checkCompatibility, describeReport, RELEASE_SDL_PATH } from "@regiehub/schema/release";
import { buildSchema } from "../schema";

async function main(): Promise<number> {
  let released: string;
  try {
    released = readFileSync(RELEASE_SDL_PATH, "utf8");
  } catch (error) {
    console.error(`Could not read the released contract ${RELEASE_SDL_PATH}: ${(error as Error).message}`);
    return 2;
  }
  const report = await checkCompatibility(released, buildSchema());
  for (const line of describeReport(report)) {
    if (report.breaking.length > 0) console.error(line);
    else console.log(line);
  }
  return report.breaking.length > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`Could not check the contract: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
});
