import { existsSync } from "node:fs";
import { join } from "node:path";
import express from "express";

/** Serves the built web app at `/` (every path but /graphql falls back to its index.html). */
export function serveWebApp(app: express.Express, distDir: string): void {
  const index = join(distDir, "index.html");
  app.use(express.static(distDir, { index: false, maxAge: "1h" }));
  app.get(/^(?!\/graphql).*/, (_req, res) => {
    if (existsSync(index)) {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(index);
    } else {
      res
        .status(503)
        .type("text/plain")
        .send("De webapplicatie is nog niet gebouwd. Voer `pnpm build` uit (of start met `pnpm start`).");
    }
  });
}
