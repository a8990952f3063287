import { randomUUID } from "node:crypto";
import { HubClient, HubError } from "./graphql";
import { LiveFeed } from "./live";
import {
  CASE_EVENTS,
  CASE_ITEMS,
  FIND_BY_REFERENCE,
  LAST_EVENT_SEQ,
  RECORD_OBSERVATION,
  type CaseEvent,
  type CaseItems,
  type Found,
  type Recorded,
} from "./operations";
import { ClientCredentials, TokenError } from "./token";

// The walk-through of a partner system (docs/partners.md): a school's administration, say, that knows a
// pupil by its own student number.
//   1. gets an access token (OAuth2 client credentials) and shows a refused one;
//   2. finds the case by the organisation's own reference;
//   3. lists the dossier items it may see, and how many it may not (consent);
//   4. subscribes to the case's events, from `lastEventSeq`;
//   5. records an observation with an Idempotency-Key, sends it again and gets the stored answer back
//      (`Idempotent-Replayed: true`), still one observation;
//   6. loses its socket, records another observation meanwhile, and sees the resumed subscription
//      (`afterSeq`) deliver the event it missed;
// and exits 0 with a summary, or 1 on anything it did not expect.
//
// Configuration: REGIEHUB_URL, REGIEHUB_CLIENT_ID, REGIEHUB_CLIENT_SECRET, REGIEHUB_REFERENCE (see README.md;
// `pnpm run setup:dev` prints them for a hub in development mode).

class Unexpected extends Error {}

function expect(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Unexpected(what);
}

/** Runs `action`, which must fail with a HubError of `code`; answers that error. */
async function expectRefusal(code: string, action: () => Promise<unknown>): Promise<HubError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof HubError && error.code === code) return error;
    throw new Unexpected(`expected ${code}, got ${error instanceof Error ? error.message : String(error)}`);
  }
  throw new Unexpected(`expected ${code}, but it succeeded`);
}

function env(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) {
    console.error(
      `${name} is not set. Run \`pnpm run setup:dev\` against a hub in development mode (README.md).`,
    );
    process.exit(2);
  }
  return value;
}

const log = (line = "") => console.log(line);
const step = (n: number, title: string) => log(`\n${n}. ${title}`);

