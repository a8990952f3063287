import type { GraphQLResolveInfo } from "graphql";
import type {
  BreakGlassRow,
  CaseAccessFacts,
  ConsentGrantRow,
  DossierEventRow,
  LogEntryInput,
} from "@regiehub/db";
import type { Actor, ChangeKind, PortfolioChange } from "@regiehub/domain";
import type { LiveStream } from "./streams";
import type { LiveConnection, LiveSubscriber } from "./subscriber";

// What the rest of the server sees of live delivery, and what live delivery needs from it (injected by
// app.ts), so that the dispatcher and the GraphQL context do not import each other.

/** The root value of a live event: what the CaseEvent / ActionEvent / PortfolioEvent fields resolve from. */
export interface LiveEvent {
  seq: number;
  caseId: string;
  changeKind: ChangeKind;
  kind: "CREATED" | "UPDATED" | "DELETED";
  fields: string[];
  occurredAt: Date;
  itemKind: DossierEventRow["itemKind"];
  itemId: string | null;
  actorProfessionalId: string | null;
  /** What an overview of cases hears of it (from the change kind). */
  change: PortfolioChange | null;
}

/** Live delivery as resolvers and the request lifecycle use it. */
export interface Live {
  /** A new subscription (see LiveDispatcher.subscribe). */
  subscribe(
    stream: LiveStream,
    afterSeq: number | null | undefined,
    connection: LiveConnection,
    info: GraphQLResolveInfo,
  ): LiveSubscriber;
  /** After a commit that appended events: wake every instance. */
  published(seq: number | undefined): void;
}

interface Loader<K, V> {
  load(key: K): Promise<V>;
}

/** What delivering one page of events needs: policy facts loaded once per page, and execution contexts. */
export interface LivePage {
  caseFacts: Loader<string, CaseAccessFacts | undefined>;
  grantsByCase: Loader<string, ConsentGrantRow[]>;
  openBreakGlassByCase: Loader<string, BreakGlassRow[]>;
  /** The context a group's operation is executed in (as its first subscriber); reads are collected in it. */
  contextFor(actor: Actor): LiveExecutionContext;
}

export interface LiveExecutionContext {
  audit: {
    entriesFor(
      recipient: Actor,
      detail: string,
      event: { caseId: string; itemIds: readonly string[] },
    ): LogEntryInput[];
  };
}

/** Makes a page's facts and contexts at `now` (injected: the dispatcher does not know the GraphQL context). */
export type LivePageFactory = (now: Date) => LivePage;
