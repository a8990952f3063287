import { defaultFieldResolver, type GraphQLField, type GraphQLSchema } from "graphql";
import { AppError } from "@regiehub/domain";
import type { Context } from "./context";

// Every root field requires an authenticated actor unless its SDL carries `@public` (Twenty's rule that
// every resolver is guarded). Applied to the built schema, so no resolver can forget it.

export function isPublicField(field: GraphQLField<unknown, unknown>): boolean {
  return field.astNode?.directives?.some((d) => d.name.value === "public") ?? false;
}

export function rootFields(schema: GraphQLSchema): { type: string; field: GraphQLField<unknown, unknown> }[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((t) => t !== null && t !== undefined)
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type: type.name, field })));
}

export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const { field } of rootFields(schema)) {
    if (isPublicField(field)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: unknown, info) => {
      if (!(ctx as Context).actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
      return resolve(source, args, ctx, info);
    };
    if (field.subscribe) {
      const subscribe = field.subscribe;
      field.subscribe = (source, args, ctx: unknown, info) => {
        if (!(ctx as Context).actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
        return subscribe(source, args, ctx, info);
      };
    }
  }
  return schema;
}
