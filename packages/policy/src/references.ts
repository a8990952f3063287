import type { Actor } from "@regiehub/domain";
import { can, type Decision } from "./policy";
import type { CaseResource } from "./rules";

// A partner's own references (its client number, a school's student number) for a person in a case. They
// belong to the organisation that attached them: whoever else reads the case — the directing organisation
// included — never sees them. Pure.

/**
 * May the actor attach, detach and see its organisation's own references in this case? It must see the case
 * (`case.read`: a reference leads to the case, so a partner system also needs `cases:read`) and may
 * `reference.manage` there (a case worker of an organisation on the team; a system with `references:manage`).
 * A case it does not see is decided as `case.read` (NOT_FOUND for the caller); a visible one as
 * `reference.manage` (FORBIDDEN).
 */
export function mayManageReferences(actor: Actor, c: CaseResource): Decision {
  const read = can(actor, "case.read", c);
  return read.allowed ? can(actor, "reference.manage", c) : read;
}
