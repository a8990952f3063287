import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PhaseStepper } from "./PhaseStepper";

// The phases of a meeting as an ordered list, the current one marked for assistive technology
// (`aria-current="step"`) and in words, never by colour alone.

describe("PhaseStepper", () => {
  it("lists the four phases in order and marks the current one as a step, in words", () => {
    render(<PhaseStepper phase="IMAGE_FORMING" />);
    const list = screen.getByRole("list", { name: "Fasen van het overleg" });
    expect(list.tagName).toBe("OL");
    const steps = within(list).getAllByRole("listitem");
    expect(steps.map((s) => s.textContent)).toEqual([
      "✓Vraagstelling(afgerond)",
      "2Beeldvorming(huidige fase)",
      "3Oordeelsvorming(nog niet)",
      "4Besluitvorming(nog niet)",
    ]);
    const current = steps.filter((s) => s.getAttribute("aria-current") === "step");
    expect(current).toHaveLength(1);
    expect(current[0]!.textContent).toContain("Beeldvorming");
    expect(current[0]!.textContent).toContain("huidige fase");
  });

  it("starts at the question, and has no current step once decided", () => {
    const { rerender } = render(<PhaseStepper phase="QUESTION" />);
    const first = screen.getAllByRole("listitem")[0]!;
    expect(first.getAttribute("aria-current")).toBe("step");
    expect(first.textContent).toContain("Vraagstelling(huidige fase)");

    rerender(<PhaseStepper phase="DECISION" decided />);
    const steps = screen.getAllByRole("listitem");
    expect(steps.every((s) => !s.hasAttribute("aria-current"))).toBe(true);
    expect(steps.every((s) => s.textContent?.includes("(afgerond)"))).toBe(true);
  });

  it("is named by the heading it is given", () => {
    render(
      <>
        <h3 id="phase-heading">Fase</h3>
        <PhaseStepper phase="JUDGEMENT" labelledBy="phase-heading" />
      </>,
    );
    const list = screen.getByRole("list", { name: "Fase" });
    expect(within(list).getByText("Oordeelsvorming").closest("li")?.getAttribute("aria-current")).toBe(
      "step",
    );
  });
});
