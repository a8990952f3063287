import { describe, expect, it } from "vitest";
import { API_SCOPE_NAMES, type Actor, type ApiScope } from "@regiehub/domain";
import type { GrantFacts, ItemFacts } from "./consent";
import { itemAccess, itemScope, seesWholeCase } from "./consent";
import { consentScopeKey, mayReceiveEvent } from "./events";
import { actionsOfScope, caseScope, can, grantableScopes } from "./policy";
import { RULES, type Action, type CaseResource, type Rule } from "./rules";
import { actor } from "./test-fixtures";

// Partner systems (API clients) act as a professional of their organisation; their token's scopes narrow
// what that professional may do, in `can`, in the SQL scopes and in the consent rule — never widen it.

const ORG_WIJKTEAM = "org-wijkteam";
const ORG_SCHOOL = "org-school";
const ORG_OTHER = "org-other";
const NOW = new Date("2026-03-01T12:00:00Z");

function system(organisationId: string, scopes: readonly ApiScope[], professionalId = "svc"): Actor {
  return {
    ...actor("PROFESSIONAL", organisationId, professionalId),
    system: { clientId: `client-${professionalId}`, scopes },
  };
}

const ALL = API_SCOPE_NAMES;

const theCase: CaseResource = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: ORG_WIJKTEAM,
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: "org-gemeente",
  teamOrganisationIds: [ORG_WIJKTEAM, ORG_SCHOOL],
  procesregisseurEditsPlans: true,
};

const educationItem: ItemFacts = {
  id: "item-1",
  caseId: "case-1",
  domain: "EDUCATION",
  dataClass: "GENERAL",
  subjectPersonIds: ["kim"],
  authorOrganisationId: ORG_WIJKTEAM,
};

const schoolGrant: GrantFacts = {
  id: "grant-1",
  caseId: "case-1",
  granteeOrganisationId: ORG_SCHOOL,
  subjectPersonIds: ["kim"],
  domains: ["EDUCATION"],
  dataClasses: ["GENERAL"],
  legalBasis: "CONSENT",
  validFrom: new Date("2026-01-01"),
  validUntil: null,
  withdrawnAt: null,
};

describe("a partner system with every scope", () => {
  it("is allowed exactly what a professional of its organisation is, for every rule a system may use", () => {
    for (const org of [ORG_WIJKTEAM, ORG_SCHOOL, ORG_OTHER]) {
      const person = actor("PROFESSIONAL", org, "svc");
      const sys = system(org, ALL);
      for (const [action, rule] of Object.entries(RULES) as [Action, Rule][]) {
        if (rule.scope === null) continue;
        const args = [theCase, { kind: "ACTION", authorProfessionalId: "svc", ownerOrganisationId: org }];
        const decide = (who: Actor) =>
          rule.target === "none"
            ? can(who, action as never)
            : rule.target === "case"
              ? can(who, action as never, theCase)
              : rule.target === "item"
                ? can(who, action as never, ...(args as [never, never]))
                : can(who, action as never, theCase, { organisationId: org } as never);
        expect(`${org} ${action}: ${decide(sys).allowed}`).toBe(
          `${org} ${action}: ${decide(person).allowed}`,
        );
      }
    }
  });

  it("never performs a rule without a scope (administration, supervision, break-glass, the directors' work)", () => {
    const sys = system(ORG_WIJKTEAM, ALL);
    for (const [action, rule] of Object.entries(RULES) as [Action, Rule][]) {
      if (rule.scope !== null) continue;
      const decision =
        rule.target === "none" ? can(sys, action as never) : can(sys, action as never, theCase);
      expect(`${action}: ${decision.allowed}`).toBe(`${action}: false`);
    }
    expect(can(sys, "breakGlass.open", theCase).reason).toContain("not for partner systems");
  });

  it("is never the casusregisseur or procesregisseur, even if its service account were named one", () => {
    const named = system(ORG_WIJKTEAM, ALL, "anna");
    const nameProcesregisseur = system("org-gemeente", ALL, "wilma");
    expect(can(named, "case.update", theCase).allowed).toBe(false);
    expect(can(named, "person.readBsn", theCase).allowed).toBe(false);
    expect(can(nameProcesregisseur, "case.read", theCase).allowed).toBe(false);
    expect(can(nameProcesregisseur, "plan.work", theCase).allowed).toBe(false);
  });

  it("sees items under the same consent rule as its organisation", () => {
    const school = system(ORG_SCHOOL, ALL);
    expect(itemAccess(school, theCase, educationItem, [schoolGrant], [], NOW)).toMatchObject({
      allowed: true,
      via: "GRANT",
    });
    expect(itemAccess(school, theCase, educationItem, [], [], NOW).allowed).toBe(false);
    expect(seesWholeCase(system(ORG_WIJKTEAM, ALL), theCase)).toBe("DIRECTING_ORGANISATION");
  });
});

