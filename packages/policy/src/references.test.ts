import { describe, expect, it } from "vitest";
import type { Actor, ApiScope } from "@regiehub/domain";
import { actionsOfScope, can, grantableScopes } from "./policy";
import { mayManageReferences } from "./references";
import type { CaseResource } from "./rules";
import { actor } from "./test-fixtures";

// A partner's own references: an organisation on the case team manages (and alone sees) its own; a partner
// system needs `references:manage`, and `cases:read` to reach the case at all.

const ORG_WIJKTEAM = "org-wijkteam";
const ORG_SCHOOL = "org-school";
const ORG_GEMEENTE = "org-gemeente";
const ORG_OTHER = "org-other";

const theCase: CaseResource = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: ORG_WIJKTEAM,
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: ORG_GEMEENTE,
  teamOrganisationIds: [ORG_WIJKTEAM, ORG_SCHOOL],
};

function system(organisationId: string, scopes: readonly ApiScope[]): Actor {
  return { ...actor("PROFESSIONAL", organisationId, "svc"), system: { clientId: "client-svc", scopes } };
}

describe("who manages the own organisation's references in a case", () => {
  it.each([
    [
      "a professional of a team organisation",
      actor("PROFESSIONAL", ORG_SCHOOL, "sanne"),
      true,
      "reference.manage",
    ],
    [
      "the casusregisseur (the directing organisation is on the team)",
      actor("CASUSREGISSEUR", ORG_WIJKTEAM, "anna"),
      true,
      "reference.manage",
    ],
    [
      "the procesregisseur, whose organisation is not on the team",
      actor("PROCESREGISSEUR", ORG_GEMEENTE, "wilma"),
      false,
      "reference.manage",
    ],
    ["an organisation not on the team", actor("PROFESSIONAL", ORG_OTHER, "olaf"), false, "case.read"],
    ["an admin of a team organisation", actor("ADMIN", ORG_SCHOOL, "adm"), false, "case.read"],
    [
      "a privacy officer of the directing organisation",
      actor("PRIVACY_OFFICER", ORG_WIJKTEAM, "po"),
      false,
      "case.read",
    ],
    [
      "a system with references:manage and cases:read",
      system(ORG_SCHOOL, ["cases:read", "references:manage"]),
      true,
      "reference.manage",
    ],
    [
      "a system without references:manage",
      system(ORG_SCHOOL, ["cases:read", "dossier:write"]),
      false,
      "reference.manage",
    ],
    [
      "a system without cases:read (it does not see the case)",
      system(ORG_SCHOOL, ["references:manage"]),
      false,
      "case.read",
    ],
    [
      "a system of an organisation not on the team",
      system(ORG_OTHER, ["cases:read", "references:manage"]),
      false,
      "case.read",
    ],
  ] as const)("%s: %s (decided by %s)", (_label, who, allowed, decidedBy) => {
    const decision = mayManageReferences(who, theCase);
    expect(decision.allowed).toBe(allowed);
    // A case out of sight is decided as case.read (NOT_FOUND for the caller), a visible one as reference.manage.
    expect(decision.action).toBe(decidedBy);
  });

  it("finding by reference is for those who work on cases, and for systems with references:manage only", () => {
    expect(can(actor("PROFESSIONAL", ORG_SCHOOL), "reference.find").allowed).toBe(true);
    expect(can(actor("CASUSREGISSEUR", ORG_WIJKTEAM), "reference.find").allowed).toBe(true);
    expect(can(actor("PROCESREGISSEUR", ORG_GEMEENTE), "reference.find").allowed).toBe(true);
    expect(can(actor("ADMIN", ORG_SCHOOL), "reference.find").allowed).toBe(false);
    expect(can(actor("PRIVACY_OFFICER", ORG_WIJKTEAM), "reference.find").allowed).toBe(false);
    expect(can(system(ORG_SCHOOL, ["references:manage"]), "reference.find").allowed).toBe(true);
    expect(can(system(ORG_SCHOOL, ["cases:read", "dossier:read"]), "reference.find").allowed).toBe(false);
  });

  it("references:manage is a scope an ADMIN can give, for exactly these actions", () => {
    expect(actionsOfScope("references:manage")).toEqual(["reference.manage", "reference.find"]);
    expect(grantableScopes()).toContain("references:manage");
  });
});
