import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import inspector from "node:inspector/promises";
import { mkdir, writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { eq, inArray } from "drizzle-orm";
import { tables, verifyProcessingLog, type Database } from "@regiehub/db";
import type { Actor } from "@regiehub/domain";
import { consentScopeKey } from "@regiehub/policy";
import { Child } from "./child-rpc";
import { runComparison, type Comparison, type ComparisonResult, type Request, type Timing } from "./compare";
import { BenchLoader, PEOPLE, type BenchCase } from "./seed/loader";
import { addPortfolioCases, createProcesregisseur } from "./seed/portfolio";
import { pseudonymizer } from "./seed/pseudonym";
import { recordObservationSql } from "./floors/record-observation";
import { startFloorServer, type FloorServer } from "./floors/server";
import { createScratchDatabase, adminDatabaseUrl, gql, signIn, startBenchHub, type BenchHub } from "./hub";
import { runLiveScenario, type LiveResult, type LiveScenario } from "./live/run";
import { dropPeerRole, peerRoleName, startPeer, type Peer } from "./peer/postgraphile";
import { markdown, writeReport, type Machine, type Report } from "./report";

// `pnpm bench` (full) and `pnpm bench --smoke` (tiny data, one short round of everything, nothing judged).
// See bench/README.md for what each row means.

interface Options {
  smoke: boolean;
  rounds: number;
  durationMs: number;
  warmupMs: number;
  only: Set<string> | undefined;
  profile: boolean;
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const args = argv.filter((a) => a !== "--");
  const value = (name: string) => {
    const hit = args.find((a) => a.startsWith(`--${name}=`));
    return hit ? hit.slice(name.length + 3) : undefined;
  };
  const smoke = args.includes("--smoke");
  const known = /^--(smoke|profile|keep|rounds=\d+|seconds=[\d.]+|warmup=[\d.]+|only=[\w,.-]+)$/;
  const unknown = args.filter((a) => !known.test(a));
  if (unknown.length) {
    throw new Error(
      `unknown argument(s) ${unknown.join(" ")}; use --smoke, --rounds=N, --seconds=S, --warmup=S, --only=1,2,live`,
    );
  }
  return {
    smoke,
    rounds: Number(value("rounds") ?? (smoke ? 1 : 5)),
    durationMs: Number(value("seconds") ?? (smoke ? 0.5 : 5)) * 1000,
    warmupMs: Number(value("warmup") ?? (smoke ? 0.2 : 2)) * 1000,
    only: value("only") ? new Set(value("only")!.split(",")) : undefined,
    profile: args.includes("--profile"),
    keep: args.includes("--keep"),
  };
}

const TIMELINE = `query($id: ID!) { case(id: $id) { timeline(first: 50) {
  pageInfo { hasNextPage endCursor }
  edges { cursor node { id kind domain dataClass createdAt
    ... on Observation { observationKind statement }
    ... on Note { title body occurredOn } } } } } }`;

const RECORD_OBSERVATION = `mutation($input: RecordObservationInput!) {
  recordObservation(input: $input) { id version createdAt } }`;

// The procesregisseur's portfolio page as the web app asks it, in the default (urgency) order
// (apps/web/src/features/portfolio/graphql/Portfolio.graphql).
const PORTFOLIO = `query($first: Int) { portfolio(first: $first) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { caseId reference title phase framework escalationLevel weeksInPhase stalled
    overdueActions acuteSafety urgency reasons casusregisseur { id name } } } } }`;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function timelineRequest(url: string, token: string, caseId: string): Request {
  return {
    origin: url,
    method: "POST",
    path: "/graphql",
    headers: bearer(token),
    body: JSON.stringify({ query: TIMELINE, variables: { id: caseId } }),
    check: "graphql",
  };
}

async function hubPageIds(url: string, token: string, caseId: string): Promise<string[]> {
  const data = await gql<{ case: { timeline: { edges: { node: { id: string } }[] } } }>(
    url,
    TIMELINE,
    { id: caseId },
    token,
  );
  return data.case.timeline.edges.map((e) => e.node.id);
}

async function floorPageIds(floor: FloorServer, viewer: string, caseId: string): Promise<string[]> {
  const res = await fetch(`${floor.url}/page?viewer=${viewer}&case=${caseId}`);
  const body = (await res.json()) as { data?: { items: { id: string }[] }; errors?: unknown };
  if (!body.data) throw new Error(`floor: ${JSON.stringify(body.errors)}`);
  return body.data.items.map((i) => i.id);
}

function samePage(what: string, a: string[], b: string[]): void {
  if (a.length === 0 || a.length !== b.length || a.some((id, i) => id !== b[i])) {
    throw new Error(
      `${what}: not the same page (${a.length} vs ${b.length} items, first ${a[0]} vs ${b[0]})`,
    );
  }
}

async function machine(db: Database): Promise<Machine> {
  const rows = (await db.execute("select version() as v")) as unknown as { rows?: { v: string }[] } & {
    v: string;
  }[];
  const version = (rows.rows ?? rows)[0]?.v ?? "unknown";
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: version.split(" on ")[0] ?? version,
    loadAverage: loadavg(),
  };
}

