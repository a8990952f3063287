import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, grant, planWithOverdueAction, recordObservation } from "../support/dossier";

// The timeline's filters (author organisations, persons, search, only the redacted stubs): in SQL, within the
// viewer's consent scope — a search or a person filter never matches, lists or counts an item outside it.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
const KIM_EDUCATION = "Kim spijbelt op dinsdag en donderdag.";
const DYLAN_EDUCATION = "Dylan volgt een zeilkamp-traject in de jeugdinrichting.";
const KIM_HEALTH = "Kim is aangemeld bij de jeugd-GGZ; zij spijbelt ook daar.";
const PERCENT = "Kim haalt 100% van de lessen niet, zegt de mentor.";

let hub: TestHub;
let director: string;
let school: string;
let outsider: string;
let persons: Record<string, string>;
let directorOrganisation: string;

const QUERY = `query($id: ID!, $filter: TimelineFilter, $includeRedacted: Boolean, $first: Int) {
  case(id: $id) {
    timeline(filter: $filter, includeRedacted: $includeRedacted, first: $first) {
      totalCount
      edges { node { id kind domain redacted authorOrganisation { id } ... on Observation { statement } } }
    }
  }
}`;

async function page(token: string, filter: Record<string, unknown> | null, includeRedacted = false) {
  return gql<any>(hub, QUERY, { id: CASE, filter, includeRedacted, first: 100 }, token);
}

function statementsOf(res: any): string[] {
  return res.data.case.timeline.edges.map((e: any) => e.node.statement).filter(Boolean);
}

function expectBadInput(res: any, field: string) {
  expectCode(res, "BAD_USER_INPUT");
  const error = res.errors[0];
  expect(error.extensions.field ?? error.extensions.fieldErrors?.[0]?.path).toBe(field);
  expect(res.data?.case ?? null).toBeNull();
}

beforeAll(async () => {
  hub = await startTestHub();
  director = await signIn(hub, P.casusregisseur);
  school = await signIn(hub, P.secondarySchoolProfessional);
  outsider = await signIn(hub, P.huisarts);
  persons = Object.fromEntries((await casePersons(hub, director, CASE)).map((p) => [p.givenName, p.id]));
  const observe = (domain: string, dataClass: string, subject: string, statement: string) =>
    recordObservation(hub, director, {
      caseId: CASE,
      domain,
      dataClass,
      subjectPersonIds: [persons[subject]!],
      statement,
    });
  await observe("EDUCATION", "GENERAL", "Kim", KIM_EDUCATION);
  await observe("EDUCATION", "GENERAL", "Dylan", DYLAN_EDUCATION);
  await observe("MENTAL_HEALTH", "SPECIAL_CATEGORY", "Kim", KIM_HEALTH);
  await observe("EDUCATION", "GENERAL", "Kim", PERCENT);
  directorOrganisation = (await page(director, null)).data.case.timeline.edges[0].node.authorOrganisation.id;
  await planWithOverdueAction(hub, director, {
    caseId: CASE,
    personId: persons.Kim!,
    ownerOrganisationId: directorOrganisation,
    title: "Gesprek over de schoolgang plannen",
    daysAgo: 3,
  });
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: DEMO.organisations.secondarySchool,
    subjectPersonIds: [persons.Kim],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
});
afterAll(async () => {
  await hub?.stop();
});

