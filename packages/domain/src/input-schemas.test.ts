import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parseInput } from "./input";
import {
  INVALID_CHARACTERS_MESSAGE,
  id,
  ids,
  isCleanText,
  maxLengthMessage,
  optionalText,
  plain,
  targetId,
  text,
} from "./input-schemas";
import { isValidBsn } from "./persons";

const UUID = "7d0c2f4e-6a1b-4c3d-8e9f-0a1b2c3d4e5f";

function fieldErrors(schema: z.ZodType, value: unknown) {
  try {
    parseInput(schema, value);
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_USER_INPUT") return error.fieldErrors;
    throw error;
  }
  throw new Error("expected BAD_USER_INPUT");
}

describe("text", () => {
  const title = text({ max: 10, min: 2, required: "Geef een titel" });
  const body = text({ max: 50_000, multiline: true });

  it("trims, and refuses too short and too long with the Dutch messages", () => {
    expect(title.parse("  Huis  ")).toBe("Huis");
    expect(fieldErrors(title, " a ")).toEqual([{ path: "input", message: "Geef een titel" }]);
    expect(fieldErrors(title, "x".repeat(11))).toEqual([{ path: "input", message: "Maximaal 10 tekens" }]);
    expect(fieldErrors(text({ max: 100 }), " ")).toEqual([{ path: "input", message: "Vul dit veld in" }]);
    expect(maxLengthMessage(50_000)).toBe("Maximaal 50.000 tekens");
    expect(text({ max: 5, min: 0 }).parse("  ")).toBe("");
  });

  it("refuses NUL and other control characters, also inside a multiline text", () => {
    for (const value of ["Huis\u0000", "\u0000", "a\u0001b", "a\u001bb", "a\u000bb", "a\u000cb"]) {
      expect(fieldErrors(body, value)[0]).toEqual({ path: "input", message: INVALID_CHARACTERS_MESSAGE });
    }
    // NUL is no white space: trimming does not remove it.
    expect(fieldErrors(title, " \u0000 ")[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
  });

  it("allows line breaks and tabs only in a multiline text (a single line may end in one: it is trimmed)", () => {
    expect(body.parse("Eerste regel\r\n\tTweede regel\n")).toBe("Eerste regel\r\n\tTweede regel");
    expect(title.parse("Huis\n")).toBe("Huis");
    expect(fieldErrors(title, "Huis\nTuin")[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
    expect(fieldErrors(title, "Huis\tTuin")[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
  });

  it("refuses lone surrogate halves but keeps whole characters outside the BMP", () => {
    expect(body.parse("Gezin 👨‍👩‍👧 blij")).toBe("Gezin 👨‍👩‍👧 blij");
    for (const value of ["a\ud800", "\udfffa", "a\ud83d b"]) {
      expect(fieldErrors(body, value)[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
    }
  });

  it("names every problem of a field, the characters first", () => {
    expect(fieldErrors(title, `${"x".repeat(20)}\u0000`).map((e) => e.message)).toEqual([
      INVALID_CHARACTERS_MESSAGE,
      "Maximaal 10 tekens",
    ]);
  });
});

describe("optionalText", () => {
  it("makes empty and omitted null, and refuses control characters", () => {
    const schema = optionalText({ max: 300 });
    expect(schema.parse("  ")).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse(" Bron ")).toBe("Bron");
    expect(fieldErrors(schema, "Bron\u0000")[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
  });
});

describe("plain", () => {
  it("takes a string as given, without any control character", () => {
    expect(plain().parse(" 2025-01-01 ")).toBe(" 2025-01-01 ");
    expect(fieldErrors(plain(), "2025-01-01\u0000")[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
    expect(fieldErrors(plain(), "2025-01-01\n")[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
  });

  it("refuses a NUL in a date even where the date rule alone would pass it", () => {
    const occurredOn = plain().refine((d) => d <= "2026-01-01", "De datum ligt in de toekomst");
    expect("2025-01-01\u0000" <= "2026-01-01").toBe(true);
    expect(fieldErrors(occurredOn, "2025-01-01\u0000")[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
  });

  it("leaves BSN to its elfproef, which refuses a NUL as well", () => {
    expect(isValidBsn("111222333\u0000")).toBe(false);
    expect(isValidBsn("\u0000111222333")).toBe(false);
  });
});

describe("id and ids", () => {
  it("accepts a UUID in any case and refuses anything else with the given message", () => {
    expect(id().parse(UUID)).toBe(UUID);
    expect(id().parse(UUID.toUpperCase())).toBe(UUID.toUpperCase());
    for (const value of ["", "x", `${UUID}\u0000`, `{${UUID}}`, UUID.replaceAll("-", ""), `${UUID} `]) {
      expect(fieldErrors(id("Onbekende persoon"), value)).toEqual([
        { path: "input", message: "Onbekende persoon" },
      ]);
    }
    expect(fieldErrors(id(), 1)[0]!.path).toBe("input");
  });

  it("names the element of a list that is no UUID", () => {
    const schema = z.object({ agreedByPersonIds: ids("Onbekende persoon").min(1, "Kies iemand") });
    expect(schema.parse({ agreedByPersonIds: [UUID] })).toEqual({ agreedByPersonIds: [UUID] });
    expect(fieldErrors(schema, { agreedByPersonIds: [UUID, "nope"] })).toEqual([
      { path: "input.agreedByPersonIds.1", message: "Onbekende persoon" },
    ]);
    expect(fieldErrors(schema, { agreedByPersonIds: [] })[0]!.message).toBe("Kies iemand");
  });

  it("leaves a malformed target id to the lookup (NOT_FOUND), but refuses control characters", () => {
    expect(targetId().parse("not-a-uuid")).toBe("not-a-uuid");
    expect(fieldErrors(targetId(), `${UUID}\u0000`)[0]!.message).toBe(INVALID_CHARACTERS_MESSAGE);
  });
});

describe("isCleanText", () => {
  it("is the rule the schemas apply", () => {
    expect(isCleanText("a\nb")).toBe(false);
    expect(isCleanText("a\nb", true)).toBe(true);
    expect(isCleanText("a\u007fb")).toBe(true);
    expect(isCleanText("")).toBe(true);
  });
});
