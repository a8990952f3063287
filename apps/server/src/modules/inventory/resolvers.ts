import { AppError, progress, zrmLabel, type ZrmScore } from "@regiehub/domain";
import type { ItemOf, ItemRecord } from "@regiehub/db";
import { operation, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { NotificationModel, SelfRelianceProgressModel } from "../../graphql/models";
import { selectedFields } from "../../graphql/selection";
import { accessOf, content } from "../dossier/access";
import { itemFields } from "../dossier/item-fields";
import { mayReadCase, notificationMessage } from "./notifications";
import { addNetworkMember } from "./operations/add-network-member";
import { listAssessments } from "./operations/list-assessments";
import { listNetworkMembers } from "./operations/list-network-members";
import { listNotifications } from "./operations/list-notifications";
import { countUnreadNotifications } from "./operations/count-unread-notifications";
import { markAllNotificationsRead } from "./operations/mark-all-notifications-read";
import { listProblems } from "./operations/list-problems";
import { listSafetyAssessments } from "./operations/list-safety-assessments";
import { markNotificationRead } from "./operations/mark-notification-read";
import { recordAssessment } from "./operations/record-assessment";
import { recordProblem } from "./operations/record-problem";
import { recordSafetyAssessment } from "./operations/record-safety-assessment";
import { visibleItems as visibleInventoryItems, type InventoryKind } from "./operations/shared";
import { newestFirst } from "./views";

/** The items of one kind in a case that the viewer may see (coverage decided in SQL), oldest first. */
function visibleItems<K extends InventoryKind>(ctx: Context, caseId: string, kind: K) {
  return visibleInventoryItems(ctx.db, requireActor(ctx), ctx.now, caseId, kind);
}

/** Only records the policy agrees the viewer may see (SQL said so already; this keeps both in step). */
async function allowed<R extends ItemRecord>(ctx: Context, records: R[]): Promise<R[]> {
  const decisions = await Promise.all(records.map((r) => accessOf(ctx, r)));
  return records.filter((_r, i) => decisions[i]?.allowed === true);
}

/** The case of a notification, while the viewer may still read it (else NOT_FOUND). */
async function caseOfNotification(ctx: Context, n: NotificationModel) {
  const row = (await mayReadCase(ctx, n.caseId)) ? await ctx.loaders.caseById.load(n.caseId) : undefined;
  if (!row) throw AppError.notFound("Case");
  return row;
}

async function personOf(ctx: Context, caseId: string, personId: string) {
  const person = (await ctx.loaders.personsByCase.load(caseId)).find((p) => p.id === personId);
  if (!person) throw AppError.notFound("Person");
  return person;
}

const safetyAssessedOn = (r: ItemOf<"SAFETY_ASSESSMENT">) => r.content?.assessedOn ?? "";

export const inventoryResolvers: Resolvers = {
  Assessment: {
    ...itemFields("Assessment"),
    person: (r, _a, ctx) => content(ctx, r, "Assessment.person", (c) => personOf(ctx, r.caseId, c.personId)),
    score: (r, _a, ctx) => content(ctx, r, "Assessment.score", (c) => c.score),
    scoreLabel: (r, _a, ctx) => content(ctx, r, "Assessment.score", (c) => zrmLabel(c.score as ZrmScore)),
    assessedOn: (r, _a, ctx) => content(ctx, r, "Assessment.assessedOn", (c) => c.assessedOn),
    explanation: (r, _a, ctx) => content(ctx, r, "Assessment.explanation", (c) => c.explanation),
  },
  SafetyAssessment: {
    ...itemFields("SafetyAssessment"),
    score: (r, _a, ctx) => content(ctx, r, "SafetyAssessment.score", (c) => c.score),
    riskLevel: (r, _a, ctx) => content(ctx, r, "SafetyAssessment.riskLevel", (c) => c.riskLevel),
    acute: (r, _a, ctx) => content(ctx, r, "SafetyAssessment.acute", (c) => c.acute),
    dangerStatements: (r, _a, ctx) =>
      content(ctx, r, "SafetyAssessment.dangerStatements", (c) => c.dangerStatements),
    instrument: (r, _a, ctx) => content(ctx, r, "SafetyAssessment.instrument", (c) => c.instrument),
    assessedOn: (r, _a, ctx) => content(ctx, r, "SafetyAssessment.assessedOn", (c) => c.assessedOn),
    conclusion: (r, _a, ctx) => content(ctx, r, "SafetyAssessment.conclusion", (c) => c.conclusion),
  },
  NetworkMember: {
    ...itemFields("NetworkMember"),
    name: (r, _a, ctx) => content(ctx, r, "NetworkMember.name", (c) => c.name),
    relation: (r, _a, ctx) => content(ctx, r, "NetworkMember.relation", (c) => c.relation),
    support: (r, _a, ctx) => content(ctx, r, "NetworkMember.support", (c) => c.support),
    contact: (r, _a, ctx) => content(ctx, r, "NetworkMember.contact", (c) => c.contact),
    relationshipQuality: (r, _a, ctx) =>
      content(ctx, r, "NetworkMember.relationshipQuality", (c) => c.relationshipQuality),
  },
  Problem: {
    ...itemFields("Problem"),
    title: (r, _a, ctx) => content(ctx, r, "Problem.title", (c) => c.title),
    description: (r, _a, ctx) => content(ctx, r, "Problem.description", (c) => c.description),
    causes: (r, _a, ctx) => content(ctx, r, "Problem.causes", (c) => c.causes),
    patterns: (r, _a, ctx) => content(ctx, r, "Problem.patterns", (c) => c.patterns),
    problemStatements: (r, _a, ctx) => content(ctx, r, "Problem.problemStatements", (c) => c.statements),
  },
  SelfRelianceProgress: {
    person: (p, _a, ctx) => personOf(ctx, p.caseId, p.personId),
  },
  Notification: {
    case: async (n, _a, ctx, info) => {
      const row = await caseOfNotification(ctx, n);
      ctx.audit.read({
        caseId: row.id,
        subjectPersonIds: [],
        fields: selectedFields(info, "Case"),
        legalBasis: "LEGAL_TASK",
        detail: "notification",
      });
      return row;
    },
    itemId: (n) => n.itemId,
    message: async (n, _a, ctx) => {
      const row = await caseOfNotification(ctx, n);
      ctx.audit.read({
        caseId: row.id,
        subjectPersonIds: [],
        fields: ["Case.reference"],
        legalBasis: "LEGAL_TASK",
        detail: "notification",
      });
      return notificationMessage(n.kind, row.reference);
    },
  },
  Case: {
    assessments: (c, args, ctx) => listAssessments(operation(ctx), { ...args, caseId: c.id }),
    selfRelianceProgress: async (c, _a, ctx) => {
      const records = await allowed(ctx, await visibleItems(ctx, c.id, "ASSESSMENT"));
      // Every score used is a read of that assessment, logged through content().
      const series = await Promise.all(
        records.map(async (r) => {
          const [personId, score, on] = await Promise.all([
            content(ctx, r, "Assessment.person", (c) => c.personId),
            content(ctx, r, "Assessment.score", (c) => c.score),
            content(ctx, r, "Assessment.assessedOn", (c) => c.assessedOn),
          ]);
          return { personId, domain: r.domain, score, assessedOn: on };
        }),
      );
      return progress(series).map((p): SelfRelianceProgressModel => ({
        personId: p.personId,
        caseId: c.id,
        domain: p.domain,
        points: p.points,
        latest: p.latest,
        change: p.change,
        trend: p.trend,
      }));
    },
    safetyAssessments: (c, _a, ctx) => listSafetyAssessments(operation(ctx), { caseId: c.id }),
    acuteSafety: async (c, _a, ctx) => {
      const records = await allowed(ctx, await visibleItems(ctx, c.id, "SAFETY_ASSESSMENT"));
      const latest = newestFirst(records, safetyAssessedOn)[0];
      if (!latest) return null;
      const acute = await content(ctx, latest, "SafetyAssessment.acute", (c) => c.acute);
      return acute ? latest : null;
    },
    networkMembers: (c, _a, ctx) => listNetworkMembers(operation(ctx), { caseId: c.id }),
    problems: (c, _a, ctx) => listProblems(operation(ctx), { caseId: c.id }),
  },
  Query: {
    myNotifications: (_root, args, ctx) => listNotifications(operation(ctx), ctx.loaders.caseFacts, args),
    unreadNotificationCount: (_root, _args, ctx) =>
      countUnreadNotifications(operation(ctx), ctx.loaders.caseFacts),
  },
  Mutation: {
    recordAssessment: (_r, { input }, ctx) => recordAssessment(operation(ctx), input),
    recordSafetyAssessment: (_r, { input }, ctx) => recordSafetyAssessment(operation(ctx), input),
    addNetworkMember: (_r, { input }, ctx) => addNetworkMember(operation(ctx), input),
    recordProblem: (_r, { input }, ctx) => recordProblem(operation(ctx), input),
    markNotificationRead: (_r, { id }, ctx) => markNotificationRead(operation(ctx), id),
    markAllNotificationsRead: (_r, args, ctx) => markAllNotificationsRead(operation(ctx), args),
  },
};