describe("search", () => {
  it("matches content case-insensitively, over every kind the viewer may see", async () => {
    const res = await page(director, { search: "SPIJBELT" });
    expect(res.errors).toBeUndefined();
    expect(statementsOf(res).sort()).toEqual([KIM_EDUCATION, KIM_HEALTH].sort());
    expect(res.data.case.timeline.totalCount).toBe(2);
    // An action's title is content too.
    const actions = await page(director, { search: "schoolgang", kinds: ["ACTION"] });
    expect(actions.errors).toBeUndefined();
    expect(actions.data.case.timeline.edges.map((e: any) => e.node.kind)).toEqual(["ACTION"]);
    // The goal's professional wording ("Schoolgang herstellen") matches too, without a kind filter.
    const kinds = (await page(director, { search: "schoolgang" })).data.case.timeline.edges.map(
      (e: any) => e.node.kind,
    );
    expect(kinds.sort()).toEqual(["ACTION", "GOAL"]);
  });

  it("takes % and _ literally, and an empty search as none", async () => {
    expect(statementsOf(await page(director, { search: "100%" }))).toEqual([PERCENT]);
    expect((await page(director, { search: "%%" })).data.case.timeline.totalCount).toBe(0);
    expect((await page(director, { search: "d_lan" })).data.case.timeline.totalCount).toBe(0);
    const none = await page(director, { search: "   " });
    const all = await page(director, null);
    expect(none.data.case.timeline.totalCount).toBe(all.data.case.timeline.totalCount);
  });

  it("a partner finds the word in its granted item, and only there", async () => {
    const res = await page(school, { search: "spijbelt" }, true);
    expect(res.errors).toBeUndefined();
    expect(statementsOf(res)).toEqual([KIM_EDUCATION]);
    expect(res.data.case.timeline.totalCount).toBe(1);
    expect(res.data.case.timeline.edges.every((e: any) => !e.node.redacted)).toBe(true);
  });

  it("a partner searching a word only found outside its grant gets nothing: no item, no stub, no count", async () => {
    for (const includeRedacted of [false, true]) {
      const res = await page(school, { search: "zeilkamp" }, includeRedacted);
      expect(res.errors).toBeUndefined();
      expect(res.data.case.timeline).toEqual({ totalCount: 0, edges: [] });
    }
    const stubs = await page(school, { search: "zeilkamp", redacted: true }, true);
    expect(stubs.data.case.timeline).toEqual({ totalCount: 0, edges: [] });
    // The same answer as for a word that is nowhere in the case.
    const nowhere = await page(school, { search: "qwertyuiop", redacted: true }, true);
    expect(nowhere.data.case.timeline).toEqual(stubs.data.case.timeline);
    // The director finds it.
    expect(statementsOf(await page(director, { search: "zeilkamp" }))).toEqual([DYLAN_EDUCATION]);
  });
});

describe("persons", () => {
  it("lists the items about one of the persons", async () => {
    const res = await page(director, { persons: [persons.Dylan], kinds: ["OBSERVATION"] });
    expect(res.errors).toBeUndefined();
    expect(statementsOf(res)).toEqual([DYLAN_EDUCATION]);
  });

  it("never lists or counts a partner's stubs by person (a stub's subjects are content)", async () => {
    for (const filter of [{ persons: [persons.Dylan] }, { persons: [persons.Dylan], redacted: true }]) {
      const res = await page(school, filter, true);
      expect(res.errors).toBeUndefined();
      expect(res.data.case.timeline).toEqual({ totalCount: 0, edges: [] });
    }
    const kim = await page(school, { persons: [persons.Kim], kinds: ["OBSERVATION"] }, true);
    expect(statementsOf(kim).sort()).toEqual([KIM_EDUCATION, PERCENT].sort());
    expect(kim.data.case.timeline.totalCount).toBe(2);
  });
});

describe("author organisations and the redacted stubs", () => {
  it("filters by author organisation, stubs included", async () => {
    const own = await page(director, { authorOrganisations: [directorOrganisation] });
    const all = await page(director, null);
    expect(own.data.case.timeline.totalCount).toBe(all.data.case.timeline.totalCount);
    const school_ = await page(director, { authorOrganisations: [DEMO.organisations.secondarySchool] });
    expect(school_.data.case.timeline).toEqual({ totalCount: 0, edges: [] });
  });

  it("counts and lists only the stubs with redacted: true, the same stubs includeRedacted already shows", async () => {
    const everything = await page(school, null, true);
    const visible = await page(school, null, false);
    const stubs = await page(school, { redacted: true }, true);
    // A stub's statement is null with CONSENT_REQUIRED, as in every list of stubs.
    expect(stubs.errors?.every((e: any) => e.extensions.code === "CONSENT_REQUIRED")).toBe(true);
    const shown = everything.data.case.timeline.edges
      .filter((e: any) => e.node.redacted)
      .map((e: any) => e.node.id);
    expect(stubs.data.case.timeline.edges.map((e: any) => e.node.id)).toEqual(shown);
    expect(stubs.data.case.timeline.totalCount).toBe(
      everything.data.case.timeline.totalCount - visible.data.case.timeline.totalCount,
    );
    expect(stubs.data.case.timeline.totalCount).toBeGreaterThanOrEqual(3);
    expect(
      stubs.data.case.timeline.edges.every(
        (e: any) => e.node.redacted && (e.node.statement ?? null) === null,
      ),
    ).toBe(true);
    const educationStubs = await page(school, { redacted: true, domains: ["EDUCATION"] }, true);
    expect(educationStubs.data.case.timeline.edges.every((e: any) => e.node.domain === "EDUCATION")).toBe(
      true,
    );
    expect(JSON.stringify(stubs.data)).not.toContain("zeilkamp");
    // For the director nothing lies outside.
    expect((await page(director, { redacted: true }, true)).data.case.timeline.totalCount).toBe(0);
  });

  it("redacted: false restricts nothing", async () => {
    const res = await page(school, { redacted: false }, true);
    const all = await page(school, null, true);
    expect(res.data.case.timeline.totalCount).toBe(all.data.case.timeline.totalCount);
  });
});

