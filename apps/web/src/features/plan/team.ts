import type { CaseDetail } from "../cases/types";

export type TeamOrganisation = CaseDetail["team"][number]["organisation"];

/** The organisations of the case team, each once, by name. */
export function teamOrganisations(caseData: CaseDetail): TeamOrganisation[] {
  const seen = new Map<string, TeamOrganisation>();
  for (const member of caseData.team) seen.set(member.organisation.id, member.organisation);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** The name of the chosen team organisation, for a confirmation ("de organisatie" when unknown). */
export function organisationName(organisations: readonly TeamOrganisation[], id: string): string {
  return organisations.find((o) => o.id === id)?.name ?? "de organisatie";
}

/** The professionals to choose for an organisation: its named team members first, then the directory's. */
export function professionalOptions(
  caseData: CaseDetail,
  organisationId: string,
  directory: readonly { id: string; name: string }[],
): { value: string; label: string }[] {
  const team = caseData.team
    .filter((m) => m.organisation.id === organisationId && m.professional)
    .map((m) => m.professional!);
  const options = new Map<string, string>();
  for (const p of [...team, ...directory]) options.set(p.id, p.name);
  return [...options].map(([value, label]) => ({ value, label }));
}