async function main(): Promise<void> {
  const hubUrl = env("REGIEHUB_URL").replace(/\/+$/, "");
  const clientId = env("REGIEHUB_CLIENT_ID");
  const clientSecret = env("REGIEHUB_CLIENT_SECRET");
  const reference = env("REGIEHUB_REFERENCE");
  let retries = 0;

  step(1, "Access token (OAuth2 client credentials at /oauth/token)");
  const tokens = new ClientCredentials({ hubUrl, clientId, clientSecret });
  const token = await tokens.token();
  log(`   token for ${token.scopes.join(" ")}, valid until ${token.expiresAt.toISOString()}`);
  expect(token.scopes.includes("references:manage"), "the token has references:manage");
  const wrong = new ClientCredentials({ hubUrl, clientId, clientSecret: "not-the-secret", maxAttempts: 1 });
  try {
    await wrong.get();
    throw new Unexpected("a wrong secret got a token");
  } catch (error) {
    if (!(error instanceof TokenError) || error.error !== "invalid_client" || error.status !== 401)
      throw error;
    log(`   a wrong secret is refused: ${error.error} (HTTP ${error.status})`);
  }

  const hub = new HubClient({
    hubUrl,
    tokens,
    onRetry: ({ attempt, reason, waitSeconds }) => {
      retries += 1;
      log(`   (attempt ${attempt}: ${reason}; trying again in ${waitSeconds.toFixed(1)} s)`);
    },
  });

  step(2, `The case, by the organisation's own reference "${reference}"`);
  const found = await hub.query<Found>(FIND_BY_REFERENCE, { reference });
  expect(found.data.partnerReferences.length === 1, `exactly one person has reference ${reference}`);
  const match = found.data.partnerReferences[0]!;
  const caseId = match.case.id;
  const personId = match.person.id;
  log(`   ${match.label ?? "reference"} ${match.reference}: ${match.person.fullName}`);
  log(`   case ${match.case.reference} "${match.case.title}" (${match.case.phase})`);
  const unknown = await hub.query<Found>(FIND_BY_REFERENCE, { reference: `unknown-${randomUUID()}` });
  expect(unknown.data.partnerReferences.length === 0, "an unknown reference finds nothing");
  log("   an unknown reference finds nothing (an empty list, not an error)");
  const notFound = await expectRefusal("NOT_FOUND", () =>
    hub.query(CASE_ITEMS, { caseId: "00000000-0000-4000-8000-000000000000" }),
  );
  log(`   a case out of reach: ${notFound.code} "${notFound.errors[0]?.message}"`);

  step(3, "The dossier items this system may see");
  const before = await hub.query<CaseItems>(CASE_ITEMS, { caseId });
  const { visible, all } = before.data.case;
  log(
    `   ${visible.totalCount} of the case's ${all.totalCount} items are visible to this organisation${visible.edges.length ? ":" : "."}`,
  );
  for (const { node } of visible.edges) {
    log(`   - ${node.createdAt.slice(0, 10)} ${node.kind} ${node.domain} (${node.authorOrganisation.name})`);
    log(`     ${node.summary ?? "(no summary)"}`);
  }
  log(
    `   the other ${all.totalCount - visible.totalCount} lie outside its consent grants: content not released`,
  );
  expect(visible.totalCount <= all.totalCount, "visible items are a subset of all items");

  step(4, "Live events of the case (graphql-ws), from lastEventSeq");
  const { data: seq } = await hub.query<{ lastEventSeq: number }>(LAST_EVENT_SEQ);
  const feed = new LiveFeed<CaseEvent>({
    hubUrl,
    tokens,
    query: CASE_EVENTS,
    variables: { caseId },
    select: (data) => data.caseEvents as CaseEvent,
    afterSeq: seq.lastEventSeq,
    onEvent: (e) => log(`   event ${e.seq}: ${e.kind} ${e.itemKind ?? "case"} ${e.fields.join(", ")}`),
    onStatus: (status) => log(`   [live] ${status}`),
  });
  feed.start();
  await feed.untilConnected();

  step(5, "An observation, sent with an Idempotency-Key, then sent again");
  const key = `example-${randomUUID()}`;
  const input = {
    caseId,
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [personId],
    observationKind: "FACT",
    statement: "Drie dagen afwezig deze week, zonder bericht (voorbeeldkoppeling).",
    sourceKind: "DOCUMENT",
    sourceDescription: "Registratie van het partnersysteem",
    legalBasis: "CONSENT",
  };
  // Bad input is refused with the field named, and commits nothing: so it does not use up the key.
  const bad = await expectRefusal("BAD_USER_INPUT", () =>
    hub.mutate(RECORD_OBSERVATION, { input: { ...input, statement: " " } }, { idempotencyKey: key }),
  );
  log(`   an empty statement: ${bad.code} on ${String(bad.extensions.field)}; nothing recorded`);
  const first = await hub.mutate<Recorded>(RECORD_OBSERVATION, { input }, { idempotencyKey: key });
  const id = first.data.recordObservation.id;
  expect(!first.replayed, "the first send runs");
  log(`   recorded ${id} (Idempotency-Key ${key})`);
  const event = await feed.waitFor((e) => e.itemId === id);
  log(`   its event arrived live: seq ${event.seq}`);
  const again = await hub.mutate<Recorded>(RECORD_OBSERVATION, { input }, { idempotencyKey: key });
  expect(again.replayed, "the same request with the same key is replayed (Idempotent-Replayed: true)");
  expect(again.data.recordObservation.id === id, "the replay carries the same observation");
  log(`   sent again: Idempotent-Replayed: true, the same observation ${again.data.recordObservation.id}`);
  const reused = await expectRefusal("CONFLICT", () =>
    hub.mutate(
      RECORD_OBSERVATION,
      { input: { ...input, statement: "Another statement." } },
      { idempotencyKey: key },
    ),
  );
  expect(reused.extensions.idempotency === "KEY_REUSED", "another request under the key is KEY_REUSED");
  log(`   another request under the same key: ${reused.code} ${String(reused.extensions.idempotency)}`);
  const after = await hub.query<CaseItems>(CASE_ITEMS, { caseId });
  expect(
    after.data.case.visible.totalCount === visible.totalCount + 1,
    `one observation more (${visible.totalCount} → ${after.data.case.visible.totalCount})`,
  );
  log(`   visible items: ${visible.totalCount} → ${after.data.case.visible.totalCount} (recorded once)`);

  step(6, "The socket is lost; an observation is recorded meanwhile; the feed resumes with afterSeq");
  const lastSeen = feed.lastSeq;
  const outage = await feed.simulateOutage();
  expect(!feed.connected, "the socket is down");
  const missed = await hub.mutate<Recorded>(RECORD_OBSERVATION, {
    input: { ...input, statement: "Vandaag weer op school (voorbeeldkoppeling)." },
  });
  const missedId = missed.data.recordObservation.id;
  expect(!feed.connected, "the observation was committed while the socket was down");
  log(`   recorded ${missedId} while disconnected (last seq seen: ${lastSeen})`);
  outage.end();
  const resumed = await feed.waitFor((e) => e.itemId === missedId);
  expect(feed.connections === 2, "the feed reconnected once");
  expect(lastSeen !== undefined && resumed.seq > lastSeen, "the missed event comes after the last one seen");
  expect(new Set(feed.events.map((e) => e.seq)).size === feed.events.length, "no event was handed on twice");
  log(`   after reconnecting with afterSeq ${lastSeen}: event ${resumed.seq} for ${missedId}`);
  await feed.stop();

  log("\nSummary");
  log(`   token requests: ${tokens.requests} (one token, cached, used for HTTP and both sockets)`);
  log(`   case ${match.case.reference} found by reference ${reference}`);
  log(`   items visible: ${after.data.case.visible.totalCount} of ${after.data.case.all.totalCount}`);
  log(
    `   events: ${feed.events.length} over ${feed.connections} sockets, ${feed.duplicatesDropped} replayed duplicates dropped`,
  );
  log(`   idempotent replay confirmed; retries on the way: ${retries}`);
  log("   OK");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const what = error instanceof Unexpected ? "Unexpected outcome" : "Failed";
    console.error(`\n${what}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
