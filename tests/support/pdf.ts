import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of a PDF as pdf.js reads it, white space collapsed, and its metadata. */
export async function readPdf(base64: string) {
  const bytes = Buffer.from(base64, "base64");
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
        .join("")
        .replace(/\s+/g, " "),
    );
  }
  const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
  return { bytes, pages, text: pages.join(" "), info, numPages: pdf.numPages };
}
