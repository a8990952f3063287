import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parseInput } from "./input";
import { MAX_PAGE_SIZE, connection, pageArgs } from "./paging";

// A cursor of the form "n:<digits>", decoded to its number.
const decode = (cursor: string) => (/^n:\d+$/.test(cursor) ? Number(cursor.slice(2)) : undefined);
const Page = z.object({ ...pageArgs(25, decode) });

function fieldErrors(args: unknown) {
  try {
    parseInput(Page, args, "");
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("parsed");
}

describe("page arguments", () => {
  it("defaults `first` and leaves `after` undefined when absent, null or empty", () => {
    expect(parseInput(Page, {}, "")).toEqual({ first: 25, after: undefined });
    expect(parseInput(Page, { first: null, after: null }, "")).toEqual({ first: 25, after: undefined });
    expect(parseInput(Page, { after: "" }, "")).toEqual({ first: 25, after: undefined });
  });

  it("decodes the cursor", () => {
    expect(parseInput(Page, { first: MAX_PAGE_SIZE, after: "n:42" }, "")).toEqual({ first: 100, after: 42 });
  });

  it("refuses a page size outside 1..100 or not whole, naming `first`", () => {
    for (const first of [0, -1, MAX_PAGE_SIZE + 1, 2.5]) {
      expect(fieldErrors({ first })).toEqual({
        code: "BAD_USER_INPUT",
        fields: [{ path: "first", message: "first must be between 1 and 100" }],
      });
    }
  });

  it("refuses a cursor it does not recognise, naming `after`", () => {
    expect(fieldErrors({ after: "elsewhere" })).toEqual({
      code: "BAD_USER_INPUT",
      fields: [{ path: "after", message: "Unknown cursor" }],
    });
  });
});

describe("connection", () => {
  it("gives each node its cursor, and the last cursor as endCursor", () => {
    expect(connection([3, 5], true, (n) => `n:${n}`)).toEqual({
      edges: [
        { cursor: "n:3", node: 3 },
        { cursor: "n:5", node: 5 },
      ],
      pageInfo: { hasNextPage: true, endCursor: "n:5" },
    });
    expect(connection([], false, (n: number) => `n:${n}`).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
