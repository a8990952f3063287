// `pnpm schema:release` — run when a release is cut: writes the contract the hub serves now (the executable
// schema printed as SDL, as `GET /schema.graphql` serves it) to packages/schema/release/regiehub.graphql.
// Commit it with the release; `pnpm schema:check` compares every later change against it (docs/contract.md).
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { printContract, RELEASE_SDL_PATH } from "@regiehub/schema/release";
import { buildSchema } from "../schema";

function main(): number {
  const sdl = printContract(buildSchema());
  let previous: string | undefined;
  try {
    previous = readFileSync(RELEASE_SDL_PATH, "utf8");
  } catch {
    previous = undefined;
  }
  const where = relative(process.cwd(), RELEASE_SDL_PATH);
  if (previous === sdl) {
    console.log(`${where} is already the current contract`);
    return 0;
  }
  writeFileSync(RELEASE_SDL_PATH, sdl);
  console.log(`${where} written (${sdl.length} characters): commit it with the release`);
  return 0;
}

process.exitCode = main();
