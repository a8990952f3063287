import type { Context } from "../../graphql/context";
import type { PersonModel } from "../../graphql/models";

// Log entries name persons only by pseudonym. To show the viewer who an entry concerns, the pseudonyms of
// a case's persons are computed once per request and case, and matched against each entry.

const perRequest = new WeakMap<Context["loaders"], Map<string, Promise<Map<string, PersonModel>>>>();

/** Pseudonym → person, for the persons of a case (those still on file). */
export function personsByPseudonym(ctx: Context, caseId: string): Promise<Map<string, PersonModel>> {
  let cache = perRequest.get(ctx.loaders);
  if (!cache) {
    cache = new Map();
    perRequest.set(ctx.loaders, cache);
  }
  let result = cache.get(caseId);
  if (!result) {
    result = ctx.loaders.personsByCase
      .load(caseId)
      .then((persons) => new Map(persons.map((p) => [ctx.pseudonymize(p.id), p])));
    cache.set(caseId, result);
  }
  return result;
}
