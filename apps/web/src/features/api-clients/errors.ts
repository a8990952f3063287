import {
  CONFLICT_MESSAGE,
  NOT_FOUND_MESSAGE,
  errorCode,
  extractFieldErrors,
  generalErrorMessages,
  graphQLErrors,
  normalisePath,
} from "../../errors";
import type { GraphQLFormattedError } from "graphql";
import type { FieldErrors } from "../../errors";

// The API's typed errors on the page "Koppelingen", in Dutch. The general messages speak of cases; here a
// NOT_FOUND is a client of another organisation (or none), a FORBIDDEN someone who is not the organisation's
// ADMIN, and a CONFLICT carries the hub's own Dutch reason (a name in use, a client already revoked).

export const CLIENT_NOT_FOUND_MESSAGE =
  "Deze koppeling bestaat niet (meer) of hoort niet bij uw organisatie. Laad de pagina opnieuw.";
export const ADMIN_ONLY_MESSAGE = "Alleen een functioneel beheerder van de organisatie beheert koppelingen.";
const GENERAL_FORBIDDEN = "U heeft geen toestemming voor deze handeling.";

/** The fields (paths without `input.`) and messages one CONFLICT names in `extensions.fieldErrors`. */
function conflictEntries(e: GraphQLFormattedError): { path: string; message: string }[] {
  const entries = e.extensions?.["fieldErrors"];
  if (errorCode(e) !== "CONFLICT" || !Array.isArray(entries)) return [];
  const out: { path: string; message: string }[] = [];
  for (const entry of entries) {
    if (typeof entry !== "object" || entry === null) continue;
    const { path, message } = entry as { path?: unknown; message?: unknown };
    const key = normalisePath(path);
    if (key && typeof message === "string") out.push({ path: key, message });
  }
  return out;
}

/** Messages per field: the BAD_USER_INPUT ones and a CONFLICT that names a field (a name already in use). */
export function clientFieldErrors(error: unknown): FieldErrors {
  const result = extractFieldErrors(error);
  for (const e of graphQLErrors(error)) {
    for (const { path, message } of conflictEntries(e)) {
      const list = (result[path] ??= []);
      if (!list.includes(message)) list.push(message);
    }
  }
  return result;
}

/** Messages for a form's error summary (or a page's alert): everything not shown at one of `shownFields`. */
export function clientErrorMessages(error: unknown, shownFields: readonly string[] = []): string[] {
  const shown = (path: string) => shownFields.some((f) => path === f || path.startsWith(`${f}.`));
  const errors = graphQLErrors(error);
  // A CONFLICT shown at its field is left out of the summary; any other carries the hub's Dutch reason.
  const conflicts = errors
    .filter((e) => errorCode(e) === "CONFLICT")
    .filter((e) => {
      const entries = conflictEntries(e);
      return entries.length === 0 || !entries.every((entry) => shown(entry.path));
    })
    .map((e) => e.message);
  const forbidden = errors.some((e) => errorCode(e) === "FORBIDDEN");
  const messages = generalErrorMessages(error, shownFields).flatMap((m) => {
    if (m === CONFLICT_MESSAGE) return conflicts;
    if (m === NOT_FOUND_MESSAGE) return [CLIENT_NOT_FOUND_MESSAGE];
    if (m === GENERAL_FORBIDDEN && forbidden) return [ADMIN_ONLY_MESSAGE];
    return [m];
  });
  return [...new Set(messages)];
}

/**
 * The messages for the address ranges, one per line the hub refused ("Regel 3: Geen geldig adresbereik …"),
 * and those about the list as a whole. `lineOf[i]` is the line of the i-th range sent.
 */
export function addressErrors(fieldErrors: FieldErrors, lineOf: readonly number[]): string[] {
  const out: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    if (path === "allowedCidrs") {
      out.push(...messages);
      continue;
    }
    const match = /^allowedCidrs\.(\d+)$/.exec(path);
    if (!match) continue;
    const line = lineOf[Number(match[1])];
    out.push(...messages.map((m) => (line ? `Regel ${line}: ${m}` : m)));
  }
  return out;
}
