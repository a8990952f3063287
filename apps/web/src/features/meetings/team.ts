import type { CaseDetail } from "../cases/types";

type TeamMember = CaseDetail["team"][number];
export type TeamOrganisationOption = TeamMember["organisation"];

/** The organisations of the case team, each once, by name. */
export function teamOrganisationsOf(caseData: Pick<CaseDetail, "team">): TeamOrganisationOption[] {
  const seen = new Map<string, TeamOrganisationOption>();
  for (const member of caseData.team) seen.set(member.organisation.id, member.organisation);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** The named professionals of the case team, each once, as "Name (Organisation)", by name. */
export function teamProfessionalsOf(
  caseData: Pick<CaseDetail, "team">,
): { value: string; label: string; name: string }[] {
  const seen = new Map<string, { value: string; label: string; name: string }>();
  for (const member of caseData.team) {
    const p = member.professional;
    if (p && !seen.has(p.id)) {
      seen.set(p.id, { value: p.id, label: `${p.name} (${member.organisation.name})`, name: p.name });
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** The case's directors who may chair a meeting: casusregisseur and procesregisseur, each once. */
export function chairOptionsOf(
  caseData: Pick<CaseDetail, "casusregisseur" | "procesregisseur">,
): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  for (const [director, role] of [
    [caseData.casusregisseur, "casusregisseur"],
    [caseData.procesregisseur, "procesregisseur"],
  ] as const) {
    if (director && !options.some((o) => o.value === director.id)) {
      options.push({
        value: director.id,
        label: `${director.name} (${role}, ${director.organisation.name})`,
      });
    }
  }
  return options;
}
