// One lint setup for the whole workspace (typescript-eslint, flat config). Formatting is Prettier's job.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/dist/**", "data/**", "**/generated/**", "**/migrations/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // No import cycles anywhere: within a package or app, and across the workspace (packages resolve to their
    // sources through the TypeScript project settings).
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ["apps/*/tsconfig.json", "packages/*/tsconfig.json", "tests/tsconfig.json"],
        }),
      ],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: false }] },
  },
  {
    // Dependencies point one way: packages never import apps; domain and policy stay pure (no I/O).
    files: ["packages/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@regiehub/server", "@regiehub/web", "**/apps/**"],
              message: "packages never import apps",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/domain/src/**/*.ts", "packages/policy/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "http", "net", "child_process"],
              message: "domain and policy are pure: no I/O",
            },
            {
              group: [
                "@regiehub/db",
                "@regiehub/server",
                "@regiehub/web",
                "drizzle-orm",
                "postgres",
                "@electric-sql/*",
              ],
              message: "domain and policy are pure: no I/O",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@regiehub/db", "@regiehub/server", "@regiehub/policy"],
              message: "the web app talks to the server over GraphQL only",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**/*.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
