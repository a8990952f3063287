import { describe, expect, it } from "vitest";
import { counted, days, euroText, weeks } from "./dutch";

describe("Dutch for the portfolio", () => {
  it("uses the singular for exactly one", () => {
    expect(counted(1, "actie", "acties")).toBe("1 actie");
    expect(counted(2, "actie", "acties")).toBe("2 acties");
    expect(counted(0, "actie", "acties")).toBe("0 acties");
    expect(days(1)).toBe("1 dag");
    expect(days(19)).toBe("19 dagen");
    expect(weeks(1)).toBe("1 week");
    expect(weeks(7)).toBe("7 weken");
  });

  it("writes euro cents as Dutch money, always with cents", () => {
    expect(euroText(125_000)).toBe("€ 1.250,00");
    expect(euroText(123_456_789)).toBe("€ 1.234.567,89");
    expect(euroText(100_000_000)).toBe("€ 1.000.000,00");
    expect(euroText(99_999)).toBe("€ 999,99");
    expect(euroText(5)).toBe("€ 0,05");
    expect(euroText(0)).toBe("€ 0,00");
    expect(euroText(-500)).toBe("€ -5,00");
  });
});
