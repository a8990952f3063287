import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import postgres, { type Sql } from "postgres";
import { readPage, type Viewer } from "./read-page";
import { recordObservationSql, type ObservationInput } from "./record-observation";

// The floors served over HTTP on loopback, so they are measured by the same load generator, over the same
// keep-alive connections and with the same JSON out, as the hub: the ratio then shows what the hub adds on
// top of its SQL. A pool of 10 connections, as the hub's default DB_POOL_SIZE.
//   GET  /page?viewer=<name>&case=<uuid>   the read floor (read-page.ts)
//   POST /observation?viewer=<name>        the write floor (record-observation.ts), body: ObservationInput

export interface FloorServer {
  url: string;
  sql: Sql<Record<string, never>>;
  close(): Promise<void>;
}

export async function startFloorServer(
  databaseUrl: string,
  viewers: Record<string, Viewer>,
  pseudonym: (personId: string) => string,
): Promise<FloorServer> {
  const sql = postgres(databaseUrl, {
    max: 10,
    onnotice: () => {},
    connection: { application_name: "regiehub-bench-floor" },
  });
  const server: Server = createServer((req, res) => {
    handle(req)
      .then((body) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      })
      .catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });

  async function handle(req: IncomingMessage): Promise<unknown> {
    const url = new URL(req.url ?? "/", "http://floor");
    const viewer = viewers[url.searchParams.get("viewer") ?? ""];
    if (!viewer) throw new Error("unknown viewer");
    if (req.method === "GET" && url.pathname === "/page") {
      const page = await readPage(sql, viewer, url.searchParams.get("case") ?? "", pseudonym);
      return { data: page };
    }
    if (req.method === "POST" && url.pathname === "/observation") {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ObservationInput;
      return { data: { seq: await recordObservationSql(sql, viewer, input, pseudonym) } };
    }
    throw new Error(`no route ${req.method} ${url.pathname}`);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sql,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await sql.end({ timeout: 5 });
    },
  };
}
