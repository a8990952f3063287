import { describe, expect, it } from "vitest";
import { csvCell, portfolioCsv, type PortfolioCsvRow } from "./csv";

const row: PortfolioCsvRow = {
  reference: "RH-2026-0001",
  title: "Gezin Koopmans",
  phase: "Uitvoering",
  weeksInPhase: 7,
  framework: "Vrijwillig",
  escalationLevel: 1,
  casusregisseur: "Sanne Bakker",
  urgency: 42,
  stalled: true,
  overdueActions: 3,
  openDoorbraak: 1,
  awaitsAgendaDays: null,
  reasons: ["3 acties te laat, langst 19 dagen", "doorbraak open"],
};

describe("portfolioCsv", () => {
  it("writes a header and one line per case, semicolon-separated, with a BOM and CRLF", () => {
    const csv = portfolioCsv([row]);
    expect(csv.startsWith("\uFEFFKenmerk;Casus;Fase;")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(3); // header, row, and the empty rest after the last CRLF
    expect(lines[1]).toBe(
      'RH-2026-0001;Gezin Koopmans;Uitvoering;7;Vrijwillig;1;Sanne Bakker;42;ja;3;1;;"3 acties te laat, langst 19 dagen; doorbraak open"',
    );
  });

  it("gives the days a case waits for a table's agenda, when that is a signal", () => {
    const waiting = {
      ...row,
      awaitsAgendaDays: 20,
      reasons: ["opgeschaald naar Plein op 1 maart 2026, na 20 dagen nog niet geagendeerd"],
    };
    const [header, line] = portfolioCsv([waiting]).slice(1).split("\r\n");
    expect(header).toContain(";Doorbraken open;Wacht op agenda (dagen);Waarom hier");
    expect(line).toMatch(/;1;20;opgeschaald naar Plein/);
  });

  it("quotes separators, quotes and line breaks, and neutralises formulas", () => {
    expect(csvCell('Gezin "de Vries"')).toBe('"Gezin ""de Vries"""');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+31 6")).toBe("'+31 6");
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe("-3"); // numbers are numbers
  });
});
