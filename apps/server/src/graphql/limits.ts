import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { specifiedRules, type ValidationRule } from "graphql";
import type { Config } from "../config";

/** Query limits (GraphQL Armor), the same for HTTP and WebSocket. */
export function limitRules(limits: Config["limits"]): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true }),
    maxAliasesRule({ n: limits.maxAliases }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true }),
  ];
}

export function allValidationRules(limits: Config["limits"]): ValidationRule[] {
  return [...specifiedRules, ...limitRules(limits)];
}
