import {
  execute,
  GraphQLError,
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
  lastEventSeq,
  readEvents,
  unsafeLoadEventItemFacts,
  writeLogEntries,
  type Database,
  type DossierEventRow,
  type EventItemFacts,
  type EventWakeup,
  type LogEntryInput,
} from "@regiehub/db";
import { CHANGE_KINDS, type AppError } from "@regiehub/domain";
import { consentScopeKey, mayReceiveEvent } from "@regiehub/policy";
import type { Logger } from "../logger";
import { eventFilter, streamCarries, streamLost, type LiveStream } from "./streams";
import {
  LiveCloseCode,
  LiveSubscriber,
  SharedPayload,
  type LiveConnection,
  type LiveLimits,
  type LiveRequest,
} from "./subscriber";
import type { Live, LiveEvent, LivePage, LivePageFactory } from "./types";

// Live delivery (docs/consent-and-processing-log.md, "Live collaboration"; docs/ARCHITECTURE.md). One dispatcher per instance reads the outbox in sequence order —
// woken by the EventWakeup transport, and by a slow poll as a safety net — and hands each event to the
// subscribers that may receive it. Who may receive it is decided per event by the policy; subscribers with
// the same request and consent scope form a group, and the event is resolved (the same resolvers as
// queries) and serialised once per group. Every delivery is logged as a read of its recipient.

const KINDS = { CREATE: "CREATED", UPDATE: "UPDATED", DELETE: "DELETED" } as const;

export interface DispatcherOptions {
  db: Database;
  /** The policy facts and execution contexts of a page (the GraphQL context, injected by app.ts). */
  livePage: LivePageFactory;
  schema: GraphQLSchema;
  wakeup: EventWakeup;
  logger: Logger;
  limits: LiveLimits;
  /** Safety-net poll of the outbox, in ms (a missed wake-up costs at most this much latency). */
  pollMs: number;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Called after a page's deliveries were logged (wakes the log sealer). */
  logWritten?: () => void;
}

const PAGE = 200;

/**
 * Lets timers and socket I/O run. The embedded database answers in-process, so without this a long replay
 * would run entirely on promise continuations and starve every socket (including the one it writes to).
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
/** How long the live stream waits, at most, for its readers to take a page before reading the next. */
const ROOM_WAIT_MS = 1_000;

export class LiveDispatcher implements Live {
  /** The last event whose dispatch has begun. */
  private cursor = 0;
  private readonly subscribers = new Set<LiveSubscriber>();
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private poll: NodeJS.Timeout | undefined;
  /** Group executions so far (tests check that fan-out resolves once per group). */
  executions = 0;
  /** Deliveries so far. */
  deliveries = 0;

  /** Pages of at most half a queue: a reader that keeps up always has room for a whole page. */
  private readonly livePage: number;

  constructor(private readonly options: DispatcherOptions) {
    this.livePage = Math.max(1, Math.min(PAGE, Math.floor(options.limits.maxQueuedEvents / 2)));
  }

