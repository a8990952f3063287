import { CombinedGraphQLErrors } from "@apollo/client/errors";
import type { GraphQLFormattedError } from "graphql";
import { errorCode, extractFieldErrors, generalErrorMessages, normalisePath } from "../../errors";
import type { FieldErrors } from "../../errors";

// The API's typed errors on the page "Koppelingen", in Dutch. The general messages speak of cases; here a
// NOT_FOUND is a client of another organisation (or none), a FORBIDDEN someone who is not the organisation's
// ADMIN, and a CONFLICT carries the hub's own Dutch reason (a name in use, a client already revoked).

export const CLIENT_NOT_FOUND_MESSAGE =
  "Deze koppeling bestaat niet (meer) of hoort niet bij uw organisatie. Laad de pagina opnieuw.";
export const ADMIN_ONLY_MESSAGE = "Alleen een functioneel beheerder van de organisatie beheert koppelingen.";

interface Entry {
  path: string;
  message: string;
}

/** The fields (paths without `input.`) and messages an error names in `extensions.fieldErrors`. */
function fieldEntries(e: GraphQLFormattedError): Entry[] {
  const entries = e.extensions?.["fieldErrors"];
  if (!Array.isArray(entries)) return [];
  const out: Entry[] = [];
  for (const entry of entries) {
    if (typeof entry !== "object" || entry === null) continue;
    const { path, message } = entry as { path?: unknown; message?: unknown };
    const key = normalisePath(path);
    if (key && typeof message === "string") out.push({ path: key, message });
  }
  return out;
}

/** "Regel 3: …" for the i-th address range sent, when its line is known (`lineOf[i]`). */
function withLine({ path, message }: Entry, lineOf: readonly number[]): Entry {
  const match = /^allowedCidrs\.(\d+)$/.exec(path);
  const line = match ? lineOf[Number(match[1])] : undefined;
  return { path, message: line ? `Regel ${line}: ${message}` : message };
}

function translate(e: GraphQLFormattedError, lineOf: readonly number[]): GraphQLFormattedError {
  const code = errorCode(e);
  const entries = fieldEntries(e).map((entry) => withLine(entry, lineOf));
  // A CONFLICT that names a field (a name already in use) is shown at that field, like a BAD_USER_INPUT.
  if ((code === "CONFLICT" || code === "BAD_USER_INPUT") && entries.length > 0) {
    return { message: e.message, extensions: { code: "BAD_USER_INPUT", fieldErrors: entries } };
  }
  // Without a code the hub's own message is shown: a CONFLICT's reason, or ours for the client and the ADMIN.
  if (code === "CONFLICT") return { message: e.message };
  if (code === "NOT_FOUND") return { message: CLIENT_NOT_FOUND_MESSAGE };
  if (code === "FORBIDDEN") return { message: ADMIN_ONLY_MESSAGE };
  return e;
}

/**
 * The error as the shared form (and the general messages) should read it on this page: CONFLICTs with a field
 * at their field, the others with the hub's reason, NOT_FOUND and FORBIDDEN about the client and the ADMIN, and
 * each refused address range with its line (`lineOf[i]`: the line of the i-th range sent).
 */
export function asFormError(error: unknown, lineOf: readonly number[] = []): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  return new CombinedGraphQLErrors({ errors: error.errors.map((e) => translate(e, lineOf)) });
}

/** Messages per field: the BAD_USER_INPUT ones and a CONFLICT that names a field (a name already in use). */
export function clientFieldErrors(error: unknown, lineOf: readonly number[] = []): FieldErrors {
  return extractFieldErrors(asFormError(error, lineOf));
}

/** Messages for a form's error summary (or a page's alert): everything not shown at one of `shownFields`. */
export function clientErrorMessages(error: unknown, shownFields: readonly string[] = []): string[] {
  return generalErrorMessages(asFormError(error), shownFields);
}
