import { defineConfig } from "drizzle-kit";

// `pnpm db:generate` writes SQL migrations into ./migrations; they are committed and applied at start-up by
// the migrator (never `drizzle-kit push`).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./migrations",
  casing: "snake_case",
});
