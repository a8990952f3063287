import { downloadBlob } from "../../components/download";

/** "Noor de Vries-Bakker" → "noor-de-vries-bakker" (for file names). */
export function slug(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "persoon"
  );
}

/** `YYYY-MM-DD` of a moment in local time. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Indent a JSON document for reading; leaves anything unparseable as it is. */
export function prettyJson(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** Offer `text` to the browser as a downloaded file. */
export function downloadFile(text: string, fileName: string, type = "application/json"): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
