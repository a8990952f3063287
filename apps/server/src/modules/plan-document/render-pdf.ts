import PDFDocument from "pdfkit";
import type { FamilyPlanText } from "@regiehub/domain";

// The family plan as a printable PDF (A4) the family takes home. The text comes from `familyPlanText` (plain
// Dutch, B1), so the PDF says exactly what the family view on the web says. Standard Helvetica (WinAnsi),
// large type (13 pt body), clear headings, "Pagina x van y" at the bottom of every page, Dutch as the document
// language and the title in the metadata.

const BODY = 13;
const FOOTER = 11;
const INK = "#1a1a1a";
const MUTED = "#4a4a4a";
const ACCENT = "#1f4e79";
const NOTICE_FILL = "#fff4ce";
const MARGIN = 64;

// WinAnsiEncoding (cp1252) beyond Latin-1: the characters the standard fonts can show above 0x7F.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/**
 * Text the standard fonts can show: letters outside WinAnsi lose their accents where that leaves a letter
 * (ő → o); what has no such base letter (ł, emoji) becomes "?". Names stay readable rather than silently dropped.
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch)) {
      out += ch;
    } else if (ch === "\n" || ch === "\t") {
      out += " ";
    } else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base.length > 0 && [...base].every((c) => c.codePointAt(0)! <= 0xff) ? base : "?";
    }
  }
  return out;
}

export interface PdfMetadata {
  /** Document title (shown by readers instead of the file name). */
  title: string;
  subject: string;
  createdAt: Date;
}

/** Renders the family plan text as an A4 PDF and returns its bytes. */
export function renderFamilyPlanPdf(text: FamilyPlanText, meta: PdfMetadata): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: "nl-NL",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: toWinAnsi(meta.title),
      Subject: toWinAnsi(meta.subject),
      Author: "Regiehub",
      Creator: "Regiehub",
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - MARGIN;
  /** Starts a new page unless `space` points still fit (keeps a heading with what follows). */
  const keep = (space: number) => {
    if (doc.y + space > bottom()) doc.addPage();
  };
  const write = (value: string, font: string, size: number, color = INK, gapAfter = 4) => {
    doc.font(font).fontSize(size).fillColor(color).text(toWinAnsi(value), MARGIN, doc.y, {
      width,
      lineGap: 3,
    });
    doc.y += gapAfter;
  };

  // Title block
  write(text.title, "Helvetica-Bold", 26, ACCENT, 2);
  write(text.subtitle, "Helvetica", 15, MUTED, 14);

  if (text.notice.length) {
    const body = toWinAnsi(text.notice.join(" "));
    doc.font("Helvetica-Bold").fontSize(BODY);
    const pad = 10;
    const height = doc.heightOfString(body, { width: width - pad * 2, lineGap: 3 }) + pad * 2;
    keep(height);
    const top = doc.y;
    doc.save().roundedRect(MARGIN, top, width, height, 6).fill(NOTICE_FILL).restore();
    doc.fillColor(INK).text(body, MARGIN + pad, top + pad, { width: width - pad * 2, lineGap: 3 });
    doc.y = top + height + 14;
  }

  write(text.intro.join(" "), "Helvetica", BODY, INK, 10);

  for (const section of text.sections) {
    doc.y += 8;
    keep(90);
    doc.outline.addItem(toWinAnsi(section.heading));
    write(section.heading, "Helvetica-Bold", 18, ACCENT, 2);
    doc
      .save()
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(1.5)
      .strokeColor(ACCENT)
      .stroke()
      .restore();
    doc.y += 10;
    for (const paragraph of section.paragraphs) write(paragraph, "Helvetica", BODY, INK, 8);

    for (const goal of section.goals) {
      doc.y += 6;
      keep(110);
      write(goal.heading, "Helvetica-Bold", 15, INK, 4);
      write(goal.details.join(" "), "Helvetica", BODY, INK, 8);
      write(goal.whoDoesWhatHeading, "Helvetica-Bold", BODY, INK, 4);
      if (goal.noActions) write(goal.noActions, "Helvetica", BODY, INK, 6);
      for (const action of goal.actions) {
        const rest = [action.what, action.when, action.status].filter((p) => p !== null).join(" – ");
        const indent = 18;
        doc.font("Helvetica").fontSize(BODY);
        const height = doc.heightOfString(toWinAnsi(`${action.who} – ${rest}`), {
          width: width - indent,
          lineGap: 3,
        });
        keep(height);
        const top = doc.y;
        doc.fillColor(ACCENT).text("•", MARGIN + 4, top, { lineBreak: false });
        doc
          .font("Helvetica-Bold")
          .fillColor(INK)
          .text(toWinAnsi(action.who), MARGIN + indent, top, {
            width: width - indent,
            lineGap: 3,
            continued: true,
          })
          .font("Helvetica")
          .fillColor(action.overdue ? "#9c2a00" : INK)
          .text(toWinAnsi(` – ${rest}`), { width: width - indent, lineGap: 3 });
        doc.y += 5;
      }
    }
  }

  doc.y += 12;
  keep(30);
  write(text.footer, "Helvetica", FOOTER, MUTED, 0);

  // Page numbers, written into the bottom margin of every buffered page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(FOOTER)
      .fillColor(MUTED)
      .text(`Pagina ${i - range.start + 1} van ${range.count}`, MARGIN, doc.page.height - MARGIN + 24, {
        width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  return done;
}
