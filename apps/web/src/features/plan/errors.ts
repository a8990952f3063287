import { CombinedGraphQLErrors } from "@apollo/client/errors";
import type { GraphQLFormattedError } from "graphql";
import { CONFLICT_MESSAGE, errorCode, generalErrorMessages, graphQLErrors } from "../../errors";

const CONSENT_MESSAGE = "Deze gegevens vallen buiten de toestemming of grondslag die u heeft.";

/**
 * Errors of a read worth showing. Items outside the viewer's grants answer their content fields with
 * CONSENT_REQUIRED, which is how the contract says "not for you"; the page shows that as "afgeschermd".
 */
export function contentErrors(error: unknown): string[] {
  const errors = graphQLErrors(error);
  if (errors.length > 0 && errors.every((e) => errorCode(e) === "CONSENT_REQUIRED")) return [];
  return generalErrorMessages(error).filter((m) => m !== CONSENT_MESSAGE);
}

export const ACTION_CONFLICT_MESSAGE = "Iemand anders heeft deze actie gewijzigd; herlaad.";
export const PLAN_CONFLICT_MESSAGE = "Iemand anders heeft dit plan gewijzigd; herlaad de pagina.";

/**
 * Messages of a failed change for an Alert: everything not shown at one of `shownFields`. A FORBIDDEN answer
 * keeps the server's own message (e.g. why a plan with youth care cannot be approved); CONFLICT gets
 * `conflictMessage`.
 */
export function changeErrorMessages(
  error: unknown,
  shownFields: readonly string[] = [],
  conflictMessage: string = CONFLICT_MESSAGE,
): string[] {
  const forbidden = graphQLErrors(error)
    .filter((e) => errorCode(e) === "FORBIDDEN" && e.message.trim() !== "")
    .map((e) => e.message);
  const generic = generalErrorMessages(error, shownFields).map((m) =>
    m === CONFLICT_MESSAGE ? conflictMessage : m,
  );
  if (forbidden.length === 0) return generic;
  return [
    ...new Set([
      ...forbidden,
      ...generic.filter((m) => m !== "U heeft geen toestemming voor deze handeling."),
    ]),
  ];
}

const isReasonedForbidden = (e: GraphQLFormattedError) =>
  errorCode(e) === "FORBIDDEN" && e.message.trim() !== "";

/**
 * A failed change as the shared form (`useMutationForm`) is to show it here: a FORBIDDEN answer with a reason
 * keeps the server's own message (it becomes a plain error, listed first; the general "no permission" goes),
 * and with `withoutConflict` a CONFLICT is left out (the form says that itself, with its own reload).
 */
export function shownChangeError(error: unknown, withoutConflict = false): unknown {
  if (!CombinedGraphQLErrors.is(error)) return error;
  const reasoned = error.errors.filter(isReasonedForbidden).map((e) => ({ message: e.message }));
  const others = error.errors.filter(
    (e) =>
      !isReasonedForbidden(e) &&
      !(withoutConflict && errorCode(e) === "CONFLICT") &&
      !(reasoned.length > 0 && errorCode(e) === "FORBIDDEN"),
  );
  return new CombinedGraphQLErrors({ errors: [...reasoned, ...others] });
}
