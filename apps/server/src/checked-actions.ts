import type { Actor } from "@regiehub/domain";
import type { Action } from "@regiehub/policy";

// The policy actions a root field's resolver checked, per root field call. The guard holds them against the
// action the field declares as its gate (graphql/gates.ts), so a gate cannot silently drift from the code.
// The set travels with the actor the guard hands that one call (a copy of the request's actor): every check
// takes the actor, so no async context is needed (AsyncLocalStorage would put a hook on every promise of
// the process).

const CHECKED = Symbol("checkedActions");
type CheckingActor = Actor & { [CHECKED]?: Set<Action> };

/** A copy of `actor` that collects the actions checked with it, and that set. */
export function checkingActor(actor: Actor): { actor: Actor; checked: ReadonlySet<Action> } {
  const checked = new Set<Action>();
  const copy: CheckingActor = { ...actor, [CHECKED]: checked };
  return { actor: copy, checked };
}

/** Notes that `action` was checked for `actor` (called where the policy is applied). */
export function noteChecked(actor: Actor, action: Action): void {
  (actor as CheckingActor)[CHECKED]?.add(action);
}