/** The actors of these professionals, as the authenticator builds them (for the expected consent scopes). */
async function actorsOf(db: Database, ids: string[]): Promise<Actor[]> {
  const rows = await db
    .select({
      id: tables.professionals.id,
      name: tables.professionals.name,
      role: tables.professionals.role,
      organisationId: tables.professionals.organisationId,
      organisationKind: tables.organisations.kind,
      registrationNumber: tables.professionals.registrationNumber,
    })
    .from(tables.professionals)
    .innerJoin(tables.organisations, eq(tables.organisations.id, tables.professionals.organisationId))
    .where(inArray(tables.professionals.id, ids));
  return rows.map((r) => ({
    kind: "professional",
    professionalId: r.id,
    organisationId: r.organisationId,
    organisationKind: r.organisationKind,
    role: r.role,
    name: r.name,
    hasRegistration: r.registrationNumber !== null,
  }));
}

/**
 * `--profile`: a CPU profile of this process (the hub runs in it; the load is a child) per round of variant A,
 * written to bench/results/profiles/<run>/<row>.round<n>.cpuprofile (open in Chrome DevTools or speedscope).
 */
function cpuProfiler(startedAt: string, log: (line: string) => void) {
  const dir = fileURLToPath(
    new URL(`../results/profiles/${startedAt.replace(/[:.]/g, "-")}/`, import.meta.url),
  );
  return async (id: string) => {
    const session = new inspector.Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
    return async () => {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      await mkdir(dir, { recursive: true });
      await writeFile(`${dir}${id}.cpuprofile`, JSON.stringify(profile));
      log(`  profile ${dir}${id}.cpuprofile`);
    };
  };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const wanted = (id: string) => !options.only || options.only.has(id) || options.only.has(id.split(".")[0]!);
  const log = (line: string) => console.log(line);
  const timing: Timing = {
    rounds: options.rounds,
    durationMs: options.durationMs,
    warmupMs: options.warmupMs,
    ...(options.profile ? { profile: cpuProfiler(startedAt, log) } : {}),
  };
  const size = options.smoke
    ? {
        big: 300,
        small: 60,
        liveOne: 20,
        liveTwo: 40,
        liveCases: 4,
        livePerCase: 5,
        events: 2,
        portfolios: [4, 10, 60],
      }
    : {
        portfolios: [100, 1_000, 10_000],
        big: 10_000,
        small: 60,
        liveOne: 1_000,
        liveTwo: 2_000,
        liveCases: 100,
        livePerCase: 100,
        events: 20,
      };

  const comparisons: ComparisonResult[] = [];
  const live: LiveResult[] = [];
  const skipped: Report["skipped"] = [];
  const notes: string[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  let exitCode = 0;
  let report: Report | undefined;

  const load = new Child(new URL("./load/child.ts", import.meta.url));
  cleanups.push(() => load.close());
  try {
    // --- The hub on PostgreSQL, and its data ---------------------------------------------------------
    const scratch = await createScratchDatabase("pg");
    if (options.keep) log(`--keep: the database ${scratch.name} stays (drop it yourself)`);
    else cleanups.push(() => scratch.drop());
    log(`scratch database ${scratch.name}`);
    const pg: BenchHub = await startBenchHub(scratch.url);
    cleanups.unshift(() => pg.hub.stop());
    const db = pg.hub.database.db;
    const pseudonym = pseudonymizer(pg.pseudonymKey);

    const loadStarted = performance.now();
    const loader = new BenchLoader(db, pg.pseudonymKey);
    const big = await loader.createCase("big");
    await loader.addItems(big, size.big, 1);
    const small = await loader.createCase("small");
    await loader.addItems(small, size.small, 2);
    const writeCase = await loader.createCase("writes");
    await loader.addItems(writeCase, 20, 3);
    const liveCases: BenchCase[] = [];
    for (let i = 0; i < Math.max(size.liveCases, 2); i++) liveCases.push(await loader.createCase(`live${i}`));
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // The loader's entries are chained by the hub's sealer, as a request's are; then PostgreSQL's planner
    // statistics, as autovacuum would gather them on a database that grew like this (else it plans blind).
    await pg.hub.logSealer.sealNow();
    await db.execute("analyze");
    const afterLoad = await verifyProcessingLog(db);
    log(
      `loaded ${JSON.stringify(loader.totals)} in ${loadSeconds.toFixed(1)} s (SQL loader: items with content, ` +
        `log entries via appendLogEntries, outbox events via appendEvents); log sealed and verified: ${JSON.stringify(afterLoad)}; tables analysed`,
    );
    if (!afterLoad.ok) throw new Error("the processing log does not verify after loading");
    notes.push(
      `Data: written by the bench's SQL loader (bench/src/seed/loader.ts), which writes what the API writes: ` +
        `the case, persons, team and grants, items with their observation/note content, one processing-log ` +
        `entry per change on the case's hash chain (appendLogEntries) and one outbox event per change ` +
        `(appendEvents). ${JSON.stringify(loader.totals)} in ${loadSeconds.toFixed(1)} s; log sealed by the hub's ` +
        `sealer and verified; then \`analyze\` (the planner statistics autovacuum gathers on a grown database).`,
    );

    const tokens = {
      director: await signIn(pg.url, PEOPLE.director.professionalId),
      partner: await signIn(pg.url, PEOPLE.partner.professionalId),
    };
    const floor = await startFloorServer(
      scratch.url,
      { director: PEOPLE.director, partner: PEOPLE.partner },
      pseudonym,
    );
    cleanups.unshift(() => floor.close());

    // The hub and the floor serve the same page (else the comparison compares nothing).
    const visibleToPartner = (await hubPageIds(pg.url, tokens.partner, big.id)).length;
    samePage(
      "director page",
      await hubPageIds(pg.url, tokens.director, big.id),
      await floorPageIds(floor, "director", big.id),
    );
    samePage(
      "partner page",
      await hubPageIds(pg.url, tokens.partner, big.id),
      await floorPageIds(floor, "partner", big.id),
    );
    const [visible] = await floor.sql<{ n: number }[]>`
      select count(*)::int as n from dossier_items i
      where i.case_id = ${big.id} and (i.author_organisation_id = ${PEOPLE.partner.organisationId}
        or exists (select 1 from consent_grants g where g.case_id = i.case_id
          and g.grantee_organisation_id = ${PEOPLE.partner.organisationId} and g.withdrawn_at is null
          and (g.valid_until is null or g.valid_until > now()) and i.domain = any(g.domains)
          and i.data_class = any(g.data_classes) and i.subject_person_ids <@ g.subject_person_ids))`;
    notes.push(
      `The ${size.big.toLocaleString("en-US")}-item case: the directing casusregisseur (wijkteam Noord) sees every item; the partner ` +
        `(schuldhulp) sees ${visible?.n} (its grant: parents, FINANCES/HOUSING/DAILY_LIVING, GENERAL; plus its ` +
        `own items; a withdrawn and an expired grant are ignored). Hub and floor return the same page for both ` +
        `(checked, ${visibleToPartner} items on the partner's page).`,
    );

    const hubTimeline = (token: string, caseId = big.id) => timelineRequest(pg.url, token, caseId);
    const floorPage = (viewer: string): Request => ({
      origin: floor.url,
      method: "GET",
      path: `/page?viewer=${viewer}&case=${big.id}`,
      check: "graphql",
    });

    const plan: Comparison[] = [
      ...[10, 50].map((connections) => ({
        id: `1.${connections}`,
        title:
          connections === 10
            ? `timeline page (50 items with content, ${size.big.toLocaleString("en-US")}-item case): partner vs directing casusregisseur`
            : "the same, 50 connections",
        a: { name: "hub partner", request: hubTimeline(tokens.partner) },
        b: { name: "hub director", request: hubTimeline(tokens.director) },
        connections,
        goal: "≥ 0.8",
      })),
      ...(["director", "partner"] as const).map((viewer) => ({
        id: `2.${viewer}`,
        title: `the same page through the hub vs the plain SQL floor, ${viewer}`,
        a: { name: `hub ${viewer}`, request: hubTimeline(tokens[viewer]) },
        b: { name: `floor ${viewer}`, request: floorPage(viewer) },
        connections: 10,
        goal: "≥ 0.5 (must 0.3)",
      })),
    ];
    const observation = {
      caseId: writeCase.id,
      domain: "FINANCES",
      dataClass: "GENERAL",
      subjectPersonIds: [writeCase.personIds[0]],
    };
    plan.push({
      id: "3",
      title:
        "recordObservation vs the raw SQL insert of the same rows (item, content, log, outbox), one case",
      a: {
        name: "hub recordObservation",
        request: {
          origin: pg.url,
          method: "POST",
          path: "/graphql",
          headers: bearer(tokens.director),
          body: JSON.stringify({
            query: RECORD_OBSERVATION,
            variables: {
              input: {
                ...observation,
                observationKind: "FACT",
                statement: "Bench observation {{n}}",
                sourceKind: "OWN_OBSERVATION",
                legalBasis: "LEGAL_TASK",
              },
            },
          }),
          check: "graphql",
        },
      },
      b: {
        name: "floor insert",
        request: {
          origin: floor.url,
          method: "POST",
          path: "/observation?viewer=director",
          body: JSON.stringify({ ...observation, statement: "Bench floor observation {{n}}" }),
          check: "graphql",
        },
      },
      connections: 10,
      goal: "≥ 0.4 (must 0.25); hub ≥ 100 writes/s",
    });
    plan.push({
      id: "4",
      title: "authenticated `{ __typename }` vs `GET /healthz`",
      a: {
        name: "hub { __typename }",
        request: {
          origin: pg.url,
          method: "POST",
          path: "/graphql",
          headers: bearer(tokens.director),
          body: JSON.stringify({ query: "{ __typename }" }),
          check: "graphql",
        },
      },
      b: {
        name: "hub /healthz",
        request: { origin: pg.url, method: "GET", path: "/healthz", check: "status" },
      },
      connections: 10,
      goal: "≥ 0.5",
    });

    for (const comparison of plan) {
      if (!wanted(comparison.id)) continue;
      log(`${comparison.id}: ${comparison.title} (${comparison.connections} connections)`);
      const result = await runComparison(load, comparison, timing, log);
      comparisons.push(result);
      if (comparison.id === "3") {
        notes.push(
          `Writes on one case from 10 clients (row 3): the hub commits ${result.a.medianRequestsPerSecond.toFixed(1)} ` +
            `recordObservation/s, the raw SQL insert ${result.b.medianRequestsPerSecond.toFixed(1)}/s (medians of the rounds).`,
        );
      }
    }

    // --- 5. Live ------------------------------------------------------------------------------------------
    if (wanted("live") || wanted("5")) {
      const subscribers = [
        PEOPLE.director,
        PEOPLE.procesregisseur,
        PEOPLE.wijkteamColleague,
        PEOPLE.partner,
        PEOPLE.jeugdbescherming,
        PEOPLE.woonconsulent,
        PEOPLE.wijkagent,
        PEOPLE.verslavingszorg,
      ];
      const liveTokens = await Promise.all(subscribers.map((p) => signIn(pg.url, p.professionalId)));
      const actors = await actorsOf(
        db,
        subscribers.map((p) => p.professionalId),
      );
      const sample = liveCases[0]!;
      const caseResource = {
        id: sample.id,
        casusregisseurId: PEOPLE.director.professionalId,
        casusregisseurOrganisationId: PEOPLE.director.organisationId,
        procesregisseurId: PEOPLE.procesregisseur.professionalId,
        procesregisseurOrganisationId: PEOPLE.procesregisseur.organisationId,
        teamOrganisationIds: [...new Set(subscribers.map((p) => p.organisationId))].filter(
          (o) => o !== PEOPLE.procesregisseur.organisationId,
        ),
      };
      const scopes = new Set(actors.map((a) => consentScopeKey(a, caseResource, [], false))).size;
      const socketsFor = (cases: BenchCase[], perCase: number) =>
        cases.flatMap((c) =>
          Array.from({ length: perCase }, (_, i) => ({
            token: liveTokens[i % liveTokens.length]!,
            caseId: c.id,
          })),
        );
      // Each change: the rows recordObservation writes (the write floor), by the casusregisseur, about a parent,
      // in FINANCES/GENERAL: visible to every subscriber (each partner's grant covers it).
      const commit = (caseId: string) =>
        recordObservationSql(
          floor.sql,
          PEOPLE.director,
          {
            caseId,
            domain: "FINANCES",
            dataClass: "GENERAL",
            subjectPersonIds: [liveCases.find((l) => l.id === caseId)!.personIds[0]!],
            statement: "Live bench change",
          },
          pseudonym,
        );
      const oneCase = (n: number, events: number, deadlineMs: number): LiveScenario => ({
        name: `${n.toLocaleString("en-US")} subscribers on one case`,
        sockets: socketsFor([liveCases[0]!], n),
        waves: Array.from({ length: events }, () => [liveCases[0]!.id]),
        gapMs: options.smoke ? 100 : 250,
        openDeadlineMs: deadlineMs,
        settleMs: options.smoke ? 5_000 : 15_000,
        expectedScopesPerCase: Math.min(scopes, n),
      });
      const scenarios: LiveScenario[] = [
        oneCase(size.liveOne, size.events, options.smoke ? 20_000 : 120_000),
        oneCase(size.liveTwo, options.smoke ? 2 : 10, options.smoke ? 20_000 : 150_000),
        {
          name: `${(size.liveCases * size.livePerCase).toLocaleString("en-US")} subscribers (${size.liveCases} cases × ${size.livePerCase})`,
          sockets: socketsFor(liveCases.slice(0, size.liveCases), size.livePerCase),
          waves: Array.from({ length: options.smoke ? 2 : 3 }, () =>
            liveCases.slice(0, size.liveCases).map((c) => c.id),
          ),
          gapMs: options.smoke ? 200 : 1_000,
          openDeadlineMs: options.smoke ? 20_000 : 180_000,
          settleMs: options.smoke ? 5_000 : 20_000,
          expectedScopesPerCase: Math.min(scopes, size.livePerCase),
        },
      ];
      for (const scenario of scenarios) {
        log(`5: live, ${scenario.name}`);
        const result = await runLiveScenario(pg.hub, pg.url, scenario, commit);
        log(
          `  opened ${result.open.opened}/${result.open.requested} in ${(result.open.lastOpenedMs / 1000).toFixed(1)} s; ` +
            `${result.events} events, ${result.received}/${result.expectedDeliveries} received, ` +
            `p50 ${result.receipt.p50.toFixed(0)} ms, p99 ${result.receipt.p99.toFixed(0)} ms; ` +
            `executions/event ${result.executionsPerEvent.toFixed(1)} (scopes ${result.expectedScopesPerCase}); ` +
            `closes ${JSON.stringify(result.closeCodes)}; hub RSS max ${(result.hubRssMaxBytes / 2 ** 20).toFixed(0)} MiB` +
            (result.failure ? `; ${result.failure}` : ""),
        );
        live.push(result);
      }
    }

    // --- 7. The peer: PostGraphile 5 with RLS, for the same partner ---------------------------------------
    if (wanted("7")) {
      let peer: Peer | undefined;
      const role = peerRoleName();
      // After the scratch database is dropped, nothing depends on the role any more.
      cleanups.push(() => dropPeerRole(adminDatabaseUrl(), role));
      try {
        peer = await startPeer(scratch.url, PEOPLE.partner, role);
        samePage(
          "peer partner page",
          await hubPageIds(pg.url, tokens.partner, big.id),
          await peer.pageIds(big.id),
        );
        notes.push(
          `Peer: PostGraphile ${peer.version} (Amber preset) on Node ${process.version}; it declares node >= 22 and ` +
            `needs Promise.withResolvers, which the bench polyfills (bench/src/peer/postgraphile.ts). RLS policies ` +
            `on dossier_items/observations/notes express itemVisibleCondition over pgSettings (the partner's ` +
            `organisation and professional id, a role of its own). Same page as the hub (checked). The peer ` +
            `checks no token and writes no processing log; the hub does both.`,
        );
        log("7: our partner page vs PostGraphile's (10 connections)");
        comparisons.push(
          await runComparison(
            load,
            {
              id: "7",
              title: "partner's timeline page: hub vs PostGraphile 5 with RLS (same database)",
              a: { name: "hub partner", request: hubTimeline(tokens.partner) },
              b: {
                name: "PostGraphile partner",
                request: {
                  origin: peer.url,
                  method: "POST",
                  path: "/graphql",
                  body: peer.pageBody(big.id),
                  check: "graphql",
                },
              },
              connections: 10,
              goal: "≥ 1.0",
            },
            timing,
            log,
          ),
        );
      } catch (error) {
        const reason = `PostGraphile 5 could not run here: ${error instanceof Error ? error.message : String(error)}`;
        log(`7: ${reason}`);
        skipped.push({ id: "7", reason });
        if (options.smoke) exitCode = 1;
      } finally {
        await peer?.close();
      }
    }

    // --- 6. PGlite vs PostgreSQL, the 60-item case --------------------------------------------------------
    if (wanted("6")) {
      const lite = await startBenchHub(undefined);
      try {
        const liteLoader = new BenchLoader(lite.hub.database.db, lite.pseudonymKey);
        const liteSmall = await liteLoader.createCase("small");
        await liteLoader.addItems(liteSmall, size.small, 2);
        const liteToken = await signIn(lite.url, PEOPLE.director.professionalId);
        // The same data shape on both (ids differ): the same number of items on the page.
        const litePage = await hubPageIds(lite.url, liteToken, liteSmall.id);
        const pgPage = await hubPageIds(pg.url, tokens.director, small.id);
        if (litePage.length !== pgPage.length)
          throw new Error(`PGlite page ${litePage.length}, PostgreSQL ${pgPage.length}`);
        log("6: PGlite vs PostgreSQL, 60-item case, director (10 connections)");
        comparisons.push(
          await runComparison(
            load,
            {
              id: "6",
              title: `PGlite vs PostgreSQL: timeline page of the ${size.small}-item case, director`,
              a: { name: "hub on PGlite", request: timelineRequest(lite.url, liteToken, liteSmall.id) },
              b: { name: "hub on PostgreSQL", request: hubTimeline(tokens.director, small.id) },
              connections: 10,
              goal: "≥ 0.7",
            },
            timing,
            log,
          ),
        );
      } finally {
        await lite.hub.stop();
      }
    }

    // --- portfolio: the procesregisseur's page of 50 at 100, 1,000 and 10,000 cases --------------------------
    if (!options.only || [...options.only].some((id) => id === "portfolio" || id.startsWith("portfolio."))) {
      const [base, ...larger] = size.portfolios;
      const started = performance.now();
      const portfolios: { cases: number; token: string; request: Request }[] = [];
      const loaded: string[] = [];
      for (const [index, cases] of size.portfolios.entries()) {
        // A procesregisseur of its own per size: the portfolio holds exactly these cases.
        const regisseur = await createProcesregisseur(db, `p${cases}`);
        const facts = await addPortfolioCases(loader, db, {
          procesregisseur: regisseur,
          cases,
          key: `p${cases}`,
          seed: 100 + index,
        });
        loaded.push(
          `${cases.toLocaleString("en-US")} cases: ${facts.items.toLocaleString("en-US")} items, ` +
            `${facts.changes.toLocaleString("en-US")} changes, ${facts.withOverdueActions} with overdue actions`,
        );
        const token = await signIn(pg.url, regisseur.professionalId);
        portfolios.push({
          cases,
          token,
          request: {
            origin: pg.url,
            method: "POST",
            path: "/graphql",
            headers: bearer(token),
            body: JSON.stringify({ query: PORTFOLIO, variables: { first: 50 } }),
            check: "graphql",
          },
        });
      }
      const loadSeconds = (performance.now() - started) / 1000;
      await pg.hub.logSealer.sealNow();
      await db.execute("analyze");
      log(
        `portfolio: loaded ${loaded.join("; ")} in ${loadSeconds.toFixed(1)} s; log sealed; tables analysed`,
      );
      // Each portfolio is whole and its page full (else the comparison compares nothing). The first read of
      // each computes every standing of the portfolio (as the first read of a day does): timed, as a note.
      const cold: string[] = [];
      for (const p of portfolios) {
        const coldStarted = performance.now();
        const data = await gql<{ portfolio: { totalCount: number; edges: unknown[] } }>(
          pg.url,
          PORTFOLIO,
          { first: 50 },
          p.token,
        );
        cold.push(
          `${p.cases.toLocaleString("en-US")} cases ${Math.round(performance.now() - coldStarted)} ms`,
        );
        if (data.portfolio.totalCount !== p.cases || data.portfolio.edges.length !== Math.min(50, p.cases)) {
          throw new Error(
            `portfolio of ${p.cases}: totalCount ${data.portfolio.totalCount}, page ${data.portfolio.edges.length}`,
          );
        }
      }
      notes.push(
        `Portfolio (row portfolio): a procesregisseur of its own per size directs ${size.portfolios
          .map((n) => n.toLocaleString("en-US"))
          .join(
            " / ",
          )} cases, written by bench/src/seed/portfolio.ts as the API writes them (phase history, ` +
          `team with domains, plan versions, goals, actions — some past their due date —, a result, evaluations ` +
          `held and scheduled, referrals with costs, some safety assessments, observations and notes, a log entry ` +
          `and an outbox event per change): ${loaded.join("; ")}; ${loadSeconds.toFixed(1)} s. Each request is ` +
          `the web app's page (\`portfolio(first: 50)\`, urgency order) over HTTP, one connection (latency, not ` +
          `queueing); checked that totalCount is the size and the page full. The first read of each ` +
          `portfolio computed all its standings (as the first read of a new day does): ${cold.join(", ")}.`,
      );
      for (const p of portfolios.slice(1)) {
        const id = `portfolio.${p.cases}`;
        if (options.only && !options.only.has("portfolio") && !options.only.has(id)) continue;
        log(`${id}: the procesregisseur's page of 50, ${p.cases} vs ${base} cases (1 connection)`);
        comparisons.push(
          await runComparison(
            load,
            {
              id,
              title: `portfolio page of 50 (urgency order): ${p.cases.toLocaleString("en-US")} vs ${base!.toLocaleString("en-US")} cases`,
              a: { name: `${p.cases.toLocaleString("en-US")} cases`, request: p.request },
              b: { name: `${base!.toLocaleString("en-US")} cases`, request: portfolios[0]!.request },
              connections: 1,
              goal: p.cases === larger[0] ? "p99 < 100 ms; ≈ 1 (flat)" : "≈ 1 (flat)",
            },
            timing,
            log,
          ),
        );
      }
    }

    await pg.hub.logSealer.sealNow();
    const atEnd = await verifyProcessingLog(db);
    log(`processing log at the end: ${JSON.stringify(atEnd)}`);
    if (!atEnd.ok) exitCode = 1;

    report = {
      mode: options.smoke ? "smoke" : "full",
      command: `pnpm bench ${process.argv
        .slice(2)
        .filter((a) => a !== "--")
        .join(" ")}`.trim(),
      startedAt,
      elapsedSeconds: (performance.now() - started) / 1000,
      machine: await machine(db),
      data: { ...loader.totals, bigCaseItems: size.big, smallCaseItems: size.small },
      notes,
      comparisons,
      live,
      skipped,
      logVerification: { afterLoad, atEnd },
    };
    if (options.smoke) {
      const failed = comparisons.filter((c) => c.a.errors + c.b.errors > 0);
      for (const c of failed) {
        console.error(
          `smoke: ${c.id} had request errors: ${[...c.a.errorSamples, ...c.b.errorSamples].join(" | ")}`,
        );
      }
      if (failed.length) exitCode = 1;
    }
  } catch (error) {
    console.error(error);
    exitCode = 1;
  } finally {
    for (const cleanup of cleanups) {
      await cleanup().catch((error: unknown) => console.error("cleanup failed:", error));
    }
  }
  if (report) {
    report.elapsedSeconds = (performance.now() - started) / 1000;
    const written = writeReport(
      report,
      fileURLToPath(new URL("../results/", import.meta.url)),
      !options.smoke && !options.only,
    );
    log(`\nwrote ${written.json} and ${written.md}\n`);
    log(markdown(report));
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
