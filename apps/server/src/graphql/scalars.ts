import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

// Date (YYYY-MM-DD) and DateTime (ISO 8601) scalars. Invalid values are input errors.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isCalendarDate(value)) {
    throw new GraphQLError("Date must be a calendar date in the form YYYY-MM-DD", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD.",
  serialize: (value) => {
    if (typeof value === "string" && isCalendarDate(value)) return value;
    throw new GraphQLError("Date cannot represent a non-date value");
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): string {
  if (typeof value !== "string" || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new GraphQLError("DateTime must be an ISO 8601 date-time", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description: "A point in time, ISO 8601.",
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new GraphQLError("DateTime cannot represent a non-date value");
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseSeq(value: unknown): number {
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
    throw new GraphQLError("Seq must be a non-negative integer below 2^53", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return n;
}

/** Sequence numbers of dossier events (bigint in the database, below 2^53 in practice). */
export const SeqScalar = new GraphQLScalarType<number, number>({
  name: "Seq",
  description: "A sequence number of a dossier event: a non-negative integer below 2^53.",
  serialize: (value) => parseSeq(value),
  parseValue: parseSeq,
  parseLiteral: (ast) => parseSeq(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : undefined),
});
