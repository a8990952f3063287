import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import type { GraphQLFormattedError } from "graphql";

/** The codes of `ErrorCode` in the contract. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "CONSENT_REQUIRED"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  | "OPERATION_NOT_TRUSTED"
  | "PERSISTED_QUERY_NOT_FOUND"
  | "INTERNAL";

/** Field path (without the leading `input.`) → messages for that field. */
export type FieldErrors = Record<string, string[]>;

export const CONFLICT_MESSAGE = "De casus is intussen gewijzigd door iemand anders. Laad de pagina opnieuw.";
export const NOT_FOUND_MESSAGE = "Casus niet gevonden of u heeft geen toegang.";
const CONSENT_MESSAGE = "Deze gegevens vallen buiten de toestemming of grondslag die u heeft.";

export function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function errorCode(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.["code"];
  return typeof code === "string" ? code : undefined;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return graphQLErrors(error).some((e) => errorCode(e) === code);
}

/**
 * Normalise an input path: `input.title` → `title`, `["input", "domains", 0]` → `domains.0`,
 * `input.domains[0]` → `domains.0`.
 */
export function normalisePath(path: unknown): string | null {
  let text: string;
  if (Array.isArray(path)) text = path.map(String).join(".");
  else if (typeof path === "string") text = path;
  else return null;
  text = text.replace(/\[(\w+)\]/g, ".$1").replace(/^\./, "");
  if (text === "input") return "";
  return text.startsWith("input.") ? text.slice("input.".length) : text;
}

interface FieldErrorEntry {
  path: string;
  message: string;
}

/** The field errors one BAD_USER_INPUT error carries: `extensions.fieldErrors[]`, else `extensions.field`. */
function entriesOf(e: GraphQLFormattedError): FieldErrorEntry[] {
  const entries: FieldErrorEntry[] = [];
  const fieldErrors = e.extensions?.["fieldErrors"];
  if (Array.isArray(fieldErrors)) {
    for (const entry of fieldErrors) {
      if (typeof entry !== "object" || entry === null) continue;
      const { path, message } = entry as { path?: unknown; message?: unknown };
      const key = normalisePath(path);
      if (key && typeof message === "string") entries.push({ path: key, message });
    }
  }
  if (entries.length === 0) {
    const key = normalisePath(e.extensions?.["field"]);
    if (key) entries.push({ path: key, message: e.message });
  }
  return entries;
}

/** Collect the BAD_USER_INPUT messages by field path (without `input.`). */
export function extractFieldErrors(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const e of graphQLErrors(error)) {
    if (errorCode(e) !== "BAD_USER_INPUT") continue;
    for (const { path, message } of entriesOf(e)) {
      const list = (result[path] ??= []);
      if (!list.includes(message)) list.push(message);
    }
  }
  return result;
}

/** Messages for one form field, including nested paths (`domains` also gets `domains.0`). */
export function messagesFor(fieldErrors: FieldErrors, field: string): string[] {
  const out: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    if (path === field || path.startsWith(`${field}.`)) out.push(...messages);
  }
  return out;
}

function describe(e: GraphQLFormattedError): string {
  switch (errorCode(e)) {
    case "CONFLICT":
      return CONFLICT_MESSAGE;
    case "NOT_FOUND":
      return NOT_FOUND_MESSAGE;
    case "FORBIDDEN":
      return "U heeft geen toestemming voor deze handeling.";
    case "UNAUTHENTICATED":
      return "Uw sessie is verlopen. Meld u opnieuw aan.";
    case "CONSENT_REQUIRED":
      return CONSENT_MESSAGE;
    case "RATE_LIMITED":
      return `Te veel verzoeken achter elkaar. Probeer het over ${retryAfter(e)} opnieuw.`;
    case "UNAVAILABLE":
      return "Regiehub kon de database even niet bereiken. Controleer of uw wijziging is opgeslagen en probeer het zo nodig opnieuw.";
    // The hub runs only the operations of its own build of the web app (trusted documents): this page is older
    // or newer than that build.
    case "OPERATION_NOT_TRUSTED":
    case "PERSISTED_QUERY_NOT_FOUND":
      return "Deze versie van de pagina past niet bij Regiehub. Laad de pagina opnieuw; er is niets gewijzigd.";
    case "INTERNAL":
      return "Er ging iets mis in Regiehub; er is niets gewijzigd. Probeer het later opnieuw.";
    default:
      return e.message;
  }
}

function retryAfter(e: GraphQLFormattedError): string {
  const seconds = e.extensions?.["retryAfterSeconds"];
  return typeof seconds === "number" && seconds > 1 ? `${seconds} seconden` : "een moment";
}

/**
 * Messages of a read (with `errorPolicy: "all"`) worth an Alert: a field withheld from the viewer is null with
 * CONSENT_REQUIRED, which is how the contract says "not for you" — the page shows that at the field itself
 * (e.g. a team member's role as "niet gedeeld"), so those errors are left out.
 */
export function readErrorMessages(error: unknown): string[] {
  const errors = graphQLErrors(error);
  if (errors.length > 0 && errors.every((e) => errorCode(e) === "CONSENT_REQUIRED")) return [];
  return generalErrorMessages(error).filter((m) => m !== CONSENT_MESSAGE);
}

/**
 * Messages for an Alert: everything that is not shown at one of `shownFields` of the form.
 * Network and server errors get a general Dutch message.
 */
export function generalErrorMessages(error: unknown, shownFields: readonly string[] = []): string[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    const shown = (path: string) => shownFields.some((f) => path === f || path.startsWith(`${f}.`));
    const messages: string[] = [];
    for (const e of error.errors) {
      if (errorCode(e) !== "BAD_USER_INPUT") {
        messages.push(describe(e));
        continue;
      }
      const entries = entriesOf(e);
      if (entries.length === 0) messages.push(e.message);
      for (const entry of entries) if (!shown(entry.path)) messages.push(entry.message);
    }
    return [...new Set(messages)];
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return ["Regiehub gaf een onverwacht antwoord. Probeer het later opnieuw."];
  }
  return ["Regiehub is niet bereikbaar. Controleer de verbinding en probeer het opnieuw."];
}