describe("access", () => {
  it("a professional outside the case gets NOT_FOUND, with filters as without", async () => {
    const res = await page(outsider, { search: "spijbelt", redacted: true }, true);
    expectCode(res, "NOT_FOUND");
    expect(JSON.stringify(res)).not.toContain("spijbelt op");
  });

  it("without a token: UNAUTHENTICATED", async () => {
    const res = await gql<any>(hub, QUERY, { id: CASE, filter: { search: "spijbelt" } });
    expectCode(res, "UNAUTHENTICATED");
  });
});

describe("bad input changes nothing and says which field", () => {
  it("a search of one character, of 101 characters, or with a control character", async () => {
    expectBadInput(await page(director, { search: "a" }), "filter.search");
    expectBadInput(await page(director, { search: " a " }), "filter.search");
    expectBadInput(await page(director, { search: "x".repeat(101) }), "filter.search");
    expectBadInput(await page(director, { search: "ki\u0000m" }), "filter.search");
    expect((await page(director, { search: "x".repeat(100) })).errors).toBeUndefined();
  });

  it("persons: not a UUID, or more than 50", async () => {
    expectBadInput(await page(director, { persons: ["kim"] }), "filter.persons.0");
    const many = Array.from({ length: 51 }, () => persons.Kim);
    expectBadInput(await page(director, { persons: many }), "filter.persons");
  });

  it("author organisations: not a UUID, or more than 50", async () => {
    expectBadInput(
      await page(director, { authorOrganisations: [directorOrganisation, "wijkteam"] }),
      "filter.authorOrganisations.1",
    );
    const many = Array.from({ length: 51 }, () => directorOrganisation);
    expectBadInput(await page(director, { authorOrganisations: many }), "filter.authorOrganisations");
  });

  it("redacted: true without includeRedacted", async () => {
    expectBadInput(await page(director, { redacted: true }, false), "filter.redacted");
  });

  it("values of the wrong type are refused by the contract", async () => {
    // (A single value where a list is expected is coerced into a list, then refused as not a UUID.)
    for (const filter of [{ redacted: "ja" }, { search: 12 }, { persons: "kim" }, { domains: ["MARS"] }]) {
      const res = await page(director, filter);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.data?.case ?? null).toBeNull();
    }
  });
});

describe("one statement per page", () => {
  it("a page with every filter is one item statement, as many statements as without", async () => {
    const counted: string[] = [];
    const counting = await startTestHub(
      { LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" },
      { onQuery: (q) => counted.push(q) },
    );
    try {
      const token = await signIn(counting, P.casusregisseur);
      const kim = (await casePersons(counting, token, CASE)).find((p) => p.givenName === "Kim")!.id;
      for (let i = 0; i < 12; i++) {
        await recordObservation(counting, token, {
          caseId: CASE,
          domain: "EDUCATION",
          dataClass: "GENERAL",
          subjectPersonIds: [kim],
          statement: `Waarneming nummer ${i} over verzuim`,
        });
      }
      const measure = async (filter: Record<string, unknown> | null) => {
        counted.length = 0;
        const res: any = await gql(
          counting,
          `query($id: ID!, $filter: TimelineFilter) { case(id: $id) { timeline(filter: $filter, first: 10) { edges { node { id summary } } } } }`,
          { id: CASE, filter },
          token,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.case.timeline.edges).toHaveLength(10);
        return counted.filter((q) => !/processing_log|dossier_events|advisory_xact_lock/.test(q));
      };
      const plain = await measure(null);
      const filtered = await measure({
        search: "verzuim",
        persons: [kim],
        domains: ["EDUCATION"],
        kinds: ["OBSERVATION"],
      });
      expect(filtered.length).toBe(plain.length);
      const itemSelects = filtered.filter((q) => /from "dossier_items"/.test(q) && /\) "page"/.test(q));
      expect(itemSelects).toHaveLength(1);
      expect(itemSelects[0]).toMatch(/ilike/);
    } finally {
      await counting.stop();
    }
  });
});
