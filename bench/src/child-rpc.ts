import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

// Load and subscribers run in child processes: their CPU shows up on the machine as it would for real
// clients, but not on the hub's event loop, and the hub's RSS is measured without them. A child is a tiny
// RPC server over the IPC channel: { id, method, params } in, { id, result } or { id, error } out.

type Handlers = Record<string, (params: never) => unknown>;

interface Request {
  id: number;
  method: string;
  params: unknown;
}

/** In the child: answers requests with `handlers` until the parent disconnects. */
export function serve(handlers: Handlers): void {
  process.on("message", (message: Request) => {
    const handler = handlers[message.method];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown method ${message.method}`);
        return (handler as (params: unknown) => unknown)(message.params);
      })
      .then(
        (result) => process.send?.({ id: message.id, result }),
        (error: unknown) =>
          process.send?.({ id: message.id, error: error instanceof Error ? error.stack : String(error) }),
      );
  });
  process.on("disconnect", () => process.exit(0));
}

/** In the parent: a child process started from `moduleUrl` (with the same tsx loader as the parent). */
export class Child {
  private readonly process: ChildProcess;
  private next = 0;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private exited: Error | undefined;

  constructor(moduleUrl: URL, heapMb = 0) {
    this.process = fork(fileURLToPath(moduleUrl), [], {
      execArgv: [...process.execArgv, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.process.on("message", (m: { id: number; result?: unknown; error?: string }) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.error !== undefined) w.reject(new Error(m.error));
      else w.resolve(m.result);
    });
    this.process.on("exit", (code, signal) => {
      this.exited = new Error(`child ${moduleUrl.pathname} exited (${code ?? signal})`);
      for (const w of this.waiting.values()) w.reject(this.exited);
      this.waiting.clear();
    });
  }

  call<T>(method: string, params: unknown = {}): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.process.send({ id, method, params });
    });
  }

  /** Ends the child (the one this object started, by its own handle). */
  close(): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.process.once("exit", () => resolve());
      this.process.disconnect();
      setTimeout(() => this.process.kill("SIGKILL"), 5_000).unref();
    });
  }
}
