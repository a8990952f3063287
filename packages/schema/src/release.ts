import { fileURLToPath } from "node:url";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  printSchema,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from "graphql";
import { ChangeType, CriticalityLevel, diff, type Change, type Rule } from "@graphql-inspector/core";

// The published contract and the check that keeps it: the SDL of the last release is committed at
// `release/regiehub.graphql` (rewritten by `pnpm schema:release` when a release is cut); `pnpm schema:check`
// compares the schema the hub serves now against it. Additive changes pass, breaking ones fail, and a removal
// passes (as a warning) only of what the release already marked @deprecated (or could reach only through it). See docs/contract.md.

/** The committed SDL of the last release. */
export const RELEASE_SDL_PATH = fileURLToPath(new URL("../release/regiehub.graphql", import.meta.url));

/**
 * The contract as published (`GET /schema.graphql`, the release file): the schema printed by graphql-js, with
 * its descriptions and `@deprecated`, ending with a newline.
 */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}

export interface ContractChange {
  /** What changed, in plain words (e.g. "Field 'name' was removed from object type 'Case'"). */
  message: string;
  /** Why it matters to a client, when known. */
  reason: string | undefined;
  /** The schema coordinate, e.g. `Case.name`. */
  path: string | undefined;
}

export interface CompatibilityReport {
  /** Changes that break an existing client: the check fails on any. */
  breaking: ContractChange[];
  /** Changes that may change a client's behaviour (a new enum value, an optional argument, …): warnings. */
  dangerous: ContractChange[];
  /** Additive or descriptive changes. */
  safe: ContractChange[];
}

/**
 * The named types a client of `schema` can reach without a deprecated field, argument or input field: from the
 * root types and the directives' arguments, through fields, arguments, union members and the implementations
 * of interfaces.
 */
function reachableWithoutDeprecated(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [];
  const visit = (type: GraphQLType) => {
    const named = getNamedType(type);
    if (!seen.has(named.name)) {
      seen.add(named.name);
      queue.push(named);
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (root) visit(root);
  }
  for (const directive of schema.getDirectives()) {
    for (const arg of directive.args) if (!arg.deprecationReason) visit(arg.type);
  }
  for (let type = queue.shift(); type; type = queue.shift()) {
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) continue;
        visit(field.type);
        for (const arg of field.args) if (!arg.deprecationReason) visit(arg.type);
      }
      for (const implemented of type.getInterfaces()) visit(implemented);
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      for (const possible of schema.getPossibleTypes(type)) visit(possible);
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.deprecationReason) visit(field.type);
    }
  }
  return seen;
}

const DEPRECATED_IN_RELEASE =
  "It was deprecated in the last release, so its removal is allowed; clients still using it break.";

/**
 * What the policy allows (deprecate, release, then remove) is dangerous, not breaking: removing a field, enum
 * value or input field that the released contract already marked @deprecated, and removing a type that a
 * client of that release could reach only through deprecated fields. Every other removal stays breaking
 * (graphql-inspector's own `suppressRemovalOfDeprecatedField` waves every type removal through, so it is not
 * used).
 */
const removalOfDeprecated: Rule = ({ changes, oldSchema }) => {
  let reachable: Set<string> | undefined;
  return changes.map((change) => {
    if (!oldSchema || change.criticality.level !== CriticalityLevel.Breaking || !change.path) return change;
    const [typeName = "", memberName = ""] = change.path.split(".");
    const type = oldSchema.getType(typeName);
    let deprecated = false;
    if (change.type === ChangeType.FieldRemoved && (isObjectType(type) || isInterfaceType(type))) {
      deprecated = Boolean(type.getFields()[memberName]?.deprecationReason);
    } else if (change.type === ChangeType.EnumValueRemoved && isEnumType(type)) {
      deprecated = Boolean(type.getValue(memberName)?.deprecationReason);
    } else if (change.type === ChangeType.InputFieldRemoved && isInputObjectType(type)) {
      deprecated = Boolean(type.getFields()[memberName]?.deprecationReason);
    } else if (change.type === ChangeType.TypeRemoved && type) {
      reachable ??= reachableWithoutDeprecated(oldSchema);
      deprecated = !reachable.has(typeName);
    }
    if (!deprecated) return change;
    return { ...change, criticality: { level: CriticalityLevel.Dangerous, reason: DEPRECATED_IN_RELEASE } };
  });
};

/**
 * Either side as the published contract shows it: a schema is printed and read back first, so that what the
 * SDL does not publish (the usages of directives such as `@public`, kept in a built schema's AST nodes) is
 * not compared.
 */
function asContract(schema: GraphQLSchema | string): GraphQLSchema {
  return buildSchema(typeof schema === "string" ? schema : printSchema(schema));
}

function plain(change: Change): ContractChange {
  const reason = change.criticality.reason;
  return {
    message: change.message,
    reason: reason && reason !== change.message ? reason : undefined,
    path: change.path,
  };
}

/** Compares the current schema against the released one (either as SDL or as a schema). */
export async function checkCompatibility(
  released: GraphQLSchema | string,
  current: GraphQLSchema | string,
): Promise<CompatibilityReport> {
  const changes = await diff(asContract(released), asContract(current), [removalOfDeprecated]);
  const report: CompatibilityReport = { breaking: [], dangerous: [], safe: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) report.breaking.push(plain(change));
    else if (change.criticality.level === CriticalityLevel.Dangerous) report.dangerous.push(plain(change));
    else report.safe.push(plain(change));
  }
  return report;
}

/** The report as lines for a terminal: breaking changes first, then warnings, then a count of the rest. */
export function describeReport(report: CompatibilityReport): string[] {
  const line = (prefix: string, change: ContractChange) =>
    `${prefix} ${change.message}${change.reason ? ` — ${change.reason}` : ""}`;
  const lines: string[] = [];
  if (report.breaking.length > 0) {
    lines.push(`${report.breaking.length} breaking change(s) against the last release:`);
    for (const change of report.breaking) lines.push(line("  BREAKING:", change));
  }
  if (report.dangerous.length > 0) {
    lines.push(`${report.dangerous.length} dangerous change(s) (warnings):`);
    for (const change of report.dangerous) lines.push(line("  WARNING:", change));
  }
  lines.push(
    report.breaking.length === 0
      ? `The schema is compatible with the last release (${report.safe.length} safe change(s), ${report.dangerous.length} warning(s)).`
      : "Deprecate instead of removing or changing (docs/contract.md); a removal passes only once the release marked it @deprecated.",
  );
  return lines;
}
