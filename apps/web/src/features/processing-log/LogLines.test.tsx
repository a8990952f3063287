import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LogLines } from "./LogLines";
import { describeFields, detailLabel, purposeLabel } from "./logLabels";
import type { LogLine } from "./types";

function line(patch: Partial<LogLine> = {}): LogLine {
  return {
    id: "t1|c1|PROFESSIONAL|p1",
    caseId: "c1",
    caseReference: "LH-2025-0007",
    startedAt: "2025-03-04T09:15:00.000Z",
    actorType: "PROFESSIONAL",
    actor: { id: "p1", name: "Wim de Woonconsulent" },
    organisation: { id: "o1", name: "Woonstichting Lindewonen" },
    role: "PROFESSIONAL",
    operations: ["READ"],
    subjects: [
      { id: "a", fullName: "Noor Koopmans" },
      { id: "b", fullName: "Kees Koopmans" },
    ],
    subjectCount: 3,
    fields: ["Case.title", "Person.givenName", "Person.familyName", "Observation.statement", "Case.persons"],
    itemCount: 2,
    processingActivityIds: ["RH-PA-01"],
    legalBases: ["LEGAL_TASK"],
    outcomes: ["SUCCESS"],
    breakGlass: false,
    details: [],
    entryCount: 4,
    ...patch,
  };
}

/** Technical names and English words the log must never show a person. */
const TECHNICAL =
  /\b[A-Z][A-Za-z]+\.[a-z][A-Za-z]+\b|RH-PA-|LEGAL_TASK|SUCCESS|DENIED|FORBIDDEN|CONSENT_REQUIRED|NOT_FOUND|refused|merged|PROFESSIONAL|READ\b/;

describe("LogLines", () => {
  it("shows one request as one line: its persons and data folded in, in Dutch", () => {
    render(<LogLines lines={[line()]} showCase />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(1);
    const text = items[0]!.textContent ?? "";
    for (const part of [
      "Ingezien",
      "Wim de Woonconsulent",
      "Woonstichting Lindewonen · Professional",
      "LH-2025-0007",
      "Noor Koopmans, Kees Koopmans en 1 ander",
      "casus (titel, gezinsleden)",
      "gezinslid (voornaam, achternaam)",
      "observatie (waarneming)",
      "2 dossieritems",
      "Casusregie en procesregie",
      "(Wettelijke taak)",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(TECHNICAL);
  });

  it("names a refusal, break-glass and the details in Dutch, without field names or English", () => {
    render(
      <LogLines
        lines={[
          line({
            id: "x",
            operations: ["READ", "DENIED"],
            outcomes: ["DENIED", "SUCCESS"],
            fields: [
              "CONSENT_REQUIRED case.timeline.edges.node.statement",
              "FORBIDDEN processingLog",
              "Weird.thing",
            ],
            details: ["refused", "3 more refusal(s) of this actor on this case merged", "status OPEN → DONE"],
            breakGlass: true,
            processingActivityIds: ["RH-PA-01", "RH-PA-03"],
            legalBases: ["VITAL_INTEREST"],
            subjects: [],
            subjectCount: 0,
            itemCount: 1,
          }),
        ]}
        showCase={false}
      />,
    );
    const item = screen.getByRole("listitem");
    const text = item.textContent ?? "";
    expect(text).toContain("Ingezien, Geweigerd");
    expect(text.match(/Geweigerd/g)).toHaveLength(1);
    expect(within(item).getByText("Noodtoegang")).toBeTruthy();
    for (const part of [
      "geweigerd: buiten de toestemming",
      "geweigerd: niet toegestaan",
      "overige gegevens",
      "En nog 3 weigering(en); Status: open → afgerond",
      "Noodtoegang bij acute onveiligheid",
      "Vitaal belang",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain("LH-2025-0007");
    expect(text).not.toMatch(TECHNICAL);
  });

  it("keeps lines apart and in the order given (newest first)", () => {
    render(
      <LogLines lines={[line({ id: "2", actor: null, actorType: "SYSTEM" }), line({ id: "1" })]} showCase />,
    );
    const [first, second] = screen.getAllByRole("listitem");
    expect(first!.textContent).toContain("Systeem");
    expect(second!.textContent).toContain("Wim de Woonconsulent");
  });
});

describe("log labels", () => {
  it("describes fields by kind, with known fields named, unknown ones never by their technical name", () => {
    expect(
      describeFields(["Person.bsn", "Person.householdRole", "ProcessingLog", "Case.somethingNew"]),
    ).toEqual(["gezinslid (BSN, rol in het gezin)", "verwerkingslog", "casus"]);
    expect(describeFields([])).toEqual([]);
  });

  it("turns known details into Dutch and drops the rest", () => {
    expect(detailLabel("phase PLAN -> EXECUTION: plan vastgesteld")).toBe("Fase: Plan → Uitvoering");
    expect(detailLabel("AGREED -> APPROVED")).toBe("Gezinsplan: akkoord gezin → vastgesteld");
    expect(detailLabel("correction: typefout in de naam")).toBe("Correctie: typefout in de naam");
    expect(detailLabel("refused")).toBeNull();
    expect(detailLabel("something the hub says in English")).toBeNull();
  });

  it("names every purpose of the register, and an unknown one as such", () => {
    expect(purposeLabel("RH-PA-05")).toBe("Toezicht (verwerkingslog, noodtoegang)");
    expect(purposeLabel("RH-PA-99")).toBe("Overig doel");
  });
});
