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

export default defineConfig({
  root,
  plugins: [react(), dropDisplayNames()],
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
