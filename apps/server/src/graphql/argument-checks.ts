import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from "graphql";
import { AppError, INVALID_CHARACTERS_MESSAGE, UNKNOWN_REFERENCE_MESSAGE, isUuid } from "@regiehub/domain";

// The arguments of a root field, checked against the schema's argument types before its resolver runs (the
// guard, guard.ts): a defence in depth behind each operation's input schema, so that no value PostgreSQL
// refuses reaches a statement whatever an operation forgets.
// - A String or ID value (in input objects and lists too) with a NUL: BAD_USER_INPUT naming its path
//   (PostgreSQL refuses NUL in text, 22021).
// - An ID value that is no UUID names nothing (PostgreSQL refuses it as a uuid, 22P02):
//   - where it names the object the field reads or changes — the field's own ID arguments, and the first
//     field of its `input` when that is an ID (`caseId`, `planId`, `id`, …) — NOT_FOUND, the answer for any
//     id that names nothing there;
//   - anywhere else it refers to another object (`subjectPersonIds`, `ownerOrganisationId`, a filter):
//     BAD_USER_INPUT naming its path.
// Which argument paths hold a String or ID is worked out once per field; a call walks those paths only, and
// builds nothing unless a value is refused. Other scalars (Date, DateTime, Seq) and enums are parsed by
// graphql-js before the resolver runs.

/** Top-level ID arguments that choose among objects rather than name the one acted on (references). */
const REFERENCE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  "Query.professionals": ["organisationId"],
  "Mutation.devSignIn": ["professionalId"],
};

interface Finding {
  /** Reversed path (innermost first): built on the way out, only for a refused value. */
  reversed: (string | number)[];
  message: string;
  /** Set for an id that names the object acted on: the thing not found. */
  notFound?: string;
}

type Check = (value: unknown) => Finding[] | undefined;

/** Checks the arguments of one call; throws the AppError for a refused value. */
export type ArgumentCheck = (args: Record<string, unknown>) => void;

const NUL = "\u0000";

function nul(): Finding[] {
  return [{ reversed: [], message: INVALID_CHARACTERS_MESSAGE }];
}

const checkString: Check = (value) => (typeof value === "string" && value.includes(NUL) ? nul() : undefined);

/** "Onbekende persoon" for `personId` or `subjectPersonIds`, as the operations word it. */
function referenceMessage(name: string): string {
  const n = name.replace(/Ids?$/, "").toLowerCase();
  if (n.endsWith("person")) return "Onbekende persoon";
  if (n.endsWith("organisation")) return "Onbekende organisatie";
  if (n.endsWith("professional") || n.endsWith("regisseur")) return "Onbekende professional";
  if (n.endsWith("item")) return "Onbekend item";
  return UNKNOWN_REFERENCE_MESSAGE;
}

/** "Case" for `caseId` (the AppError.notFound wording); "Object" for a plain `id`. */
function targetName(name: string): string {
  const what = name.replace(/Id$/, "");
  return what && what !== "id" ? what.charAt(0).toUpperCase() + what.slice(1) : "Object";
}

function checkId(name: string, target: boolean): Check {
  const refused: Omit<Finding, "reversed"> = target
    ? { message: `${targetName(name)} not found`, notFound: targetName(name) }
    : { message: referenceMessage(name) };
  return (value) => {
    if (typeof value !== "string") return undefined;
    if (value.includes(NUL)) return nul();
    return isUuid(value) ? undefined : [{ reversed: [], ...refused }];
  };
}

function checkList(item: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return item(value);
    let findings: Finding[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const found = item(value[i]);
      if (found) (findings ??= []).push(...found.map((f) => ({ ...f, reversed: [...f.reversed, i] })));
    }
    return findings;
  };
}

function checkFields(fields: readonly (readonly [string, Check])[]): Check {
  return (value) => {
    if (value === null || typeof value !== "object") return undefined;
    let findings: Finding[] | undefined;
    for (const [name, check] of fields) {
      const found = check((value as Record<string, unknown>)[name]);
      if (found) (findings ??= []).push(...found.map((f) => ({ ...f, reversed: [...f.reversed, name] })));
    }
    return findings;
  };
}

/** Compiles the checks of input types, each input object once (also when it refers to itself). */
class Compiler {
  private readonly objects = new Map<string, Check | undefined>();

  /** The check of a value of `type` held by an argument or field called `name`, or nothing to check. */
  type(type: GraphQLInputType, name: string, target = false): Check | undefined {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const item = this.type(inner.ofType, name);
      return item && checkList(item);
    }
    if (isInputObjectType(inner)) return this.object(inner);
    if (isScalarType(inner)) {
      if (inner.name === "String") return checkString;
      if (inner.name === "ID") return checkId(name, target);
    }
    return undefined;
  }

  /** An input object nested anywhere: every ID in it is a reference. */
  private object(type: GraphQLInputObjectType): Check | undefined {
    if (this.objects.has(type.name)) return this.objects.get(type.name);
    // A type met again while compiling itself: the finished check is looked up when a value comes.
    const finished: { check?: Check | undefined } = {};
    this.objects.set(type.name, (value) => finished.check?.(value));
    finished.check = this.fields(type, false);
    this.objects.set(type.name, finished.check);
    return finished.check;
  }

  /** The checks of an input object's fields; `withTarget`: its first field, when an ID, names the target. */
  fields(type: GraphQLInputObjectType, withTarget: boolean): Check | undefined {
    const fields = Object.values(type.getFields())
      .map((field, index) => {
        const target = withTarget && index === 0 && isIdType(field.type);
        return [field.name, this.type(field.type, field.name, target)] as const;
      })
      .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
    return fields.length ? checkFields(fields) : undefined;
  }
}

function isIdType(type: GraphQLInputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isScalarType(inner) && inner.name === "ID";
}

function refusal(findings: Finding[]): AppError {
  const invalid = findings.filter((f) => f.notFound === undefined);
  if (invalid.length === 0) return AppError.notFound(findings[0]!.notFound);
  const fieldErrors = invalid.map((f) => ({ path: [...f.reversed].reverse().join("."), message: f.message }));
  return new AppError("BAD_USER_INPUT", fieldErrors[0]!.message, fieldErrors);
}

/**
 * A compiler of root field argument checks (input objects are compiled once for all fields). Its result for a
 * field: the check of its arguments, or undefined when none of them can hold a String or ID. A refusal is
 * BAD_USER_INPUT naming every refused path; when only ids naming the object acted on are malformed, NOT_FOUND.
 */
export function argumentChecks(): (
  typeName: string,
  field: GraphQLField<unknown, unknown>,
) => ArgumentCheck | undefined {
  const compiler = new Compiler();
  return (typeName, field) => {
    const references = REFERENCE_ARGUMENTS[`${typeName}.${field.name}`] ?? [];
    const args = field.args
      .map((arg) => {
        const inner = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
        const check =
          arg.name === "input" && isInputObjectType(inner)
            ? compiler.fields(inner, true)
            : compiler.type(arg.type, arg.name, !references.includes(arg.name));
        return [arg.name, check] as const;
      })
      .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
    if (args.length === 0) return undefined;
    const check = checkFields(args);
    return (values) => {
      const findings = check(values);
      if (findings) throw refusal(findings);
    };
  };
}
