import type { GraphQLField, GraphQLSchema } from "graphql";
import { RULES, type Action, type GlobalAction } from "@regiehub/policy";
import type { MutationResolvers, QueryResolvers, SubscriptionResolvers } from "./generated/resolvers";

// The policy action that gates each root field, in one place (a new field does not compile without one).
// The guard enforces it (graphql/guard.ts): "public" needs no sign-in and must match the SDL's `@public`; a
// global action is authorized by the guard before the resolver runs; a case or item action is authorized
// by the resolver for the case it concerns, and the guard checks that it was. The snapshot in gates.test.ts
// lists them, so a change here is reviewed as a permission change.

export type Gate = "public" | Action;

type FieldsOf<R> = Exclude<keyof R, `__${string}`>;

export const ROOT_FIELD_GATES: {
  Query: Record<FieldsOf<QueryResolvers>, Gate>;
  Mutation: Record<FieldsOf<MutationResolvers>, Gate>;
  Subscription: Record<FieldsOf<SubscriptionResolvers>, Gate>;
} = {
  Query: {
    authConfig: "public",
    devSignInOptions: "public",
    me: "viewer.read",
    viewerCan: "viewer.read",
    dossierItem: "case.read",
    dossierItemHistory: "item.readHistory",
    processingLog: "log.read",
    processingLogLines: "log.read",
    breakGlassReviews: "breakGlass.review",
    organisations: "organisation.list",
    professionals: "professional.list",
    cases: "case.list",
    portfolio: "portfolio.read",
    portfolioCsv: "portfolio.read",
    portfolioSummary: "portfolio.read",
    portfolioCharts: "portfolio.read",
    escalationTables: "escalationTable.list",
    case: "case.read",
    myNotifications: "notification.read",
    unreadNotificationCount: "notification.read",
    familyPlanDocument: "case.read",
    lastEventSeq: "live.follow",
    apiClients: "apiClient.manage",
    partnerReferences: "reference.find",
    myActions: "action.listOwn",
    meeting: "case.read",
    meetingMinutes: "case.read",
    mySessions: "tableSession.listOwn",
    myTableOutcomeNotices: "tableSession.listOwn",
  },
  Mutation: {
    devSignIn: "public",
    openCase: "case.open",
    updateCase: "case.update",
    moveCasePhase: "case.movePhase",
    setEscalationLevel: "case.escalate",
    escalateCase: "case.escalate",
    deescalateCase: "case.escalate",
    recordTableDecision: "case.escalate",
    decideFramework: "case.decideFramework",
    addPerson: "person.create",
    updatePerson: "person.update",
    addTeamMember: "team.manage",
    removeTeamMember: "team.manage",
    recordObservation: "item.record",
    updateObservation: "item.correct",
    recordNote: "item.record",
    updateNote: "item.correct",
    addOwnStatement: "item.addStatement",
    grantAccess: "consent.manage",
    withdrawAccess: "consent.manage",
    breakGlass: "breakGlass.open",
    reviewBreakGlass: "breakGlass.review",
    exportPersonData: "person.export",
    recordAssessment: "item.record",
    recordSafetyAssessment: "item.record",
    addNetworkMember: "item.record",
    recordProblem: "item.record",
    draftPlan: "plan.manage",
    updatePlan: "plan.manage",
    agreePlan: "plan.manage",
    approvePlan: "plan.approve",
    reopenPlan: "plan.manage",
    addGoal: "plan.manage",
    updateGoal: "plan.manage",
    addAction: "plan.work",
    changeActionStatus: "action.changeStatus",
    recordDoorbraak: "case.doorbraak",
    recordResult: "plan.work",
    scheduleEvaluation: "evaluation.manage",
    holdEvaluation: "evaluation.manage",
    setEvaluationInterval: "evaluation.manage",
    recordReferral: "item.record",
    markNotificationRead: "notification.read",
    markAllNotificationsRead: "notification.read",
    recordCheckIn: "case.checkIn",
    setCheckInInterval: "case.checkIn",
    setCaseBudget: "case.budget",
    startMonitoring: "case.monitor",
    recordMonitoringReview: "case.monitor",
    registerApiClient: "apiClient.manage",
    rotateApiClientSecret: "apiClient.manage",
    revokeApiClient: "apiClient.manage",
    registerTrustedDocuments: "apiClient.manage",
    removeTrustedDocument: "apiClient.manage",
    attachPartnerReference: "reference.manage",
    detachPartnerReference: "reference.manage",
    planMeeting: "meeting.plan",
    moveMeetingPhase: "meeting.chair",
    contributeToMeeting: "meeting.contribute",
    recordMeetingDecision: "meeting.chair",
    setCaseScenarios: "scenario.manage",
    observeScenarioSignal: "scenario.manage",
    planTableSession: "tableSession.plan",
    putCaseOnAgenda: "agenda.place",
    recordAgendaOutcome: "agenda.decide",
    moveAgendaPhase: "agenda.decide",
    markTableOutcomeNoticeRead: "tableSession.listOwn",
  },
  Subscription: {
    caseEvents: "case.read",
    myActions: "live.follow",
    portfolioEvents: "live.follow",
  },
};

export function isPublicField(field: GraphQLField<unknown, unknown>): boolean {
  return field.astNode?.directives?.some((d) => d.name.value === "public") ?? false;
}

export function rootFields(schema: GraphQLSchema): { type: string; field: GraphQLField<unknown, unknown> }[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((t) => t !== null && t !== undefined)
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type: type.name, field })));
}

/** The declared gate of a root field, if any. */
export function gateOf(
  typeName: string,
  fieldName: string,
  gates: Record<string, Record<string, Gate>> = ROOT_FIELD_GATES,
): Gate | undefined {
  const declared = Object.hasOwn(gates, typeName) ? gates[typeName] : undefined;
  return declared && Object.hasOwn(declared, fieldName) ? declared[fieldName] : undefined;
}

/** A gate the guard authorizes itself: one that concerns no case. */
export function isGlobalGate(gate: Action): gate is GlobalAction {
  return RULES[gate].target === "none";
}

/** What is wrong with the gates of a schema's root fields: a field without one, or public-ness that disagrees. */
export function gateProblems(
  schema: GraphQLSchema,
  gates: Record<string, Record<string, Gate>> = ROOT_FIELD_GATES,
): string[] {
  const problems: string[] = [];
  const fields = rootFields(schema);
  for (const { type, field } of fields) {
    const gate = gateOf(type, field.name, gates);
    const name = `${type}.${field.name}`;
    if (gate === undefined) problems.push(`${name} declares no gate`);
    else if ((gate === "public") !== isPublicField(field)) {
      problems.push(
        gate === "public"
          ? `${name} is gated "public" without @public`
          : `${name} is @public but gated ${gate}`,
      );
    }
  }
  for (const [type, declared] of Object.entries(gates)) {
    for (const fieldName of Object.keys(declared)) {
      if (!fields.some((f) => f.type === type && f.field.name === fieldName)) {
        problems.push(`${type}.${fieldName} has a gate but is not in the schema`);
      }
    }
  }
  return problems;
}