describe("a partner system's scopes narrow", () => {
  it("cases:read: without it no case is visible (policy and SQL scope)", () => {
    const sys = system(ORG_WIJKTEAM, ["dossier:read", "dossier:write"]);
    expect(can(sys, "case.read", theCase).allowed).toBe(false);
    expect(can(sys, "case.list").allowed).toBe(false);
    expect(caseScope(sys)).toEqual({ kind: "none" });
    expect(caseScope(system(ORG_WIJKTEAM, ["cases:read"]))).toMatchObject({ kind: "involved" });
  });

  it("dossier:read: without it no item content (policy, SQL scope, whole-case view)", () => {
    const sys = system(ORG_WIJKTEAM, ["cases:read", "events:subscribe"]);
    expect(itemAccess(sys, theCase, educationItem, [], [], NOW)).toEqual({
      allowed: false,
      reason: "the partner system's token lacks scope dossier:read",
    });
    expect(itemScope(sys, NOW)).toEqual({ kind: "none" });
    expect(seesWholeCase(sys, theCase)).toBeUndefined();
    expect(itemScope(system(ORG_WIJKTEAM, ["dossier:read"]), NOW)).toMatchObject({ kind: "consent" });
  });

  it("dossier:write and plan:write: recording and the plan's work need their scope", () => {
    const reader = system(ORG_SCHOOL, ["cases:read", "dossier:read"]);
    expect(can(reader, "item.record", theCase)).toMatchObject({
      allowed: false,
      reason: "item.record: the partner system's token lacks scope dossier:write",
    });
    expect(can(reader, "plan.work", theCase).allowed).toBe(false);
    expect(can(system(ORG_SCHOOL, ["dossier:write"]), "item.record", theCase).allowed).toBe(true);
    expect(can(system(ORG_SCHOOL, ["plan:write"]), "plan.work", theCase).allowed).toBe(true);
  });

  it("events:subscribe: following live events, and what each event carries still needs the reading scopes", () => {
    const event = {
      caseId: "case-1",
      itemId: "item-1",
      domain: "EDUCATION" as const,
      dataClass: "GENERAL" as const,
      subjectPersonIds: ["kim"],
    };
    const follower = system(ORG_WIJKTEAM, ["events:subscribe"]);
    expect(can(follower, "live.follow").allowed).toBe(true);
    expect(can(system(ORG_WIJKTEAM, ["cases:read"]), "live.follow").allowed).toBe(false);
    expect(mayReceiveEvent(follower, theCase, event, educationItem, [], [], NOW)).toBe(false);
    const reader = system(ORG_WIJKTEAM, ["events:subscribe", "cases:read"]);
    expect(mayReceiveEvent(reader, theCase, { ...event, itemId: null }, undefined, [], [], NOW)).toBe(true);
    expect(mayReceiveEvent(reader, theCase, event, educationItem, [], [], NOW)).toBe(false);
    const full = system(ORG_WIJKTEAM, ["events:subscribe", "cases:read", "dossier:read"]);
    expect(mayReceiveEvent(full, theCase, event, educationItem, [], [], NOW)).toBe(true);
  });

  it("keeps systems with other scopes, and people, out of each other's live groups", () => {
    const person = actor("PROFESSIONAL", ORG_WIJKTEAM, "svc");
    const narrow = system(ORG_WIJKTEAM, ["cases:read", "events:subscribe"]);
    const wide = system(ORG_WIJKTEAM, ["events:subscribe", "cases:read", "dossier:read"], "svc2");
    const key = (a: Actor) => consentScopeKey(a, theCase, [], false);
    expect(new Set([key(person), key(narrow), key(wide)]).size).toBe(3);
    // The same scopes in another order: the same group.
    expect(key(wide)).toBe(
      key(system(ORG_WIJKTEAM, ["dossier:read", "cases:read", "events:subscribe"], "x")),
    );
  });
});

describe("which scopes can be given", () => {
  it("names for each scope the actions a system could be allowed with it", () => {
    expect(actionsOfScope("cases:read")).toEqual(
      expect.arrayContaining(["case.list", "case.read", "team.readRole"]),
    );
    expect(actionsOfScope("dossier:read")).toEqual(["itemAccess", "action.listOwn"]);
    expect(actionsOfScope("dossier:write")).toEqual(["item.record", "item.correct"]);
    expect(actionsOfScope("plan:write")).toEqual(["plan.work", "action.changeStatus"]);
    expect(actionsOfScope("events:subscribe")).toEqual(["live.follow"]);
    expect(actionsOfScope("references:manage")).toEqual(["reference.manage", "reference.find"]);
  });

  it("only the scopes that give a system something its organisation may do", () => {
    const grantable = grantableScopes();
    for (const scope of grantable) expect(actionsOfScope(scope).length).toBeGreaterThan(0);
    for (const scope of API_SCOPE_NAMES.filter((s) => !grantable.includes(s))) {
      expect(actionsOfScope(scope)).toEqual([]);
    }
    expect(grantable).toEqual(
      expect.arrayContaining([
        "cases:read",
        "dossier:read",
        "dossier:write",
        "plan:write",
        "events:subscribe",
        "references:manage",
      ]),
    );
  });
});
