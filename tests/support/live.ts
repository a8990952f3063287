import type { Client } from "graphql-ws";
import { gql } from "./hub";

// Test support for live subscriptions: collect what a subscription delivers and wait for it.

export interface Delivery<T = any> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Collector<T = any> {
  results: Delivery<T>[];
  error: unknown;
  completed: boolean;
  /** Resolves once `predicate` holds for the collected results (or rejects after `timeoutMs`). */
  until(predicate: (results: Delivery<T>[]) => boolean, timeoutMs?: number): Promise<Delivery<T>[]>;
  stop(): void;
}

export function collect<T = any>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Collector<T> {
  const collector: Collector<T> = {
    results: [],
    error: undefined,
    completed: false,
    until: (predicate, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (predicate(collector.results)) return resolve(collector.results);
          if (collector.error || collector.completed) {
            return reject(new Error(`subscription ended: ${JSON.stringify(collector.error ?? "complete")}`));
          }
          if (Date.now() - started > timeoutMs) {
            return reject(new Error(`timed out with ${collector.results.length} results`));
          }
          setTimeout(check, 20);
        };
        check();
      }),
    stop: () => undefined,
  };
  collector.stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        collector.results.push(value as Delivery<T>);
      },
      error: (error) => {
        collector.error = error;
      },
      complete: () => {
        collector.completed = true;
      },
    },
  );
  return collector;
}

/** The latest committed event's sequence number (subscribe with it as `afterSeq` to miss nothing). */
export async function lastSeq(hub: { url: string }, token: string): Promise<number> {
  const res = await gql<{ lastEventSeq: number }>(hub, `{ lastEventSeq }`, {}, token);
  if (res.data?.lastEventSeq === undefined) throw new Error(JSON.stringify(res.errors));
  return res.data.lastEventSeq;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
