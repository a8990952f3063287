import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

// A small closed-loop HTTP load generator: N connections (keep-alive, one request in flight on each), for a
// fixed duration. It runs in its own process (load/child.ts) so that its work does not share the hub's event
// loop. Every response is read whole and checked; a failed one counts as an error, not as throughput.

export interface LoadSpec {
  /** e.g. http://127.0.0.1:4000 (loopback only). */
  origin: string;
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  /**
   * The request body. `{{n}}` is replaced by a number unique within the run (writes that must not collide).
   */
  body?: string;
  connections: number;
  durationMs: number;
  /** `graphql`: a 200 whose body has no `"errors"` member; `status`: any 200. */
  check: "graphql" | "status";
}

export interface LoadResult {
  completed: number;
  errors: number;
  /** Up to three examples of what failed, for the report. */
  errorSamples: string[];
  elapsedMs: number;
  requestsPerSecond: number;
  latenciesMs: number[];
}

const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  if (!LOOPBACK.test(spec.origin))
    throw new Error(`the bench sends load to loopback only, not ${spec.origin}`);
  const url = new URL(spec.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const latenciesMs: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + spec.durationMs;

  const once = (): Promise<void> =>
    new Promise((resolve) => {
      const body = spec.body?.replaceAll("{{n}}", `${process.pid}-${++counter}`);
      const t0 = performance.now();
      const fail = (what: string) => {
        errors++;
        if (errorSamples.length < 3) errorSamples.push(what.slice(0, 300));
        resolve();
      };
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: spec.method,
          path: spec.path,
          headers: {
            ...(body !== undefined
              ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) }
              : {}),
            ...spec.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", (e) => fail(String(e)));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const ok = res.statusCode === 200 && (spec.check === "status" || !text.includes('"errors"'));
            if (!ok) return fail(`${res.statusCode}: ${text}`);
            latenciesMs.push(performance.now() - t0);
            resolve();
          });
        },
      );
      req.on("error", (e) => fail(String(e)));
      req.end(body);
    });

  const connection = async () => {
    while (performance.now() < deadline) await once();
  };
  await Promise.all(Array.from({ length: spec.connections }, connection));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return {
    completed: latenciesMs.length,
    errors,
    errorSamples,
    elapsedMs,
    requestsPerSecond: (latenciesMs.length / elapsedMs) * 1000,
    latenciesMs,
  };
}
