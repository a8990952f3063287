import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { AppError } from "@regiehub/domain";
import { createFormatError, databaseFailure } from "./errors";

function queryError(cause: object): Error {
  // As drizzle wraps a failed statement: the statement and its parameters in the message.
  const error = new Error(
    "Failed query: insert into notes (title, body) values ($1, $2)\nparams: Gesprek met moeder,Zij drinkt weer",
  );
  return Object.assign(error, { cause });
}

const logged: unknown[] = [];
const logger = {
  error: (entry: unknown) => logged.push(entry),
  warn: (entry: unknown) => logged.push(entry),
} as never;

describe("errors", () => {
  it("keeps a failed statement's parameters out of what is logged", () => {
    const failure = databaseFailure(
      queryError({
        code: "22021",
        severity: "ERROR",
        message: "invalid byte sequence",
        routine: "report_invalid_encoding",
      }),
    );
    expect(failure?.unavailable).toBe(false);
    expect(JSON.stringify(failure?.logged)).not.toMatch(/moeder|drinkt|invalid byte/);
    expect(failure?.logged).toMatchObject({
      code: "22021",
      statement: "insert into notes (title, body) values ($1, $2)",
    });
  });

  it("answers a lost database connection with UNAVAILABLE and retry advice, and an unknown failure with INTERNAL", () => {
    const format = createFormatError(logger);
    const lost = format(
      { message: "x", path: ["recordObservation"] },
      new GraphQLError("x", {
        path: ["recordObservation"],
        originalError: queryError({ code: "CONNECTION_CLOSED" }),
      }),
    );
    expect(lost.extensions).toEqual({ code: "UNAVAILABLE", retryAfterSeconds: 1 });
    const terminated = format({ message: "x" }, queryError({ code: "57P01", severity: "FATAL" }));
    expect(terminated.extensions?.code).toBe("UNAVAILABLE");
    logged.length = 0;
    const broken = format(
      { message: "x", path: ["x"] },
      new GraphQLError("x", { path: ["x"], originalError: queryError({ code: "XX000", severity: "ERROR" }) }),
    );
    expect(broken).toEqual({ message: "Internal error", path: ["x"], extensions: { code: "INTERNAL" } });
    expect(JSON.stringify(logged)).not.toMatch(/moeder|drinkt/);
  });

  it("carries retry advice of a rate limit", () => {
    const format = createFormatError(logger);
    const limited = format({ message: "x" }, AppError.retryable("RATE_LIMITED", "Too many requests", 2.2));
    expect(limited.extensions).toEqual({ code: "RATE_LIMITED", retryAfterSeconds: 3 });
  });
});
