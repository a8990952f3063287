import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = decodeURIComponent(new URL(".", import.meta.url).pathname);
const server = "http://localhost:4000";

export default defineConfig({
  root,
  plugins: [react()],
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
    sourcemap: true,
    rollupOptions: {
      output: {
        // Vendor code in a few stable chunks, so an app change does not invalidate them in the browser cache.
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
          return "vendor";
        },
      },
    },
  },
});
