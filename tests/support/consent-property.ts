import { randomUUID } from "node:crypto";
import { DEMO, tables, type Executor } from "@regiehub/db";
import type { Actor, DataClass, Domain, LegalBasis } from "@regiehub/domain";
import type { GrantFacts } from "@regiehub/policy";

// Shared by the consent property tests: a case written straight into the database (directed by the demo
// casusregisseur, three children), grants in any validity state, and the partner asking as an actor.

const HOUR = 3600_000;

export type GrantValidity = "open" | "expired" | "future" | "bounded" | "withdrawn";

export interface GrantSpec {
  subjects: readonly number[];
  domains: Domain[];
  dataClasses: DataClass[];
  legalBasis: LegalBasis;
  validity: GrantValidity;
}

/** A case of the wijkteam Noord casusregisseur with `team` on its team and three children; their ids. */
export async function insertPropertyCase(
  db: Executor,
  team: readonly string[],
  referencePrefix: string,
): Promise<{ caseId: string; personIds: string[]; team: string[] }> {
  const caseId = randomUUID();
  await db.insert(tables.cases).values({
    id: caseId,
    reference: `${referencePrefix}-${caseId.slice(0, 8)}`,
    title: "Gezin Eigenschap",
    municipality: "Lindehaven",
    casusregisseurId: DEMO.professionals.casusregisseur,
    openedOn: "2026-01-01",
  });
  const members = [DEMO.organisations.wijkteamNoord, ...team];
  await db
    .insert(tables.caseTeamMembers)
    .values(members.map((organisationId) => ({ caseId, organisationId })));
  const persons = await db
    .insert(tables.persons)
    .values(
      ["A", "B", "C"].map((n) => ({
        caseId,
        givenName: n,
        familyName: "Eigenschap",
        householdRole: "CHILD" as const,
      })),
    )
    .returning({ id: tables.persons.id });
  return { caseId, personIds: persons.map((p) => p.id), team: members };
}

/** Writes a grant to `grantee` in the given validity state (relative to `now`). */
export async function insertGrant(
  db: Executor,
  caseId: string,
  grantee: string,
  g: GrantSpec,
  personIds: readonly string[],
  now: number,
): Promise<GrantFacts> {
  const window = {
    open: { validFrom: new Date(now - 24 * HOUR), validUntil: null, withdrawnAt: null },
    expired: {
      validFrom: new Date(now - 48 * HOUR),
      validUntil: new Date(now - 24 * HOUR),
      withdrawnAt: null,
    },
    future: { validFrom: new Date(now + 24 * HOUR), validUntil: null, withdrawnAt: null },
    bounded: {
      validFrom: new Date(now - 24 * HOUR),
      validUntil: new Date(now + 24 * HOUR),
      withdrawnAt: null,
    },
    withdrawn: { validFrom: new Date(now - 24 * HOUR), validUntil: null, withdrawnAt: new Date(now - HOUR) },
  }[g.validity];
  const [row] = await db
    .insert(tables.consentGrants)
    .values({
      caseId,
      granteeOrganisationId: grantee,
      subjectPersonIds: g.subjects.map((i) => personIds[i]!),
      domains: g.domains,
      dataClasses: g.dataClasses,
      purpose: "eigenschap",
      legalBasis: g.legalBasis,
      recordedByProfessionalId: DEMO.professionals.casusregisseur,
      ...window,
    })
    .returning();
  return row!;
}

/** A plain professional of `viewer`'s organisation, and the case facts the policy decides on. */
export function partnerView(
  viewer: { org: string; kind: string; professional: string },
  caseId: string,
  team: readonly string[],
) {
  const actor: Actor = {
    kind: "professional",
    professionalId: viewer.professional,
    organisationId: viewer.org,
    organisationKind: viewer.kind as Actor["organisationKind"],
    role: "PROFESSIONAL",
    name: "x",
    hasRegistration: false,
  };
  const facts = {
    id: caseId,
    casusregisseurId: DEMO.professionals.casusregisseur,
    casusregisseurOrganisationId: DEMO.organisations.wijkteamNoord,
    procesregisseurId: null,
    teamOrganisationIds: [...team],
  };
  return { actor, facts };
}
