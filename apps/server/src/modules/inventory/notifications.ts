import { can } from "@regiehub/policy";
import type { NotificationKind } from "@regiehub/domain";
import { requireActor, type Context } from "../../graphql/context";

/** Whether the viewer may read the case (the `case.read` rule, on batched facts). */
export async function mayReadCase(ctx: Context, caseId: string): Promise<boolean> {
  const facts = await ctx.loaders.caseFacts.load(caseId);
  return !!facts && can(requireActor(ctx), "case.read", facts).allowed;
}

/** The message of a notification, in Dutch, naming only the case's reference (no personal details). */
export function notificationMessage(kind: NotificationKind, caseReference: string): string {
  switch (kind) {
    case "ACUTE_SAFETY":
      return `Acute onveiligheid gemeld in casus ${caseReference}`;
    case "DOORBRAAK":
      return `Doorbraak besloten in casus ${caseReference}: er moet iets gebeuren`;
    case "ESCALATION":
      return `Casus ${caseReference} is op- of afgeschaald op de escalatieladder`;
    case "FRAMEWORK_DECISION":
      return `Een tafel heeft besloten over het kader van casus ${caseReference}`;
    case "CASE_STALLED":
      return `Casus ${caseReference} staat stil`;
    case "CHECK_IN_DUE":
      return `Regiegesprek over casus ${caseReference} is aan de beurt`;
    case "MONITORING_FOLLOW_UP_DUE":
      return `Casus ${caseReference} in monitoring: tijd om opnieuw te kijken`;
    case "PLAN_AWAITS_APPROVAL":
      return `Het gezinsplan van casus ${caseReference} wacht op vaststelling`;
    case "GRANT_EXPIRING":
      return `Een toestemming in casus ${caseReference} verloopt binnen 14 dagen`;
    case "TABLE_OUTCOME":
      return `Een tafel heeft besloten over casus ${caseReference}`;
    case "SCENARIO_SIGNAL":
      return `Een signaal van een scenario in casus ${caseReference} is waargenomen: kijk of het plan moet worden aangepast`;
  }
}
