import { describe, expect, it } from "vitest";
import type { Actor } from "@regiehub/domain";
import { itemAccess, type BreakGlassFacts, type GrantFacts, type ItemFacts } from "./consent";
import { consentScopeKey, mayReceiveEvent, type EventFacts } from "./events";
import { can } from "./policy";
import type { CaseResource } from "./rules";
import { actor } from "./test-fixtures";

const ORG_WIJKTEAM = "org-wijkteam";
const ORG_SCHOOL = "org-school";
const ORG_GGZ = "org-ggz";
const ORG_GEMEENTE = "org-gemeente";
const ORG_OTHER = "org-other";

const NOW = new Date("2025-06-01T12:00:00Z");
const HOUR = 3_600_000;

const theCase: CaseResource = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: ORG_WIJKTEAM,
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: ORG_GEMEENTE,
  teamOrganisationIds: [ORG_WIJKTEAM, ORG_SCHOOL, ORG_GGZ],
};

const anna = actor("CASUSREGISSEUR", ORG_WIJKTEAM, "anna");
const bart = actor("CASUSREGISSEUR", ORG_WIJKTEAM, "bart");
const bea = actor("CASUSREGISSEUR", ORG_WIJKTEAM, "bea");
const cor = actor("PROFESSIONAL", ORG_WIJKTEAM, "cor");
const wilma = actor("PROCESREGISSEUR", ORG_GEMEENTE, "wilma");
const paul = actor("PROCESREGISSEUR", ORG_GEMEENTE, "paul");
const sanne = actor("PROFESSIONAL", ORG_SCHOOL, "sanne");
const sophie = actor("PROFESSIONAL", ORG_SCHOOL, "sophie");
const gerrit = actor("PROFESSIONAL", ORG_GGZ, "gerrit");
const olaf = actor("PROFESSIONAL", ORG_OTHER, "olaf");
const admin = actor("ADMIN", ORG_WIJKTEAM, "adm");
const privacyOfficer = actor("PRIVACY_OFFICER", ORG_WIJKTEAM, "po");
const everyone = [anna, bart, cor, wilma, paul, sanne, gerrit, olaf, admin, privacyOfficer];

/** A mental-health item about the child, written by the GGZ. */
const item: ItemFacts = {
  id: "item-1",
  caseId: theCase.id,
  domain: "MENTAL_HEALTH",
  dataClass: "SPECIAL_CATEGORY",
  subjectPersonIds: ["child"],
  authorOrganisationId: ORG_GGZ,
};

const caseEvent: EventFacts = {
  caseId: theCase.id,
  itemId: null,
  domain: null,
  dataClass: null,
  subjectPersonIds: [],
};

/** The event of a change of `item`, with the facts it recorded at the time. */
const itemEvent: EventFacts = {
  caseId: theCase.id,
  itemId: item.id,
  domain: item.domain,
  dataClass: item.dataClass,
  subjectPersonIds: item.subjectPersonIds,
};

/** A grant to the school that covers `item`. */
function grant(overrides: Partial<GrantFacts> = {}): GrantFacts {
  return {
    id: "grant-1",
    caseId: theCase.id,
    granteeOrganisationId: ORG_SCHOOL,
    subjectPersonIds: ["child"],
    domains: ["MENTAL_HEALTH"],
    dataClasses: ["SPECIAL_CATEGORY"],
    legalBasis: "CONSENT",
    validFrom: new Date("2025-01-01T00:00:00Z"),
    validUntil: null,
    withdrawnAt: null,
    ...overrides,
  };
}

/** Sanne's open break-glass access to the whole case. */
function glass(overrides: Partial<BreakGlassFacts> = {}): BreakGlassFacts {
  return {
    caseId: theCase.id,
    itemId: null,
    professionalId: sanne.professionalId,
    expiresAt: new Date(NOW.getTime() + HOUR),
    ...overrides,
  };
}

interface Scenario {
  label: string;
  who: Actor;
  grants?: GrantFacts[];
  breakGlass?: BreakGlassFacts[];
  expected: boolean;
}

