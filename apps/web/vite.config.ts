import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const root = decodeURIComponent(new URL(".", import.meta.url).pathname);
const server = "http://localhost:4000";

/**
 * The NL Design System's React library sets `Component.displayName = "…"` after each component: Rollup keeps
 * every component for that assignment, used or not (212 kB of it on the first load). The names are for React
 * DevTools only; without them in the build only the components the app uses are left.
 */
function dropDisplayNames(): Plugin {
  return {
    name: "regiehub:drop-utrecht-display-names",
    apply: "build",
    transform(code, id) {
      if (!/@utrecht\/[^/]+-react\/dist\/.*\.mjs$/.test(id)) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = ['"][^'"]*['"];$/gm, ""), map: null };
    },
  };
}

const MANIFEST = "src/generated/persisted-query-manifest.json";

/**
 * The web app's operations (its persisted-query manifest, written by `pnpm manifest` right before the build)
 * next to the built app, where the hub loads them at start as the operations people may run (trusted documents).
 * The app itself needs only each operation's name and id: the build made both from the same sources, so the
 * bodies stay out of its bundle (in development the app compares them, as the manifest may be older).
 */
function trustedDocumentsManifest(): Plugin {
  return {
    name: "regiehub:trusted-documents-manifest",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith(MANIFEST)) return null;
      const { operations } = JSON.parse(code) as { operations: { id: string; name: string }[] };
      return {
        code: JSON.stringify({ operations: operations.map(({ id, name }) => ({ id, name })) }),
        map: null,
      };
    },
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "persisted-query-manifest.json",
        source: readFileSync(`${root}${MANIFEST}`, "utf8"),
      });
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), dropDisplayNames(), trustedDocumentsManifest()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: server, changeOrigin: true, ws: true },
      "/healthz": { target: server, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: server, changeOrigin: true, ws: true },
      "/healthz": { target: server, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // No source maps in the build: the hub would serve them to anyone (development has Vite's own).
    sourcemap: false,
    rollupOptions: {
      output: {
        // The framework code in a few stable chunks, so an app change does not invalidate them in the browser cache.
        manualChunks(id) {
          if (!id.includes("node_modules")) return undefined;
          if (/node_modules\/(react|react-dom|react-router|scheduler|cookie|set-cookie-parser)\//.test(id))
            return "react";
          if (
            /node_modules\/(@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)\//.test(
              id,
            )
          )
            return "apollo";
          if (id.includes("@utrecht") || id.includes("@nl-design-system")) return "nl-design-system";
          // Everything else (recharts, date-fns, …) where Rollup puts it: with the pages that use it.
          return undefined;
        },
      },
    },
  },
});
