import { describe, expect, it, vi } from "vitest";
import { checkFields } from "./checkFields";

describe("checkFields", () => {
  it("marks every failed check at its field and says one failed", () => {
    const invalidate = vi.fn();
    expect(checkFields({ invalidate }, { title: "Vul een titel in.", note: false, date: null })).toBe(true);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(invalidate).toHaveBeenCalledWith("title", "Vul een titel in.");
  });

  it("marks nothing when every check passes", () => {
    const invalidate = vi.fn();
    expect(checkFields({ invalidate }, { title: false, note: undefined })).toBe(false);
    expect(invalidate).not.toHaveBeenCalled();
  });
});