describe("mayReceiveEvent", () => {
  it("delivers a change of the case itself to exactly the case's readers", () => {
    for (const who of everyone) {
      expect(mayReceiveEvent(who, theCase, caseEvent, undefined, [], [], NOW), who.professionalId).toBe(
        can(who, "case.read", theCase).allowed,
      );
    }
    const receivers = everyone.filter((who) =>
      mayReceiveEvent(who, theCase, caseEvent, undefined, [], [], NOW),
    );
    expect(receivers.map((who) => who.professionalId)).toEqual([
      "anna",
      "bart",
      "cor",
      "wilma",
      "sanne",
      "gerrit",
    ]);
  });

  describe("an item's change goes to exactly those who may see the item now (itemAccess)", () => {
    const scenarios: Scenario[] = [
      { label: "the directing organisation", who: cor, expected: true },
      { label: "the case's procesregisseur", who: wilma, expected: true },
      { label: "the author's organisation", who: gerrit, expected: true },
      { label: "a partner with a covering grant", who: sanne, grants: [grant()], expected: true },
      { label: "a partner without a grant", who: sanne, expected: false },
      {
        label: "a partner whose grant was withdrawn",
        who: sanne,
        grants: [grant({ withdrawnAt: new Date(NOW.getTime() - HOUR) })],
        expected: false,
      },
      {
        label: "a partner whose grant expired",
        who: sanne,
        grants: [grant({ validUntil: new Date(NOW.getTime() - HOUR) })],
        expected: false,
      },
      {
        label: "a partner whose grant is not valid yet",
        who: sanne,
        grants: [grant({ validFrom: new Date(NOW.getTime() + HOUR) })],
        expected: false,
      },
      {
        label: "a partner whose grant is about someone else",
        who: sanne,
        grants: [grant({ subjectPersonIds: ["mother"] })],
        expected: false,
      },
      {
        label: "a partner when the grant is for another organisation",
        who: sanne,
        grants: [grant({ granteeOrganisationId: ORG_GGZ })],
        expected: false,
      },
      { label: "a partner under an open break-glass", who: sanne, breakGlass: [glass()], expected: true },
      {
        label: "a partner under an expired break-glass",
        who: sanne,
        breakGlass: [glass({ expiresAt: new Date(NOW.getTime() - 1) })],
        expected: false,
      },
      {
        label: "a partner whose colleague opened a break-glass",
        who: sophie,
        breakGlass: [glass()],
        expected: false,
      },
      {
        label: "an organisation not on the team, even with a grant",
        who: olaf,
        grants: [grant({ granteeOrganisationId: ORG_OTHER })],
        expected: false,
      },
      { label: "another procesregisseur", who: paul, expected: false },
      { label: "an admin of the directing organisation", who: admin, expected: false },
      { label: "a privacy officer of the directing organisation", who: privacyOfficer, expected: false },
    ];
    for (const { label, who, grants = [], breakGlass = [], expected } of scenarios) {
      it(label, () => {
        const receives = mayReceiveEvent(who, theCase, itemEvent, item, grants, breakGlass, NOW);
        expect(receives).toBe(expected);
        expect(receives).toBe(itemAccess(who, theCase, item, grants, breakGlass, NOW).allowed);
      });
    }
  });

  it("judges an item on what it is now, not on what the event recorded", () => {
    // The item was about education when the event was written; it has been corrected to mental health.
    const recorded: EventFacts = { ...itemEvent, domain: "EDUCATION" };
    expect(mayReceiveEvent(sanne, theCase, recorded, item, [grant()], [], NOW)).toBe(true);
    expect(
      mayReceiveEvent(sanne, theCase, recorded, item, [grant({ domains: ["EDUCATION"] })], [], NOW),
    ).toBe(false);
  });

  describe("a removed item is judged on the facts the event recorded, without the author path", () => {
    const scenarios: Scenario[] = [
      { label: "the directing organisation", who: cor, expected: true },
      { label: "the case's procesregisseur", who: wilma, expected: true },
      { label: "the author's organisation, without a grant", who: gerrit, expected: false },
      { label: "a partner with a covering grant", who: sanne, grants: [grant()], expected: true },
      {
        label: "a partner whose grant was withdrawn",
        who: sanne,
        grants: [grant({ withdrawnAt: new Date(NOW.getTime() - HOUR) })],
        expected: false,
      },
      {
        label: "a partner with a grant for another domain",
        who: sanne,
        grants: [grant({ domains: ["EDUCATION"] })],
        expected: false,
      },
      {
        label: "a partner under a break-glass for that item",
        who: sanne,
        breakGlass: [glass({ itemId: item.id })],
        expected: true,
      },
      {
        label: "a partner under a break-glass for another item",
        who: sanne,
        breakGlass: [glass({ itemId: "item-2" })],
        expected: false,
      },
      { label: "an organisation not on the team", who: olaf, expected: false },
    ];
    for (const { label, who, grants = [], breakGlass = [], expected } of scenarios) {
      it(label, () => {
        expect(mayReceiveEvent(who, theCase, itemEvent, undefined, grants, breakGlass, NOW)).toBe(expected);
      });
    }

    it("an item about nobody in particular is covered by no grant", () => {
      const aboutNobody: EventFacts = { ...itemEvent, subjectPersonIds: [] };
      expect(mayReceiveEvent(sanne, theCase, aboutNobody, undefined, [grant()], [], NOW)).toBe(false);
      expect(mayReceiveEvent(cor, theCase, aboutNobody, undefined, [], [], NOW)).toBe(true);
    });
  });

  it("a removed item without a recorded domain or data class goes only to whoever sees the whole case", () => {
    const broad = grant({
      domains: ["MENTAL_HEALTH", "EDUCATION"],
      dataClasses: ["GENERAL", "SPECIAL_CATEGORY"],
      subjectPersonIds: ["child", "mother"],
    });
    for (const blank of [
      { ...itemEvent, domain: null },
      { ...itemEvent, dataClass: null },
      { ...itemEvent, domain: null, dataClass: null },
    ]) {
      const receivers = everyone.filter((who) =>
        mayReceiveEvent(who, theCase, blank, undefined, [broad], [glass()], NOW),
      );
      expect(receivers.map((who) => who.professionalId)).toEqual(["anna", "bart", "cor", "wilma"]);
    }
  });
});

