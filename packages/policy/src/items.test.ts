import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ACTION_STATUSES, DOSSIER_ITEM_KINDS, PROFESSIONAL_ROLES } from "@regiehub/domain";
import type { ItemAccess } from "./consent";
import { itemViewerActions, mayChangeActionStatus, mayCorrectItem, type ItemViewFacts } from "./items";
import { can } from "./policy";
import type { CaseResource, ItemResource } from "./rules";
import { actor } from "./test-fixtures";

const WIJKTEAM = "org-wijkteam";
const SCHOOL = "org-school";
const GEMEENTE = "org-gemeente";
const OTHER = "org-other";

const theCase: CaseResource = {
  id: "case-1",
  casusregisseurId: "anna",
  casusregisseurOrganisationId: WIJKTEAM,
  procesregisseurId: "wilma",
  procesregisseurOrganisationId: GEMEENTE,
  teamOrganisationIds: [WIJKTEAM, SCHOOL],
};

const anna = actor("CASUSREGISSEUR", WIJKTEAM, "anna");
const colleague = actor("CASUSREGISSEUR", WIJKTEAM, "bart");
const cor = actor("PROFESSIONAL", WIJKTEAM, "cor");
const wilma = actor("PROCESREGISSEUR", GEMEENTE, "wilma");
const sanne = actor("PROFESSIONAL", SCHOOL, "sanne");
const schoolAdmin = actor("ADMIN", SCHOOL, "adm");
const privacyOfficer = actor("PRIVACY_OFFICER", WIJKTEAM, "po");
const olaf = actor("PROFESSIONAL", OTHER, "olaf");

const observationBySanne: ItemResource = { kind: "OBSERVATION", authorProfessionalId: "sanne" };
const noteByCor: ItemResource = { kind: "NOTE", authorProfessionalId: "cor" };
const actionOfSchool: ItemResource = {
  kind: "ACTION",
  authorProfessionalId: "anna",
  ownerOrganisationId: SCHOOL,
};

describe("mayCorrectItem", () => {
  it("allows the author, and casusregisseurs of the directing organisation", () => {
    expect(mayCorrectItem(sanne, theCase, observationBySanne).allowed).toBe(true);
    expect(mayCorrectItem(cor, theCase, noteByCor).allowed).toBe(true);
    expect(mayCorrectItem(anna, theCase, observationBySanne).allowed).toBe(true);
    expect(mayCorrectItem(colleague, theCase, noteByCor).allowed).toBe(true);
  });

  it("refuses other team members, the procesregisseur and other roles", () => {
    expect(mayCorrectItem(cor, theCase, observationBySanne).allowed).toBe(false);
    expect(mayCorrectItem(sanne, theCase, noteByCor).allowed).toBe(false);
    expect(mayCorrectItem(wilma, theCase, noteByCor).allowed).toBe(false);
    expect(mayCorrectItem(privacyOfficer, theCase, noteByCor).allowed).toBe(false);
  });

  it("applies to observations and notes only, whoever asks", () => {
    const actionByAnna: ItemResource = { kind: "ACTION", authorProfessionalId: "anna" };
    expect(mayCorrectItem(anna, theCase, actionByAnna)).toMatchObject({
      action: "item.correct",
      allowed: false,
      reason: "item.correct: not for ACTION",
    });
  });
});

describe("mayChangeActionStatus", () => {
  it("allows the owner organisation's professionals and the case directors", () => {
    for (const who of [sanne, anna, colleague, wilma]) {
      expect(mayChangeActionStatus(who, theCase, actionOfSchool).allowed).toBe(true);
    }
  });

  it("refuses other team members, owners off the team and owners who do not work on cases", () => {
    expect(mayChangeActionStatus(cor, theCase, actionOfSchool).allowed).toBe(false);
    expect(mayChangeActionStatus(schoolAdmin, theCase, actionOfSchool).allowed).toBe(false);
    const offTheTeam = { ...theCase, teamOrganisationIds: [WIJKTEAM] };
    expect(mayChangeActionStatus(sanne, offTheTeam, actionOfSchool).allowed).toBe(false);
    const ownedByOther = { ...actionOfSchool, ownerOrganisationId: OTHER };
    expect(mayChangeActionStatus(olaf, theCase, ownedByOther).allowed).toBe(false);
    expect(mayChangeActionStatus(sanne, theCase, ownedByOther).allowed).toBe(false);
  });

  it("applies to actions only", () => {
    const goal: ItemResource = { kind: "GOAL", authorProfessionalId: "anna", ownerOrganisationId: SCHOOL };
    expect(mayChangeActionStatus(anna, theCase, goal).allowed).toBe(false);
    expect(mayChangeActionStatus(sanne, theCase, goal).allowed).toBe(false);
  });

  it("whoever may action.manage on a case may change the status of any of its actions", () => {
    const ids = [WIJKTEAM, SCHOOL, GEMEENTE, OTHER];
    fc.assert(
      fc.property(
        fc.constantFrom(...PROFESSIONAL_ROLES),
        fc.constantFrom(...ids),
        fc.constantFrom("anna", "bart", "wilma", "x"),
        fc.constantFrom(...ids),
        (role, organisationId, professionalId, owner) => {
          const who = actor(role, organisationId, professionalId);
          const action = { ...actionOfSchool, ownerOrganisationId: owner };
          if (can(who, "action.manage", theCase).allowed) {
            expect(mayChangeActionStatus(who, theCase, action).allowed).toBe(true);
          }
        },
      ),
    );
  });
});

