import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { DEFAULT_AGENDA_WAIT_DAYS } from "../regie/tables";
import { DEFAULT_PORTFOLIO_SETTINGS, portfolioSettings } from "./settings";

function refusal(overrides: unknown): AppError {
  try {
    portfolioSettings(overrides);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("the overrides were accepted");
}

describe("portfolio settings", () => {
  it("has documented defaults, frozen", () => {
    expect(DEFAULT_PORTFOLIO_SETTINGS.stalledAfterWeeks).toBe(6);
    expect(DEFAULT_PORTFOLIO_SETTINGS.noApprovedPlanAfterWeeks).toBe(6);
    expect(DEFAULT_PORTFOLIO_SETTINGS.agendaWaitDays).toBe(DEFAULT_AGENDA_WAIT_DAYS);
    expect(DEFAULT_PORTFOLIO_SETTINGS.awaitsAgendaPoints).toBe(20);
    expect(Object.isFrozen(DEFAULT_PORTFOLIO_SETTINGS)).toBe(true);
  });

  it("are the defaults without overrides", () => {
    expect(portfolioSettings()).toEqual(DEFAULT_PORTFOLIO_SETTINGS);
    expect(portfolioSettings({})).toEqual(DEFAULT_PORTFOLIO_SETTINGS);
  });

  it("take a region's overrides and keep the other defaults", () => {
    const region = portfolioSettings({ stalledAfterWeeks: 8, teamGapPoints: 0, dueSoonDays: 0 });
    expect(region).toEqual({
      ...DEFAULT_PORTFOLIO_SETTINGS,
      stalledAfterWeeks: 8,
      teamGapPoints: 0,
      dueSoonDays: 0,
    });
    expect(Object.isFrozen(region)).toBe(true);
    expect(DEFAULT_PORTFOLIO_SETTINGS.stalledAfterWeeks).toBe(6);
  });

  it("refuse a setting that does not exist", () => {
    const error = refusal({ stalledAfterWeek: 8 });
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.fieldErrors).toEqual([
      { path: "settings", message: "Onbekende instelling: stalledAfterWeek" },
    ]);
  });

  it("refuse values out of range or not whole numbers, naming the setting", () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ stalledAfterWeeks: 0 }, "settings.stalledAfterWeeks", /weken van 1 tot en met 104/],
      [{ stalledAfterWeeks: 105 }, "settings.stalledAfterWeeks", /weken/],
      [{ noApprovedPlanAfterWeeks: 6.5 }, "settings.noApprovedPlanAfterWeeks", /heel aantal weken/],
      [{ dueSoonDays: -1 }, "settings.dueSoonDays", /dagen van 0 tot en met 365/],
      [{ agendaWaitDays: 366 }, "settings.agendaWaitDays", /dagen van 0 tot en met 365/],
      [{ agendaWaitDays: 2.5 }, "settings.agendaWaitDays", /heel aantal dagen/],
      [{ handOversCountFrom: 0 }, "settings.handOversCountFrom", /van 1 tot en met 100/],
      [{ acuteSafetyPoints: -10 }, "settings.acuteSafetyPoints", /punten van 0 tot en met 10\.000/],
      [{ teamGapPoints: "5" }, "settings.teamGapPoints", /punten/],
      [{ teamGapPoints: null }, "settings.teamGapPoints", /punten/],
      [{ overBudgetPoints: Number.POSITIVE_INFINITY }, "settings.overBudgetPoints", /punten/],
      [{ overBudgetPoints: Number.NaN }, "settings.overBudgetPoints", /punten/],
    ];
    for (const [overrides, path, message] of cases) {
      const error = refusal(overrides);
      expect(error.fieldErrors[0]?.path, JSON.stringify(overrides)).toBe(path);
      expect(error.fieldErrors[0]?.message, JSON.stringify(overrides)).toMatch(message);
    }
  });

  it("name every bad setting at once", () => {
    const error = refusal({ stalledAfterWeeks: 0, dueSoonDays: 1.5 });
    expect(error.fieldErrors.map((e) => e.path).sort()).toEqual([
      "settings.dueSoonDays",
      "settings.stalledAfterWeeks",
    ]);
  });

  it("refuse anything but an object", () => {
    for (const bad of [null, 6, "stalledAfterWeeks=8", [6]]) {
      expect(refusal(bad).fieldErrors[0]?.message, String(bad)).toBe(
        "De instellingen zijn een object met getallen",
      );
    }
  });
});