describe("consentScopeKey", () => {
  const key = (who: Actor, breakGlass: BreakGlassFacts[] = [], personalFields = false) =>
    consentScopeKey(who, theCase, breakGlass, personalFields);

  it("is the same for two professionals of the same organisation and role", () => {
    expect(key(sanne)).toBe(key(sophie));
    expect(key(sanne)).not.toContain("sanne");
    // Two casusregisseurs of the directing organisation, neither the case's own.
    expect(key(bart)).toBe(key(bea));
  });

  it("differs by organisation, role and registration", () => {
    expect(key(sanne)).not.toBe(key(gerrit));
    expect(key(sanne)).not.toBe(key(actor("CASUSREGISSEUR", ORG_SCHOOL, "sanne")));
    expect(key(cor)).not.toBe(key(bart));
    expect(key(bart)).not.toBe(key(actor("CASUSREGISSEUR", ORG_WIJKTEAM, "bob", true)));
  });

  it("names the casusregisseur of the case", () => {
    expect(key(anna)).toContain("anna");
    expect(key(anna)).not.toBe(key(bart));
  });

  it("names the procesregisseur of the case", () => {
    expect(key(wilma)).toContain("wilma");
    expect(key(wilma)).not.toBe(key(paul));
    expect(key(paul)).not.toContain("paul");
  });

  it("names a professional with an open break-glass in the case", () => {
    expect(key(sanne, [glass()])).toContain("sanne");
    expect(key(sanne, [glass()])).not.toBe(key(sophie, [glass()]));
    expect(key(sanne, [glass({ itemId: item.id })])).toContain("sanne");
    // Someone else's break-glass, or one in another case, changes nothing.
    expect(key(sophie, [glass()])).toBe(key(sophie));
    expect(key(sanne, [glass({ caseId: "case-2" })])).toBe(key(sophie));
  });

  it("names every professional when the request selects @personal fields", () => {
    expect(key(sanne, [], true)).toContain("sanne");
    expect(key(sophie, [], true)).toContain("sophie");
    expect(key(sanne, [], true)).not.toBe(key(sophie, [], true));
  });
});
