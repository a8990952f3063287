import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { specifiedRules, type GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config";

/** Query limits (GraphQL Armor), the same for HTTP and WebSocket. */
// Rejections are reported as validation errors (mapped to BAD_USER_INPUT), not thrown (which would be a 500).
const report = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function limitRules(limits: Config["limits"]): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, ...report }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...report }),
  ];
}

export function allValidationRules(limits: Config["limits"]): ValidationRule[] {
  return [...specifiedRules, ...limitRules(limits)];
}
