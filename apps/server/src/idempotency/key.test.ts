import { describe, expect, it } from "vitest";
import { actorKeyOf, canonicalJson, parseIdempotencyKey, requestHash } from "./key";

describe("parseIdempotencyKey", () => {
  it("takes the draft's quoted form and the bare key alike", () => {
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toEqual({
      key: "8e03978e-40d5-43e8-bc93-6894a57f9324",
    });
    expect(parseIdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324")).toEqual({
      key: "8e03978e-40d5-43e8-bc93-6894a57f9324",
    });
    expect(parseIdempotencyKey('"a \\"quoted\\" \\\\ key"')).toEqual({ key: 'a "quoted" \\ key' });
    expect(parseIdempotencyKey("x".repeat(255))).toEqual({ key: "x".repeat(255) });
    expect(parseIdempotencyKey("~ !")).toEqual({ key: "~ !" });
  });

  it("refuses empty, too long, non-printable and badly quoted keys", () => {
    for (const bad of [
      "",
      '""',
      "x".repeat(256),
      "sleutel-é",
      "a\tb",
      "a\u0000b",
      '"open',
      '"a"b"',
      '"a\\b"',
    ]) {
      expect(parseIdempotencyKey(bad), JSON.stringify(bad)).toHaveProperty("error");
    }
  });
});

describe("requestHash", () => {
  const query = "mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }";

  it("is the same for the same request, whatever the order of the variables' keys", () => {
    const a = requestHash({ query, variables: { input: { title: "A", municipality: "L" } } });
    const b = requestHash({ query, variables: { input: { municipality: "L", title: "A" } } });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash({ query })).toBe(requestHash({ query, variables: {}, operationName: undefined }));
  });

  it("differs when the query, a variable or the operation name differs", () => {
    const base = requestHash({ query, variables: { input: { title: "A" } } });
    expect(requestHash({ query, variables: { input: { title: "B" } } })).not.toBe(base);
    expect(requestHash({ query: `${query} `, variables: { input: { title: "A" } } })).not.toBe(base);
    expect(requestHash({ query, variables: { input: { title: "A" } }, operationName: "Open" })).not.toBe(
      base,
    );
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: "x", u: undefined })).toBe(
      '{"a":"x","b":[2,{"c":null,"d":1}]}',
    );
  });
});

describe("actorKeyOf", () => {
  it("names the kind of actor, so partner-system clients can share the table later", () => {
    expect(
      actorKeyOf({
        kind: "professional",
        professionalId: "p-1",
        organisationId: "o-1",
        organisationKind: "WIJKTEAM",
        role: "CASUSREGISSEUR",
        name: "Sanne",
        hasRegistration: true,
      }),
    ).toBe("professional:p-1");
  });
});
