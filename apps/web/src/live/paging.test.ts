import { describe, expect, it } from "vitest";
import { loadedEdges, reloadVariables } from "./paging";

describe("reloading a paged list on a live event", () => {
  const list = (n: number) => ({
    cases: { totalCount: 90, edges: Array.from({ length: n }, (_, i) => ({ i })) },
  });
  const nested = (n: number) => ({
    case: { id: "c", timeline: { edges: Array.from({ length: n }, () => ({})) } },
  });

  it("counts the edges of the first connection in a result", () => {
    expect(loadedEdges(list(30))).toBe(30);
    expect(loadedEdges(nested(7))).toBe(7);
    expect(loadedEdges({ case: { actions: [{ id: "a" }] } })).toBeNull();
    expect(loadedEdges(undefined)).toBeNull();
  });

  it("asks for as many entries as are shown, from the start, within the server's limit", () => {
    const variables = { filter: { search: null }, first: 25, after: "cursor" };
    expect(reloadVariables(variables, list(50))).toEqual({
      filter: { search: null },
      first: 50,
      after: null,
    });
    expect(reloadVariables(variables, list(250))).toMatchObject({ first: 100 });
    expect(reloadVariables(variables, list(25))).toBeNull();
    expect(reloadVariables({ caseId: "c" }, nested(40))).toBeNull();
    expect(reloadVariables(undefined, list(40))).toBeNull();
  });
});
