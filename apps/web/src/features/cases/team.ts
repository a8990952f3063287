import type { ProfessionalRole } from "../../generated/graphql";
import { ORGANISATION_KIND_LABELS, label } from "../../labels";
import type { TeamMemberRow } from "./types";

/** Roles that work on cases; admins and privacy officers are not team members. */
export const TEAM_MEMBER_ROLES: readonly ProfessionalRole[] = [
  "PROCESREGISSEUR",
  "CASUSREGISSEUR",
  "PROFESSIONAL",
];

/** "Name (Organisation)" of a team member, or the organisation alone without a named professional. */
export function memberName(member: Pick<TeamMemberRow, "professional" | "organisation">): string {
  return member.professional
    ? `${member.professional.name} (${member.organisation.name})`
    : member.organisation.name;
}

/** Organisations as options "Name (kind)", sorted by name. */
export function organisationOptions(
  organisations: readonly { id: string; name: string; kind: TeamMemberRow["organisation"]["kind"] }[],
) {
  return [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name, "nl"))
    .map((o) => ({
      value: o.id,
      label: `${o.name} (${label(ORGANISATION_KIND_LABELS, o.kind)})`,
      name: o.name,
    }));
}

/** The confirmation after handing over direction: who is now casusregisseur and/or procesregisseur. */
export function handOverNotice(chosen: {
  casusregisseur?: string | null;
  procesregisseur?: string | null;
}): string {
  const { casusregisseur, procesregisseur } = chosen;
  if (casusregisseur && procesregisseur) {
    return `De regie is overgedragen: ${casusregisseur} is nu casusregisseur en ${procesregisseur} procesregisseur.`;
  }
  if (casusregisseur) return `De regie is overgedragen: ${casusregisseur} is nu casusregisseur.`;
  return `De regie is overgedragen: ${procesregisseur ?? "de nieuwe regisseur"} is nu procesregisseur.`;
}
