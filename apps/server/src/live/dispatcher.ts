import {
  execute,
  Kind,
  TypeInfo,
  print,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import {
  appendLogEntries,
  lastEventSeq,
  readEvents,
  unsafeLoadEventItemFacts,
  type DossierEventRow,
  type EventItemFacts,
  type EventWakeup,
  type LogEntryInput,
} from "@regiehub/db";
import { consentScopeKey, mayReceiveEvent } from "@regiehub/policy";
import { traceFrom } from "../audit/trail";
import { createContext, type Context, type ContextDeps } from "../graphql/context";
import { createLoaders } from "../graphql/loaders";
import type { Logger } from "../logger";
import { portfolioChange, streamCarries, type PortfolioChange } from "./streams";
import {
  eventFilter,
  LiveCloseCode,
  LiveSubscriber,
  SharedPayload,
  type LiveConnection,
  type LiveLimits,
  type LiveRequest,
  type LiveStream,
} from "./subscriber";

// Live delivery (DESIGN.md section 5). One dispatcher per instance reads the outbox in sequence order —
// woken by the EventWakeup transport, and by a slow poll as a safety net — and hands each event to the
// subscribers that may receive it. Who may receive it is decided per event by the policy; subscribers with
// the same request and consent scope form a group, and the event is resolved (the same resolvers as
// queries) and serialised once per group. Every delivery is logged as a read of its recipient.

/** The root value of a live event: what the CaseEvent / ActionEvent / PortfolioEvent fields resolve from. */
export interface LiveEvent {
  seq: number;
  caseId: string;
  kind: "CREATED" | "UPDATED" | "DELETED";
  fields: string[];
  occurredAt: Date;
  itemKind: DossierEventRow["itemKind"];
  itemId: string | null;
  actorProfessionalId: string | null;
  change: PortfolioChange | null;
}

const KINDS = { CREATE: "CREATED", UPDATE: "UPDATED", DELETE: "DELETED" } as const;

export interface DispatcherOptions {
  deps: Omit<ContextDeps, "live">;
  schema: GraphQLSchema;
  wakeup: EventWakeup;
  logger: Logger;
  limits: LiveLimits;
  /** Safety-net poll of the outbox, in ms (a missed wake-up costs at most this much latency). */
  pollMs: number;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

const PAGE = 200;

export class LiveDispatcher {
  /** The last event whose dispatch has begun. */
  private cursor = 0;
  private readonly subscribers = new Set<LiveSubscriber>();
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private poll: NodeJS.Timeout | undefined;
  private deps!: ContextDeps;
  /** Group executions so far (tests check that fan-out resolves once per group). */
  executions = 0;
  /** Deliveries so far. */
  deliveries = 0;

  constructor(private readonly options: DispatcherOptions) {}

  async start(deps: ContextDeps): Promise<void> {
    this.deps = deps;
    this.cursor = await lastEventSeq(this.options.deps.db);
    this.unsubscribe = this.options.wakeup.onWake(() => this.wake());
    this.poll = setInterval(() => this.wake(), this.options.pollMs);
    this.poll.unref();
  }

  /** After a commit that appended events (this instance), tell every instance. */
  published(seq: number | undefined): void {
    if (seq !== undefined) this.options.wakeup.publish(seq);
  }

  /** Reads and dispatches what was committed since the cursor; wake-ups during a drain run it again. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again && !this.stopped);
      } catch (error) {
        this.options.logger.error({ err: error }, "live dispatch failed; retrying at the next wake-up");
      } finally {
        this.draining = undefined;
      }
    })();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const events = await readEvents(this.options.deps.db, this.cursor, { limit: PAGE });
      for (const event of events) {
        if (this.stopped) return;
        this.cursor = event.seq;
        const live: LiveSubscriber[] = [];
        for (const s of this.subscribers) {
          if (s.mode === "live") live.push(s);
          else if (s.mode === "joining") s.held.push(event.seq);
        }
        if (live.length) await this.dispatch(event, live);
      }
      if (events.length < PAGE) return;
    }
  }

  /**
   * A new subscription. Without `afterSeq` it starts live from now; with it, it first replays the events
   * after `afterSeq` from the outbox, then joins the live stream without gap or duplicate.
   */
  subscribe(
    stream: LiveStream,
    afterSeq: number | null | undefined,
    connection: LiveConnection,
    info: GraphQLResolveInfo,
  ): LiveSubscriber {
    const request = liveRequest(info);
    const replay = afterSeq !== null && afterSeq !== undefined;
    const subscriber = new LiveSubscriber(
      stream,
      request,
      connection,
      this.options.limits,
      replay ? afterSeq : this.cursor,
      replay ? "catching-up" : "live",
      (s) => {
        this.subscribers.delete(s);
        connection.subscriptions--;
      },
    );
    connection.subscriptions++;
    this.subscribers.add(subscriber);
    if (replay) void this.catchUp(subscriber);
    return subscriber;
  }

  private async catchUp(s: LiveSubscriber): Promise<void> {
    const db = this.options.deps.db;
    const filter = eventFilter(s.stream);
    let skipTo = 0;
    try {
      for (;;) {
        // Everything of the stream committed after the subscriber's position, page by page.
        for (;;) {
          const events = await readEvents(db, s.position, { filter, limit: PAGE });
          for (const event of events) {
            if (!s.open) return;
            await this.dispatch(event, [s]);
            s.skip(event.seq);
            await s.room();
          }
          if (events.length < PAGE) break;
        }
        if (!s.open) return;
        s.skip(skipTo);
        if (s.mode === "catching-up") {
          // From now on the dispatcher holds what it dispatches for us; the next read closes the gap.
          s.mode = "joining";
          continue;
        }
        // No await between this check and going live: nothing can slip in between.
        if (s.held.length === 0) {
          s.mode = "live";
          return;
        }
        // The held events are committed (the dispatcher read them), so the next read includes those of our
        // stream; the others are passed over.
        skipTo = Math.max(...s.held);
        s.held = [];
      }
    } catch (error) {
      this.options.logger.error({ err: error }, "live replay failed");
      s.cutOff(LiveCloseCode.LogUnavailable, `replay failed; resume after ${s.position}`);
    }
  }

  /** Delivers one event to those of `candidates` that may receive it, resolving it once per group. */
  private async dispatch(event: DossierEventRow, candidates: LiveSubscriber[]): Promise<void> {
    const now = new Date();
    const db = this.options.deps.db;
    const loaders = createLoaders(db, now);
    const [facts, grants, breakGlass, items] = await Promise.all([
      loaders.caseFacts.load(event.caseId),
      loaders.grantsByCase.load(event.caseId),
      loaders.openBreakGlassByCase.load(event.caseId),
      event.itemId ? unsafeLoadEventItemFacts(db, [event.itemId]) : Promise.resolve([]),
    ]);
    const item: EventItemFacts | undefined = items[0];
    const groups = new Map<string, LiveSubscriber[]>();
    for (const s of candidates) {
      if (!s.open || event.seq <= s.position) continue;
      const actor = s.actor;
      const receives =
        facts !== undefined &&
        streamCarries(s.stream, actor, event, item, facts) &&
        mayReceiveEvent(
          actor,
          facts,
          { ...event, subjectPersonIds: event.subjectPersonIds ?? [] },
          item,
          grants,
          breakGlass,
          now,
        );
      if (!receives) {
        s.skip(event.seq);
        continue;
      }
      const key = `${s.request.key}\u0000${consentScopeKey(actor, facts, breakGlass, s.request.personal)}`;
      const group = groups.get(key);
      if (group) group.push(s);
      else groups.set(key, [s]);
    }
    if (groups.size === 0) return;
    const root: LiveEvent = {
      seq: event.seq,
      caseId: event.caseId,
      kind: KINDS[event.operation as keyof typeof KINDS] ?? "UPDATED",
      fields: event.fields,
      occurredAt: event.occurredAt,
      itemKind: event.itemKind,
      itemId: event.itemId,
      actorProfessionalId: event.actorProfessionalId,
      change: portfolioChange(event, item),
    };
    for (const group of groups.values()) await this.deliverToGroup(root, group, loaders, now);
  }

  private async deliverToGroup(
    event: LiveEvent,
    group: LiveSubscriber[],
    loaders: ReturnType<typeof createLoaders>,
    now: Date,
  ): Promise<void> {
    const first = group[0]!;
    const ctx: Context = {
      ...createContext(this.deps, first.actor, traceFrom(null)),
      loaders,
      now,
    };
    this.executions++;
    const result = (await execute({
      schema: this.options.schema,
      document: first.request.document,
      operationName: first.request.operationName,
      variableValues: first.request.variables,
      rootValue: event,
      contextValue: ctx,
    })) as ExecutionResult;
    const payload = {
      data: result.data ?? null,
      ...(result.errors?.length
        ? { errors: result.errors.map((e) => this.options.formatError(e.toJSON(), e)) }
        : {}),
    };
    const json = JSON.stringify(payload);
    const detail = `live ${first.stream.kind} event ${event.seq}`;
    const entries: LogEntryInput[] = group.flatMap((s) =>
      ctx.audit.entriesFor(s.actor, detail, {
        caseId: event.caseId,
        itemIds: event.itemId ? [event.itemId] : [],
      }),
    );
    try {
      await this.options.deps.db.transaction((tx) => appendLogEntries(tx, entries));
    } catch (error) {
      this.options.logger.error({ err: error }, "processing log could not be written; live event withheld");
      for (const s of group)
        s.cutOff(LiveCloseCode.LogUnavailable, `log unavailable; resume after ${s.position}`);
      return;
    }
    const shared: ExecutionResult = { data: new SharedPayload(json) as never };
    for (const s of group) {
      this.deliveries++;
      s.push(event.seq, shared, json.length);
    }
  }

  /** Stops dispatching and ends every subscription (the sockets are closed by the server). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    this.unsubscribe?.();
    await this.draining;
    for (const s of [...this.subscribers]) await s.return();
  }
}

/** The operation of a subscription, to be executed per event; its key and whether it selects `@personal`. */
function liveRequest(info: GraphQLResolveInfo): LiveRequest {
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [info.operation, ...Object.values(info.fragments)],
  };
  const typeInfo = new TypeInfo(info.schema);
  let personal = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        if (field?.astNode?.directives?.some((d) => d.name.value === "personal")) personal = true;
      },
    }),
  );
  const variables = { ...info.variableValues };
  const operationName = info.operation.name?.value;
  return {
    document,
    operationName,
    variables,
    personal,
    key: `${print(document)}\u0000${operationName ?? ""}\u0000${JSON.stringify(variables)}`,
  };
}