describe("itemViewerActions", () => {
  const visible: ItemAccess = { allowed: true, via: "DIRECTING_ORGANISATION" };
  const viaAuthor: ItemAccess = { allowed: true, via: "AUTHOR_ORGANISATION" };
  const redacted: ItemAccess = { allowed: false, reason: "no valid grant covers this item" };
  const observation: ItemViewFacts = observationBySanne;

  it("offers the directing casusregisseur correction, statements and history", () => {
    expect(itemViewerActions(anna, theCase, observation, visible)).toEqual([
      "UPDATE",
      "ADD_STATEMENT",
      "READ_HISTORY",
    ]);
  });

  it("offers the author correction only", () => {
    expect(itemViewerActions(sanne, theCase, observation, viaAuthor)).toEqual(["UPDATE"]);
  });

  it("offers break-glass on a redacted item to a team member, and no content actions", () => {
    expect(itemViewerActions(sanne, theCase, noteByCor, redacted)).toEqual(["BREAK_GLASS"]);
    expect(itemViewerActions(cor, theCase, observation, redacted)).toEqual(["BREAK_GLASS"]);
    expect(itemViewerActions(olaf, theCase, observation, redacted)).toEqual([]);
  });

  it("offers the privacy officer the history only", () => {
    expect(itemViewerActions(privacyOfficer, theCase, observation, redacted)).toEqual(["READ_HISTORY"]);
  });

  it("offers CHANGE_STATUS on a visible action whose status can still move", () => {
    const open: ItemViewFacts = { ...actionOfSchool, actionStatus: "OPEN" };
    expect(itemViewerActions(sanne, theCase, open, viaAuthor)).toEqual(["CHANGE_STATUS"]);
    expect(itemViewerActions(wilma, theCase, open, visible)).toEqual(["CHANGE_STATUS"]);
    expect(itemViewerActions(cor, theCase, open, visible)).toEqual([]);
    expect(itemViewerActions(sanne, theCase, { ...open, actionStatus: "CANCELLED" }, viaAuthor)).toEqual([]);
    expect(itemViewerActions(sanne, theCase, { ...open, actionStatus: "DONE" }, viaAuthor)).toEqual([
      "CHANGE_STATUS",
    ]);
    // A redacted action: neither its status nor its owner is known to the viewer.
    expect(itemViewerActions(sanne, theCase, actionOfSchool, redacted)).toEqual(["BREAK_GLASS"]);
  });

  it("offers ADD_ACTION and RECORD_RESULT on a goal of a plan that is not superseded", () => {
    const goal: ItemViewFacts = { kind: "GOAL", authorProfessionalId: "anna", planStatus: "APPROVED" };
    expect(itemViewerActions(sanne, theCase, goal, visible)).toEqual(["ADD_ACTION", "RECORD_RESULT"]);
    expect(itemViewerActions(sanne, theCase, { ...goal, planStatus: "SUPERSEDED" }, visible)).toEqual([]);
    expect(itemViewerActions(sanne, theCase, { ...goal, planStatus: undefined }, visible)).toEqual([]);
    expect(itemViewerActions(olaf, theCase, goal, visible)).toEqual([]);
    expect(itemViewerActions(sanne, theCase, goal, redacted)).toEqual(["BREAK_GLASS"]);
  });

  it("never offers kind-specific entries on other kinds", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOSSIER_ITEM_KINDS),
        fc.constantFrom(...ACTION_STATUSES),
        (kind, actionStatus) => {
          const item: ItemViewFacts = {
            kind,
            authorProfessionalId: "anna",
            ownerOrganisationId: WIJKTEAM,
            actionStatus,
            planStatus: "DRAFT",
          };
          const offered = itemViewerActions(anna, theCase, item, visible);
          expect(offered.includes("UPDATE")).toBe(kind === "OBSERVATION" || kind === "NOTE");
          if (kind !== "ACTION") expect(offered).not.toContain("CHANGE_STATUS");
          if (kind !== "GOAL") expect(offered).not.toContain("ADD_ACTION");
        },
      ),
    );
  });
});
