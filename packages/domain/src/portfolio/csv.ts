// A portfolio as CSV, for a spreadsheet: the columns of the list and the reasons, in Dutch. Semicolons (what a
// Dutch spreadsheet expects), a byte-order mark so the accents survive, CRLF line ends. A cell that a
// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
// apostrophe: a case title is typed by people, and a CSV must not become a way to run a formula.

export interface PortfolioCsvRow {
  reference: string;
  title: string;
  phase: string;
  weeksInPhase: number;
  framework: string;
  escalationLevel: number;
  casusregisseur: string;
  urgency: number;
  stalled: boolean;
  overdueActions: number;
  openDoorbraak: number;
  /** Days escalated to a table without being on its agenda, when that is a signal (awaitsAgenda); else null. */
  awaitsAgendaDays: number | null;
  reasons: readonly string[];
}

const COLUMNS: [string, (row: PortfolioCsvRow) => string | number][] = [
  ["Kenmerk", (r) => r.reference],
  ["Casus", (r) => r.title],
  ["Fase", (r) => r.phase],
  ["Weken in fase", (r) => r.weeksInPhase],
  ["Kader", (r) => r.framework],
  ["Escalatieniveau", (r) => r.escalationLevel],
  ["Casusregisseur", (r) => r.casusregisseur],
  ["Urgentie", (r) => r.urgency],
  ["Vastgelopen", (r) => (r.stalled ? "ja" : "nee")],
  ["Acties te laat", (r) => r.overdueActions],
  ["Doorbraken open", (r) => r.openDoorbraak],
  ["Wacht op agenda (dagen)", (r) => r.awaitsAgendaDays ?? ""],
  ["Waarom hier", (r) => r.reasons.join("; ")],
];

/** One cell: neutralised when it would be a formula, quoted when it holds a separator, quote or line break. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function portfolioCsv(rows: readonly PortfolioCsvRow[]): string {
  const lines = [COLUMNS.map(([name]) => csvCell(name)).join(";")];
  for (const row of rows) lines.push(COLUMNS.map(([, value]) => csvCell(value(row))).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
