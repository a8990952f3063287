import { AsyncLocalStorage } from "node:async_hooks";
import type { Action } from "@regiehub/policy";

// The policy actions a root field's resolver checked, per root field call. The guard holds them against the
// action the field declares as its gate (graphql/gates.ts), so a gate cannot silently drift from the code.
const checkedActions = new AsyncLocalStorage<Set<Action>>();

/** Runs a root field's resolver; returns its value and the policy actions checked while it ran. */
export async function collectCheckedActions<T>(
  resolve: () => T,
): Promise<{ value: Awaited<T>; checked: ReadonlySet<Action> }> {
  const checked = new Set<Action>();
  const value = await checkedActions.run(checked, async () => await resolve());
  return { value, checked };
}

/** Notes that the running root field checked `action` (called where the policy is applied). */
export function noteChecked(action: Action): void {
  checkedActions.getStore()?.add(action);
}
