import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ZRM_MATRIX_CAPTION, ZrmMatrix } from "./ZrmMatrix";
import type { MatrixAssessment } from "./zrmMatrix";

const linda = { id: "p-linda", fullName: "Linda Koopmans" };
const kim = { id: "p-kim", fullName: "Kim Koopmans" };
const personIndex = (id: string) => [linda.id, kim.id].indexOf(id);

const assessments: MatrixAssessment[] = [
  { id: "1", domain: "FINANCES", person: linda, score: 1, assessedOn: "2026-01-10" },
  { id: "2", domain: "FINANCES", person: linda, score: 4, assessedOn: "2026-03-01" },
  { id: "3", domain: "HOUSING", person: kim, score: 5, assessedOn: "2026-03-01" },
  { id: "4", domain: "WORK", person: null, score: null, assessedOn: null },
];

describe("ZrmMatrix", () => {
  it("is a table with caption, a column per date and a row per domain and person", () => {
    render(<ZrmMatrix assessments={assessments} personIndex={personIndex} />);
    const table = screen.getByRole("table", { name: ZRM_MATRIX_CAPTION });
    const columns = within(table)
      .getAllByRole("columnheader")
      .map((c) => c.textContent);
    expect(columns).toEqual(["Leefgebied", "10-01-2026", "01-03-2026"]);
    const rowHeaders = within(table)
      .getAllByRole("rowheader")
      .map((c) => c.textContent);
    expect(rowHeaders).toEqual(["FinanciënLinda Koopmans", "HuisvestingKim Koopmans"]);
    expect(within(table).queryByText(/Werk/)).toBeNull();
  });

  it("shows each score as number and words, coloured as on the ZRM form, and marks an empty cell in words", () => {
    render(<ZrmMatrix assessments={assessments} personIndex={personIndex} />);
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    const finances = within(rows[1] as HTMLElement).getAllByRole("cell");
    expect(finances.map((c) => c.textContent)).toEqual(["1 acuut", "4 voldoende zelfredzaam"]);
    expect((finances[0] as HTMLElement).style.backgroundColor).not.toBe("");
    expect((finances[0] as HTMLElement).style.backgroundColor).not.toBe(
      (finances[1] as HTMLElement).style.backgroundColor,
    );
    const housing = within(rows[2] as HTMLElement).getAllByRole("cell");
    expect(housing[0]?.textContent).toContain("geen score op 10 januari 2026");
    expect(housing[1]?.textContent).toBe("5 volledig zelfredzaam");
  });

  it("names the person only for assistive technology when there is one person, and renders nothing without scores", () => {
    const { rerender, container } = render(
      <ZrmMatrix assessments={assessments.slice(0, 2)} personIndex={personIndex} />,
    );
    const header = screen.getByRole("rowheader");
    expect(header.textContent).toBe("Financiën (Linda Koopmans)");
    expect(header.querySelector(".rh-visually-hidden")?.textContent).toBe(" (Linda Koopmans)");
    rerender(<ZrmMatrix assessments={[assessments[3] as MatrixAssessment]} personIndex={personIndex} />);
    expect(container.innerHTML).toBe("");
  });
});
