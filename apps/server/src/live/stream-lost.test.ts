import { parse, type ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import type { CaseAccessFacts } from "@regiehub/db";
import { AppError, type Actor, type ProfessionalRole } from "@regiehub/domain";
import { streamLost, type LiveStream } from "./streams";
import { LiveSubscriber, type LiveConnection, type LiveRequest } from "./subscriber";

// A subscription that lost its stream (its subscriber may no longer read the case) ends: `streamLost` decides
// it, `LiveSubscriber.end` hands out what was queued, then the refusal, then completes.

function actor(role: ProfessionalRole, organisationId: string, professionalId: string): Actor {
  return {
    kind: "professional",
    professionalId,
    organisationId,
    organisationKind: "OTHER",
    role,
    name: professionalId,
    hasRegistration: false,
  };
}

const sanne = actor("PROFESSIONAL", "org-school", "sanne");
const wilma = actor("PROCESREGISSEUR", "org-gemeente", "wilma");
const anna = actor("CASUSREGISSEUR", "org-wijkteam", "anna");

const theCase: CaseAccessFacts = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: "org-wijkteam",
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: "org-gemeente",
  teamOrganisationIds: ["org-wijkteam", "org-school"],
};
const withoutSchool: CaseAccessFacts = { ...theCase, teamOrganisationIds: ["org-wijkteam"] };
const caseStream: LiveStream = { kind: "case", caseId: "case-1" };

describe("streamLost", () => {
  it("keeps a case stream while the subscriber may read the case", () => {
    for (const who of [sanne, wilma, anna]) {
      expect(streamLost(caseStream, who, { caseId: "case-1" }, theCase), who.professionalId).toBeUndefined();
    }
  });

  it("ends it with NOT_FOUND, as `caseEvents` refuses a fresh subscription, once the case is out of reach", () => {
    const lost = streamLost(caseStream, sanne, { caseId: "case-1" }, withoutSchool);
    expect(lost).toBeInstanceOf(AppError);
    expect(lost?.code).toBe("NOT_FOUND");
    expect(lost?.caseId).toBe("case-1"); // marked for the processing log, as authorizeCase marks it
    // The procesregisseur reads the case without being on the team.
    expect(streamLost(caseStream, wilma, { caseId: "case-1" }, withoutSchool)).toBeUndefined();
    // A case that is gone.
    expect(streamLost(caseStream, anna, { caseId: "case-1" }, undefined)?.code).toBe("NOT_FOUND");
  });

  it("ignores events of other cases and never ends the streams that follow several cases", () => {
    expect(streamLost(caseStream, sanne, { caseId: "case-2" }, undefined)).toBeUndefined();
    for (const stream of [{ kind: "actions" }, { kind: "portfolio" }] as const) {
      expect(streamLost(stream, sanne, { caseId: "case-1" }, withoutSchool)).toBeUndefined();
      expect(streamLost(stream, sanne, { caseId: "case-1" }, undefined)).toBeUndefined();
    }
  });
});

const request: LiveRequest = {
  document: parse('subscription { caseEvents(caseId: "case-1") { seq } }'),
  operationName: undefined,
  variables: {},
  key: "case-events",
  responseKey: "caseEvents",
  personal: false,
};

function setup() {
  const closes: number[] = [];
  const connection: LiveConnection = {
    session: { actor: sanne, expiresAt: undefined },
    subscriptions: 1,
    bufferedAmount: () => 0,
    close: (code) => closes.push(code),
  };
  const closed: LiveSubscriber[] = [];
  const subscriber = new LiveSubscriber(
    caseStream,
    request,
    connection,
    { maxQueuedEvents: 100, maxBufferedBytes: 1_000_000, maxSubscriptionsPerConnection: 10 },
    0,
    "live",
    (s) => closed.push(s),
  );
  return { subscriber, closes, closed };
}

const event = (seq: number): ExecutionResult => ({ data: { seq } });
const refusal: ExecutionResult = { errors: [] };

describe("LiveSubscriber.end", () => {
  it("hands out what was queued, then the last message, then completes; the socket stays open", async () => {
    const { subscriber, closes, closed } = setup();
    subscriber.push(1, event(1), 10);
    subscriber.push(2, event(2), 10);
    subscriber.end(refusal);
    expect(subscriber.open).toBe(false);
    expect(closed).toEqual([subscriber]); // no longer a subscriber of the dispatcher
    subscriber.push(3, event(3), 10); // nothing after the end
    subscriber.end({ errors: [] }); // ends once
    expect(await subscriber.next()).toEqual({ value: event(1), done: false });
    expect(await subscriber.next()).toEqual({ value: event(2), done: false });
    expect((await subscriber.next()).value).toBe(refusal);
    expect(await subscriber.next()).toEqual({ value: undefined, done: true });
    expect(closes).toEqual([]);
    expect(closed).toHaveLength(1);
  });

  it("hands the last message at once to a reader that waits", async () => {
    const { subscriber } = setup();
    const waiting = subscriber.next();
    subscriber.end(refusal);
    expect((await waiting).value).toBe(refusal);
    expect((await subscriber.next()).done).toBe(true);
  });

  it("drops the last message when the client completes the operation first", async () => {
    const { subscriber } = setup();
    subscriber.push(1, event(1), 10);
    subscriber.end(refusal);
    await subscriber.return();
    expect((await subscriber.next()).done).toBe(true);
  });
});
