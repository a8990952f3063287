import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "../support/hub";

// How the hub serves the built web app (issue 16, speed of the page): compressed as the browser accepts, the
// hashed assets cached for a year, the page revalidated on every load, a missing asset a 404 (not the page),
// and no source map outside development. A dist folder of its own, so the test does not need a web build.

const dist = mkdtempSync(join(tmpdir(), "regiehub-dist-"));
const script = `console.log(${JSON.stringify("Regiehub ".repeat(2000))});`;
let hub: TestHub;

beforeAll(async () => {
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), `<!doctype html><title>Regiehub</title>${"<p>x</p>".repeat(300)}`);
  writeFileSync(join(dist, "assets", "index-AbC123.js"), script);
  writeFileSync(join(dist, "assets", "index-AbC123.js.map"), '{"version":3}');
  hub = await startTestHub({ WEB_DIST_DIR: dist });
});

afterAll(async () => {
  await hub?.stop();
  rmSync(dist, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}) {
  return fetch(new URL(path, hub.url), { headers });
}

describe("the web app as the hub serves it", () => {
  it("compresses with brotli or gzip, as the browser accepts", async () => {
    const br = await get("/assets/index-AbC123.js", { "accept-encoding": "br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(await br.text()).toBe(script); // fetch decodes what the header announces
    const gzip = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toBe(script);
    const plain = await get("/assets/index-AbC123.js", { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it("sends fewer bytes compressed (node:http, no decoding)", async () => {
    const { request } = await import("node:http");
    const bytes = (encoding: string) =>
      new Promise<Buffer>((resolve, reject) => {
        request(
          new URL("/assets/index-AbC123.js", hub.url),
          { headers: { "accept-encoding": encoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve(Buffer.concat(chunks)));
          },
        )
          .on("error", reject)
          .end();
      });
    const br = await bytes("br");
    const gz = await bytes("gzip");
    expect(br.length).toBeLessThan(script.length / 10);
    expect(gz.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(gz).toString()).toBe(script);
  });

  it("caches hashed assets for a year and revalidates the page", async () => {
    const asset = await get("/assets/index-AbC123.js");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const page = await get("/casussen/123");
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("<title>Regiehub</title>");
  });

  it("answers a missing asset with 404, not the page", async () => {
    const res = await get("/assets/index-Old999.js");
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("<title>");
  });

  it("serves no source map outside development", async () => {
    const res = await get("/assets/index-AbC123.js.map");
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('"version"');
  });
});
