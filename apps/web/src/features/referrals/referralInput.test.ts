import { describe, expect, it } from "vitest";
import { CLEARED_REFERRAL, EMPTY_REFERRAL, referralInput } from "./referralInput";

describe("referralInput", () => {
  it("sends trimmed text, empty optional fields as null, and the cost in cents", () => {
    const input = referralInput(
      "c1",
      { ...EMPTY_REFERRAL, care: " Ambulante jeugdhulp ", providerName: "Zorg BV ", startsOn: "2026-01-01" },
      125000,
    );
    expect(input).toEqual({
      caseId: "c1",
      referralKind: "DECISION",
      care: "Ambulante jeugdhulp",
      providerName: "Zorg BV",
      startsOn: "2026-01-01",
      endsOn: null,
      costCents: 125000,
      reference: null,
      domain: "YOUTH_CARE",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [],
    });
  });

  it("keeps kind, domain and data class for the next referral", () => {
    expect(Object.keys(CLEARED_REFERRAL)).not.toContain("referralKind");
    expect(Object.keys(CLEARED_REFERRAL)).not.toContain("domain");
    expect(Object.keys(CLEARED_REFERRAL)).not.toContain("dataClass");
  });
});