  async start(): Promise<void> {
    this.cursor = await lastEventSeq(this.options.db);
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
      const events = await readEvents(this.options.db, this.cursor, { limit: this.livePage });
      if (this.stopped || events.length === 0) return;
      // Synchronously, for the whole page: who is live gets it from here, who is joining has it held.
      const recipients = new Map<number, LiveSubscriber[]>();
      for (const event of events) {
        const live: LiveSubscriber[] = [];
        for (const s of this.subscribers) {
          if (s.mode === "live") live.push(s);
          else if (s.mode === "joining") s.held.push(event.seq);
        }
        recipients.set(event.seq, live);
      }
      this.cursor = events.at(-1)!.seq;
      await this.deliverPage(events, (e) => recipients.get(e.seq) ?? []);
      await yieldToEventLoop();
      // Give readers a moment to take the page; one that stays full is cut off when it overflows.
      const waiting = new Set([...recipients.values()].flat());
      await Promise.race([Promise.all([...waiting].map((s) => s.room())), sleep(ROOM_WAIT_MS)]);
      if (events.length < this.livePage) return;
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
    const db = this.options.db;
    const filter = eventFilter(s.stream);
    // A replay waits for the client (room()) between pages, so a page never overfills its queue.
    const replayPage = Math.max(1, Math.min(PAGE, Math.floor(this.options.limits.maxQueuedEvents / 2)));
    let skipTo = 0;
    try {
      for (;;) {
        // Everything of the stream committed after the subscriber's position, page by page.
        for (;;) {
          const events = await readEvents(db, s.position, { filter, limit: replayPage });
          if (!s.open) return;
          await this.deliverPage(events, () => [s], true);
          if (events.length) s.skip(events.at(-1)!.seq);
          await yieldToEventLoop();
          await s.room();
          if (events.length < replayPage) break;
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
      s.cutOff(LiveCloseCode.LogUnavailable, "replay failed");
    }
  }

  /**
   * Delivers a page of events, in order, to those of their candidates that may receive them. The policy's
   * facts (case, grants, break-glass, items) are loaded once per page, after the page was read, so they are
   * at least as recent as every event on it. Each event is resolved once per group; the deliveries of the
   * page are logged in one transaction before any of them is handed to a socket (fail closed). A subscriber
   * who lost its stream (`streamLost`: no longer allowed to read its case) gets what came before, then the
   * refusal, and its subscription ends.
   */
  private async deliverPage(
    events: DossierEventRow[],
    candidatesOf: (event: DossierEventRow) => LiveSubscriber[],
    replay = false,
  ): Promise<void> {
    if (!events.some((e) => candidatesOf(e).length > 0)) return; // nobody to tell: no reads at all
    const now = new Date();
    const db = this.options.db;
    const page = this.options.livePage(now);
    const itemIds = [...new Set(events.flatMap((e) => (e.itemId ? [e.itemId] : [])))];
    const items = new Map((await unsafeLoadEventItemFacts(db, itemIds)).map((i) => [i.id, i]));
    /** What happens to each subscriber, in event order: a delivery, a skip, or the end of its subscription. */
    const steps: {
      s: LiveSubscriber;
      seq: number;
      result?: ExecutionResult;
      bytes?: number;
      end?: ExecutionResult;
    }[] = [];
    const ended = new Set<LiveSubscriber>();
    const entries: LogEntryInput[] = [];
    for (const [n, event] of events.entries()) {
      if (n % 20 === 19) await yieldToEventLoop();
      const candidates = candidatesOf(event).filter((s) => s.open && !ended.has(s) && event.seq > s.position);
      if (candidates.length === 0) continue;
      const [facts, grants, breakGlass] = await Promise.all([
        page.caseFacts.load(event.caseId),
        page.grantsByCase.load(event.caseId),
        page.openBreakGlassByCase.load(event.caseId),
      ]);
      const item: EventItemFacts | undefined = event.itemId ? items.get(event.itemId) : undefined;
      const groups = new Map<string, LiveSubscriber[]>();
      for (const s of candidates) {
        const actor = s.actor;
        const lost = streamLost(s.stream, actor, event, facts);
        if (lost) {
          ended.add(s);
          steps.push({ s, seq: event.seq, end: this.refusal(s, lost) });
          continue;
        }
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
          steps.push({ s, seq: event.seq });
          continue;
        }
        const key = `${s.request.key}\u0000${consentScopeKey(actor, facts, breakGlass, s.request.personal)}`;
        const group = groups.get(key);
        if (group) group.push(s);
        else groups.set(key, [s]);
      }
      const root: LiveEvent = {
        seq: event.seq,
        caseId: event.caseId,
        changeKind: event.changeKind,
        kind: KINDS[event.operation as keyof typeof KINDS] ?? "UPDATED",
        fields: event.fields,
        occurredAt: event.occurredAt,
        itemKind: event.itemKind,
        itemId: event.itemId,
        actorProfessionalId: event.actorProfessionalId,
        change: CHANGE_KINDS[event.changeKind].portfolio,
      };
      for (const group of groups.values()) {
        const { result, bytes, logEntries } = await this.resolveForGroup(root, group, page);
        entries.push(...logEntries);
        for (const s of group) steps.push({ s, seq: event.seq, result, bytes });
      }
    }
    if (entries.length) {
      try {
        await writeLogEntries(db, entries);
        this.options.logWritten?.();
      } catch (error) {
        this.options.logger.error(
          { err: error },
          "processing log could not be written; live events withheld",
        );
        for (const { s } of steps) {
          s.cutOff(LiveCloseCode.LogUnavailable, "log unavailable");
        }
        return;
      }
    }
    for (const step of steps) {
      if (step.end) {
        step.s.end(step.end);
      } else if (step.result) {
        this.deliveries++;
        step.s.push(step.seq, step.result, step.bytes!, replay);
      } else {
        step.s.skip(step.seq);
      }
    }
  }

  /** Executes the subscription's operation once for a group, with the event as root value. */
  private async resolveForGroup(
    event: LiveEvent,
    group: LiveSubscriber[],
    page: LivePage,
  ): Promise<{ result: ExecutionResult; bytes: number; logEntries: LogEntryInput[] }> {
    const first = group[0]!;
    const ctx = page.contextFor(first.actor);
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
    const logEntries = group.flatMap((s) =>
      ctx.audit.entriesFor(s.actor, detail, {
        caseId: event.caseId,
        itemIds: event.itemId ? [event.itemId] : [],
      }),
    );
    return { result: { data: new SharedPayload(json) as never }, bytes: json.length, logEntries };
  }

  /**
   * The last message of a subscription that lost its stream: the refusal as a GraphQL error of its root field,
   * formatted like any other (as a fresh subscription would get it), without data.
   */
  private refusal(s: LiveSubscriber, error: AppError): ExecutionResult {
    const located = new GraphQLError(error.message, { path: [s.request.responseKey], originalError: error });
    const json = JSON.stringify({ errors: [this.options.formatError(located.toJSON(), located)] });
    return { data: new SharedPayload(json) as never };
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
    responseKey: String(info.path.key),
    personal,
    key: `${print(document)}\u0000${operationName ?? ""}\u0000${JSON.stringify(variables)}`,
  };
}
