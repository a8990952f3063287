import { describe, expect, it } from "vitest";
import { withSharedPayload } from "./socket";

/** A `next` message as graphql-ws stringifies it once the replacer has turned a SharedPayload into its marker. */
const nextMessage = (id: string) => JSON.stringify({ id, type: "next", payload: { data: "\u0000shared" } });

describe("withSharedPayload", () => {
  it("writes the shared JSON in place of the payload, as if it had been serialised with the message", () => {
    const json = JSON.stringify({ data: { caseEvents: { seq: 7, fields: ["Case.phase"] } } });
    const text = withSharedPayload(nextMessage("sub-1"), json);
    expect(text).toBe(JSON.stringify({ id: "sub-1", type: "next", payload: JSON.parse(json) as unknown }));
  });

  it("carries errors and nulls through unchanged", () => {
    const json = JSON.stringify({
      data: null,
      errors: [{ message: "Niet gevonden", extensions: { code: "NOT_FOUND" } }],
    });
    const message = JSON.parse(withSharedPayload(nextMessage("1"), json)) as { payload: unknown };
    expect(message.payload).toEqual(JSON.parse(json));
  });

  it("takes the JSON literally (no replacement patterns)", () => {
    const json = JSON.stringify({ data: { note: "$& $' $` $$ $1" } });
    const message = JSON.parse(withSharedPayload(nextMessage("1"), json)) as { payload: unknown };
    expect(message.payload).toEqual({ data: { note: "$& $' $` $$ $1" } });
  });

  it("leaves a message without the marker as it is", () => {
    const complete = JSON.stringify({ id: "1", type: "complete" });
    expect(withSharedPayload(complete, '{"data":{}}')).toBe(complete);
    const plain = JSON.stringify({ id: "1", type: "next", payload: { data: "shared" } });
    expect(withSharedPayload(plain, '{"data":{}}')).toBe(plain);
  });

  it("replaces only the last marker: the payload comes last in the message", () => {
    const marker = JSON.stringify({ data: "\u0000shared" });
    const text = `{"a":${marker},"payload":${marker}}`;
    expect(withSharedPayload(text, '{"data":1}')).toBe(`{"a":${marker},"payload":{"data":1}}`);
  });

  it("cannot be spoofed through a client-chosen subscription id", () => {
    const id = '{"data":"\u0000shared"}';
    const text = withSharedPayload(nextMessage(id), '{"data":1}');
    expect(JSON.parse(text)).toEqual({ id, type: "next", payload: { data: 1 } });
  });
});
