import type { Actor } from "@regiehub/domain";
import { can, type Decision } from "./policy";
import type { CaseResource, TeamMemberResource } from "./rules";

// What a viewer of a case sees of its team (docs/consent-and-processing-log.md, "Who sees the team").
//
// Who is involved and how to reach them is part of seeing the case (`case.read`): every team entry's
// organisation (name, kind), named professional, domains and whether it is the directing organisation. WHY
// an organisation is involved — the free-text role (`CaseTeamMember.responsibility`, e.g. "Verslavings-
// consulent (moeder)") — is content about the family that no grant can be shown to cover (it names no
// domain, data class or person the policy could check), so it goes only to those who see the whole case
// anyway and to the organisation whose own entry it is (`team.readRole`). Pure.

/**
 * May the actor read this team entry's free-text role? Its own organisation, the directing organisation
 * (every case worker there) and the case's procesregisseur may; anyone else gets null and CONSENT_REQUIRED.
 */
export function mayReadTeamRole(actor: Actor, c: CaseResource, member: TeamMemberResource): Decision {
  return can(actor, "team.readRole", c, member);
}
