import DataLoader from "dataloader";
import { asc, eq, inArray } from "drizzle-orm";
import {
  tables,
  unsafeLoadCasePolicyFacts,
  type CasePolicyFacts,
  type Database,
  type ItemStatementRow,
} from "@regiehub/db";
import type { RegionSettings } from "../config";
import { withRegion } from "../region";
import type {
  CaseTeamMemberModel,
  EscalationTableModel,
  OrganisationModel,
  PersonModel,
  ProfessionalModel,
  TableSessionModel,
} from "./models";

// Per-request batching: one query per kind of object per tick, however many cases a page shows.
// These load by id AFTER a case has been authorised (or for case-independent objects); they do not decide
// access themselves.

function byKey<K, V>(keys: readonly K[], rows: V[], key: (row: V) => K): (V | undefined)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(key(row), row);
  return keys.map((k) => map.get(k));
}

function groupBy<K, V>(keys: readonly K[], rows: V[], key: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

export function createLoaders(db: Database, now: Date, region: RegionSettings) {
  const { organisations, professionals, persons, caseTeamMembers, itemStatements } = tables;
  // The policy's facts of a case — the case, its grants and its open break-glass accesses — in one statement,
  // whichever of the three a request asks for first.
  const casePolicy = new DataLoader<string, CasePolicyFacts | undefined>(async (caseIds) =>
    byKey(caseIds, await unsafeLoadCasePolicyFacts(db, caseIds, now), (r) => r.facts.id),
  );
  return {
    organisation: new DataLoader<string, OrganisationModel | undefined>(async (ids) =>
      byKey(
        ids,
        await db
          .select()
          .from(organisations)
          .where(inArray(organisations.id, [...ids])),
        (r) => r.id,
      ),
    ),
    escalationTable: new DataLoader<string, EscalationTableModel | undefined>(async (ids) =>
      byKey(
        ids,
        await db
          .select()
          .from(tables.escalationTables)
          .where(inArray(tables.escalationTables.id, [...ids])),
        (r) => r.id,
      ),
    ),
    tableSession: new DataLoader<string, TableSessionModel | undefined>(async (ids) =>
      byKey(
        ids,
        await db
          .select()
          .from(tables.tableSessions)
          .where(inArray(tables.tableSessions.id, [...ids])),
        (r) => r.id,
      ),
    ),
    /** The professionals sitting on a table (its chair apart), per table. */
    tableMemberIds: new DataLoader<string, string[]>(async (tableIds) =>
      groupBy(
        tableIds,
        await db
          .select()
          .from(tables.escalationTableMembers)
          .where(inArray(tables.escalationTableMembers.tableId, [...tableIds])),
        (r) => r.tableId,
      ).map((rows) => rows.map((r) => r.professionalId)),
    ),
    professional: new DataLoader<string, ProfessionalModel | undefined>(async (ids) =>
      byKey(
        ids,
        await db
          .select()
          .from(professionals)
          .where(inArray(professionals.id, [...ids])),
        (r) => r.id,
      ),
    ),
    personsByCase: new DataLoader<string, PersonModel[]>(async (caseIds) =>
      groupBy(
        caseIds,
        await db
          .select()
          .from(persons)
          .where(inArray(persons.caseId, [...caseIds]))
          .orderBy(asc(persons.householdRole), asc(persons.birthDate), asc(persons.id)),
        (r) => r.caseId,
      ),
    ),
    teamByCase: new DataLoader<string, CaseTeamMemberModel[]>(async (caseIds) =>
      groupBy(
        caseIds,
        await db
          .select()
          .from(caseTeamMembers)
          .where(inArray(caseTeamMembers.caseId, [...caseIds]))
          .orderBy(asc(caseTeamMembers.addedAt), asc(caseTeamMembers.id)),
        (r) => r.caseId,
      ),
    ),
    statementsByItem: new DataLoader<string, ItemStatementRow[]>(async (itemIds) =>
      groupBy(
        itemIds,
        await db
          .select()
          .from(itemStatements)
          .where(inArray(itemStatements.itemId, [...itemIds]))
          .orderBy(asc(itemStatements.recordedAt)),
        (r) => r.itemId,
      ),
    ),
    /** The policy facts of a case that came with another statement (`findCaseInScopeWithPolicy`). */
    primeCasePolicy: (caseId: string, policy: CasePolicyFacts) => {
      casePolicy.prime(caseId, policy);
    },
    /** Facts for the policy (team organisations, directors, the region's settings) per case. */
    caseFacts: {
      load: async (caseId: string) => {
        const facts = (await casePolicy.load(caseId))?.facts;
        return facts && withRegion(facts, region);
      },
    },
    /** All grants of a case (active or not): input for the policy, never returned unfiltered. */
    grantsByCase: { load: async (caseId: string) => (await casePolicy.load(caseId))?.grants ?? [] },
    /** Open break-glass accesses per case (of anyone; the policy picks the actor's). */
    openBreakGlassByCase: {
      load: async (caseId: string) => (await casePolicy.load(caseId))?.openBreakGlass ?? [],
    },
    /** Case rows by id, WITHOUT any access rule: for objects already authorised (e.g. a break-glass access's reference). */
    caseById: new DataLoader<string, typeof tables.cases.$inferSelect | undefined>(async (ids) =>
      byKey(
        ids,
        await db
          .select()
          .from(tables.cases)
          .where(inArray(tables.cases.id, [...ids])),
        (r) => r.id,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads one professional row by id, outside DataLoader (e.g. inside a transaction). */
export async function findProfessional(db: Database, id: string): Promise<ProfessionalModel | undefined> {
  const [row] = await db.select().from(tables.professionals).where(eq(tables.professionals.id, id)).limit(1);
  return row;
}
