import { describe, expect, it } from "vitest";
import { formatEuro, parseEuro } from "./money";

describe("euro amounts", () => {
  it("reads Dutch amounts into cents", () => {
    expect(parseEuro("1.234,56")).toBe(123456);
    expect(parseEuro("1234,5")).toBe(123450);
    expect(parseEuro("€ 850")).toBe(85000);
    expect(parseEuro("0")).toBe(0);
  });

  it("refuses what is not an amount", () => {
    expect(parseEuro("")).toBeNull();
    expect(parseEuro("12,345")).toBeNull();
    expect(parseEuro("-5")).toBeNull();
    expect(parseEuro("1.23")).toBeNull();
    expect(parseEuro("abc")).toBeNull();
  });

  it("writes cents as Dutch currency", () => {
    expect(formatEuro(123456).replace(/\s/g, " ")).toBe("€ 1.234,56");
  });
});
