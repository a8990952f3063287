import { gql } from "./hub";
import { dutchDaysFromToday } from "./dates";

// Small helpers for consent tests: record items and grants through the API, as a user would.

export const ITEM_FIELDS = `id kind domain dataClass redacted accessVia version
  ... on Observation { observationKind statement }
  ... on Note { title body occurredOn }`;

export async function casePersons(hub: { url: string }, token: string, caseId: string) {
  const res: any = await gql(
    hub,
    `query($id: ID!) { case(id: $id) { persons { id givenName householdRole } } }`,
    { id: caseId },
    token,
  );
  if (!res.data?.case) throw new Error(JSON.stringify(res.errors));
  return res.data.case.persons as { id: string; givenName: string; householdRole: string }[];
}

export async function recordObservation(
  hub: { url: string },
  token: string,
  input: {
    caseId: string;
    domain: string;
    dataClass: string;
    subjectPersonIds: string[];
    statement: string;
    observationKind?: string;
    legalBasis?: string;
    sourceKind?: string;
    sourceDescription?: string;
  },
): Promise<{ id: string; version: number }> {
  const res: any = await gql(
    hub,
    `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id version } }`,
    { input: { observationKind: "FACT", legalBasis: "LEGAL_TASK", sourceKind: "OWN_OBSERVATION", ...input } },
    token,
  );
  if (!res.data?.recordObservation) throw new Error(JSON.stringify(res.errors));
  return res.data.recordObservation;
}

export async function grant(
  hub: { url: string },
  token: string,
  input: Record<string, unknown>,
): Promise<{ id: string }> {
  const res: any = await gql(
    hub,
    `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id isActive } }`,
    {
      input: {
        purpose: "Afstemming begeleiding",
        legalBasis: "CONSENT",
        evidenceReference: "Formulier T-1",
        ...input,
      },
    },
    token,
  );
  if (!res.data?.grantAccess) throw new Error(JSON.stringify(res.errors));
  return res.data.grantAccess;
}

export async function timeline(hub: { url: string }, token: string, caseId: string, extra = "") {
  return gql<any>(
    hub,
    `query($id: ID!) { case(id: $id) { timeline(first: 100${extra}) { totalCount edges { node { ${ITEM_FIELDS} } } } } }`,
    { id: caseId },
    token,
  );
}

/**
 * A plan with one education goal for `personId` and one action on it due `daysAgo` days ago (so overdue),
 * made by `token` (the case's casusregisseur). Returns the ids.
 */
export async function planWithOverdueAction(
  hub: { url: string },
  token: string,
  input: { caseId: string; personId: string; ownerOrganisationId: string; title: string; daysAgo: number },
): Promise<{ plan: string; goal: string; action: string }> {
  const made = async (name: string, type: string, variables: Record<string, unknown>) => {
    const res: any = await gql(
      hub,
      `mutation($input: ${type}!) { ${name}(input: $input) { id } }`,
      { input: variables },
      token,
    );
    if (!res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    return res.data[name].id as string;
  };
  const plan = await made("draftPlan", "DraftPlanInput", {
    caseId: input.caseId,
    perspective: "Weer naar school",
  });
  const goal = await made("addGoal", "AddGoalInput", {
    planId: plan,
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [input.personId],
    familyWording: "Elke dag naar school",
    professionalWording: "Schoolgang herstellen",
  });
  const action = await made("addAction", "AddActionInput", {
    goalId: goal,
    title: input.title,
    ownerOrganisationId: input.ownerOrganisationId,
    dueOn: dutchDaysFromToday(-input.daysAgo),
  });
  return { plan, goal, action };
}
