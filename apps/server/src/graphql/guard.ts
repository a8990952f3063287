import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { AppError, type Actor } from "@regiehub/domain";
import { authorize } from "@regiehub/policy";
import { checkingActor } from "../checked-actions";
import { argumentChecks, type ArgumentCheck } from "./argument-checks";
import type { Context } from "./context";
import { gateOf, gateProblems, isGlobalGate, rootFields, type Gate } from "./gates";

// Every root field is guarded by the gate it declares (gates.ts). Applied to the built schema, so no
// resolver can forget it:
// - "public" (the SDL's `@public`): no sign-in needed;
// - any other gate requires an authenticated actor (Twenty's rule that every resolver is guarded), and
//   - a global action is authorized here, before the resolver runs;
//   - a case or item action is authorized by the resolver, which alone knows the case. A resolver that
//     succeeds without having checked it contradicts its declaration: an INTERNAL error outside
//     production (tests fail loudly), an error in the log in production.
// Before any resolver (and subscription) runs, public ones too, its arguments are checked against their
// schema types (argument-checks.ts): no String or ID with a NUL, no ID that is not a UUID — after sign-in
// and a global gate, so those answers stay as they were.

type Resolver = GraphQLFieldResolver<unknown, unknown>;
type ActionGate = Exclude<Gate, "public">;

function signedIn(ctx: unknown): Actor {
  const { actor } = ctx as Context;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
  return actor;
}

async function resolveCheckingGate(
  ctx: Context,
  actor: Actor,
  name: string,
  gate: ActionGate,
  resolve: (ctx: Context) => unknown,
) {
  // This call gets a context of its own whose actor collects the actions checked with it.
  const checking = checkingActor(actor);
  const value = await resolve(Object.create(ctx, { actor: { value: checking.actor } }) as Context);
  const { checked } = checking;
  if (!checked.has(gate)) {
    const message = `${name} is gated by ${gate}, but its resolver did not check it`;
    if (ctx.config.env === "production") ctx.logger.error({ field: name, gate }, message);
    else throw new AppError("INTERNAL", message);
  }
  return value;
}

function gated(name: string, gate: ActionGate, inner: Resolver, check: ArgumentCheck | undefined): Resolver {
  return (source, args, ctx, info) => {
    const actor = signedIn(ctx);
    if (isGlobalGate(gate)) {
      authorize(actor, gate);
      check?.(args);
      return inner(source, args, ctx, info);
    }
    check?.(args);
    return resolveCheckingGate(ctx as Context, actor, name, gate, (own) => inner(source, args, own, info));
  };
}

function checked(inner: Resolver, check: ArgumentCheck): Resolver {
  return (source, args, ctx, info) => {
    check(args);
    return inner(source, args, ctx, info);
  };
}

export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  const problems = gateProblems(schema);
  if (problems.length > 0) throw new Error(`Root fields without a valid gate:\n${problems.join("\n")}`);
  const checkOf = argumentChecks();
  for (const { type, field } of rootFields(schema)) {
    const gate = gateOf(type, field.name);
    if (gate === undefined) continue;
    const check = checkOf(type, field);
    const resolve = field.resolve ?? defaultFieldResolver;
    if (gate === "public") {
      if (check) field.resolve = checked(resolve, check);
      continue;
    }
    const name = `${type}.${field.name}`;
    if (field.subscribe) {
      // Authorized when the subscription starts; each event is then resolved for a signed-in actor only.
      field.subscribe = gated(name, gate, field.subscribe, check);
      field.resolve = (source, args, ctx, info) => {
        signedIn(ctx);
        return resolve(source, args, ctx, info);
      };
    } else {
      field.resolve = gated(name, gate, resolve, check);
    }
  }
  return schema;
}
