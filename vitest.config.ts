import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Four projects: `unit` (next to the code), `web` (the web app's components next to their code, rendered in
// happy-dom with Testing Library), `integration` (tests/integration, real server in-process, PGlite by default
// or PostgreSQL with TEST_DATABASE_URL), `e2e` (tests/e2e, Debian's chromium).
export default defineConfig({
  // graphql ships CJS (index.js) and ESM (index.mjs); Node loads the CJS one for our dependencies, so the
  // tests must too, or the schema comes "from another module or realm".
  resolve: {
    alias: {
      graphql: fileURLToPath(new URL("./node_modules/.pnpm/node_modules/graphql/index.js", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/server/src/**/*.test.ts",
            "apps/web/src/**/*.test.ts",
            "bench/src/**/*.test.ts",
          ],
          environment: "node",
          // PGlite boots a whole PostgreSQL in WebAssembly: a few seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "web",
          include: ["apps/web/src/**/*.test.tsx"],
          environment: "happy-dom",
          setupFiles: ["apps/web/src/test-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
