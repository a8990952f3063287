import { describe, expect, it } from "vitest";
import {
  budgetUseDescription,
  casesText,
  daysText,
  partnerTimelinessDescription,
  percentText,
  stalledTrendDescription,
  timeInPhaseDescription,
  weekEndLabel,
  weeksText,
} from "./charts";

// Intl may put a narrow or normal no-break space in currency and percentages.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the words of the portfolio charts", () => {
  it("formats weeks, days, shares, counts and week ends in Dutch", () => {
    expect(weeksText(1)).toBe("1 week");
    expect(weeksText(9.5)).toBe("9,5 weken");
    expect(weeksText(0)).toBe("0 weken");
    expect(daysText(1)).toBe("1 dag");
    expect(daysText(7.5)).toBe("7,5 dagen");
    expect(plain(percentText(0.5))).toMatch(/^50 ?%$/);
    expect(plain(percentText(2 / 3))).toMatch(/^67 ?%$/);
    expect(casesText(1)).toBe("1 casus");
    expect(casesText(3)).toBe("3 casussen");
    expect(weekEndLabel("2026-12-07")).toMatch(/^7 dec\.?$/);
  });

  it("describes the stalled trend: first, last and highest week", () => {
    const text = stalledTrendDescription([
      { weekEnd: "2026-11-23", stalled: 1 },
      { weekEnd: "2026-11-30", stalled: 3 },
      { weekEnd: "2026-12-07", stalled: 2 },
    ]);
    expect(text).toBe(
      "Lijndiagram van het aantal vastgelopen casussen per week over de laatste 3 weken. " +
        "In de week tot en met 23 november 2026: 1; in de week tot en met 7 december 2026: 2. " +
        "Het hoogst was 3, in de week tot en met 30 november 2026.",
    );
  });

  it("describes the time in phase of the phases with cases only", () => {
    expect(
      timeInPhaseDescription([
        { phase: "SIGNAL", cases: 0, medianWeeks: null, maxWeeks: null },
        { phase: "INVENTORY", cases: 2, medianWeeks: 9.5, maxWeeks: 16 },
        { phase: "EXECUTION", cases: 1, medianWeeks: 7, maxWeeks: 7 },
      ]),
    ).toBe(
      "Staafdiagram van de tijd in de huidige fase, per fase. " +
        "Inventarisatie: 2 casussen, mediaan 9,5 weken, langst 16 weken; " +
        "Uitvoering: 1 casus, mediaan 7 weken, langst 7 weken.",
    );
    expect(timeInPhaseDescription([{ phase: "PLAN", cases: 0, medianWeeks: null, maxWeeks: null }])).toMatch(
      /geen open casussen/,
    );
  });

  it("describes budget use, over budget in words", () => {
    const text = plain(
      budgetUseDescription([
        {
          reference: "RH-1",
          budgetCents: 100_000,
          committedCents: 120_000,
          spentCents: 30_000,
          availableCents: -50_000,
          overBudget: true,
        },
        {
          reference: "RH-2",
          budgetCents: 500_000,
          committedCents: 0,
          spentCents: 0,
          availableCents: 500_000,
          overBudget: false,
        },
      ]),
    );
    expect(text).toBe(
      "Staafdiagram van het budgetgebruik per casus. " +
        "RH-1: budget € 1.000,00, besteed € 300,00, verplicht € 1.200,00, € 500,00 over het budget; " +
        "RH-2: budget € 5.000,00, besteed € 0,00, verplicht € 0,00, € 5.000,00 beschikbaar.",
    );
    expect(budgetUseDescription([])).toMatch(/geen casussen met een budget/);
  });

  it("describes partner timeliness with the share and the median days late", () => {
    const text = plain(
      partnerTimelinessDescription([
        {
          organisation: { name: "Wijkteam Noord" },
          doneOnTime: 2,
          doneLate: 1,
          openOverdue: 1,
          onTimeShare: 0.5,
          medianDaysLate: 7.5,
        },
        {
          organisation: { name: "School" },
          doneOnTime: 3,
          doneLate: 0,
          openOverdue: 0,
          onTimeShare: 1,
          medianDaysLate: null,
        },
      ]),
    );
    expect(text).toMatch(
      /^Staafdiagram van de tijdigheid van acties per ketenpartner\. Wijkteam Noord: 2 op tijd, 1 te laat gedaan, 1 open en te laat; 50 ?% op tijd, mediaan 7,5 dagen te laat; School: 3 op tijd, 0 te laat gedaan, 0 open en te laat; 100 ?% op tijd\.$/,
    );
    expect(partnerTimelinessDescription([])).toMatch(/nog geen acties/);
  });
});
