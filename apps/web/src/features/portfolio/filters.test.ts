import { describe, expect, it } from "vitest";
import { isFiltered, portfolioFilter, readView, withParam } from "./filters";

describe("the portfolio's filters in the address", () => {
  it("reads the boxes, phase, framework, people and order, leaving out what it does not know", () => {
    const view = readView(
      new URLSearchParams("te-laat=ja&vastgelopen=nee&fase=ANALYSIS&kader=ONBEKEND&volgorde=BUDGET_USE"),
    );
    expect(view.flags).toEqual({
      stalled: false,
      overdue: true,
      escalated: false,
      overBudget: false,
      awaitsAgenda: false,
    });
    expect(view.phase).toBe("ANALYSIS");
    expect(view.framework).toBeNull();
    expect(view.orderBy).toBe("BUDGET_USE");
    expect(isFiltered(view)).toBe(true);
    expect(portfolioFilter(view)).toEqual({
      stalled: null,
      overdue: true,
      escalated: null,
      overBudget: null,
      awaitsAgenda: null,
      phases: ["ANALYSIS"],
      frameworks: null,
      casusregisseurId: null,
      organisationId: null,
    });
  });

  it("reads the box for cases escalated and not yet on a table's agenda", () => {
    const view = readView(new URLSearchParams("niet-geagendeerd=ja"));
    expect(view.flags.awaitsAgenda).toBe(true);
    expect(isFiltered(view)).toBe(true);
    expect(portfolioFilter(view)).toMatchObject({ awaitsAgenda: true, stalled: null });
    expect(portfolioFilter(readView(new URLSearchParams("niet-geagendeerd=nee"))).awaitsAgenda).toBeNull();
  });

  it("orders by urgency and filters nothing by default", () => {
    const view = readView(new URLSearchParams("volgorde=ZOMAAR"));
    expect(view.orderBy).toBe("URGENCY");
    expect(isFiltered(view)).toBe(false);
    expect(isFiltered(readView(new URLSearchParams("organisatie=o1")))).toBe(true);
  });

  it("sets a parameter, or drops it when empty", () => {
    const params = new URLSearchParams("fase=ANALYSIS");
    expect(withParam(params, "te-laat", "ja").toString()).toBe("fase=ANALYSIS&te-laat=ja");
    expect(withParam(params, "fase", null).toString()).toBe("");
    expect(params.toString()).toBe("fase=ANALYSIS");
  });
});
