import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO, tables } from "@regiehub/db";
import { signIn, startTestHub, type TestHub } from "../support/hub";

// Logboek Dataverwerkingen: a partner system's W3C trace context is continued in the processing log.

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

async function readCase(token: string, traceparent?: string) {
  const res = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      ...(traceparent ? { traceparent } : {}),
    },
    body: JSON.stringify({
      query: `query($id: ID!) { case(id: $id) { title } }`,
      variables: { id: DEMO.cases.multiProblem },
    }),
  });
  expect(res.status).toBe(200);
  const [entry] = await hub.database.db
    .select()
    .from(tables.processingLog)
    .where(eq(tables.processingLog.caseId, DEMO.cases.multiProblem))
    .orderBy(desc(tables.processingLog.id))
    .limit(1);
  return entry!;
}

it("takes the caller's trace id, and makes one when none (or a malformed one) is sent", async () => {
  const token = await signIn(hub, DEMO.professionals.casusregisseur);
  const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  const continued = await readCase(token, traceparent);
  expect(continued.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
  expect(continued.callerTraceId).toBe(traceparent);
  expect(continued.operationId).toMatch(/^[0-9a-f]{16}$/);

  const fresh = await readCase(token);
  expect(fresh.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(fresh.traceId).not.toBe(continued.traceId);
  expect(fresh.callerTraceId).toBeNull();

  const malformed = await readCase(token, "00-00000000000000000000000000000000-00f067aa0ba902b7-01");
  expect(malformed.traceId).not.toBe("00000000000000000000000000000000");
  expect(malformed.callerTraceId).toBeNull();
});
