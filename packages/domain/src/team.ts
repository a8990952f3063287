import { ageOn } from "./persons";
import type { HouseholdRole, OrganisationKind } from "./enums";

// Team completeness (docs/domain.md, working rules from the field): children under 4 always involve youth
// health care (JGZ); school-age children (5 to 17, leerplicht/kwalificatieplicht) their school.

export type TeamWarningCode = "CHILD_UNDER_4_WITHOUT_JGZ" | "SCHOOL_AGE_CHILD_WITHOUT_SCHOOL";

export interface TeamWarning {
  code: TeamWarningCode;
  personId: string;
  message: string;
}

export interface TeamCompletenessInput {
  persons: { id: string; givenName: string; birthDate: string | null; householdRole: HouseholdRole }[];
  teamOrganisationKinds: OrganisationKind[];
}

export const SCHOOL_AGE = { from: 5, until: 18 } as const;

export function teamWarnings(input: TeamCompletenessInput, today: Date): TeamWarning[] {
  const kinds = new Set(input.teamOrganisationKinds);
  const warnings: TeamWarning[] = [];
  for (const person of input.persons) {
    if (person.householdRole !== "CHILD") continue;
    const age = ageOn(person.birthDate, today);
    if (age === null) continue;
    if (age < 4 && !kinds.has("JGZ")) {
      warnings.push({
        code: "CHILD_UNDER_4_WITHOUT_JGZ",
        personId: person.id,
        message: `${person.givenName} is jonger dan 4 jaar: betrek de jeugdgezondheidszorg (JGZ) bij het team.`,
      });
    }
    if (age >= SCHOOL_AGE.from && age < SCHOOL_AGE.until && !kinds.has("SCHOOL")) {
      warnings.push({
        code: "SCHOOL_AGE_CHILD_WITHOUT_SCHOOL",
        personId: person.id,
        message: `${person.givenName} is leerplichtig: betrek de school bij het team.`,
      });
    }
  }
  return warnings;
}
