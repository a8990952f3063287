const EURO = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** Euro cents as Dutch currency text: 123456 → "€ 1.234,56". */
export function formatEuro(cents: number): string {
  return EURO.format(cents / 100);
}

/**
 * A Dutch amount as typed ("1.234,56", "1234,5", "1234") to euro cents; null when it is not an amount.
 * A dot is a thousands separator, a comma the decimal separator.
 */
export function parseEuro(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.replace(/\./g, "").split(",");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}
