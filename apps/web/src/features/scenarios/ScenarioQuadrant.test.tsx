import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CaseScenarios } from "./types";
import { ScenarioQuadrant } from "./ScenarioQuadrant";

const scenario = (
  key: string,
  firstOutcome: string,
  secondOutcome: string,
  extra: Partial<CaseScenarios["scenarios"][number]> = {},
) => ({
  key,
  firstOutcome,
  secondOutcome,
  response: `Aanpak ${key}`,
  current: false,
  signals: [],
  ...extra,
});

const data: CaseScenarios = {
  version: 1,
  factors: [
    { question: "Gaat moeder meewerken?", outcomes: ["Moeder werkt mee", "Moeder werkt niet mee"] },
    { question: "Wat beslist de rechter?", outcomes: ["OTS", "Geen maatregel"] },
  ],
  scenarios: [
    scenario("0-0", "Moeder werkt mee", "OTS"),
    scenario("0-1", "Moeder werkt mee", "Geen maatregel", {
      signals: [{ id: "s1", description: "Moeder komt op elk gesprek", observedAt: null, observedBy: null }],
    }),
    scenario("1-0", "Moeder werkt niet mee", "OTS"),
    scenario("1-1", "Moeder werkt niet mee", "Geen maatregel", {
      current: true,
      signals: [
        {
          id: "s2",
          description: "Kinderen verzuimen school",
          observedAt: "2026-12-01T10:00:00Z",
          observedBy: { id: "p1", name: "Youssef El Amrani" },
        },
      ],
    }),
  ],
  current: { key: "1-1" },
};

describe("ScenarioQuadrant", () => {
  it("lays the four scenarios out as rows of the first factor and columns of the second", () => {
    render(<ScenarioQuadrant scenarios={data} />);
    const table = screen.getByRole("table", {
      name: /Gaat moeder meewerken\? \(rijen\) × Wat beslist de rechter\?/,
    });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["OTS", "Geen maatregel"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "Moeder werkt mee",
      "Moeder werkt niet mee",
    ]);
    expect(
      within(rows[0]!)
        .getAllByRole("cell")
        .map((c) => c.getAttribute("data-scenario")),
    ).toEqual(["0-0", "0-1"]);
  });

  it("names the current scenario in words and shows who observed its signal", () => {
    render(<ScenarioQuadrant scenarios={data} />);
    const current = screen.getByText("Huidig scenario").closest("td")!;
    expect(current.getAttribute("data-scenario")).toBe("1-1");
    expect(current.textContent).toContain("Kinderen verzuimen school");
    expect(current.textContent).toContain("door Youssef El Amrani");
    expect(screen.getAllByText("Huidig scenario")).toHaveLength(1);
  });

  it("offers to mark an unobserved signal, and only when it may", () => {
    const onObserve = vi.fn();
    const { unmount } = render(<ScenarioQuadrant scenarios={data} onObserve={onObserve} />);
    fireEvent.click(screen.getByRole("button", { name: "Signaal waargenomen: Moeder komt op elk gesprek" }));
    expect(onObserve).toHaveBeenCalledWith(
      expect.objectContaining({ id: "s1" }),
      expect.objectContaining({ key: "0-1" }),
    );
    expect(screen.getAllByRole("button")).toHaveLength(1); // the observed one has no button
    unmount();
    render(<ScenarioQuadrant scenarios={data} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
