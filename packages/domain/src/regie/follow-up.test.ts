import { describe, expect, it } from "vitest";
import {
  addWeeksTo,
  budgetProblem,
  checkInDates,
  checkInIntervalProblem,
  followUpProblem,
  MAX_BUDGET_CENTS,
  nextCheckInDue,
  phaseAfterMonitoring,
  suggestedMonitoringFollowUp,
} from "./follow-up";

describe("the regiegesprek", () => {
  it("takes an interval of 1 to 26 whole weeks", () => {
    for (const ok of [1, 6, 26]) expect(checkInIntervalProblem(ok)).toBeNull();
    for (const bad of [0, 27, 2.5, -1, "6", null, Number.NaN]) {
      expect(checkInIntervalProblem(bad), String(bad)).toMatch(/1 tot en met 26/);
    }
  });

  it("adds whole weeks across month and year ends", () => {
    expect(addWeeksTo("2026-01-01", 6)).toBe("2026-02-12");
    expect(addWeeksTo("2026-12-10", 4)).toBe("2027-01-07");
    expect(() => addWeeksTo("2026-01-01", 0)).toThrow(RangeError);
    expect(() => addWeeksTo("2026-02-30", 6)).toThrow(RangeError);
  });

  it("is due on the date agreed in the latest one, else the interval after opening, never without a procesregisseur", () => {
    const base = { openedOn: "2026-03-02", intervalWeeks: 6, hasProcesregisseur: true };
    expect(nextCheckInDue({ ...base, latestNextCheckInOn: null })).toBe("2026-04-13");
    expect(nextCheckInDue({ ...base, intervalWeeks: 2, latestNextCheckInOn: null })).toBe("2026-03-16");
    expect(nextCheckInDue({ ...base, latestNextCheckInOn: "2026-09-01" })).toBe("2026-09-01");
    expect(
      nextCheckInDue({ ...base, hasProcesregisseur: false, latestNextCheckInOn: "2026-09-01" }),
    ).toBeNull();
  });

  it("is held today or earlier, with the next one after it (by default the interval later)", () => {
    const today = "2026-05-20";
    expect(checkInDates("2026-05-20", null, 6, today)).toEqual({ nextCheckInOn: "2026-07-01" });
    expect(checkInDates("2026-05-01", "2026-05-15", 6, today)).toEqual({ nextCheckInOn: "2026-05-15" });
    expect(checkInDates("2026-05-21", null, 6, today)).toMatchObject({ field: "heldOn" });
    expect(checkInDates("2026-02-30", null, 6, today)).toMatchObject({ field: "heldOn" });
    expect(checkInDates("2026-05-10", "2026-05-10", 6, today)).toMatchObject({ field: "nextCheckInOn" });
    expect(checkInDates("2026-05-10", "2026-05-09", 6, today)).toMatchObject({ field: "nextCheckInOn" });
    expect(checkInDates("2026-05-10", "morgen", 6, today)).toMatchObject({ field: "nextCheckInOn" });
  });
});

describe("monitoring", () => {
  it("suggests a follow-up three months ahead, a month end staying in its month", () => {
    expect(suggestedMonitoringFollowUp("2026-05-20")).toBe("2026-08-20");
    expect(suggestedMonitoringFollowUp("2026-11-30")).toBe("2027-02-28");
  });

  it("wants a follow-up date after today", () => {
    expect(followUpProblem("2026-05-21", "2026-05-20")).toBeNull();
    expect(followUpProblem("2026-05-20", "2026-05-20")).toMatch(/na vandaag/);
    expect(followUpProblem("2026-04-01", "2026-05-20")).toMatch(/na vandaag/);
    expect(followUpProblem("2026-13-01", "2026-05-20")).toMatch(/geldige datum/);
  });

  it("continues in monitoring, closes, or reopens into execution", () => {
    expect(phaseAfterMonitoring("CONTINUE")).toBeNull();
    expect(phaseAfterMonitoring("CLOSE")).toBe("CLOSED");
    expect(phaseAfterMonitoring("REOPEN")).toBe("EXECUTION");
  });
});

describe("the case budget", () => {
  it("is a whole number of cents from 0 to ten million euro", () => {
    for (const ok of [0, 1, 2_500_000, MAX_BUDGET_CENTS]) expect(budgetProblem(ok)).toBeNull();
    for (const bad of [-1, 0.5, MAX_BUDGET_CENTS + 1, "100", null, Number.POSITIVE_INFINITY]) {
      expect(budgetProblem(bad), String(bad)).toMatch(/hele centen/);
    }
  });
});
