import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { familyPlanText, type FamilyPlanInput } from "@regiehub/domain";
import { renderFamilyPlanPdf, toWinAnsi } from "./render-pdf";

// The PDF itself: valid A4 pages with the text of familyPlanText, page numbers and metadata. The text is read
// back with a small extractor for what pdfkit writes (Flate streams, hex strings in TJ arrays, WinAnsi);
// tests/integration/plan-document.test.ts reads the real document with pdf.js.

const CP1252_HIGH: Record<number, string> = {
  0x96: "–",
  0x97: "—",
  0x95: "•",
  0x80: "€",
  0x91: "‘",
  0x92: "’",
};

function decode(hex: string): string {
  let out = "";
  for (let i = 0; i < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += CP1252_HIGH[code] ?? String.fromCharCode(code);
  }
  return out;
}

/** The text of each content stream (one per page), lines joined with "\n". */
function pageTexts(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const texts: string[] = [];
  const stream = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = stream.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    const lines = [...content.matchAll(/\[([^\]]*)\] TJ/g)].map((tj) =>
      [...tj[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => decode(h[1]!)).join(""),
    );
    if (lines.length) texts.push(lines.join("\n"));
  }
  return texts;
}

function input(overrides: Partial<FamilyPlanInput> = {}): FamilyPlanInput {
  return {
    caseTitle: "Gezin Koopmans",
    planNumber: 3,
    status: "APPROVED",
    perspective: "Over een jaar wonen we nog steeds in ons huis.",
    approvedOn: "2026-10-01",
    agreedOn: "2026-09-28",
    goals: [
      {
        domain: "FINANCES",
        familyWording: "We willen rust over geld",
        professionalWording: null,
        priority: "HIGH",
        targetDate: "2027-01-15",
        actions: [
          {
            title: "Samen een overzicht maken",
            organisationName: "Schuldhulp Lindehaven",
            professionalName: "Bas Meijer",
            dueOn: "2026-12-01",
            status: "IN_PROGRESS",
          },
        ],
      },
    ],
    nextEvaluationOn: "2027-01-01",
    casusregisseur: { name: "Sanne Bakker", organisation: "Wijkteam Noord" },
    ...overrides,
  };
}

const META = {
  title: "Ons gezinsplan – Gezin Koopmans (versie 3)",
  subject: "Gezinsplan",
  createdAt: new Date(),
};

describe("renderFamilyPlanPdf", () => {
  it("writes an A4 PDF with the plan's text, Dutch as language and the title in the metadata", async () => {
    const pdf = await renderFamilyPlanPdf(familyPlanText(input(), "2026-11-02"), META);
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-1.7")).toBe(true);
    expect(raw.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(raw).toContain("/Lang (nl-NL)");
    expect(raw).toContain("/DisplayDocTitle true");
    // The info dictionary points at its strings; the title is written in UTF-16 (it has a dash).
    const titleRef = /\/Title (\d+) 0 R/.exec(raw)?.[1];
    const literal =
      new RegExp(`\\n${titleRef} 0 obj\\n\\(\\xfe\\xff([\\s\\S]*?)\\)\\nendobj`).exec(raw)?.[1] ?? "";
    const utf16be = Buffer.from(literal.replace(/\\([()\\])/g, "$1"), "latin1");
    expect(utf16be.swap16().toString("utf16le")).toBe(META.title);
    expect(raw).toContain("/BaseFont /Helvetica");

    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(1);
    // Lines wrap where the page ends: compare with the white space collapsed.
    const text = pages[0]!.replace(/\s+/g, " ");
    expect(text).toContain("Ons gezinsplan");
    expect(text).toContain("Gezin Koopmans – versie 3");
    expect(text).toContain("Wat willen jullie bereiken?");
    expect(text).toContain("Over een jaar wonen we nog steeds in ons huis.");
    expect(text).toContain("Doel: We willen rust over geld");
    expect(text).toContain("Wie doet wat?");
    expect(text).toContain(
      "• Schuldhulp Lindehaven (Bas Meijer) – Samen een overzicht maken – vóór 1 december 2026 – bezig",
    );
    expect(text).toContain("Dat doen we op 1 januari 2027.");
    expect(text).toContain("Jullie contactpersoon is Sanne Bakker van Wijkteam Noord.");
    expect(text).toContain("Pagina 1 van 1");
    expect(text).not.toContain("concept");
  });

  it("numbers every page of a long plan 'Pagina x van y' and shows the concept note", async () => {
    const goal = input().goals[0]!;
    const goals = Array.from({ length: 12 }, (_, i) => ({
      ...goal,
      familyWording: `Doel ${i + 1} van het gezin`,
    }));
    const pdf = await renderFamilyPlanPdf(
      familyPlanText(input({ goals, status: "DRAFT", approvedOn: null }), "2026-11-02"),
      META,
    );
    const pages = pageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${pages.length}`));
    expect(pages[0]).toContain("Dit plan is nog een concept.");
    const all = pages.join("\n").replace(/\s+/g, " ");
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Doel: Doel ${i} van het gezin`);
    expect((pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length).toBe(pages.length);
  });
});

describe("toWinAnsi", () => {
  it("keeps Dutch letters and typography, and replaces what the standard fonts cannot show", () => {
    expect(toWinAnsi("Zoë, café, ruïne – vóór “dit” €5 •")).toBe("Zoë, café, ruïne – vóór “dit” €5 •");
    expect(toWinAnsi("Dorotă Łukasz 😀")).toBe("Dorota ?ukasz ?");
    expect(toWinAnsi("regel\neen")).toBe("regel een");
  });
});
