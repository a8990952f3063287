import { z } from "zod";
import { isUuid } from "./errors";

// The string pieces every operation input is built from (one rule for text and ids, whichever operation):
// - `text`: free text, trimmed, without control characters (line breaks and tabs only where `multiline`);
// - `plain`: a string taken as given (a date, a moment, a search term), without any control character;
// - `id` / `ids`: a reference to another object, a UUID (anything else cannot name one: BAD_USER_INPUT);
// - `targetId`: the id of the object the operation acts on; a malformed one names nothing, so its lookup
//   answers NOT_FOUND, exactly as for an unknown one.
// PostgreSQL refuses NUL in text (22021) and a malformed uuid (22P02); JavaScript strings may also hold lone
// surrogate halves, which cannot be stored as UTF-8 at all. None of them gets past these schemas.

/** The message for a string with a NUL, another control character or a broken (lone surrogate) character. */
export const INVALID_CHARACTERS_MESSAGE = "Bevat ongeldige tekens (zoals een nul- of stuurteken)";
/** The message for a required text left empty. */
export const REQUIRED_MESSAGE = "Vul dit veld in";
/** The message for an id that is not a UUID, unless the input names what it refers to. */
export const UNKNOWN_REFERENCE_MESSAGE = "Onbekende verwijzing";

/** "Maximaal 10.000 tekens": the Dutch message for a text longer than `max`. */
export function maxLengthMessage(max: number): string {
  return `Maximaal ${max.toLocaleString("nl-NL")} tekens`;
}

// C0 controls (U+0000–U+001F), with or without tab, line feed and carriage return; lone surrogate halves.
// Matching control characters is the point of these expressions.
/* eslint-disable no-control-regex */
const ANY_CONTROL = /[\u0000-\u001f]/;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `value` can be stored and shown as text: no control characters (but \t \n \r when `multiline`). */
export function isCleanText(value: string, multiline = false): boolean {
  return !(multiline ? CONTROL_BUT_LINES : ANY_CONTROL).test(value) && !LONE_SURROGATE.test(value);
}

export interface TextOptions {
  /** Most characters after trimming. */
  max: number;
  /** Fewest characters after trimming (default 1; 0 accepts an empty text). */
  min?: number;
  /** Line breaks and tabs allowed (a text area), else one line. */
  multiline?: boolean;
  /** Message for a text shorter than `min` (default "Vul dit veld in"). */
  required?: string;
  /** Message for a text longer than `max` (default "Maximaal N tekens"). */
  tooLong?: string;
}

/** Free text: trimmed, clean (see `isCleanText`), `min`–`max` characters. */
export function text({
  max,
  min = 1,
  multiline = false,
  required = REQUIRED_MESSAGE,
  tooLong = maxLengthMessage(max),
}: TextOptions) {
  const clean = z
    .string()
    .trim()
    .refine((value) => isCleanText(value, multiline), INVALID_CHARACTERS_MESSAGE);
  return (min > 0 ? clean.min(min, required) : clean).max(max, tooLong);
}

/** Optional free text: as `text`, and empty or omitted becomes null. */
export function optionalText(options: Omit<TextOptions, "min" | "required">) {
  return text({ ...options, min: 0 })
    .nullish()
    .transform((value) => (value ? value : null));
}

/** A string as given, untrimmed (a date, a moment, a search term, a cursor): no control character at all. */
export function plain() {
  return z.string().refine((value) => isCleanText(value), INVALID_CHARACTERS_MESSAGE);
}

/** A reference to another object: a UUID, else BAD_USER_INPUT with `message` (e.g. "Onbekende persoon"). */
export function id(message: string = UNKNOWN_REFERENCE_MESSAGE) {
  return z.string().refine(isUuid, message);
}

/** References to other objects (each a UUID); add `.min`, `.max` and de-duplication where they apply. */
export function ids(message: string = UNKNOWN_REFERENCE_MESSAGE) {
  return z.array(id(message));
}

/**
 * The id of the object an operation acts on (a case, a plan, an item). It is not refused here when it is no
 * UUID: it names nothing, and the operation's lookup (which tests `isUuid` before it queries) answers
 * NOT_FOUND, as for an unknown id; control characters are refused like anywhere else.
 */
export function targetId() {
  return plain();
}
