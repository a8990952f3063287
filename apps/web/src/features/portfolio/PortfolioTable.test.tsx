import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { PortfolioItem } from "./types";
import { PortfolioTable } from "./PortfolioTable";

// The portfolio's rows: why each case stands where it does — a case escalated to a table and not yet on its
// agenda shows "Niet geagendeerd" beside the reasons, which name the table and the day.

function item(caseId: string, title: string, part: Partial<PortfolioItem> = {}): PortfolioItem {
  return {
    caseId,
    reference: `RH-2026-${caseId}`,
    title,
    phase: "EXECUTION",
    framework: "VOLUNTARY",
    escalationLevel: 2,
    weeksInPhase: 3,
    stalled: false,
    overdueActions: 0,
    acuteSafety: false,
    awaitsAgenda: null,
    urgency: 20,
    reasons: ["escalatieniveau 2 (procesregie)"],
    casusregisseur: { id: "p1", name: "Youssef El Amrani" },
    ...part,
  };
}

describe("the portfolio table", () => {
  it("marks a case escalated and not yet on its table's agenda, the reason naming table and day", () => {
    const reason =
      "opgeschaald naar Jeugdbeschermingsplein Lindehaven op 17 november 2026, na 20 dagen nog niet geagendeerd";
    render(
      <MemoryRouter>
        <PortfolioTable
          items={[
            item("0001", "Gezin Veenstra", {
              urgency: 40,
              reasons: ["escalatieniveau 2 (procesregie)", reason],
              awaitsAgenda: {
                tableName: "Jeugdbeschermingsplein Lindehaven",
                escalatedOn: "2026-11-17",
                daysWaiting: 20,
              },
            }),
            item("0002", "Gezin Koopmans"),
          ]}
        />
      </MemoryRouter>,
    );
    const [, waiting, other] = within(screen.getByRole("table", { name: "Portefeuille" })).getAllByRole(
      "row",
    );
    expect(within(waiting!).getByText("Niet geagendeerd")).toBeTruthy();
    expect(within(waiting!).getByText(reason)).toBeTruthy();
    expect(within(other!).queryByText("Niet geagendeerd")).toBeNull();
  });
});
