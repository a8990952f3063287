import { existsSync } from "node:fs";
import { join } from "node:path";
import compression from "compression";
import express from "express";

/** A year: Vite names every file under /assets by a hash of its content, so a file never changes in place. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Serves the built web app at `/` (every path but /graphql falls back to its index.html): compressed (brotli or
 * gzip, as the browser accepts), hashed assets cached for a year, the page itself revalidated on every load, and
 * source maps only in development (the build makes none; a stray one is not served elsewhere).
 */
export function serveWebApp(app: express.Express, distDir: string, options: { sourceMaps: boolean }): void {
  const index = join(distDir, "index.html");
  const web = express.Router();
  web.use(compression());
  if (!options.sourceMaps) {
    web.use((req, res, next) => {
      if (req.path.endsWith(".map")) res.status(404).type("text/plain").send("Niet gevonden.");
      else next();
    });
  }
  web.use(
    express.static(distDir, {
      index: false,
      maxAge: "1h",
      setHeaders(res, path) {
        if (path.startsWith(join(distDir, "assets"))) res.setHeader("Cache-Control", IMMUTABLE);
      },
    }),
  );
  // A missing asset is a 404, not the page: a stale page asking for an old chunk must fail visibly.
  web.use("/assets", (_req, res) => {
    res.status(404).type("text/plain").send("Niet gevonden.");
  });
  web.get(/^(?!\/graphql).*/, (_req, res) => {
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
  app.use(web);
}
