import type { IncomingMessage } from "node:http";
import { createSourceEventStream, type ExecutionArgs, type ExecutionResult } from "graphql";
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from "graphql-ws";
import type { WebSocket, WebSocketServer } from "ws";
import { SharedPayload, type LiveConnection } from "./subscriber";

// graphql-ws on the `ws` server, as graphql-ws/use/ws does it (keep-alive pings, protocol, errors), plus:
//   - every socket has a LiveConnection (its session, buffer, subscription count) for live delivery;
//   - a payload resolved once for a group (`SharedPayload`) is written into each socket's `next` message as
//     the JSON it already is, instead of being serialised again per socket;
//   - subscriptions are resolved by their root field's `subscribe` only: the per-event execution happens in
//     the dispatcher, once per group (graphql's own `subscribe` would execute per socket).

export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  connection?: LiveConnection;
}

/** The text graphql-ws writes for a shared payload's `data`, replaced by the payload's JSON on send. */
const PLACEHOLDER = JSON.stringify({ data: "\u0000shared" });

/** A message as graphql-ws stringified it, with the (last) shared-payload placeholder replaced by `json`. */
export function withSharedPayload(text: string, json: string): string {
  const at = text.lastIndexOf(PLACEHOLDER);
  return at >= 0 ? text.slice(0, at) + json + text.slice(at + PLACEHOLDER.length) : text;
}

export function attachGraphQLWs<P extends Record<string, unknown>>(
  options: ServerOptions<P, SocketExtra>,
  wsServer: WebSocketServer,
  keepAliveMs = 12_000,
): { dispose(): Promise<void> } {
  // Set by the replacer while a message is stringified and taken by `send` right after: graphql-ws calls
  // `socket.send(stringifyMessage(...))`, with nothing in between, so one slot is enough.
  let sharedJson: string | undefined;
  const server = makeServer<P, SocketExtra>({
    ...options,
    jsonMessageReplacer: (_key, value: unknown) => {
      if (value instanceof SharedPayload) {
        sharedJson = value.json;
        return "\u0000shared";
      }
      return value;
    },
    // The source stream of a live field yields finished results (see LiveSubscriber).
    subscribe: async (args: ExecutionArgs) =>
      (await createSourceEventStream(args)) as AsyncIterable<ExecutionResult> | ExecutionResult,
  });
  wsServer.options.handleProtocols = handleProtocols;

  wsServer.on("connection", (socket, request) => {
    socket.once("error", () => socket.close(CloseCode.InternalServerError, "Internal server error"));
    let pongWait: NodeJS.Timeout | null = null;
    const pingInterval = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
      socket.once("pong", () => {
        if (pongWait) clearTimeout(pongWait);
        pongWait = null;
      });
      socket.ping();
    }, keepAliveMs);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            let text = data;
            if (sharedJson !== undefined) {
              text = withSharedPayload(text, sharedJson);
              sharedJson = undefined;
            }
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(text, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on("message", async (event) => {
            try {
              await cb(String(event));
            } catch {
              socket.close(CloseCode.InternalServerError, "Internal server error");
            }
          }),
      },
      { socket, request },
    );
    socket.once("close", (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      clearInterval(pingInterval);
      void closed(code, String(reason));
    });
  });

  return {
    async dispose() {
      for (const client of wsServer.clients) client.close(1001, "Going away");
      wsServer.removeAllListeners();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
