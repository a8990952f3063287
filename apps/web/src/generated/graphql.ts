/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@apollo/client";
/** Filter for the action board. */
export type ActionFilter = {
  /** Only overdue actions. */
  overdueOnly?: boolean | null | undefined;
  /** Whose actions; ALL when omitted. */
  scope?: ActionScope | null | undefined;
  /** Only these statuses. */
  statuses?: Array<ActionStatus> | null | undefined;
};

/** Whose actions to list on the action board. */
export type ActionScope =
  /** All actions the viewer may see. */
  | "ALL"
  /** Actions carried by the viewer. */
  | "MINE"
  /** Actions carried by the viewer's organisation. */
  | "ORGANISATION";

/** Status of an action. */
export type ActionStatus =
  /** Blocked (a reason is required). */
  | "BLOCKED"
  /** Cancelled (a reason is required); final. */
  | "CANCELLED"
  /** Done. */
  | "DONE"
  /** Being worked on. */
  | "IN_PROGRESS"
  /** Not started. */
  | "OPEN";

/** An action to add. */
export type AddActionInput = {
  /** Sensitivity; the goal's when omitted. */
  dataClass?: DataClass | null | undefined;
  /** More detail. */
  description?: string | null | undefined;
  /** Domain; the goal's when omitted. */
  domain?: Domain | null | undefined;
  /** Due date. */
  dueOn?: string | null | undefined;
  /** UUID of the goal. */
  goalId: string | number;
  /** The organisation that carries it (on the team). */
  ownerOrganisationId: string | number;
  /** The professional who carries it (of that organisation). */
  ownerProfessionalId?: string | number | null | undefined;
  /** Initial status; OPEN when omitted. */
  status?: ActionStatus | null | undefined;
  /** Reason, when the initial status is BLOCKED. */
  statusReason?: string | null | undefined;
  /** The persons it concerns; the goal's when omitted. */
  subjectPersonIds?: Array<string | number> | null | undefined;
  /** What is to be done. */
  title: string;
};

/** A goal to add to a draft plan. */
export type AddGoalInput = {
  /** Sensitivity; GENERAL when omitted. */
  dataClass?: DataClass | null | undefined;
  /** The domain of the goal. */
  domain: Domain;
  /** The goal in the family's own words. */
  familyWording: string;
  /** UUID of the plan (a draft). */
  planId: string | number;
  /** Priority; MEDIUM when omitted. */
  priority?: GoalPriority | null | undefined;
  /** The goal as the professionals word it. */
  professionalWording: string;
  /** The persons the goal is about; the plan's when omitted. */
  subjectPersonIds?: Array<string | number> | null | undefined;
  /** When it should be reached. */
  targetDate?: string | null | undefined;
};

/** A member of the family's social network to add. */
export type AddNetworkMemberInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** How to reach them. */
  contact?: string | null | undefined;
  /** Sensitivity; GENERAL when omitted. */
  dataClass?: DataClass | null | undefined;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: LegalBasis | null | undefined;
  /** Name or description. */
  name: string;
  /** Relation to the family. */
  relation: string;
  /** How the relationship with the family feels; unknown when omitted. */
  relationshipQuality?: RelationshipQuality | null | undefined;
  /** The family members whose network this is. */
  subjectPersonIds: Array<string | number>;
  /** What support they can give. */
  support: string;
};

/** A family member's own statement about an item. */
export type AddOwnStatementInput = {
  /** UUID of the item. */
  itemId: string | number;
  /** UUID of the family member (must be a person of the case). */
  personId: string | number;
  /** The statement, in their words. */
  statement: string;
};

/** Input for `addPerson`. Only the casusregisseur or a casusregisseur of the directing organisation may add persons. */
export type AddPersonInput = {
  /** Birth date, if known; not in the future and not before 1900. */
  birthDate?: string | null | undefined;
  /** Burgerservicenummer, 9 digits passing the elfproef. Only where needed. */
  bsn?: string | null | undefined;
  /** Id (UUID) of the case. */
  caseId: string | number;
  /** Family name (achternaam), 1 to 100 characters. */
  familyName: string;
  /** Given name (voornaam), 1 to 100 characters. */
  givenName: string;
  /** Role in the household. */
  householdRole: HouseholdRole;
};

/** Input for `addTeamMember`, for the case's directors. Adding the same organisation and professional twice is a CONFLICT. */
export type AddTeamMemberInput = {
  /** Id (UUID) of the case. */
  caseId: string | number;
  /** Life domains the member works on; duplicates are ignored. */
  domains?: Array<Domain> | null | undefined;
  /** Id (UUID) of the organisation to add. */
  organisationId: string | number;
  /** A named professional of that organisation (optional). */
  professionalId?: string | number | null | undefined;
  /** What the member does in the case, e.g. `Intern begeleider`; at most 200 characters. Shown only to the member's own organisation and the case's directing side (see `CaseTeamMember.responsibility`). */
  responsibility?: string | null | undefined;
};

/** What the viewer may do with a case on an agenda. */
export type AgendaAction =
  /** Run the discussion: move its phase (`moveAgendaPhase`) and record the table's outcome (`recordAgendaOutcome`): the table's chair while it is open. */
  | "DECIDE"
  /** Read its preparation summary (`preparationSummary`). */
  | "READ_PREPARATION";

/** What a table decides on a case on its agenda. */
export type AgendaOutcome =
  /** Back to the team or a lower table, with advice. */
  | "BACK_TO_TEAM"
  /** Drang: voluntary help with goals and monitoring. */
  | "DRANG"
  /** A request to the Raad voor de Kinderbescherming to investigate; casusregie by a certified institution. */
  | "RAAD_INVESTIGATION"
  /** Voluntary support suffices (vrijwillig volstaat). */
  | "VOLUNTARY_SUFFICES";

/** The family's agreement with a plan. */
export type AgreePlanInput = {
  /** The family members who agreed. */
  agreedByPersonIds: Array<string | number>;
  /** When they agreed (not in the future). */
  agreedOn: string;
  /** UUID of the plan. */
  planId: string | number;
  /** The version last read. */
  version: number;
};

/** How an API client authenticates at the token endpoint. */
export type ApiClientAuthMethod =
  /** With a secret the hub generated: HTTP Basic (`client_secret_basic`) or in the form (`client_secret_post`). */
  | "CLIENT_SECRET"
  /** With a JWT it signs with a registered key (`private_key_jwt`, RFC 7523). */
  | "PRIVATE_KEY_JWT";

/** An own reference to attach to a person. */
export type AttachPartnerReferenceInput = {
  /** What the identifier is, e.g. 'leerlingnummer' (at most 64 characters, one line; empty: none). */
  label?: string | null | undefined;
  /** The person (a family member of a case the viewer's organisation is on the team of). */
  personId: string | number;
  /** The organisation's own identifier: 1–64 characters after trimming, one line. The same reference twice for one person is a CONFLICT. */
  reference: string;
};

/** How the hub authenticates users. */
export type AuthMode =
  /** Development/embedded: sign in as any seeded professional with `devSignIn`. */
  | "DEV"
  /** Production: tokens from an external OpenID Connect issuer. */
  | "OIDC";

/** A break-glass request: acute unsafety, written justification. */
export type BreakGlassInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** The item to open, or omit for the whole case. */
  itemId?: string | number | null | undefined;
  /** Why access is needed now (at least 20 characters). */
  justification: string;
};

/** A privacy officer's verdict on a break-glass access. */
export type BreakGlassVerdict =
  /** The access was justified. */
  | "JUSTIFIED"
  /** The access was not justified; follow-up needed. */
  | "UNJUSTIFIED";

/** What the viewer may do with a case; the UI shows only these controls. */
export type CaseAction =
  /** Add a family member (`addPerson`). */
  | "ADD_PERSON"
  /** Approve the family plan (`approvePlan`; a youth-care plan also needs an SKJ/BIG registration). */
  | "APPROVE_PLAN"
  /** Open the whole case under break-glass (`breakGlass`). */
  | "BREAK_GLASS"
  /** Record a table's decision on the case's framework (`decideFramework`). */
  | "DECIDE_FRAMEWORK"
  /** Move the case up or down the escalation ladder and record a table's decision (`escalateCase`, `deescalateCase`, `recordTableDecision`). */
  | "ESCALATE"
  /** Export everything held about a person (`exportPersonData`). */
  | "EXPORT_PERSON"
  /** Change the status of any action of the case, not only the organisation's own (`changeActionStatus`). */
  | "MANAGE_ACTIONS"
  /** Grant and withdraw access (`grantAccess`, `withdrawAccess`). */
  | "MANAGE_CONSENT"
  /** Schedule and hold evaluations and set their interval (`scheduleEvaluation`, `holdEvaluation`, `setEvaluationInterval`). */
  | "MANAGE_EVALUATIONS"
  /** Draft, edit, agree and reopen the family plan, and edit its goals (`draftPlan`, `updatePlan`, `agreePlan`, `reopenPlan`, `addGoal`, `updateGoal`). */
  | "MANAGE_PLAN"
  /** Attach and detach the own organisation's references to the case's family members, and see them (`attachPartnerReference`, `detachPartnerReference`, `Person.partnerReferences`). */
  | "MANAGE_REFERENCES"
  /** See and set the case's scenarios and mark signals observed (`setCaseScenarios`, `observeScenarioSignal`). */
  | "MANAGE_SCENARIOS"
  /** Add and remove team members (`addTeamMember`, `removeTeamMember`). */
  | "MANAGE_TEAM"
  /** Start monitoring and record its follow-ups (`startMonitoring`, `recordMonitoringReview`). */
  | "MONITOR"
  /** Move the case to another phase (`moveCasePhase`). */
  | "MOVE_PHASE"
  /** Put the case on a table session's agenda (`putCaseOnAgenda`): the case directors. */
  | "PLACE_ON_AGENDA"
  /** Plan a meeting on the case (`planMeeting`): the case directors. */
  | "PLAN_MEETING"
  /** Read the BSN of family members. */
  | "READ_BSN"
  /** Read the regie op regie of the case: regiegesprekken, budget, monitoring (`Case.checkIns`, `Case.budgetStatus`, …). */
  | "READ_FOLLOW_UP"
  /** Read the case's processing log (`processingLog`). */
  | "READ_LOG"
  /** Record a regiegesprek and set the weeks between them (`recordCheckIn`, `setCheckInInterval`). */
  | "RECORD_CHECK_IN"
  /** Record a doorbraak on the case (`recordDoorbraak`): the procesregisseur of the case. */
  | "RECORD_DOORBRAAK"
  /** Record observations and notes (`recordObservation`, `recordNote`). */
  | "RECORD_ITEM"
  /** Set or clear the case budget (`setCaseBudget`): the procesregisseur of the case. */
  | "SET_BUDGET"
  /** Edit title, municipality and directors (`updateCase`). */
  | "UPDATE"
  /** Edit family members (`updatePerson`). */
  | "UPDATE_PERSON";

/** Filter for the case list. */
export type CaseFilter = {
  /** Only cases in one of these phases. */
  phases?: Array<CasePhase> | null | undefined;
  /** Matches title or reference, case-insensitive. */
  search?: string | null | undefined;
};

/** The framework the help runs in. */
export type CaseFramework =
  /** Gedwongen kader: a child-protection measure or court order applies. */
  | "COMPULSORY"
  /** Drang: goals plus monitoring, with a compulsory track as the alternative. */
  | "DRANG"
  /** Vrijwillig: the family takes part voluntarily. */
  | "VOLUNTARY";

/** Phase of a case, from first signal to closure. */
export type CasePhase =
  /** Analysis: problems, causes and patterns (oordeelsvorming). */
  | "ANALYSIS"
  /** Closed. */
  | "CLOSED"
  /** Evaluating results against the goals. */
  | "EVALUATION"
  /** Carrying out the plan: actions by family and partners. */
  | "EXECUTION"
  /** Inventory: gathering the picture with the family (beeldvorming). */
  | "INVENTORY"
  /** Monitoring after the goals are reached, before closing. */
  | "MONITORING"
  /** Making the family plan with the family. */
  | "PLAN"
  /** A signal has come in; nothing has been agreed yet. */
  | "SIGNAL";

/** A status change of an action. */
export type ChangeActionStatusInput = {
  /** UUID of the action. */
  actionId: string | number;
  /** Why (required for BLOCKED, CANCELLED and reopening). */
  reason?: string | null | undefined;
  /** The new status. */
  status: ActionStatus;
  /** The version last read. */
  version: number;
};

/** A contribution to a meeting (its chair or a participating professional). */
export type ContributeToMeetingInput = {
  /** What is said. */
  body: string;
  /** Information, a judgement or a proposal. */
  contributionKind: ContributionKind;
  /** Sensitivity; GENERAL when omitted. */
  dataClass?: DataClass | null | undefined;
  /** The life domain it concerns: consent is granted per domain. */
  domain: Domain;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: LegalBasis | null | undefined;
  /** UUID of the meeting. */
  meetingId: string | number;
  /** The family members it is about. */
  subjectPersonIds?: Array<string | number> | null | undefined;
};

/** What a contribution to a meeting is. */
export type ContributionKind =
  /** Information for the picture. */
  | "INFORMATION"
  /** A judgement of the situation. */
  | "JUDGEMENT"
  /** A proposal for what to do. */
  | "PROPOSAL";

/** A danger statement with its safety goal. */
export type DangerStatementInput = {
  /** What the danger is. */
  danger: string;
  /** The safety goal that answers it. */
  safetyGoal: string;
};

/** Sensitivity of a dossier item. */
export type DataClass =
  /** Veilig Thuis reports and child-safety investigations. */
  | "CHILD_SAFETY"
  /** Ordinary personal data. */
  | "GENERAL"
  /** Identifying numbers such as the BSN. */
  | "IDENTIFIER"
  /** Police and justice data (Wet politiegegevens / WJSG). */
  | "JUSTICE"
  /** Special category (health and the like; AVG art. 9). */
  | "SPECIAL_CATEGORY";

/** Input for `decideFramework`. */
export type DecideFrameworkInput = {
  /** Id (UUID) of the case. */
  caseId: string | number;
  /** Into COMPULSORY only, and then required: a CASUSREGISSEUR of a certified institution (JEUGDBESCHERMING) who takes over case direction; the procesregisseur's role on the case ends. */
  casusregisseurId?: string | number | null | undefined;
  /** When the table decided, not in the future. */
  decidedOn: string;
  /** The decision, in words (e.g. 'drang met doelen en monitoring'). */
  decision: string;
  /** The table that decided: the case must be at it, and it must decide frameworks. */
  tableId: string | number;
  /** The framework the table decided on (one of `Case.allowedFrameworkTransitions`). */
  to: CaseFramework;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: number;
};

/** Input for `deescalateCase`. */
export type DeescalateCaseInput = {
  /** Id (UUID) of the case. */
  caseId: string | number;
  /** When it decided (with `decision`). */
  decidedOn?: string | null | undefined;
  /** What the lower table decided, if it has met already (with `decidedOn`). */
  decision?: string | null | undefined;
  /** Why it is safe to de-escalate. */
  reason: string;
  /** An active table below the case's current level; omit or null to take the case off the ladder (level 0). */
  tableId?: string | number | null | undefined;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: number;
};

/** Life domain (leefgebied): the 13 ZRM domains with work and education apart, plus three for youth. */
export type Domain =
  | "DAILY_LIVING"
  | "DAYTIME_ACTIVITIES"
  | "EDUCATION"
  | "FAMILY_RELATIONS"
  | "FINANCES"
  | "HOUSING"
  | "JUSTICE"
  | "MENTAL_HEALTH"
  | "PARENTING"
  | "PHYSICAL_HEALTH"
  | "SAFETY"
  | "SOCIAL_NETWORK"
  | "SOCIAL_PARTICIPATION"
  | "SUBSTANCE_USE"
  | "WORK"
  | "YOUTH_CARE";

/** What happened to an item or to the case. */
export type DossierEventKind =
  /** Created (an item recorded, a case opened). */
  | "CREATED"
  /** Removed. */
  | "DELETED"
  /** Changed. */
  | "UPDATED";

/** The kind of a dossier item. */
export type DossierItemKind =
  /** An action towards a goal. */
  | "ACTION"
  /** A self-reliance assessment (ZRM 1–5). */
  | "ASSESSMENT"
  /** A contribution to a case meeting (information, judgement, proposal). */
  | "CONTRIBUTION"
  /** An evaluation of the plan. */
  | "EVALUATION"
  /** A goal of the family plan. */
  | "GOAL"
  /** A member of the family's social network. */
  | "NETWORK_MEMBER"
  /** A note of a conversation (gespreksverslag). */
  | "NOTE"
  /** An observation (beeldvorming): fact, opinion or concern. */
  | "OBSERVATION"
  /** A version of the family plan. */
  | "PLAN"
  /** A problem in the analysis. */
  | "PROBLEM"
  /** A referral or decision (care deployed). */
  | "REFERRAL"
  /** A measurement against a goal. */
  | "RESULT"
  /** A safety assessment (0–10, dangers and safety goals). */
  | "SAFETY_ASSESSMENT";

/** A new plan version. */
export type DraftPlanInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** Domain of the plan item itself (its perspective); FAMILY_RELATIONS when omitted. */
  domain?: Domain | null | undefined;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: LegalBasis | null | undefined;
  /** The desired perspective; copied from the plan in force when omitted. */
  perspective?: string | null | undefined;
  /** Why this version is started (a plan adjustment: a scenario's signal observed, a meeting's decision). */
  reason?: string | null | undefined;
  /** The family members the plan is about; all persons of the case when omitted. */
  subjectPersonIds?: Array<string | number> | null | undefined;
};

/** Input for `escalateCase`. */
export type EscalateCaseInput = {
  /** Id (UUID) of the case. */
  caseId: string | number;
  /** When the table decided (with `decision`), not in the future. */
  decidedOn?: string | null | undefined;
  /** What the table decided, if it has met already (with `decidedOn`). */
  decision?: string | null | undefined;
  /** Why the case is escalated. */
  reason: string;
  /** The table to bring the case to: an active table above the case's current level. */
  tableId: string | number;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: number;
};

/** Up or down the ladder. */
export type EscalationDirection =
  /** Afgeschaald: to a lower table or to none. */
  | "DOWN"
  /** Opgeschaald: to a higher table. */
  | "UP";

/** Status of an evaluation. */
export type EvaluationStatus =
  /** Held. */
  | "HELD"
  /** Planned, not yet held. */
  | "SCHEDULED";

/** What the viewer may do outside any one case; the UI shows only these controls. */
export type GlobalAction =
  /** Find cases by the own organisation's references (`Query.partnerReferences`). */
  | "FIND_BY_REFERENCE"
  /** Open a new case (`openCase`). */
  | "OPEN_CASE"
  /** Plan a session of a table (`planTableSession`): a procesregisseur. */
  | "PLAN_TABLE_SESSION"
  /** Review break-glass accesses and read processing logs of all cases (privacy officer). */
  | "REVIEW_PROCESSING"
  /** See the actions of one's organisation across all cases (`Query.myActions`). */
  | "VIEW_MY_ACTIONS"
  /** See the sessions of the tables one sits on (`Query.mySessions`). */
  | "VIEW_MY_SESSIONS"
  /** See one's portfolio of directed cases (`Query.portfolio`). */
  | "VIEW_PORTFOLIO";

/** Priority of a goal. */
export type GoalPriority =
  /** High. */
  | "HIGH"
  /** Low. */
  | "LOW"
  /** Medium. */
  | "MEDIUM";

/** A grant to record. */
export type GrantAccessInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** Data classes covered, named explicitly. */
  dataClasses: Array<DataClass>;
  /** Life domains covered. */
  domains: Array<Domain>;
  /** Reference to the evidence, e.g. the signed consent form. Required for CONSENT. */
  evidenceReference?: string | null | undefined;
  /** The organisation that may see (must be on the case team). */
  granteeOrganisationId: string | number;
  /** The legal basis. JUSTICE data needs JUSTICE or LEGAL_TASK. */
  legalBasis: LegalBasis;
  /** Why the partner needs the information. */
  purpose: string;
  /** The persons covered (persons of the case). */
  subjectPersonIds: Array<string | number>;
  /** From when (default: now). */
  validFrom?: string | null | undefined;
  /** Until when (default: until withdrawn). */
  validUntil?: string | null | undefined;
};

/** Recording a held evaluation. */
export type HoldEvaluationInput = {
  /** Conclusions. */
  conclusions: string;
  /** UUID of the evaluation. */
  evaluationId: string | number;
  /** When it was held (not in the future). */
  heldOn: string;
  /** Who took part. */
  participants: Array<string>;
  /** Start the next plan version as a draft (the plan changes it leads to). */
  startNewPlanVersion?: boolean | null | undefined;
  /** The version last read. */
  version: number;
};

/** Role of a person in the household. */
export type HouseholdRole = "CHILD" | "EX_PARTNER" | "OTHER" | "PARENT";

/** How a viewer may see an item. */
export type ItemAccessVia =
  /** The viewer's organisation wrote the item. */
  | "AUTHOR_ORGANISATION"
  /** An open break-glass access of the viewer. */
  | "BREAK_GLASS"
  /** The viewer's organisation directs the case. */
  | "DIRECTING_ORGANISATION"
  /** A valid grant to the viewer's organisation covers the item. */
  | "GRANT"
  /** The viewer is the case's procesregisseur. */
  | "PROCESREGISSEUR";

/** What the viewer may do with a dossier item. */
export type ItemAction =
  /** Add an action towards this goal (`addAction`). */
  | "ADD_ACTION"
  /** Record a family member's own statement about the item (`addOwnStatement`). */
  | "ADD_STATEMENT"
  /** Open the item under break-glass (`breakGlass`). */
  | "BREAK_GLASS"
  /** Change the status of this action (`changeActionStatus`). */
  | "CHANGE_STATUS"
  /** Read earlier versions (`Query.dossierItemHistory`). */
  | "READ_HISTORY"
  /** Record a result against this goal (`recordResult`). */
  | "RECORD_RESULT"
  /** Correct the item (`updateObservation` / `updateNote`); the previous version is kept. */
  | "UPDATE";

/** The legal basis of a grant, or of how information was obtained. */
export type LegalBasis =
  /** Consent of the family (AVG art. 6(1)(a)). */
  | "CONSENT"
  /** Justice data processed under the Wet politiegegevens / WJSG. */
  | "JUSTICE"
  /** A statutory task, e.g. duties under the Jeugdwet or Wmo (AVG art. 6(1)(e)). */
  | "LEGAL_TASK"
  /** Vital interest: acute unsafety (AVG art. 6(1)(d)). */
  | "VITAL_INTEREST";

/** Operation recorded in the processing log. */
export type LogOperation =
  /** Personal data was created. */
  | "CREATE"
  /** Personal data was deleted (e.g. purged after retention). */
  | "DELETE"
  /** An attempt was refused. */
  | "DENIED"
  /** Personal data was exported (inzage). */
  | "EXPORT"
  /** Personal data was read. */
  | "READ"
  /** Personal data was changed. */
  | "UPDATE";

/** What the viewer may do in a meeting. */
export type MeetingAction =
  /** Move the phase and record the decision (`moveMeetingPhase`, `recordMeetingDecision`): the chair. */
  | "CHAIR"
  /** Contribute (`contributeToMeeting`): the chair and the participating professionals. */
  | "CONTRIBUTE";

/** An action a meeting's decision puts in the current plan. */
export type MeetingDecisionActionInput = {
  /** Due date. */
  dueOn?: string | null | undefined;
  /** UUID of a goal of the plan in force. */
  goalId: string | number;
  /** The organisation that carries it (on the team, able to see it). */
  ownerOrganisationId: string | number;
  /** The professional who carries it (of that organisation). */
  ownerProfessionalId?: string | number | null | undefined;
  /** What is to be done. */
  title: string;
};

/** The phases of a meeting, in order: one step forward or one back at a time; a decided meeting is closed. */
export type MeetingPhase =
  /** The decision is taken (besluitvorming). */
  | "DECISION"
  /** The picture is formed together (beeldvorming): information first. */
  | "IMAGE_FORMING"
  /** The picture is judged (oordeelsvorming). */
  | "JUDGEMENT"
  /** The question the meeting is to answer is put (vraagstelling). */
  | "QUESTION";

/** For whom the minutes of a meeting are. */
export type MinutesAudience =
  /** The family: plain Dutch (B1); what was said only when family members were there; what was agreed. */
  | "FAMILY"
  /** The team: question, who was there, every contribution by phase with its kind and flags, the decision. */
  | "TEAM";

/** What came of a follow-up of a case in monitoring. */
export type MonitoringOutcome =
  /** It holds: the case is closed. */
  | "CLOSE"
  /** It goes well enough to keep watching: monitoring continues with a new follow-up date. */
  | "CONTINUE"
  /** It does not hold: the case goes back into execution. */
  | "REOPEN";

/** Move the table's discussion of a case one phase forward or back (the chair, while open). */
export type MoveAgendaPhaseInput = {
  /** UUID of the agenda entry. */
  entryId: string | number;
  /** The phase to move to (one of `AgendaEntry.allowedPhaseMoves`). */
  phase: MeetingPhase;
};

/** Input for `moveCasePhase`, for the case's directors. Moving back, closing and reopening need a `reason`. Closing sets `closedOn`; reopening clears it. */
export type MoveCasePhaseInput = {
  /** Id (UUID) of the case. */
  id: string | number;
  /** Why, e.g. when closing or moving back. */
  reason?: string | null | undefined;
  /** Target phase; must be one of the case's `allowedPhaseTransitions`, otherwise BAD_USER_INPUT. */
  to: CasePhase;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: number;
};

/** A move of a meeting's phase (its chair). */
export type MoveMeetingPhaseInput = {
  /** UUID of the meeting. */
  meetingId: string | number;
  /** The phase to move to: the next, or the previous. */
  phase: MeetingPhase;
  /** The version last read; a stale version is a CONFLICT. */
  version: number;
};

/** Which of the viewer's actions to list; every condition given must hold. */
export type MyActionsFilter = {
  /** Only actions of this case (UUID). A case out of reach lists nothing. */
  caseId?: string | number | null | undefined;
  /** Only actions carried by the viewer personally (true); otherwise every action of the viewer's organisation. */
  mine?: boolean | null | undefined;
  /** Only overdue actions. */
  overdueOnly?: boolean | null | undefined;
  /** Only these statuses; every status when omitted or empty. */
  statuses?: Array<ActionStatus> | null | undefined;
};

/** How the viewer's actions are ordered. */
export type MyActionsOrder =
  /** Overdue actions first, then the other active ones, then done or cancelled ones; within each, the earliest due date first (without a due date last). */
  | "DUE"
  /** The most recent status change first. */
  | "RECENTLY_CHANGED";

/** What a notification is about. */
export type NotificationKind =
  /** A safety assessment flagged acute unsafety. */
  | "ACUTE_SAFETY"
  /** A case you direct became stalled (raised once per occurrence). */
  | "CASE_STALLED"
  /** A regiegesprek (check-in) of a case you direct is due. */
  | "CHECK_IN_DUE"
  /** The procesregisseur recorded a doorbraak your organisation carries, or in a case you run. */
  | "DOORBRAAK"
  /** The case moved up or down the escalation ladder. */
  | "ESCALATION"
  /** A table decided the case's framework (and, into the compulsory framework, who directs it now). */
  | "FRAMEWORK_DECISION"
  /** An access grant of a case you direct expires within 14 days. */
  | "GRANT_EXPIRING"
  /** The follow-up date of a case in monitoring has come. */
  | "MONITORING_FOLLOW_UP_DUE"
  /** A plan of a case you direct waits for approval. */
  | "PLAN_AWAITS_APPROVAL"
  /** A signal of one of the scenarios of a case you direct was observed: time to look at the plan. */
  | "SCENARIO_SIGNAL"
  /** A table decided on a case on its agenda: its outcome (never the dossier content). */
  | "TABLE_OUTCOME";

/** Facts are kept apart from opinions and concerns. */
export type ObservationKind =
  /** A worry that needs attention. */
  | "CONCERN"
  /** Something observed or documented. */
  | "FACT"
  /** A professional's or family member's view. */
  | "OPINION";

/** Input for `openCase`. Only a casusregisseur or a procesregisseur may open a case; a procesregisseur must name the casusregisseur. */
export type OpenCaseInput = {
  /** Defaults to the caller when the caller is a casusregisseur. */
  casusregisseurId?: string | number | null | undefined;
  /** The framework the help runs in; VOLUNTARY when omitted. */
  framework?: CaseFramework | null | undefined;
  /** Municipality the case belongs to. */
  municipality: string;
  /** Id (UUID) of the process director, a PROCESREGISSEUR. Defaults to the caller when the caller is a procesregisseur; otherwise the case has none. */
  procesregisseurId?: string | number | null | undefined;
  /** Title, usually the family name, e.g. `Gezin Jansen`. */
  title: string;
};

/** The kind of a chain partner (ketenpartner). */
export type OrganisationKind =
  /** Municipality (gemeente). */
  | "GEMEENTE"
  /** Mental-health care (geestelijke gezondheidszorg). */
  | "GGZ"
  /** General practitioner (huisarts). */
  | "HUISARTS"
  /** Gecertificeerde instelling: youth protection and youth probation. */
  | "JEUGDBESCHERMING"
  /** Youth health care (jeugdgezondheidszorg, consultatiebureau). */
  | "JGZ"
  /** Any other partner. */
  | "OTHER"
  /** Police (politie). */
  | "POLITIE"
  /** Raad voor de Kinderbescherming. */
  | "RAAD_KINDERBESCHERMING"
  /** School (primary, secondary, vocational). */
  | "SCHOOL"
  /** Debt relief (schuldhulpverlening). */
  | "SCHULDHULP"
  /** Veilig Thuis: advice and reporting centre for domestic violence and child abuse. */
  | "VEILIG_THUIS"
  /** Addiction care (verslavingszorg). */
  | "VERSLAVINGSZORG"
  /** Wijkteam / sociaal wijkteam of the municipality. */
  | "WIJKTEAM"
  /** Housing corporation (woningcorporatie). */
  | "WONINGCORPORATIE";

/** A meeting to plan. */
export type PlanMeetingInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** Who chairs it, a director of the case; the caller when omitted. */
  chairProfessionalId?: string | number | null | undefined;
  /** Family members present; a child must be 12 or older on the day. */
  familyPersonIds?: Array<string | number> | null | undefined;
  /** The day it is held. */
  heldOn: string;
  /** The professionals who take part: each of an organisation on the case team. */
  participantProfessionalIds: Array<string | number>;
  /** The question the meeting is to answer. */
  question: string;
};

/** Status of a family plan version. */
export type PlanStatus =
  /** Agreed with the family (who and when recorded). */
  | "AGREED"
  /** Approved (vastgesteld): the plan in force. */
  | "APPROVED"
  /** Being written; only a draft can be edited. */
  | "DRAFT"
  /** Replaced by a next version; stays readable. */
  | "SUPERSEDED";

/** A table session to plan. */
export type PlanTableSessionInput = {
  /** The day it meets (today or later). */
  heldOn: string;
  /** UUID of the table (an active table of the ladder). */
  tableId: string | number;
};

/** A plan and the version last read. */
export type PlanVersionInput = {
  /** UUID of the plan. */
  planId: string | number;
  /** The version last read. */
  version: number;
};

/** What changed at case level, for an overview of many cases. */
export type PortfolioChange =
  /** A safety assessment judged the situation ACUTE. */
  | "ACUTE_RISK"
  /** Title or municipality changed. */
  | "DETAILS"
  /** The casusregisseur or procesregisseur changed. */
  | "DIRECTORS"
  /** The procesregisseur decided a doorbraak: an action that must happen (the event's `item`); its carriers and the casusregisseur were notified. */
  | "DOORBRAAK"
  /** The case went up or down the escalation ladder (`Case.escalationLevel`), a table recorded its decision on the step, or the case was put on a table session's agenda. */
  | "ESCALATION"
  /** A regiegesprek was recorded, or the budget, the weeks between regiegesprekken or the monitoring follow-up changed. */
  | "FOLLOW_UP"
  /** A table decided the case's framework (`Case.framework`). */
  | "FRAMEWORK"
  /** The case was opened. */
  | "OPENED"
  /** An action passed its due date without being done. */
  | "OVERDUE"
  /** The case moved to another phase (`Case.phase`). */
  | "PHASE"
  /** The hub notified the case's directors of a portfolio signal (stalled, a regiegesprek or monitoring follow-up due, a plan waiting for approval, a grant ending): new entries in `myNotifications` of the recipients. Once per notification raised, whatever the number of instances. */
  | "SIGNAL";

/** Which cases of the portfolio to list; every condition given must hold. */
export type PortfolioFilter = {
  /** Only cases escalated to a table and waiting for its agenda longer than the region allows (true), or not (false): see `PortfolioEntry.awaitsAgenda`. */
  awaitsAgenda?: boolean | null | undefined;
  /** Only cases run by this casusregisseur. */
  casusregisseurId?: string | number | null | undefined;
  /** Only cases at escalation level 1 or higher (true), or at 0 (false). */
  escalated?: boolean | null | undefined;
  /** Only cases in these frameworks (voluntary, drang, compulsory). */
  frameworks?: Array<CaseFramework> | null | undefined;
  /** Only cases of this municipality. */
  municipality?: string | null | undefined;
  /** Only cases with this organisation on the team. */
  organisationId?: string | number | null | undefined;
  /** Only cases over (true) or within (false) their budget. */
  overBudget?: boolean | null | undefined;
  /** Only cases with (true) or without (false) overdue actions. */
  overdue?: boolean | null | undefined;
  /** Only cases in these phases. */
  phases?: Array<CasePhase> | null | undefined;
  /** Only cases that are (true) or are not (false) stalled. */
  stalled?: boolean | null | undefined;
};

/** How a portfolio is ordered. */
export type PortfolioOrder =
  /** Highest share of the budget used first (cases without a budget last). */
  | "BUDGET_USE"
  /** Least recent activity first. */
  | "LAST_ACTIVITY"
  /** Most urgent first (the urgency score; ties: oldest overdue action, longest in phase, reference). */
  | "URGENCY"
  /** Longest in its current phase first. */
  | "WEEKS_IN_PHASE";

/** An underlying cause. */
export type ProblemCauseInput = {
  /** Whether it is chronic. */
  chronic?: boolean | null | undefined;
  /** The cause. */
  description: string;
};

/** A statement in the analysis. */
export type ProblemStatementInput = {
  /** Fact or opinion. */
  kind: StatementKind;
  /** Who or what it comes from. */
  source: string;
  /** The statement. */
  statement: string;
};

/** What to search the processing log for; every part is optional and they combine (AND). */
export type ProcessingLogSearch = {
  /** Only this case (NOT_FOUND when out of reach, FORBIDDEN when its log is not the viewer's to read). */
  caseId?: string | number | null | undefined;
  /** From this moment. */
  from?: string | null | undefined;
  /** Only these operations. */
  operations?: Array<LogOperation> | null | undefined;
  /** Only entries of professionals or systems of this organisation. */
  organisationId?: string | number | null | undefined;
  /** Only entries concerning persons whose name contains this text (2–100 characters), or with exactly this pseudonym (32 hexadecimal characters). */
  person?: string | null | undefined;
  /** Only entries concerning this person (a family member of a case whose log the viewer may read). */
  personId?: string | number | null | undefined;
  /** Only entries of this processing activity (purpose), e.g. `RH-PA-03` for break-glass. */
  processingActivityId?: string | null | undefined;
  /** Until this moment. */
  to?: string | null | undefined;
};

/** The role a professional has in Regiehub. */
export type ProfessionalRole =
  /** Functional administrator of organisations and professionals; no access to case content. */
  | "ADMIN"
  /** Case director: runs one case day to day with the family and the partners. */
  | "CASUSREGISSEUR"
  /** Privacy officer: reviews the processing log and break-glass access. */
  | "PRIVACY_OFFICER"
  /** Process director: oversees many cases, brings parties together when a case stalls. */
  | "PROCESREGISSEUR"
  /** Professional of a chain partner: contributes, owns actions, reports results. */
  | "PROFESSIONAL";

/** A case to put on a session's agenda (its directors). */
export type PutCaseOnAgendaInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** The legal basis of sharing it with the table (e.g. LEGAL_TASK at the Jeugdbeschermingsplein). */
  legalBasis: LegalBasis;
  /** What the table's members may read: the director chooses it; nothing else of the case is opened for them. */
  preparationSummary: string;
  /** The question the table is asked. */
  question: string;
  /** UUID of the session. */
  sessionId: string | number;
};

/** The table's outcome on a case on its agenda (the chair, in the DECISION phase). At a table that decides frameworks, VOLUNTARY_SUFFICES, DRANG and RAAD_INVESTIGATION put the case in the voluntary, drang and compulsory framework through the framework state machine; into the compulsory framework `carriedByProfessionalId` is required: a casusregisseur of a certified institution, who takes over case direction. */
export type RecordAgendaOutcomeInput = {
  /** Who carries the case on (a professional working on cases); after RAAD_INVESTIGATION at a table that decides frameworks, a CASUSREGISSEUR of a certified institution (JEUGDBESCHERMING). */
  carriedByProfessionalId?: string | number | null | undefined;
  /** The decision in words. */
  decision: string;
  /** UUID of the agenda entry. */
  entryId: string | number;
  /** When the table looks at the case again (after the session). */
  nextReviewOn?: string | null | undefined;
  /** What the table decided. */
  outcome: AgendaOutcome;
  /** Who of the table was there (its chair and members; each at most once); none recorded when omitted. */
  presentProfessionalIds?: Array<string | number> | null | undefined;
};

/** A self-reliance assessment to record. */
export type RecordAssessmentInput = {
  /** Date of the assessment (not in the future). */
  assessedOn: string;
  /** UUID of the case. */
  caseId: string | number;
  /** Sensitivity; GENERAL when omitted (health domains: choose SPECIAL_CATEGORY). */
  dataClass?: DataClass | null | undefined;
  /** The domain assessed (not SAFETY: use a safety assessment). */
  domain: Domain;
  /** Why this score. */
  explanation?: string | null | undefined;
  /** The legal basis; from the case's framework when omitted (VOLUNTARY: CONSENT, else LEGAL_TASK). */
  legalBasis?: LegalBasis | null | undefined;
  /** The person assessed. */
  personId: string | number;
  /** ZRM score 1–5. */
  score: number;
};

/** A regiegesprek to record. */
export type RecordCheckInInput = {
  /** Whether the budget still suffices, in words (at most 2,000 characters). */
  budget?: string | null | undefined;
  /** The case. */
  caseId: string | number;
  /** How the cooperation in the team goes (required, at most 5,000 characters). */
  cooperation: string;
  /** The day it was held: today or earlier. */
  heldOn: string;
  /** The day of the next regiegesprek, after `heldOn`; default: `checkInIntervalWeeks` after `heldOn`. */
  nextCheckInOn?: string | null | undefined;
  /** What stands in the way (at most 5,000 characters). */
  obstacles?: string | null | undefined;
};

/** A doorbraak decision: it becomes an action under a goal of the current plan, marked as doorbraak. */
export type RecordDoorbraakInput = {
  /** The authority the decision rests on (e.g. the municipality's mandate). */
  authority: string;
  /** Further explanation. */
  description?: string | null | undefined;
  /** By when it must be done. */
  dueOn: string;
  /** The goal of the current plan the action serves. */
  goalId: string | number;
  /** Who was heard before the decision; at least one. */
  heard: Array<string>;
  /** The team organisation that carries it. */
  ownerOrganisationId: string | number;
  /** Optionally, the professional of that organisation who carries it. */
  ownerProfessionalId?: string | number | null | undefined;
  /** What must happen. */
  title: string;
};

/** The decision that closes a meeting (its chair, in the DECISION phase). */
export type RecordMeetingDecisionInput = {
  /** Actions to put in the plan, linked to the decision. */
  actions?: Array<MeetingDecisionActionInput> | null | undefined;
  /** What was decided. */
  decision: string;
  /** UUID of the meeting. */
  meetingId: string | number;
  /** The family members who were there; those invited when omitted. */
  presentPersonIds?: Array<string | number> | null | undefined;
  /** The participating professionals who were there; all of them when omitted. */
  presentProfessionalIds?: Array<string | number> | null | undefined;
  /** The version last read; a stale version is a CONFLICT. */
  version: number;
};

/** The follow-up of a case in monitoring to record. */
export type RecordMonitoringReviewInput = {
  /** The case, in monitoring. */
  caseId: string | number;
  /** For CONTINUE (required there, after today): the next follow-up date; must be empty otherwise. */
  nextFollowUpOn?: string | null | undefined;
  /** What the follow-up showed (required; for CLOSE and REOPEN also the reason of the phase change). */
  note: string;
  /** What came of it. */
  outcome: MonitoringOutcome;
  /** The case's `version` as read; a stale one is a CONFLICT. */
  version: number;
};

/** A conversation note to record. */
export type RecordNoteInput = {
  /** The report. */
  body: string;
  /** UUID of the case. */
  caseId: string | number;
  /** Sensitivity; choose the most sensitive class that applies. */
  dataClass: DataClass;
  /** Life domain of the note. */
  domain: Domain;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Date of the conversation (not in the future). */
  occurredOn: string;
  /** Who or what the information came from. */
  sourceDescription?: string | null | undefined;
  /** Kind of source. */
  sourceKind?: SourceKind | null | undefined;
  /** UUIDs of the family members it is about. */
  subjectPersonIds: Array<string | number>;
  /** Title, e.g. `Huisbezoek met moeder`. */
  title: string;
};

/** An observation to record. */
export type RecordObservationInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** Sensitivity; choose the most sensitive class that applies. */
  dataClass: DataClass;
  /** Life domain of the observation. */
  domain: Domain;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Fact, opinion or concern. */
  observationKind: ObservationKind;
  /** Who or what the information came from. */
  sourceDescription?: string | null | undefined;
  /** Kind of source. */
  sourceKind: SourceKind;
  /** The observation. */
  statement: string;
  /** UUIDs of the family members it is about (may be empty for the family as a whole). */
  subjectPersonIds: Array<string | number>;
};

/** A problem to record in the analysis. */
export type RecordProblemInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** Underlying causes. */
  causes?: Array<ProblemCauseInput> | null | undefined;
  /** Sensitivity. */
  dataClass: DataClass;
  /** The problem described. */
  description: string;
  /** The domain of the problem. */
  domain: Domain;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: LegalBasis | null | undefined;
  /** Patterns, e.g. `zorgmijding`. */
  patterns?: Array<string> | null | undefined;
  /** Statements, each a fact or an opinion with its source. */
  statements?: Array<ProblemStatementInput> | null | undefined;
  /** The persons it concerns. */
  subjectPersonIds: Array<string | number>;
  /** The problem in a line. */
  title: string;
};

/** A referral or decision to record. */
export type RecordReferralInput = {
  /** The care deployed. */
  care: string;
  /** UUID of the case. */
  caseId: string | number;
  /** Cost in euro cents (0 or more). */
  costCents: number;
  /** Sensitivity; SPECIAL_CATEGORY when omitted. */
  dataClass?: DataClass | null | undefined;
  /** Domain; YOUTH_CARE when omitted. */
  domain?: Domain | null | undefined;
  /** End of the period. */
  endsOn?: string | null | undefined;
  /** The goal it serves, if any. */
  goalId?: string | number | null | undefined;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: LegalBasis | null | undefined;
  /** The care provider. */
  providerName: string;
  /** Reference, e.g. the number of the beschikking. */
  reference?: string | null | undefined;
  /** Verwijzing or beschikking. */
  referralKind: ReferralKind;
  /** Start of the period. */
  startsOn: string;
  /** The persons who receive the care. */
  subjectPersonIds: Array<string | number>;
};

/** A measurement against a goal. */
export type RecordResultInput = {
  /** What the measurement rests on. */
  evidence: string;
  /** UUID of the goal. */
  goalId: string | number;
  /** Date of the measurement (not in the future). */
  measuredOn: string;
  /** How far the goal is reached, 0–10. */
  score?: number | null | undefined;
  /** Achievement status. */
  status: ResultStatus;
};

/** A safety assessment to record. */
export type RecordSafetyAssessmentInput = {
  /** Acute unsafety: notifies the casusregisseur and procesregisseur at once. */
  acute: boolean;
  /** Date of the assessment (not in the future). */
  assessedOn: string;
  /** UUID of the case. */
  caseId: string | number;
  /** The assessor's conclusion in a few sentences. */
  conclusion?: string | null | undefined;
  /** Danger statements, each with its safety goal. */
  dangerStatements: Array<DangerStatementInput>;
  /** Sensitivity; CHILD_SAFETY when omitted. */
  dataClass?: DataClass | null | undefined;
  /** The instrument used, e.g. ARIJ or LIRIK. */
  instrument?: string | null | undefined;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: LegalBasis | null | undefined;
  /** Risk level; HIGH when acute. */
  riskLevel: RiskLevel;
  /** Safety scale 0–10. */
  score: number;
  /** The persons whose safety is assessed (usually the children). */
  subjectPersonIds: Array<string | number>;
};

/** Input for `recordTableDecision`. */
export type RecordTableDecisionInput = {
  /** When it decided, not in the future. */
  decidedOn: string;
  /** What the table decided. */
  decision: string;
  /** Id (UUID) of the case's current step on the ladder (`Case.escalationHistory`). */
  escalationId: string | number;
};

/** Referral (verwijzing) or decision (beschikking). */
export type ReferralKind =
  /** A decision granting care (beschikking). */
  | "DECISION"
  /** A referral to care (verwijzing). */
  | "REFERRAL";

/** A partner system to register. */
export type RegisterApiClientInput = {
  /** Address ranges (CIDR, e.g. `192.0.2.0/24` or `2001:db8::/32`) it may ask tokens from, at most 20; empty or omitted: any address. */
  allowedCidrs?: Array<string> | null | undefined;
  /** For private_key_jwt: its public keys as a JSON Web Key Set (JSON text, `{"keys": [...]}`, 1–5 public RSA, EC or OKP keys, each with a `kid`). Omitted: the hub generates a secret. */
  jwks?: string | null | undefined;
  /** Name of the system (1–100 characters, unique among the organisation's clients in use). */
  name: string;
  /** The scopes it may ask tokens for (at least one; see `ApiClient.scopes`). Only scopes that let a system do something a professional of the organisation may do. */
  scopes: Array<string>;
};

/** How a network member's relationship with the family feels, as drawn in the ecogram. */
export type RelationshipQuality =
  /** Contact is broken off (verbroken). */
  | "BROKEN"
  /** The relationship is a burden or source of stress (belastend). */
  | "STRESSFUL"
  /** The relationship supports the family (steunend). */
  | "SUPPORTIVE";

/** Taking an agreed plan back to draft. */
export type ReopenPlanInput = {
  /** UUID of the plan. */
  planId: string | number;
  /** Why (the family's agreement lapses). */
  reason: string;
  /** The version last read. */
  version: number;
};

/** Achievement status of a result. */
export type ResultStatus =
  /** Achieved. */
  | "ACHIEVED"
  /** Improving. */
  | "IMPROVING"
  /** Being worked on. */
  | "IN_PROGRESS"
  /** Not achieved. */
  | "NOT_ACHIEVED"
  /** Not attainable. */
  | "NOT_ATTAINABLE";

/** A privacy officer's review of a break-glass access. */
export type ReviewBreakGlassInput = {
  /** UUID of the access. */
  id: string | number;
  /** Note for the file. */
  note?: string | null | undefined;
  /** The verdict. */
  verdict: BreakGlassVerdict;
};

/** Risk level of a safety assessment. */
export type RiskLevel =
  /** High risk (always so when acute). */
  | "HIGH"
  /** Low risk. */
  | "LOW"
  /** Medium risk. */
  | "MEDIUM";

/** The response and signals of one scenario. */
export type ScenarioInput = {
  /** Its place in the quadrant: '0-0', '0-1', '1-0' or '1-1'. */
  key: string;
  /** The agreed response. */
  response: string;
  /** The signals that would show it is happening (an observed signal with the same text stays observed). */
  signals: Array<string>;
};

/** Scheduling an evaluation. */
export type ScheduleEvaluationInput = {
  /** UUID of the case (its approved plan is evaluated). */
  caseId: string | number;
  /** Who is invited (names and roles). */
  participants?: Array<string> | null | undefined;
  /** The date; when the next evaluation is due when omitted. */
  scheduledOn?: string | null | undefined;
};

/** The case budget to set. */
export type SetCaseBudgetInput = {
  /** The budget in euro cents, 0 to 1,000,000,000 (ten million euro); null clears it. */
  amountCents?: number | null | undefined;
  /** The case. */
  caseId: string | number;
  /** Why (e.g. the municipality's decision); kept in the processing log. */
  reason: string;
  /** The case's `version` as read; a stale one is a CONFLICT. */
  version: number;
};

/** A case's scenarios to set (replacing the previous ones). */
export type SetCaseScenariosInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** Exactly two factors. */
  factors: Array<UncertainFactorInput>;
  /** Exactly the four scenarios, one per key. */
  scenarios: Array<ScenarioInput>;
  /** The version last read; omit when the case has none yet. A stale version is a CONFLICT. */
  version?: number | null | undefined;
};

/** The weeks between regiegesprekken of a case. */
export type SetCheckInIntervalInput = {
  /** The case. */
  caseId: string | number;
  /** Whole weeks, 1–26. */
  weeks: number;
};

/** Months between evaluations. */
export type SetEvaluationIntervalInput = {
  /** UUID of the case. */
  caseId: string | number;
  /** Months, 1 to 12. */
  months: number;
  /** The case version last read. */
  version: number;
};

/** Where information came from. */
export type SourceKind =
  /** A document (report, letter, decision). */
  | "DOCUMENT"
  /** The family itself. */
  | "FAMILY"
  /** The author's own observation. */
  | "OWN_OBSERVATION"
  /** A chain partner. */
  | "PARTNER"
  /** A person who reported concerns (melder). Never disclosed to the family. */
  | "REPORTER";

/** Monitoring to start. */
export type StartMonitoringInput = {
  /** The case (in evaluation: the phase rules of `moveCasePhase` apply). */
  caseId: string | number;
  /** The day to look at the case again, after today (three months is usual). */
  followUpOn: string;
  /** Why, if worth noting (kept with the phase change). */
  reason?: string | null | undefined;
  /** The case's `version` as read; a stale one is a CONFLICT. */
  version: number;
};

/** Fact or opinion. */
export type StatementKind =
  /** A fact. */
  | "FACT"
  /** An opinion. */
  | "OPINION";

/**
 * Filter for a case's timeline; the conditions together (each list: any of its values). `persons` and `search`
 * look at content, so they match only items the viewer may see: with either of them no redacted stub is listed or
 * counted.
 */
export type TimelineFilter = {
  /** Only items recorded by these organisations (at most 50 ids). */
  authorOrganisations?: Array<string | number> | null | undefined;
  /** Only items in these domains. */
  domains?: Array<Domain> | null | undefined;
  /** Only items of these kinds. */
  kinds?: Array<DossierItemKind> | null | undefined;
  /** Only items about at least one of these persons of the case (at most 50 ids); only items the viewer may see. */
  persons?: Array<string | number> | null | undefined;
  /**
   * True: only the redacted stubs of items outside the viewer's grants (needs `includeRedacted: true`); their
   * `totalCount` is what a line such as "35 items buiten uw toestemming" shows. False or null: no restriction.
   */
  redacted?: boolean | null | undefined;
  /**
   * Only items whose content contains this text, ignoring case (2–100 characters after trimming; empty: no
   * search): an observation's statement, a note's title and report, an action's title, description and status
   * reason, and the like, and the item's source. Only items the viewer may see.
   */
  search?: string | null | undefined;
};

/** An uncertain factor to set. */
export type UncertainFactorInput = {
  /** Exactly two different outcomes. */
  outcomes: Array<string>;
  /** The question. */
  question: string;
};

/** Input for `updateCase`, for the case's directors (casusregisseur, a casusregisseur of the directing organisation, procesregisseur). Fields omitted or null keep their current value; a director can be replaced, not removed. */
export type UpdateCaseInput = {
  /** New case director, a CASUSREGISSEUR; omit to keep the current one. They join the team (with their organisation) if not on it yet. */
  casusregisseurId?: string | number | null | undefined;
  /**
   * Deprecated and refused (BAD_USER_INPUT): the framework changes only by a table's decision (`decideFramework`).
   * @deprecated The framework changes only by a table's decision: use decideFramework.
   */
  framework?: CaseFramework | null | undefined;
  /** Id (UUID) of the case. */
  id: string | number;
  /** New municipality; omit to keep the current one. */
  municipality?: string | null | undefined;
  /** New process director, a PROCESREGISSEUR; omit to keep the current one. */
  procesregisseurId?: string | number | null | undefined;
  /** New title; omit to keep the current one. */
  title?: string | null | undefined;
  /** The version last read; a stale version is a CONFLICT. */
  version: number;
};

/** A correction of a note; omitted fields keep their value. The previous version is kept. */
export type UpdateNoteInput = {
  /** New report. */
  body?: string | null | undefined;
  /** New data class. */
  dataClass?: DataClass | null | undefined;
  /** New life domain. */
  domain?: Domain | null | undefined;
  /** UUID of the item. */
  id: string | number;
  /** New date of the conversation. */
  occurredOn?: string | null | undefined;
  /** Why it is corrected (rectification). */
  reason: string;
  /** New subjects. */
  subjectPersonIds?: Array<string | number> | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: number;
};

/** A correction of an observation; omitted fields keep their value. The previous version is kept. */
export type UpdateObservationInput = {
  /** New data class. */
  dataClass?: DataClass | null | undefined;
  /** New life domain. */
  domain?: Domain | null | undefined;
  /** UUID of the item. */
  id: string | number;
  /** New kind. */
  observationKind?: ObservationKind | null | undefined;
  /** Why it is corrected (rectification). */
  reason: string;
  /** New source description. */
  sourceDescription?: string | null | undefined;
  /** New source kind. */
  sourceKind?: SourceKind | null | undefined;
  /** New text. */
  statement?: string | null | undefined;
  /** New subjects. */
  subjectPersonIds?: Array<string | number> | null | undefined;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: number;
};

/** A change to a draft plan. */
export type UpdatePlanInput = {
  /** The desired perspective. */
  perspective: string;
  /** UUID of the plan. */
  planId: string | number;
  /** The version last read; a stale version is a CONFLICT. */
  version: number;
};

/** A withdrawal of a grant; it takes effect at once. */
export type WithdrawAccessInput = {
  /** UUID of the grant. */
  id: string | number;
  /** Why it is withdrawn. */
  reason: string;
};

export type ApiClientsQueryVariables = Exact<{ [key: string]: never }>;

export type ApiClientsQuery = {
  apiClients: Array<{
    id: string;
    name: string;
    scopes: Array<string>;
    allowedCidrs: Array<string>;
    authMethod: ApiClientAuthMethod;
    keyIds: Array<string>;
    createdAt: Date | string;
    revokedAt: Date | string | null;
    secrets: Array<{
      id: string;
      createdAt: Date | string;
      expiresAt: Date | string | null;
      active: boolean;
    }>;
    createdBy: { id: string; name: string } | null;
    revokedBy: { id: string; name: string } | null;
  }>;
};

export type RegisterApiClientMutationVariables = Exact<{
  input: RegisterApiClientInput;
}>;

export type RegisterApiClientMutation = {
  registerApiClient: {
    clientSecret: string | null;
    client: {
      id: string;
      name: string;
      scopes: Array<string>;
      allowedCidrs: Array<string>;
      authMethod: ApiClientAuthMethod;
      keyIds: Array<string>;
      createdAt: Date | string;
      revokedAt: Date | string | null;
      secrets: Array<{
        id: string;
        createdAt: Date | string;
        expiresAt: Date | string | null;
        active: boolean;
      }>;
      createdBy: { id: string; name: string } | null;
      revokedBy: { id: string; name: string } | null;
    };
  };
};

export type RevokeApiClientMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiClientMutation = {
  revokeApiClient: {
    id: string;
    name: string;
    scopes: Array<string>;
    allowedCidrs: Array<string>;
    authMethod: ApiClientAuthMethod;
    keyIds: Array<string>;
    createdAt: Date | string;
    revokedAt: Date | string | null;
    secrets: Array<{
      id: string;
      createdAt: Date | string;
      expiresAt: Date | string | null;
      active: boolean;
    }>;
    createdBy: { id: string; name: string } | null;
    revokedBy: { id: string; name: string } | null;
  };
};

export type RotateApiClientSecretMutationVariables = Exact<{
  id: string | number;
  overlapMinutes?: number | null | undefined;
}>;

export type RotateApiClientSecretMutation = {
  rotateApiClientSecret: {
    clientSecret: string;
    previousSecretsExpireAt: Date | string;
    client: {
      id: string;
      name: string;
      scopes: Array<string>;
      allowedCidrs: Array<string>;
      authMethod: ApiClientAuthMethod;
      keyIds: Array<string>;
      createdAt: Date | string;
      revokedAt: Date | string | null;
      secrets: Array<{
        id: string;
        createdAt: Date | string;
        expiresAt: Date | string | null;
        active: boolean;
      }>;
      createdBy: { id: string; name: string } | null;
      revokedBy: { id: string; name: string } | null;
    };
  };
};

export type ApiClientFieldsFragment = {
  id: string;
  name: string;
  scopes: Array<string>;
  allowedCidrs: Array<string>;
  authMethod: ApiClientAuthMethod;
  keyIds: Array<string>;
  createdAt: Date | string;
  revokedAt: Date | string | null;
  secrets: Array<{ id: string; createdAt: Date | string; expiresAt: Date | string | null; active: boolean }>;
  createdBy: { id: string; name: string } | null;
  revokedBy: { id: string; name: string } | null;
};

export type BreakGlassReviewsQueryVariables = Exact<{
  includeReviewed?: boolean | null | undefined;
}>;

export type BreakGlassReviewsQuery = {
  breakGlassReviews: Array<{
    id: string;
    caseId: string;
    caseReference: string;
    itemId: string | null;
    justification: string;
    openedAt: Date | string;
    expiresAt: Date | string;
    reviewedAt: Date | string | null;
    verdict: BreakGlassVerdict | null;
    reviewNote: string | null;
    professional: { id: string; name: string };
    organisation: { id: string; name: string };
    reviewedBy: { id: string; name: string } | null;
  }>;
};

export type ReviewBreakGlassMutationVariables = Exact<{
  input: ReviewBreakGlassInput;
}>;

export type ReviewBreakGlassMutation = {
  reviewBreakGlass: {
    id: string;
    caseId: string;
    caseReference: string;
    itemId: string | null;
    justification: string;
    openedAt: Date | string;
    expiresAt: Date | string;
    reviewedAt: Date | string | null;
    verdict: BreakGlassVerdict | null;
    reviewNote: string | null;
    professional: { id: string; name: string };
    organisation: { id: string; name: string };
    reviewedBy: { id: string; name: string } | null;
  };
};

export type BreakGlassAccessFieldsFragment = {
  id: string;
  caseId: string;
  caseReference: string;
  itemId: string | null;
  justification: string;
  openedAt: Date | string;
  expiresAt: Date | string;
  reviewedAt: Date | string | null;
  verdict: BreakGlassVerdict | null;
  reviewNote: string | null;
  professional: { id: string; name: string };
  organisation: { id: string; name: string };
  reviewedBy: { id: string; name: string } | null;
};

export type AddPersonMutationVariables = Exact<{
  input: AddPersonInput;
}>;

export type AddPersonMutation = { addPerson: { id: string; fullName: string } };

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;

export type AddTeamMemberMutation = { addTeamMember: { id: string } };

export type CaseBsnQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseBsnQuery = {
  case: { id: string; persons: Array<{ id: string; bsn: string | null }> } | null;
};

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseDetailQuery = {
  case: {
    id: string;
    reference: string;
    title: string;
    municipality: string;
    phase: CasePhase;
    framework: CaseFramework;
    escalationLevel: number;
    openedOn: string;
    closedOn: string | null;
    version: number;
    viewerCan: Array<CaseAction>;
    allowedPhaseTransitions: Array<CasePhase>;
    casusregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
    procesregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
    phaseReason: { at: Date | string; reason: string | null; by: { id: string; name: string } | null } | null;
    teamWarnings: Array<{ code: string; message: string; person: { id: string } }>;
    persons: Array<{
      id: string;
      fullName: string;
      givenName: string;
      familyName: string;
      birthDate: string | null;
      age: number | null;
      householdRole: HouseholdRole;
      hasBsn: boolean;
      version: number;
    }>;
    team: Array<{
      id: string;
      responsibility: string | null;
      responsibilityRedacted: boolean;
      domains: Array<Domain>;
      isDirecting: boolean;
      organisation: { id: string; name: string; kind: OrganisationKind };
      professional: { id: string; name: string } | null;
    }>;
  } | null;
};

export type CaseListQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CaseListQuery = {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        reference: string;
        title: string;
        phase: CasePhase;
        framework: CaseFramework;
        escalationLevel: number;
        openedOn: string;
        casusregisseur: { id: string; name: string } | null;
      };
    }>;
  };
};

export type CaseStatusQueryVariables = Exact<{
  id: string | number;
  followUp: boolean;
}>;

export type CaseStatusQuery = {
  case: {
    id: string;
    nextCheckInOn?: string | null;
    actions: Array<{
      id: string;
      title: string | null;
      dueOn: string | null;
      status: ActionStatus | null;
      overdue: boolean | null;
      ownerOrganisation: { id: string; name: string } | null;
      ownerProfessional: { id: string; name: string } | null;
    }>;
    evaluations: Array<{ id: string; scheduledOn: string | null; heldOn: string | null }>;
    evaluationSchedule: { nextDueOn: string | null; overdue: boolean };
    currentPlan: { id: string; number: number; approvedOn: string | null } | null;
    draftPlan: { id: string; number: number; status: PlanStatus } | null;
    grants: Array<{
      id: string;
      validUntil: Date | string | null;
      isActive: boolean;
      grantee: { id: string; name: string };
    }>;
  } | null;
};

export type MoveCasePhaseMutationVariables = Exact<{
  input: MoveCasePhaseInput;
}>;

export type MoveCasePhaseMutation = {
  moveCasePhase: {
    id: string;
    reference: string;
    title: string;
    municipality: string;
    phase: CasePhase;
    framework: CaseFramework;
    escalationLevel: number;
    openedOn: string;
    closedOn: string | null;
    version: number;
    viewerCan: Array<CaseAction>;
    allowedPhaseTransitions: Array<CasePhase>;
    casusregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
    procesregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
    phaseReason: { at: Date | string; reason: string | null; by: { id: string; name: string } | null } | null;
    teamWarnings: Array<{ code: string; message: string; person: { id: string } }>;
    persons: Array<{
      id: string;
      fullName: string;
      givenName: string;
      familyName: string;
      birthDate: string | null;
      age: number | null;
      householdRole: HouseholdRole;
      hasBsn: boolean;
      version: number;
    }>;
    team: Array<{
      id: string;
      responsibility: string | null;
      responsibilityRedacted: boolean;
      domains: Array<Domain>;
      isDirecting: boolean;
      organisation: { id: string; name: string; kind: OrganisationKind };
      professional: { id: string; name: string } | null;
    }>;
  };
};

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;

export type OpenCaseMutation = { openCase: { id: string; reference: string; title: string } };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationsQuery = {
  organisations: Array<{ id: string; name: string; kind: OrganisationKind }>;
};

export type ProfessionalsQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  role?: ProfessionalRole | null | undefined;
}>;

export type ProfessionalsQuery = {
  professionals: Array<{
    role: ProfessionalRole;
    id: string;
    name: string;
    organisation: { id: string; name: string };
  }>;
};

export type RemoveTeamMemberMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveTeamMemberMutation = {
  removeTeamMember: {
    id: string;
    reference: string;
    title: string;
    municipality: string;
    phase: CasePhase;
    framework: CaseFramework;
    escalationLevel: number;
    openedOn: string;
    closedOn: string | null;
    version: number;
    viewerCan: Array<CaseAction>;
    allowedPhaseTransitions: Array<CasePhase>;
    casusregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
    procesregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
    phaseReason: { at: Date | string; reason: string | null; by: { id: string; name: string } | null } | null;
    teamWarnings: Array<{ code: string; message: string; person: { id: string } }>;
    persons: Array<{
      id: string;
      fullName: string;
      givenName: string;
      familyName: string;
      birthDate: string | null;
      age: number | null;
      householdRole: HouseholdRole;
      hasBsn: boolean;
      version: number;
    }>;
    team: Array<{
      id: string;
      responsibility: string | null;
      responsibilityRedacted: boolean;
      domains: Array<Domain>;
      isDirecting: boolean;
      organisation: { id: string; name: string; kind: OrganisationKind };
      professional: { id: string; name: string } | null;
    }>;
  };
};

export type UpdateCaseDetailsMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;

export type UpdateCaseDetailsMutation = {
  updateCase: { id: string; title: string; municipality: string; version: number };
};

export type CaseDetailFragment = {
  id: string;
  reference: string;
  title: string;
  municipality: string;
  phase: CasePhase;
  framework: CaseFramework;
  escalationLevel: number;
  openedOn: string;
  closedOn: string | null;
  version: number;
  viewerCan: Array<CaseAction>;
  allowedPhaseTransitions: Array<CasePhase>;
  casusregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
  procesregisseur: { id: string; name: string; organisation: { id: string; name: string } } | null;
  phaseReason: { at: Date | string; reason: string | null; by: { id: string; name: string } | null } | null;
  teamWarnings: Array<{ code: string; message: string; person: { id: string } }>;
  persons: Array<{
    id: string;
    fullName: string;
    givenName: string;
    familyName: string;
    birthDate: string | null;
    age: number | null;
    householdRole: HouseholdRole;
    hasBsn: boolean;
    version: number;
  }>;
  team: Array<{
    id: string;
    responsibility: string | null;
    responsibilityRedacted: boolean;
    domains: Array<Domain>;
    isDirecting: boolean;
    organisation: { id: string; name: string; kind: OrganisationKind };
    professional: { id: string; name: string } | null;
  }>;
};

export type CaseGrantsQueryVariables = Exact<{
  caseId: string | number;
  includeInactive?: boolean | null | undefined;
}>;

export type CaseGrantsQuery = {
  case: {
    id: string;
    grants: Array<{
      id: string;
      caseId: string;
      domains: Array<Domain>;
      dataClasses: Array<DataClass>;
      purpose: string;
      legalBasis: LegalBasis;
      validFrom: Date | string;
      validUntil: Date | string | null;
      evidenceReference: string | null;
      recordedAt: Date | string;
      withdrawnAt: Date | string | null;
      withdrawalReason: string | null;
      isActive: boolean;
      grantee: { id: string; name: string; kind: OrganisationKind };
      subjects: Array<{ id: string; fullName: string }>;
      recordedBy: { id: string; name: string };
      withdrawnBy: { id: string; name: string } | null;
    }>;
  } | null;
};

export type GrantAccessMutationVariables = Exact<{
  input: GrantAccessInput;
}>;

export type GrantAccessMutation = {
  grantAccess: {
    id: string;
    caseId: string;
    domains: Array<Domain>;
    dataClasses: Array<DataClass>;
    purpose: string;
    legalBasis: LegalBasis;
    validFrom: Date | string;
    validUntil: Date | string | null;
    evidenceReference: string | null;
    recordedAt: Date | string;
    withdrawnAt: Date | string | null;
    withdrawalReason: string | null;
    isActive: boolean;
    grantee: { id: string; name: string; kind: OrganisationKind };
    subjects: Array<{ id: string; fullName: string }>;
    recordedBy: { id: string; name: string };
    withdrawnBy: { id: string; name: string } | null;
  };
};

export type OrganisationAccessQueryVariables = Exact<{
  caseId: string | number;
  organisationId: string | number;
}>;

export type OrganisationAccessQuery = {
  case: {
    id: string;
    accessFor: {
      wholeCase: boolean;
      visibleItemCount: number;
      totalItemCount: number;
      organisation: { id: string };
      activeGrants: Array<{ id: string }>;
    };
  } | null;
};

export type WithdrawAccessMutationVariables = Exact<{
  input: WithdrawAccessInput;
}>;

export type WithdrawAccessMutation = {
  withdrawAccess: {
    id: string;
    caseId: string;
    domains: Array<Domain>;
    dataClasses: Array<DataClass>;
    purpose: string;
    legalBasis: LegalBasis;
    validFrom: Date | string;
    validUntil: Date | string | null;
    evidenceReference: string | null;
    recordedAt: Date | string;
    withdrawnAt: Date | string | null;
    withdrawalReason: string | null;
    isActive: boolean;
    grantee: { id: string; name: string; kind: OrganisationKind };
    subjects: Array<{ id: string; fullName: string }>;
    recordedBy: { id: string; name: string };
    withdrawnBy: { id: string; name: string } | null;
  };
};

export type ConsentGrantFieldsFragment = {
  id: string;
  caseId: string;
  domains: Array<Domain>;
  dataClasses: Array<DataClass>;
  purpose: string;
  legalBasis: LegalBasis;
  validFrom: Date | string;
  validUntil: Date | string | null;
  evidenceReference: string | null;
  recordedAt: Date | string;
  withdrawnAt: Date | string | null;
  withdrawalReason: string | null;
  isActive: boolean;
  grantee: { id: string; name: string; kind: OrganisationKind };
  subjects: Array<{ id: string; fullName: string }>;
  recordedBy: { id: string; name: string };
  withdrawnBy: { id: string; name: string } | null;
};

export type AddOwnStatementMutationVariables = Exact<{
  input: AddOwnStatementInput;
}>;

export type AddOwnStatementMutation = {
  addOwnStatement:
    | {
        __typename: "Action";
        statusChangedAt: Date | string | null;
        dueOn: string | null;
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        actionTitle: string | null;
        actionStatus: ActionStatus | null;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Assessment";
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Evaluation";
        scheduledOn: string | null;
        heldOn: string | null;
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Goal";
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "MeetingContribution";
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "NetworkMember";
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Note";
        title: string | null;
        body: string | null;
        occurredOn: string | null;
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Observation";
        observationKind: ObservationKind | null;
        statement: string | null;
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Plan";
        number: number;
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        planStatus: PlanStatus;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Problem";
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Referral";
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "Result";
        measuredOn: string | null;
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        resultStatus: ResultStatus | null;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      }
    | {
        __typename: "SafetyAssessment";
        id: string;
        kind: DossierItemKind;
        caseId: string;
        domain: Domain;
        dataClass: DataClass;
        redacted: boolean;
        accessVia: ItemAccessVia | null;
        legalBasis: LegalBasis;
        viewerCan: Array<ItemAction>;
        summary: string | null;
        version: number;
        createdAt: Date | string;
        updatedAt: Date | string;
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
        author: { id: string; name: string } | null;
        authorOrganisation: { id: string; name: string };
      };
};

export type BreakGlassMutationVariables = Exact<{
  input: BreakGlassInput;
}>;

export type BreakGlassMutation = {
  breakGlass: {
    id: string;
    caseId: string;
    itemId: string | null;
    openedAt: Date | string;
    expiresAt: Date | string;
  };
};

export type DossierItemHistoryQueryVariables = Exact<{
  id: string | number;
}>;

export type DossierItemHistoryQuery = {
  dossierItemHistory: Array<{
    version: number;
    snapshot: string;
    supersededAt: Date | string;
    reason: string | null;
    supersededBy: { id: string; name: string; organisation: { id: string; name: string } };
  }>;
};

export type DossierRedactedQueryVariables = Exact<{
  caseId: string | number;
  filter?: TimelineFilter | null | undefined;
  first?: number | null | undefined;
}>;

export type DossierRedactedQuery = {
  case: {
    id: string;
    timeline: {
      totalCount: number;
      edges: Array<{
        cursor: string;
        node:
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            }
          | {
              id: string;
              kind: DossierItemKind;
              domain: Domain;
              redacted: boolean;
              createdAt: Date | string;
              viewerCan: Array<ItemAction>;
              authorOrganisation: { id: string; name: string };
            };
      }>;
    };
  } | null;
};

export type DossierTimelineQueryVariables = Exact<{
  caseId: string | number;
  filter?: TimelineFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DossierTimelineQuery = {
  case: {
    id: string;
    timeline: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        cursor: string;
        node:
          | {
              __typename: "Action";
              statusChangedAt: Date | string | null;
              dueOn: string | null;
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              actionTitle: string | null;
              actionStatus: ActionStatus | null;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Assessment";
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Evaluation";
              scheduledOn: string | null;
              heldOn: string | null;
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Goal";
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "MeetingContribution";
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "NetworkMember";
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Note";
              title: string | null;
              body: string | null;
              occurredOn: string | null;
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Observation";
              observationKind: ObservationKind | null;
              statement: string | null;
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Plan";
              number: number;
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              planStatus: PlanStatus;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Problem";
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Referral";
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "Result";
              measuredOn: string | null;
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              resultStatus: ResultStatus | null;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            }
          | {
              __typename: "SafetyAssessment";
              id: string;
              kind: DossierItemKind;
              caseId: string;
              domain: Domain;
              dataClass: DataClass;
              redacted: boolean;
              accessVia: ItemAccessVia | null;
              legalBasis: LegalBasis;
              viewerCan: Array<ItemAction>;
              summary: string | null;
              version: number;
              createdAt: Date | string;
              updatedAt: Date | string;
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
              author: { id: string; name: string } | null;
              authorOrganisation: { id: string; name: string };
            };
      }>;
    };
  } | null;
};

export type RecordNoteMutationVariables = Exact<{
  input: RecordNoteInput;
}>;

export type RecordNoteMutation = {
  recordNote: {
    __typename: "Note";
    title: string | null;
    body: string | null;
    occurredOn: string | null;
    id: string;
    kind: DossierItemKind;
    caseId: string;
    domain: Domain;
    dataClass: DataClass;
    redacted: boolean;
    accessVia: ItemAccessVia | null;
    legalBasis: LegalBasis;
    viewerCan: Array<ItemAction>;
    summary: string | null;
    version: number;
    createdAt: Date | string;
    updatedAt: Date | string;
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
    author: { id: string; name: string } | null;
    authorOrganisation: { id: string; name: string };
  };
};

export type RecordObservationMutationVariables = Exact<{
  input: RecordObservationInput;
}>;

export type RecordObservationMutation = {
  recordObservation: {
    __typename: "Observation";
    observationKind: ObservationKind | null;
    statement: string | null;
    id: string;
    kind: DossierItemKind;
    caseId: string;
    domain: Domain;
    dataClass: DataClass;
    redacted: boolean;
    accessVia: ItemAccessVia | null;
    legalBasis: LegalBasis;
    viewerCan: Array<ItemAction>;
    summary: string | null;
    version: number;
    createdAt: Date | string;
    updatedAt: Date | string;
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
    author: { id: string; name: string } | null;
    authorOrganisation: { id: string; name: string };
  };
};

export type UpdateNoteMutationVariables = Exact<{
  input: UpdateNoteInput;
}>;

export type UpdateNoteMutation = {
  updateNote: {
    __typename: "Note";
    title: string | null;
    body: string | null;
    occurredOn: string | null;
    id: string;
    kind: DossierItemKind;
    caseId: string;
    domain: Domain;
    dataClass: DataClass;
    redacted: boolean;
    accessVia: ItemAccessVia | null;
    legalBasis: LegalBasis;
    viewerCan: Array<ItemAction>;
    summary: string | null;
    version: number;
    createdAt: Date | string;
    updatedAt: Date | string;
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
    author: { id: string; name: string } | null;
    authorOrganisation: { id: string; name: string };
  };
};

export type UpdateObservationMutationVariables = Exact<{
  input: UpdateObservationInput;
}>;

export type UpdateObservationMutation = {
  updateObservation: {
    __typename: "Observation";
    observationKind: ObservationKind | null;
    statement: string | null;
    id: string;
    kind: DossierItemKind;
    caseId: string;
    domain: Domain;
    dataClass: DataClass;
    redacted: boolean;
    accessVia: ItemAccessVia | null;
    legalBasis: LegalBasis;
    viewerCan: Array<ItemAction>;
    summary: string | null;
    version: number;
    createdAt: Date | string;
    updatedAt: Date | string;
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
    author: { id: string; name: string } | null;
    authorOrganisation: { id: string; name: string };
  };
};

type DossierItemCard_Action_Fragment = {
  __typename: "Action";
  statusChangedAt: Date | string | null;
  dueOn: string | null;
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  actionTitle: string | null;
  actionStatus: ActionStatus | null;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Assessment_Fragment = {
  __typename: "Assessment";
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Evaluation_Fragment = {
  __typename: "Evaluation";
  scheduledOn: string | null;
  heldOn: string | null;
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Goal_Fragment = {
  __typename: "Goal";
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_MeetingContribution_Fragment = {
  __typename: "MeetingContribution";
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_NetworkMember_Fragment = {
  __typename: "NetworkMember";
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Note_Fragment = {
  __typename: "Note";
  title: string | null;
  body: string | null;
  occurredOn: string | null;
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Observation_Fragment = {
  __typename: "Observation";
  observationKind: ObservationKind | null;
  statement: string | null;
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Plan_Fragment = {
  __typename: "Plan";
  number: number;
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  planStatus: PlanStatus;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Problem_Fragment = {
  __typename: "Problem";
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Referral_Fragment = {
  __typename: "Referral";
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_Result_Fragment = {
  __typename: "Result";
  measuredOn: string | null;
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  resultStatus: ResultStatus | null;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type DossierItemCard_SafetyAssessment_Fragment = {
  __typename: "SafetyAssessment";
  id: string;
  kind: DossierItemKind;
  caseId: string;
  domain: Domain;
  dataClass: DataClass;
  redacted: boolean;
  accessVia: ItemAccessVia | null;
  legalBasis: LegalBasis;
  viewerCan: Array<ItemAction>;
  summary: string | null;
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

export type DossierItemCardFragment =
  | DossierItemCard_Action_Fragment
  | DossierItemCard_Assessment_Fragment
  | DossierItemCard_Evaluation_Fragment
  | DossierItemCard_Goal_Fragment
  | DossierItemCard_MeetingContribution_Fragment
  | DossierItemCard_NetworkMember_Fragment
  | DossierItemCard_Note_Fragment
  | DossierItemCard_Observation_Fragment
  | DossierItemCard_Plan_Fragment
  | DossierItemCard_Problem_Fragment
  | DossierItemCard_Referral_Fragment
  | DossierItemCard_Result_Fragment
  | DossierItemCard_SafetyAssessment_Fragment;

export type CaseLadderQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseLadderQuery = {
  case: {
    id: string;
    version: number;
    framework: CaseFramework;
    escalationLevel: number;
    allowedFrameworkTransitions: Array<CaseFramework>;
    viewerCan: Array<CaseAction>;
    escalationTable: { level: number; decidesFramework: boolean; id: string; name: string } | null;
    escalationHistory: Array<{
      id: string;
      direction: EscalationDirection;
      fromLevel: number;
      toLevel: number;
      reason: string;
      decision: string | null;
      decidedOn: string | null;
      at: Date | string;
      table: { id: string; name: string } | null;
      by: { id: string; name: string } | null;
    }>;
    frameworkHistory: Array<{
      id: string;
      from: CaseFramework;
      to: CaseFramework;
      decision: string;
      decidedOn: string;
      at: Date | string;
      table: { id: string; name: string };
      newCasusregisseur: { id: string; name: string } | null;
      previousProcesregisseur: { id: string; name: string } | null;
      by: { id: string; name: string };
    }>;
  } | null;
  escalationTables: Array<{
    level: number;
    active: boolean;
    decidesFramework: boolean;
    id: string;
    name: string;
    organisation: { id: string; name: string };
    chair: { id: string; name: string } | null;
  }>;
  certifiedCasusregisseurs: Array<{
    id: string;
    name: string;
    organisation: { kind: OrganisationKind; id: string; name: string };
  }>;
};

export type DecideFrameworkMutationVariables = Exact<{
  input: DecideFrameworkInput;
}>;

export type DecideFrameworkMutation = {
  decideFramework: { id: string; version: number; framework: CaseFramework };
};

export type DeescalateCaseMutationVariables = Exact<{
  input: DeescalateCaseInput;
}>;

export type DeescalateCaseMutation = {
  deescalateCase: { id: string; version: number; escalationLevel: number };
};

export type EscalateCaseMutationVariables = Exact<{
  input: EscalateCaseInput;
}>;

export type EscalateCaseMutation = { escalateCase: { id: string; version: number; escalationLevel: number } };

export type RecordTableDecisionMutationVariables = Exact<{
  input: RecordTableDecisionInput;
}>;

export type RecordTableDecisionMutation = {
  recordTableDecision: { id: string; decision: string | null; decidedOn: string | null };
};

export type CaseEscalationLevelFragment = { id: string; version: number; escalationLevel: number };

export type CaseFollowUpQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseFollowUpQuery = {
  case: {
    id: string;
    version: number;
    phase: CasePhase;
    nextCheckInOn: string | null;
    checkInIntervalWeeks: number | null;
    monitoringFollowUpOn: string | null;
    checkIns: Array<{
      id: string;
      heldOn: string;
      cooperation: string;
      budget: string | null;
      obstacles: string | null;
      nextCheckInOn: string;
      recordedBy: { id: string; name: string };
    }> | null;
    budgetStatus: {
      amountCents: number | null;
      committedCents: number;
      spentCents: number;
      availableCents: number | null;
      overBudget: boolean;
    } | null;
    monitoringReviews: Array<{
      id: string;
      followUpOn: string;
      reviewedOn: string;
      outcome: MonitoringOutcome;
      note: string;
      nextFollowUpOn: string | null;
      recordedBy: { id: string; name: string };
    }> | null;
  } | null;
};

export type RecordCheckInMutationVariables = Exact<{
  input: RecordCheckInInput;
}>;

export type RecordCheckInMutation = {
  recordCheckIn: {
    id: string;
    version: number;
    phase: CasePhase;
    closedOn: string | null;
    allowedPhaseTransitions: Array<CasePhase>;
  };
};

export type RecordMonitoringReviewMutationVariables = Exact<{
  input: RecordMonitoringReviewInput;
}>;

export type RecordMonitoringReviewMutation = {
  recordMonitoringReview: {
    id: string;
    version: number;
    phase: CasePhase;
    closedOn: string | null;
    allowedPhaseTransitions: Array<CasePhase>;
  };
};

export type SetCaseBudgetMutationVariables = Exact<{
  input: SetCaseBudgetInput;
}>;

export type SetCaseBudgetMutation = {
  setCaseBudget: {
    id: string;
    version: number;
    phase: CasePhase;
    closedOn: string | null;
    allowedPhaseTransitions: Array<CasePhase>;
  };
};

export type SetCheckInIntervalMutationVariables = Exact<{
  input: SetCheckInIntervalInput;
}>;

export type SetCheckInIntervalMutation = {
  setCheckInInterval: {
    id: string;
    version: number;
    phase: CasePhase;
    closedOn: string | null;
    allowedPhaseTransitions: Array<CasePhase>;
  };
};

export type StartMonitoringMutationVariables = Exact<{
  input: StartMonitoringInput;
}>;

export type StartMonitoringMutation = {
  startMonitoring: {
    id: string;
    version: number;
    phase: CasePhase;
    closedOn: string | null;
    allowedPhaseTransitions: Array<CasePhase>;
  };
};

export type FollowUpChangedCaseFragment = {
  id: string;
  version: number;
  phase: CasePhase;
  closedOn: string | null;
  allowedPhaseTransitions: Array<CasePhase>;
};

export type AcuteSafetyQueryVariables = Exact<{
  id: string | number;
}>;

export type AcuteSafetyQuery = {
  case: {
    id: string;
    acuteSafety: {
      id: string;
      score: number | null;
      riskLevel: RiskLevel | null;
      assessedOn: string | null;
      conclusion: string | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    } | null;
  } | null;
};

export type AddNetworkMemberMutationVariables = Exact<{
  input: AddNetworkMemberInput;
}>;

export type AddNetworkMemberMutation = { addNetworkMember: { id: string; name: string | null } };

export type InventoryAnalyseQueryVariables = Exact<{
  id: string | number;
}>;

export type InventoryAnalyseQuery = {
  case: {
    id: string;
    problems: Array<{
      id: string;
      version: number;
      domain: Domain;
      dataClass: DataClass;
      title: string | null;
      description: string | null;
      patterns: Array<string> | null;
      createdAt: Date | string;
      subjects: Array<{ id: string; fullName: string }> | null;
      causes: Array<{ description: string; chronic: boolean }> | null;
      problemStatements: Array<{ statement: string; kind: StatementKind; source: string }> | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    }>;
  } | null;
};

export type InventoryBeeldQueryVariables = Exact<{
  id: string | number;
}>;

export type InventoryBeeldQuery = {
  case: {
    id: string;
    selfRelianceProgress: Array<{
      domain: Domain;
      change: number;
      trend: string;
      person: { id: string; fullName: string };
      points: Array<{ assessedOn: string; score: number }>;
      latest: { assessedOn: string; score: number };
    }>;
    assessments: Array<{
      id: string;
      version: number;
      domain: Domain;
      dataClass: DataClass;
      score: number | null;
      scoreLabel: string | null;
      assessedOn: string | null;
      explanation: string | null;
      person: { id: string; fullName: string } | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    }>;
    safetyAssessments: Array<{
      id: string;
      version: number;
      domain: Domain;
      dataClass: DataClass;
      score: number | null;
      riskLevel: RiskLevel | null;
      acute: boolean | null;
      instrument: string | null;
      assessedOn: string | null;
      conclusion: string | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      dangerStatements: Array<{ danger: string; safetyGoal: string }> | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    }>;
    networkMembers: Array<{
      id: string;
      version: number;
      domain: Domain;
      dataClass: DataClass;
      name: string | null;
      relation: string | null;
      support: string | null;
      contact: string | null;
      relationshipQuality: RelationshipQuality | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    }>;
  } | null;
};

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;

export type RecordAssessmentMutation = {
  recordAssessment: { id: string; score: number | null; assessedOn: string | null };
};

export type RecordProblemMutationVariables = Exact<{
  input: RecordProblemInput;
}>;

export type RecordProblemMutation = { recordProblem: { id: string; title: string | null } };

export type RecordSafetyAssessmentMutationVariables = Exact<{
  input: RecordSafetyAssessmentInput;
}>;

export type RecordSafetyAssessmentMutation = {
  recordSafetyAssessment: { id: string; acute: boolean | null; riskLevel: RiskLevel | null };
};

export type ExportPersonDataMutationVariables = Exact<{
  personId: string | number;
}>;

export type ExportPersonDataMutation = { exportPersonData: { json: string; generatedAt: Date | string } };

export type CaseMeetingsQueryVariables = Exact<{
  caseId: string | number;
}>;

export type CaseMeetingsQuery = {
  case: {
    id: string;
    meetings: Array<{
      id: string;
      question: string;
      heldOn: string;
      phase: MeetingPhase;
      decidedAt: Date | string | null;
      chair: { id: string; name: string };
    }>;
  } | null;
};

export type ContributeToMeetingMutationVariables = Exact<{
  input: ContributeToMeetingInput;
}>;

export type ContributeToMeetingMutation = {
  contributeToMeeting: { id: string; contributionKind: ContributionKind | null; premature: boolean | null };
};

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingDetailQuery = {
  meeting: {
    id: string;
    caseId: string;
    question: string;
    heldOn: string;
    phase: MeetingPhase;
    version: number;
    decidedAt: Date | string | null;
    allowedPhaseMoves: Array<MeetingPhase>;
    viewerCan: Array<MeetingAction>;
    chair: { id: string; name: string; organisation: { id: string; name: string } };
    participants: Array<{
      professional: { id: string; name: string; organisation: { id: string; name: string } } | null;
      person: { id: string; fullName: string } | null;
    }>;
    summary: { information: number; judgements: number; proposals: number; premature: number };
    contributions: Array<{
      id: string;
      redacted: boolean;
      domain: Domain;
      dataClass: DataClass;
      createdAt: Date | string;
      contributionKind: ContributionKind | null;
      body: string | null;
      phase: MeetingPhase | null;
      premature: boolean | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    }>;
    decision: {
      decision: string;
      decidedAt: Date | string;
      decidedBy: { id: string; name: string };
      presentProfessionals: Array<{ id: string; name: string; organisation: { id: string; name: string } }>;
      presentPersons: Array<{ id: string; fullName: string }>;
      actions: Array<{
        id: string;
        redacted: boolean;
        title: string | null;
        dueOn: string | null;
        ownerOrganisation: { id: string; name: string } | null;
      }>;
    } | null;
  } | null;
};

export type MeetingMinutesQueryVariables = Exact<{
  meetingId: string | number;
  audience: MinutesAudience;
}>;

export type MeetingMinutesQuery = {
  meetingMinutes: { fileName: string; mediaType: string; contentBase64: string };
};

export type MeetingPlanGoalsQueryVariables = Exact<{
  caseId: string | number;
}>;

export type MeetingPlanGoalsQuery = {
  case: {
    id: string;
    currentPlan: {
      id: string;
      number: number;
      goals: Array<{
        id: string;
        redacted: boolean;
        domain: Domain;
        familyWording: string | null;
        professionalWording: string | null;
      }>;
    } | null;
    draftPlan: {
      id: string;
      number: number;
      goals: Array<{
        id: string;
        redacted: boolean;
        domain: Domain;
        familyWording: string | null;
        professionalWording: string | null;
      }>;
    } | null;
  } | null;
};

export type MoveMeetingPhaseMutationVariables = Exact<{
  input: MoveMeetingPhaseInput;
}>;

export type MoveMeetingPhaseMutation = {
  moveMeetingPhase: {
    id: string;
    caseId: string;
    question: string;
    heldOn: string;
    phase: MeetingPhase;
    version: number;
    decidedAt: Date | string | null;
    allowedPhaseMoves: Array<MeetingPhase>;
    viewerCan: Array<MeetingAction>;
    chair: { id: string; name: string; organisation: { id: string; name: string } };
    participants: Array<{
      professional: { id: string; name: string; organisation: { id: string; name: string } } | null;
      person: { id: string; fullName: string } | null;
    }>;
    summary: { information: number; judgements: number; proposals: number; premature: number };
    contributions: Array<{
      id: string;
      redacted: boolean;
      domain: Domain;
      dataClass: DataClass;
      createdAt: Date | string;
      contributionKind: ContributionKind | null;
      body: string | null;
      phase: MeetingPhase | null;
      premature: boolean | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    }>;
    decision: {
      decision: string;
      decidedAt: Date | string;
      decidedBy: { id: string; name: string };
      presentProfessionals: Array<{ id: string; name: string; organisation: { id: string; name: string } }>;
      presentPersons: Array<{ id: string; fullName: string }>;
      actions: Array<{
        id: string;
        redacted: boolean;
        title: string | null;
        dueOn: string | null;
        ownerOrganisation: { id: string; name: string } | null;
      }>;
    } | null;
  };
};

export type PlanMeetingMutationVariables = Exact<{
  input: PlanMeetingInput;
}>;

export type PlanMeetingMutation = { planMeeting: { id: string; question: string; heldOn: string } };

export type RecordMeetingDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;

export type RecordMeetingDecisionMutation = {
  recordMeetingDecision: {
    id: string;
    caseId: string;
    question: string;
    heldOn: string;
    phase: MeetingPhase;
    version: number;
    decidedAt: Date | string | null;
    allowedPhaseMoves: Array<MeetingPhase>;
    viewerCan: Array<MeetingAction>;
    chair: { id: string; name: string; organisation: { id: string; name: string } };
    participants: Array<{
      professional: { id: string; name: string; organisation: { id: string; name: string } } | null;
      person: { id: string; fullName: string } | null;
    }>;
    summary: { information: number; judgements: number; proposals: number; premature: number };
    contributions: Array<{
      id: string;
      redacted: boolean;
      domain: Domain;
      dataClass: DataClass;
      createdAt: Date | string;
      contributionKind: ContributionKind | null;
      body: string | null;
      phase: MeetingPhase | null;
      premature: boolean | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      author: { id: string; name: string } | null;
      authorOrganisation: { id: string; name: string };
    }>;
    decision: {
      decision: string;
      decidedAt: Date | string;
      decidedBy: { id: string; name: string };
      presentProfessionals: Array<{ id: string; name: string; organisation: { id: string; name: string } }>;
      presentPersons: Array<{ id: string; fullName: string }>;
      actions: Array<{
        id: string;
        redacted: boolean;
        title: string | null;
        dueOn: string | null;
        ownerOrganisation: { id: string; name: string } | null;
      }>;
    } | null;
  };
};

export type MeetingDetailFragment = {
  id: string;
  caseId: string;
  question: string;
  heldOn: string;
  phase: MeetingPhase;
  version: number;
  decidedAt: Date | string | null;
  allowedPhaseMoves: Array<MeetingPhase>;
  viewerCan: Array<MeetingAction>;
  chair: { id: string; name: string; organisation: { id: string; name: string } };
  participants: Array<{
    professional: { id: string; name: string; organisation: { id: string; name: string } } | null;
    person: { id: string; fullName: string } | null;
  }>;
  summary: { information: number; judgements: number; proposals: number; premature: number };
  contributions: Array<{
    id: string;
    redacted: boolean;
    domain: Domain;
    dataClass: DataClass;
    createdAt: Date | string;
    contributionKind: ContributionKind | null;
    body: string | null;
    phase: MeetingPhase | null;
    premature: boolean | null;
    subjects: Array<{ id: string; fullName: string }> | null;
    author: { id: string; name: string } | null;
    authorOrganisation: { id: string; name: string };
  }>;
  decision: {
    decision: string;
    decidedAt: Date | string;
    decidedBy: { id: string; name: string };
    presentProfessionals: Array<{ id: string; name: string; organisation: { id: string; name: string } }>;
    presentPersons: Array<{ id: string; fullName: string }>;
    actions: Array<{
      id: string;
      redacted: boolean;
      title: string | null;
      dueOn: string | null;
      ownerOrganisation: { id: string; name: string } | null;
    }>;
  } | null;
};

export type PlanGoalOptionsFragment = {
  id: string;
  number: number;
  goals: Array<{
    id: string;
    redacted: boolean;
    domain: Domain;
    familyWording: string | null;
    professionalWording: string | null;
  }>;
};

export type MyActionsQueryVariables = Exact<{
  filter?: MyActionsFilter | null | undefined;
  orderBy?: MyActionsOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MyActionsQuery = {
  myActions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      case: { id: string; reference: string; title: string };
      node: {
        id: string;
        version: number;
        domain: Domain;
        title: string | null;
        status: ActionStatus | null;
        statusReason: string | null;
        dueOn: string | null;
        overdue: boolean | null;
        allowedTransitions: Array<ActionStatus> | null;
        viewerCan: Array<ItemAction>;
        ownerOrganisation: { id: string; name: string } | null;
        ownerProfessional: { id: string; name: string } | null;
        goal: { id: string; redacted: boolean; familyWording: string | null } | null;
      };
    }>;
  };
};

export type MyActionsLiveSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;

export type MyActionsLiveSubscription = { myActions: { seq: number; kind: DossierEventKind } };

export type MarkAllNotificationsReadMutationVariables = Exact<{
  upTo?: string | null | undefined;
}>;

export type MarkAllNotificationsReadMutation = {
  markAllNotificationsRead: { marked: number; unreadCount: number };
};

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;

export type MarkNotificationReadMutation = {
  markNotificationRead: { id: string; readAt: Date | string | null };
};

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
}>;

export type MyNotificationsQuery = {
  myNotifications: Array<{
    id: string;
    kind: NotificationKind;
    itemId: string | null;
    message: string;
    createdAt: Date | string;
    readAt: Date | string | null;
    case: { id: string; reference: string; title: string };
  }>;
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type AttachPartnerReferenceMutationVariables = Exact<{
  input: AttachPartnerReferenceInput;
}>;

export type AttachPartnerReferenceMutation = {
  attachPartnerReference: { id: string; reference: string; label: string | null; createdAt: Date | string };
};

export type CasePartnerReferencesQueryVariables = Exact<{
  id: string | number;
}>;

export type CasePartnerReferencesQuery = {
  case: {
    id: string;
    persons: Array<{
      id: string;
      fullName: string;
      partnerReferences: Array<{
        id: string;
        reference: string;
        label: string | null;
        createdAt: Date | string;
      }>;
    }>;
  } | null;
};

export type DetachPartnerReferenceMutationVariables = Exact<{
  id: string | number;
}>;

export type DetachPartnerReferenceMutation = { detachPartnerReference: string };

export type FindByPartnerReferenceQueryVariables = Exact<{
  reference: string;
}>;

export type FindByPartnerReferenceQuery = {
  partnerReferences: Array<{
    id: string;
    reference: string;
    label: string | null;
    person: { id: string; fullName: string };
    case: { id: string; reference: string; title: string };
  }>;
};

export type OwnReferenceFragment = {
  id: string;
  reference: string;
  label: string | null;
  createdAt: Date | string;
};

export type ActionBoardQueryVariables = Exact<{
  caseId: string | number;
  filter?: ActionFilter | null | undefined;
}>;

export type ActionBoardQuery = {
  case: {
    id: string;
    viewerCan: Array<CaseAction>;
    actions: Array<{
      id: string;
      version: number;
      redacted: boolean;
      domain: Domain;
      goalId: string;
      viewerCan: Array<ItemAction>;
      title: string | null;
      description: string | null;
      status: ActionStatus | null;
      statusReason: string | null;
      statusChangedAt: Date | string | null;
      dueOn: string | null;
      overdue: boolean | null;
      allowedTransitions: Array<ActionStatus> | null;
      goal: { id: string; redacted: boolean; domain: Domain; familyWording: string | null } | null;
      ownerOrganisation: { id: string; name: string } | null;
      ownerProfessional: { id: string; name: string } | null;
      doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
    }>;
  } | null;
};

export type AddPlanActionMutationVariables = Exact<{
  input: AddActionInput;
}>;

export type AddPlanActionMutation = { addAction: { id: string } };

export type AddPlanGoalMutationVariables = Exact<{
  input: AddGoalInput;
}>;

export type AddPlanGoalMutation = { addGoal: { id: string } };

export type AgreeFamilyPlanMutationVariables = Exact<{
  input: AgreePlanInput;
}>;

export type AgreeFamilyPlanMutation = { agreePlan: { id: string; version: number; status: PlanStatus } };

export type ApproveFamilyPlanMutationVariables = Exact<{
  input: PlanVersionInput;
}>;

export type ApproveFamilyPlanMutation = { approvePlan: { id: string; version: number; status: PlanStatus } };

export type ChangePlanActionStatusMutationVariables = Exact<{
  input: ChangeActionStatusInput;
}>;

export type ChangePlanActionStatusMutation = {
  changeActionStatus: {
    id: string;
    version: number;
    redacted: boolean;
    domain: Domain;
    goalId: string;
    viewerCan: Array<ItemAction>;
    title: string | null;
    description: string | null;
    status: ActionStatus | null;
    statusReason: string | null;
    statusChangedAt: Date | string | null;
    dueOn: string | null;
    overdue: boolean | null;
    allowedTransitions: Array<ActionStatus> | null;
    ownerOrganisation: { id: string; name: string } | null;
    ownerProfessional: { id: string; name: string } | null;
    doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
  };
};

export type DraftFamilyPlanMutationVariables = Exact<{
  input: DraftPlanInput;
}>;

export type DraftFamilyPlanMutation = { draftPlan: { id: string; number: number } };

export type FamilyPlanDocumentQueryVariables = Exact<{
  caseId: string | number;
  planId?: string | number | null | undefined;
}>;

export type FamilyPlanDocumentQuery = {
  familyPlanDocument: { fileName: string; mediaType: string; contentBase64: string };
};

export type FamilyPlanViewQueryVariables = Exact<{
  caseId: string | number;
}>;

export type FamilyPlanViewQuery = {
  case: {
    id: string;
    currentPlan: {
      perspective: string | null;
      reopenReason: string | null;
      includesYouthCare: boolean;
      allowedTransitions: Array<PlanStatus>;
      approvalProblem: string | null;
      id: string;
      version: number;
      number: number;
      status: PlanStatus;
      redacted: boolean;
      createdAt: Date | string;
      agreedOn: string | null;
      approvedOn: string | null;
      supersededOn: string | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      agreedBy: Array<{ id: string; fullName: string }> | null;
      approvedBy: { id: string; name: string } | null;
      goals: Array<{
        id: string;
        version: number;
        redacted: boolean;
        domain: Domain;
        dataClass: DataClass;
        viewerCan: Array<ItemAction>;
        familyWording: string | null;
        professionalWording: string | null;
        priority: GoalPriority | null;
        targetDate: string | null;
        subjects: Array<{ id: string; fullName: string }> | null;
        actions: Array<{
          id: string;
          version: number;
          redacted: boolean;
          domain: Domain;
          goalId: string;
          viewerCan: Array<ItemAction>;
          title: string | null;
          description: string | null;
          status: ActionStatus | null;
          statusReason: string | null;
          statusChangedAt: Date | string | null;
          dueOn: string | null;
          overdue: boolean | null;
          allowedTransitions: Array<ActionStatus> | null;
          ownerOrganisation: { id: string; name: string } | null;
          ownerProfessional: { id: string; name: string } | null;
          doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
        }>;
        results: Array<{
          id: string;
          redacted: boolean;
          measuredOn: string | null;
          score: number | null;
          status: ResultStatus | null;
          evidence: string | null;
          author: { id: string; name: string } | null;
        }>;
      }>;
    } | null;
    draftPlan: {
      perspective: string | null;
      reopenReason: string | null;
      includesYouthCare: boolean;
      allowedTransitions: Array<PlanStatus>;
      approvalProblem: string | null;
      id: string;
      version: number;
      number: number;
      status: PlanStatus;
      redacted: boolean;
      createdAt: Date | string;
      agreedOn: string | null;
      approvedOn: string | null;
      supersededOn: string | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      agreedBy: Array<{ id: string; fullName: string }> | null;
      approvedBy: { id: string; name: string } | null;
      goals: Array<{
        id: string;
        version: number;
        redacted: boolean;
        domain: Domain;
        dataClass: DataClass;
        viewerCan: Array<ItemAction>;
        familyWording: string | null;
        professionalWording: string | null;
        priority: GoalPriority | null;
        targetDate: string | null;
        subjects: Array<{ id: string; fullName: string }> | null;
        actions: Array<{
          id: string;
          version: number;
          redacted: boolean;
          domain: Domain;
          goalId: string;
          viewerCan: Array<ItemAction>;
          title: string | null;
          description: string | null;
          status: ActionStatus | null;
          statusReason: string | null;
          statusChangedAt: Date | string | null;
          dueOn: string | null;
          overdue: boolean | null;
          allowedTransitions: Array<ActionStatus> | null;
          ownerOrganisation: { id: string; name: string } | null;
          ownerProfessional: { id: string; name: string } | null;
          doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
        }>;
        results: Array<{
          id: string;
          redacted: boolean;
          measuredOn: string | null;
          score: number | null;
          status: ResultStatus | null;
          evidence: string | null;
          author: { id: string; name: string } | null;
        }>;
      }>;
    } | null;
    evaluationSchedule: { intervalMonths: number; nextDueOn: string | null; overdue: boolean };
    evaluations: Array<{
      id: string;
      planId: string;
      status: EvaluationStatus | null;
      scheduledOn: string | null;
      heldOn: string | null;
    }>;
  } | null;
};

export type HoldPlanEvaluationMutationVariables = Exact<{
  input: HoldEvaluationInput;
}>;

export type HoldPlanEvaluationMutation = {
  holdEvaluation: {
    id: string;
    version: number;
    redacted: boolean;
    viewerCan: Array<ItemAction>;
    planId: string;
    scheduledOn: string | null;
    heldOn: string | null;
    status: EvaluationStatus | null;
    overdue: boolean | null;
    participants: Array<string> | null;
    conclusions: string | null;
    ledToPlan: { id: string; number: number; status: PlanStatus } | null;
  };
};

export type PlanEvaluationsQueryVariables = Exact<{
  caseId: string | number;
}>;

export type PlanEvaluationsQuery = {
  case: {
    id: string;
    version: number;
    viewerCan: Array<CaseAction>;
    evaluationIntervalMonths: number;
    evaluationSchedule: {
      intervalMonths: number;
      nextDueOn: string | null;
      overdue: boolean;
      plan: { id: string; number: number; approvedOn: string | null } | null;
    };
    evaluations: Array<{
      id: string;
      version: number;
      redacted: boolean;
      viewerCan: Array<ItemAction>;
      planId: string;
      scheduledOn: string | null;
      heldOn: string | null;
      status: EvaluationStatus | null;
      overdue: boolean | null;
      participants: Array<string> | null;
      conclusions: string | null;
      ledToPlan: { id: string; number: number; status: PlanStatus } | null;
    }>;
  } | null;
};

export type PlanOrganisationProfessionalsQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type PlanOrganisationProfessionalsQuery = { professionals: Array<{ id: string; name: string }> };

export type PlanPageQueryVariables = Exact<{
  caseId: string | number;
}>;

export type PlanPageQuery = {
  case: {
    id: string;
    draftPlan: {
      perspective: string | null;
      reopenReason: string | null;
      includesYouthCare: boolean;
      allowedTransitions: Array<PlanStatus>;
      approvalProblem: string | null;
      id: string;
      version: number;
      number: number;
      status: PlanStatus;
      redacted: boolean;
      createdAt: Date | string;
      agreedOn: string | null;
      approvedOn: string | null;
      supersededOn: string | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      agreedBy: Array<{ id: string; fullName: string }> | null;
      approvedBy: { id: string; name: string } | null;
      goals: Array<{
        id: string;
        version: number;
        redacted: boolean;
        domain: Domain;
        dataClass: DataClass;
        viewerCan: Array<ItemAction>;
        familyWording: string | null;
        professionalWording: string | null;
        priority: GoalPriority | null;
        targetDate: string | null;
        subjects: Array<{ id: string; fullName: string }> | null;
        actions: Array<{
          id: string;
          version: number;
          redacted: boolean;
          domain: Domain;
          goalId: string;
          viewerCan: Array<ItemAction>;
          title: string | null;
          description: string | null;
          status: ActionStatus | null;
          statusReason: string | null;
          statusChangedAt: Date | string | null;
          dueOn: string | null;
          overdue: boolean | null;
          allowedTransitions: Array<ActionStatus> | null;
          ownerOrganisation: { id: string; name: string } | null;
          ownerProfessional: { id: string; name: string } | null;
          doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
        }>;
        results: Array<{
          id: string;
          redacted: boolean;
          measuredOn: string | null;
          score: number | null;
          status: ResultStatus | null;
          evidence: string | null;
          author: { id: string; name: string } | null;
        }>;
      }>;
    } | null;
    currentPlan: {
      perspective: string | null;
      reopenReason: string | null;
      includesYouthCare: boolean;
      allowedTransitions: Array<PlanStatus>;
      approvalProblem: string | null;
      id: string;
      version: number;
      number: number;
      status: PlanStatus;
      redacted: boolean;
      createdAt: Date | string;
      agreedOn: string | null;
      approvedOn: string | null;
      supersededOn: string | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      agreedBy: Array<{ id: string; fullName: string }> | null;
      approvedBy: { id: string; name: string } | null;
      goals: Array<{
        id: string;
        version: number;
        redacted: boolean;
        domain: Domain;
        dataClass: DataClass;
        viewerCan: Array<ItemAction>;
        familyWording: string | null;
        professionalWording: string | null;
        priority: GoalPriority | null;
        targetDate: string | null;
        subjects: Array<{ id: string; fullName: string }> | null;
        actions: Array<{
          id: string;
          version: number;
          redacted: boolean;
          domain: Domain;
          goalId: string;
          viewerCan: Array<ItemAction>;
          title: string | null;
          description: string | null;
          status: ActionStatus | null;
          statusReason: string | null;
          statusChangedAt: Date | string | null;
          dueOn: string | null;
          overdue: boolean | null;
          allowedTransitions: Array<ActionStatus> | null;
          ownerOrganisation: { id: string; name: string } | null;
          ownerProfessional: { id: string; name: string } | null;
          doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
        }>;
        results: Array<{
          id: string;
          redacted: boolean;
          measuredOn: string | null;
          score: number | null;
          status: ResultStatus | null;
          evidence: string | null;
          author: { id: string; name: string } | null;
        }>;
      }>;
    } | null;
    plans: Array<{
      id: string;
      version: number;
      number: number;
      status: PlanStatus;
      redacted: boolean;
      createdAt: Date | string;
      agreedOn: string | null;
      approvedOn: string | null;
      supersededOn: string | null;
    }>;
  } | null;
};

export type PlanVersionQueryVariables = Exact<{
  id: string | number;
}>;

export type PlanVersionQuery = {
  dossierItem:
    | { __typename: "Action"; id: string }
    | { __typename: "Assessment"; id: string }
    | { __typename: "Evaluation"; id: string }
    | { __typename: "Goal"; id: string }
    | { __typename: "MeetingContribution"; id: string }
    | { __typename: "NetworkMember"; id: string }
    | { __typename: "Note"; id: string }
    | { __typename: "Observation"; id: string }
    | {
        __typename: "Plan";
        id: string;
        perspective: string | null;
        reopenReason: string | null;
        includesYouthCare: boolean;
        allowedTransitions: Array<PlanStatus>;
        approvalProblem: string | null;
        version: number;
        number: number;
        status: PlanStatus;
        redacted: boolean;
        createdAt: Date | string;
        agreedOn: string | null;
        approvedOn: string | null;
        supersededOn: string | null;
        subjects: Array<{ id: string; fullName: string }> | null;
        agreedBy: Array<{ id: string; fullName: string }> | null;
        approvedBy: { id: string; name: string } | null;
        goals: Array<{
          id: string;
          version: number;
          redacted: boolean;
          domain: Domain;
          dataClass: DataClass;
          viewerCan: Array<ItemAction>;
          familyWording: string | null;
          professionalWording: string | null;
          priority: GoalPriority | null;
          targetDate: string | null;
          subjects: Array<{ id: string; fullName: string }> | null;
          actions: Array<{
            id: string;
            version: number;
            redacted: boolean;
            domain: Domain;
            goalId: string;
            viewerCan: Array<ItemAction>;
            title: string | null;
            description: string | null;
            status: ActionStatus | null;
            statusReason: string | null;
            statusChangedAt: Date | string | null;
            dueOn: string | null;
            overdue: boolean | null;
            allowedTransitions: Array<ActionStatus> | null;
            ownerOrganisation: { id: string; name: string } | null;
            ownerProfessional: { id: string; name: string } | null;
            doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
          }>;
          results: Array<{
            id: string;
            redacted: boolean;
            measuredOn: string | null;
            score: number | null;
            status: ResultStatus | null;
            evidence: string | null;
            author: { id: string; name: string } | null;
          }>;
        }>;
      }
    | { __typename: "Problem"; id: string }
    | { __typename: "Referral"; id: string }
    | { __typename: "Result"; id: string }
    | { __typename: "SafetyAssessment"; id: string }
    | null;
};

export type RecordDoorbraakMutationVariables = Exact<{
  input: RecordDoorbraakInput;
}>;

export type RecordDoorbraakMutation = { recordDoorbraak: { id: string } };

export type RecordPlanResultMutationVariables = Exact<{
  input: RecordResultInput;
}>;

export type RecordPlanResultMutation = { recordResult: { id: string } };

export type ReopenFamilyPlanMutationVariables = Exact<{
  input: ReopenPlanInput;
}>;

export type ReopenFamilyPlanMutation = { reopenPlan: { id: string; version: number; status: PlanStatus } };

export type SchedulePlanEvaluationMutationVariables = Exact<{
  input: ScheduleEvaluationInput;
}>;

export type SchedulePlanEvaluationMutation = {
  scheduleEvaluation: {
    id: string;
    version: number;
    redacted: boolean;
    viewerCan: Array<ItemAction>;
    planId: string;
    scheduledOn: string | null;
    heldOn: string | null;
    status: EvaluationStatus | null;
    overdue: boolean | null;
    participants: Array<string> | null;
    conclusions: string | null;
    ledToPlan: { id: string; number: number; status: PlanStatus } | null;
  };
};

export type SetPlanEvaluationIntervalMutationVariables = Exact<{
  input: SetEvaluationIntervalInput;
}>;

export type SetPlanEvaluationIntervalMutation = {
  setEvaluationInterval: { id: string; version: number; evaluationIntervalMonths: number };
};

export type UpdateFamilyPlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;

export type UpdateFamilyPlanMutation = {
  updatePlan: { id: string; version: number; perspective: string | null };
};

export type PlanActionRowFragment = {
  id: string;
  version: number;
  redacted: boolean;
  domain: Domain;
  goalId: string;
  viewerCan: Array<ItemAction>;
  title: string | null;
  description: string | null;
  status: ActionStatus | null;
  statusReason: string | null;
  statusChangedAt: Date | string | null;
  dueOn: string | null;
  overdue: boolean | null;
  allowedTransitions: Array<ActionStatus> | null;
  ownerOrganisation: { id: string; name: string } | null;
  ownerProfessional: { id: string; name: string } | null;
  doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
};

export type PlanResultRowFragment = {
  id: string;
  redacted: boolean;
  measuredOn: string | null;
  score: number | null;
  status: ResultStatus | null;
  evidence: string | null;
  author: { id: string; name: string } | null;
};

export type PlanGoalFragment = {
  id: string;
  version: number;
  redacted: boolean;
  domain: Domain;
  dataClass: DataClass;
  viewerCan: Array<ItemAction>;
  familyWording: string | null;
  professionalWording: string | null;
  priority: GoalPriority | null;
  targetDate: string | null;
  subjects: Array<{ id: string; fullName: string }> | null;
  actions: Array<{
    id: string;
    version: number;
    redacted: boolean;
    domain: Domain;
    goalId: string;
    viewerCan: Array<ItemAction>;
    title: string | null;
    description: string | null;
    status: ActionStatus | null;
    statusReason: string | null;
    statusChangedAt: Date | string | null;
    dueOn: string | null;
    overdue: boolean | null;
    allowedTransitions: Array<ActionStatus> | null;
    ownerOrganisation: { id: string; name: string } | null;
    ownerProfessional: { id: string; name: string } | null;
    doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
  }>;
  results: Array<{
    id: string;
    redacted: boolean;
    measuredOn: string | null;
    score: number | null;
    status: ResultStatus | null;
    evidence: string | null;
    author: { id: string; name: string } | null;
  }>;
};

export type PlanSummaryFragment = {
  id: string;
  version: number;
  number: number;
  status: PlanStatus;
  redacted: boolean;
  createdAt: Date | string;
  agreedOn: string | null;
  approvedOn: string | null;
  supersededOn: string | null;
};

export type PlanDetailFragment = {
  perspective: string | null;
  reopenReason: string | null;
  includesYouthCare: boolean;
  allowedTransitions: Array<PlanStatus>;
  approvalProblem: string | null;
  id: string;
  version: number;
  number: number;
  status: PlanStatus;
  redacted: boolean;
  createdAt: Date | string;
  agreedOn: string | null;
  approvedOn: string | null;
  supersededOn: string | null;
  subjects: Array<{ id: string; fullName: string }> | null;
  agreedBy: Array<{ id: string; fullName: string }> | null;
  approvedBy: { id: string; name: string } | null;
  goals: Array<{
    id: string;
    version: number;
    redacted: boolean;
    domain: Domain;
    dataClass: DataClass;
    viewerCan: Array<ItemAction>;
    familyWording: string | null;
    professionalWording: string | null;
    priority: GoalPriority | null;
    targetDate: string | null;
    subjects: Array<{ id: string; fullName: string }> | null;
    actions: Array<{
      id: string;
      version: number;
      redacted: boolean;
      domain: Domain;
      goalId: string;
      viewerCan: Array<ItemAction>;
      title: string | null;
      description: string | null;
      status: ActionStatus | null;
      statusReason: string | null;
      statusChangedAt: Date | string | null;
      dueOn: string | null;
      overdue: boolean | null;
      allowedTransitions: Array<ActionStatus> | null;
      ownerOrganisation: { id: string; name: string } | null;
      ownerProfessional: { id: string; name: string } | null;
      doorbraak: { authority: string; heard: Array<string>; decidedOn: string } | null;
    }>;
    results: Array<{
      id: string;
      redacted: boolean;
      measuredOn: string | null;
      score: number | null;
      status: ResultStatus | null;
      evidence: string | null;
      author: { id: string; name: string } | null;
    }>;
  }>;
};

export type PlanStatusChangeFragment = { id: string; version: number; status: PlanStatus };

export type PlanEvaluationRowFragment = {
  id: string;
  version: number;
  redacted: boolean;
  viewerCan: Array<ItemAction>;
  planId: string;
  scheduledOn: string | null;
  heldOn: string | null;
  status: EvaluationStatus | null;
  overdue: boolean | null;
  participants: Array<string> | null;
  conclusions: string | null;
  ledToPlan: { id: string; number: number; status: PlanStatus } | null;
};

export type PortfolioQueryVariables = Exact<{
  filter?: PortfolioFilter | null | undefined;
  orderBy?: PortfolioOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PortfolioQuery = {
  portfolio: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        caseId: string;
        reference: string;
        title: string;
        phase: CasePhase;
        framework: CaseFramework;
        escalationLevel: number;
        weeksInPhase: number;
        stalled: boolean;
        overdueActions: number;
        acuteSafety: boolean;
        urgency: number;
        reasons: Array<string>;
        awaitsAgenda: { tableName: string; escalatedOn: string; daysWaiting: number } | null;
        casusregisseur: { id: string; name: string } | null;
      };
    }>;
  };
};

export type PortfolioChartsQueryVariables = Exact<{
  filter?: PortfolioFilter | null | undefined;
}>;

export type PortfolioChartsQuery = {
  portfolioCharts: {
    stalledByWeek: Array<{ weekEnd: string; stalled: number }>;
    timeInPhase: Array<{
      phase: CasePhase;
      cases: number;
      medianWeeks: number | null;
      maxWeeks: number | null;
    }>;
    budgetUse: Array<{
      caseId: string;
      reference: string;
      budgetCents: number;
      committedCents: number;
      spentCents: number;
      availableCents: number;
      overBudget: boolean;
    }>;
    partnerTimeliness: Array<{
      doneOnTime: number;
      doneLate: number;
      openOverdue: number;
      onTimeShare: number;
      medianDaysLate: number | null;
      organisation: { id: string; name: string };
    }>;
  };
};

export type PortfolioCsvQueryVariables = Exact<{
  filter?: PortfolioFilter | null | undefined;
  orderBy?: PortfolioOrder | null | undefined;
}>;

export type PortfolioCsvQuery = {
  portfolioCsv: { fileName: string; mediaType: string; contentBase64: string };
};

export type PortfolioSummaryQueryVariables = Exact<{
  filter?: PortfolioFilter | null | undefined;
}>;

export type PortfolioSummaryQuery = {
  portfolioSummary: {
    total: number;
    stalled: number;
    overdue: number;
    acuteSafety: number;
    byPhase: Array<{ phase: CasePhase; cases: number; stalled: number }>;
  };
};

export type ProcessingLogLinesQueryVariables = Exact<{
  search?: ProcessingLogSearch | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProcessingLogLinesQuery = {
  processingLogLines: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        caseId: string;
        caseReference: string | null;
        startedAt: Date | string;
        actorType: string;
        role: string | null;
        operations: Array<LogOperation>;
        subjectCount: number;
        fields: Array<string>;
        itemCount: number;
        processingActivityIds: Array<string>;
        legalBases: Array<LegalBasis>;
        outcomes: Array<string>;
        breakGlass: boolean;
        details: Array<string>;
        entryCount: number;
        actor: { id: string; name: string } | null;
        organisation: { id: string; name: string } | null;
        subjects: Array<{ id: string; fullName: string }>;
      };
    }>;
  };
};

export type CaseReferralsQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseReferralsQuery = {
  case: {
    id: string;
    budget: { totalCostCents: number; activeCostCents: number; referralCount: number };
    referrals: Array<{
      id: string;
      version: number;
      domain: Domain;
      referralKind: ReferralKind | null;
      care: string | null;
      providerName: string | null;
      startsOn: string | null;
      endsOn: string | null;
      costCents: number | null;
      reference: string | null;
      subjects: Array<{ id: string; fullName: string }> | null;
      authorOrganisation: { id: string; name: string };
    }>;
  } | null;
};

export type RecordReferralMutationVariables = Exact<{
  input: RecordReferralInput;
}>;

export type RecordReferralMutation = { recordReferral: { id: string; care: string | null } };

export type CaseScenariosQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseScenariosQuery = {
  case: {
    id: string;
    viewerCan: Array<CaseAction>;
    scenarios: {
      version: number;
      factors: Array<{ question: string; outcomes: Array<string> }>;
      scenarios: Array<{
        key: string;
        firstOutcome: string;
        secondOutcome: string;
        response: string;
        current: boolean;
        signals: Array<{
          id: string;
          description: string;
          observedAt: Date | string | null;
          observedBy: { id: string; name: string } | null;
        }>;
      }>;
      current: { key: string } | null;
    } | null;
  } | null;
};

export type DraftPlanWithReasonMutationVariables = Exact<{
  input: DraftPlanInput;
}>;

export type DraftPlanWithReasonMutation = {
  draftPlan: { id: string; number: number; status: PlanStatus; draftReason: string | null };
};

export type ObserveScenarioSignalMutationVariables = Exact<{
  signalId: string | number;
}>;

export type ObserveScenarioSignalMutation = {
  observeScenarioSignal: {
    id: string;
    scenarios: {
      version: number;
      factors: Array<{ question: string; outcomes: Array<string> }>;
      scenarios: Array<{
        key: string;
        firstOutcome: string;
        secondOutcome: string;
        response: string;
        current: boolean;
        signals: Array<{
          id: string;
          description: string;
          observedAt: Date | string | null;
          observedBy: { id: string; name: string } | null;
        }>;
      }>;
      current: { key: string } | null;
    } | null;
  };
};

export type SetCaseScenariosMutationVariables = Exact<{
  input: SetCaseScenariosInput;
}>;

export type SetCaseScenariosMutation = {
  setCaseScenarios: {
    id: string;
    scenarios: {
      version: number;
      factors: Array<{ question: string; outcomes: Array<string> }>;
      scenarios: Array<{
        key: string;
        firstOutcome: string;
        secondOutcome: string;
        response: string;
        current: boolean;
        signals: Array<{
          id: string;
          description: string;
          observedAt: Date | string | null;
          observedBy: { id: string; name: string } | null;
        }>;
      }>;
      current: { key: string } | null;
    } | null;
  };
};

export type CaseScenariosFieldsFragment = {
  version: number;
  factors: Array<{ question: string; outcomes: Array<string> }>;
  scenarios: Array<{
    key: string;
    firstOutcome: string;
    secondOutcome: string;
    response: string;
    current: boolean;
    signals: Array<{
      id: string;
      description: string;
      observedAt: Date | string | null;
      observedBy: { id: string; name: string } | null;
    }>;
  }>;
  current: { key: string } | null;
};

export type AuthConfigQueryVariables = Exact<{ [key: string]: never }>;

export type AuthConfigQuery = { authConfig: { mode: AuthMode; issuer: string | null } };

export type DevSignInMutationVariables = Exact<{
  professionalId: string | number;
}>;

export type DevSignInMutation = {
  devSignIn: { token: string; expiresAt: Date | string; professional: { id: string; name: string } };
};

export type DevSignInOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type DevSignInOptionsQuery = {
  devSignInOptions: Array<{
    professionalId: string;
    name: string;
    role: ProfessionalRole;
    organisationName: string;
    organisationKind: OrganisationKind;
  }>;
};

export type CaseAgendaQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseAgendaQuery = {
  case: {
    id: string;
    viewerCan: Array<CaseAction>;
    agendaEntries: Array<{
      id: string;
      question: string;
      phase: MeetingPhase;
      placedAt: Date | string;
      decidedAt: Date | string | null;
      outcome: AgendaOutcome | null;
      decision: string | null;
      nextReviewOn: string | null;
      frameworkDecidedTo: CaseFramework | null;
      carriedBy: { id: string; name: string } | null;
      present: Array<{ id: string; name: string }>;
    }>;
  } | null;
};

export type MarkTableOutcomeNoticeReadMutationVariables = Exact<{
  id: string | number;
}>;

export type MarkTableOutcomeNoticeReadMutation = {
  markTableOutcomeNoticeRead: { id: string; readAt: Date | string | null };
};

export type MoveAgendaPhaseMutationVariables = Exact<{
  input: MoveAgendaPhaseInput;
}>;

export type MoveAgendaPhaseMutation = {
  moveAgendaPhase: { id: string; phase: MeetingPhase; allowedPhaseMoves: Array<MeetingPhase> };
};

export type MySessionsQueryVariables = Exact<{ [key: string]: never }>;

export type MySessionsQuery = {
  mySessions: Array<{
    id: string;
    heldOn: string;
    table: { id: string; name: string };
    members: Array<{ id: string; name: string; organisation: { id: string; name: string } }>;
    agenda: Array<{
      id: string;
      caseId: string;
      caseReference: string;
      question: string;
      preparationSummary: string | null;
      placedAt: Date | string;
      decidedAt: Date | string | null;
      phase: MeetingPhase;
      allowedPhaseMoves: Array<MeetingPhase>;
      viewerCan: Array<AgendaAction>;
      outcome: AgendaOutcome | null;
      decision: string | null;
      nextReviewOn: string | null;
      frameworkDecidedTo: CaseFramework | null;
      carriedBy: { id: string; name: string } | null;
      present: Array<{ id: string; name: string }>;
    }>;
  }>;
};

export type MyTableOutcomeNoticesQueryVariables = Exact<{ [key: string]: never }>;

export type MyTableOutcomeNoticesQuery = {
  myTableOutcomeNotices: Array<{
    id: string;
    message: string;
    createdAt: Date | string;
    readAt: Date | string | null;
    table: { id: string; name: string };
    entry: {
      id: string;
      caseReference: string;
      outcome: AgendaOutcome | null;
      decision: string | null;
      nextReviewOn: string | null;
      frameworkDecidedTo: CaseFramework | null;
      carriedBy: { id: string; name: string } | null;
      present: Array<{ id: string; name: string }>;
    };
  }>;
};

export type PlanTableSessionMutationVariables = Exact<{
  input: PlanTableSessionInput;
}>;

export type PlanTableSessionMutation = {
  planTableSession: { id: string; heldOn: string; table: { id: string; name: string } };
};

export type PutCaseOnAgendaMutationVariables = Exact<{
  input: PutCaseOnAgendaInput;
}>;

export type PutCaseOnAgendaMutation = { putCaseOnAgenda: { id: string; question: string } };

export type RecordAgendaOutcomeMutationVariables = Exact<{
  input: RecordAgendaOutcomeInput;
}>;

export type RecordAgendaOutcomeMutation = {
  recordAgendaOutcome: {
    id: string;
    decidedAt: Date | string | null;
    phase: MeetingPhase;
    allowedPhaseMoves: Array<MeetingPhase>;
    viewerCan: Array<AgendaAction>;
    outcome: AgendaOutcome | null;
    decision: string | null;
    nextReviewOn: string | null;
    frameworkDecidedTo: CaseFramework | null;
    carriedBy: { id: string; name: string } | null;
    present: Array<{ id: string; name: string }>;
  };
};

export type TableChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type TableChoicesQuery = { escalationTables: Array<{ id: string; name: string }> };

export type AgendaEntryOutcomeFragment = {
  outcome: AgendaOutcome | null;
  decision: string | null;
  nextReviewOn: string | null;
  frameworkDecidedTo: CaseFramework | null;
  carriedBy: { id: string; name: string } | null;
  present: Array<{ id: string; name: string }>;
};

export type SessionEntryDecisionFragment = {
  decidedAt: Date | string | null;
  phase: MeetingPhase;
  allowedPhaseMoves: Array<MeetingPhase>;
  viewerCan: Array<AgendaAction>;
  outcome: AgendaOutcome | null;
  decision: string | null;
  nextReviewOn: string | null;
  frameworkDecidedTo: CaseFramework | null;
  carriedBy: { id: string; name: string } | null;
  present: Array<{ id: string; name: string }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  viewerCan: Array<GlobalAction>;
  me: {
    id: string;
    name: string;
    role: ProfessionalRole;
    organisation: { id: string; name: string; kind: OrganisationKind };
  };
};

export type ProfessionalNameFragment = { id: string; name: string };

export type OrganisationNameFragment = { id: string; name: string };

export type PersonNameFragment = { id: string; fullName: string };

export type ProfessionalWithOrganisationFragment = {
  id: string;
  name: string;
  organisation: { id: string; name: string };
};

type ItemAuthor_Action_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Assessment_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Evaluation_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Goal_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_MeetingContribution_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_NetworkMember_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Note_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Observation_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Plan_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Problem_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Referral_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_Result_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

type ItemAuthor_SafetyAssessment_Fragment = {
  author: { id: string; name: string } | null;
  authorOrganisation: { id: string; name: string };
};

export type ItemAuthorFragment =
  | ItemAuthor_Action_Fragment
  | ItemAuthor_Assessment_Fragment
  | ItemAuthor_Evaluation_Fragment
  | ItemAuthor_Goal_Fragment
  | ItemAuthor_MeetingContribution_Fragment
  | ItemAuthor_NetworkMember_Fragment
  | ItemAuthor_Note_Fragment
  | ItemAuthor_Observation_Fragment
  | ItemAuthor_Plan_Fragment
  | ItemAuthor_Problem_Fragment
  | ItemAuthor_Referral_Fragment
  | ItemAuthor_Result_Fragment
  | ItemAuthor_SafetyAssessment_Fragment;

export type CaseHeaderFragment = { id: string; reference: string; title: string };

export type NextPageFragment = { hasNextPage: boolean; endCursor: string | null };

export type DocumentFileFragment = { fileName: string; mediaType: string; contentBase64: string };

export type TableNameFragment = { id: string; name: string };

export type LiveCaseEventsSubscriptionVariables = Exact<{
  caseId: string | number;
  afterSeq?: number | null | undefined;
}>;

export type LiveCaseEventsSubscription = {
  caseEvents: {
    seq: number;
    kind: DossierEventKind;
    itemKind: DossierItemKind | null;
    itemId: string | null;
  };
};

export type LiveLastEventSeqQueryVariables = Exact<{ [key: string]: never }>;

export type LiveLastEventSeqQuery = { lastEventSeq: number };

export type LivePortfolioEventsSubscriptionVariables = Exact<{
  afterSeq?: number | null | undefined;
}>;

export type LivePortfolioEventsSubscription = { portfolioEvents: { seq: number; change: PortfolioChange } };

export const ProfessionalNameFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfessionalNameFragment, unknown>;
export const ApiClientFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiClientFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiClient" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "allowedCidrs" } },
          { kind: "Field", name: { kind: "Name", value: "authMethod" } },
          { kind: "Field", name: { kind: "Name", value: "keyIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "secrets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "revokedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientFieldsFragment, unknown>;
export const OrganisationNameFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationNameFragment, unknown>;
export const BreakGlassAccessFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BreakGlassAccessFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "BreakGlassAccess" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "caseReference" } },
          { kind: "Field", name: { kind: "Name", value: "itemId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "professional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "justification" } },
          { kind: "Field", name: { kind: "Name", value: "openedAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "verdict" } },
          { kind: "Field", name: { kind: "Name", value: "reviewNote" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BreakGlassAccessFieldsFragment, unknown>;
export const ProfessionalWithOrganisationFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfessionalWithOrganisationFragment, unknown>;
export const CaseDetailFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "municipality" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "framework" } },
          { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "casusregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "phaseReason" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "by" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teamWarnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "persons" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
                { kind: "Field", name: { kind: "Name", value: "birthDate" } },
                { kind: "Field", name: { kind: "Name", value: "age" } },
                { kind: "Field", name: { kind: "Name", value: "householdRole" } },
                { kind: "Field", name: { kind: "Name", value: "hasBsn" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "team" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organisation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
                { kind: "Field", name: { kind: "Name", value: "responsibilityRedacted" } },
                { kind: "Field", name: { kind: "Name", value: "domains" } },
                { kind: "Field", name: { kind: "Name", value: "isDirecting" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetailFragment, unknown>;
export const PersonNameFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonNameFragment, unknown>;
export const ConsentGrantFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ConsentGrantFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ConsentGrant" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "grantee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "domains" } },
          { kind: "Field", name: { kind: "Name", value: "dataClasses" } },
          { kind: "Field", name: { kind: "Name", value: "purpose" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "validFrom" } },
          { kind: "Field", name: { kind: "Name", value: "validUntil" } },
          { kind: "Field", name: { kind: "Name", value: "evidenceReference" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recordedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsentGrantFieldsFragment, unknown>;
export const ItemAuthorFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ItemAuthorFragment, unknown>;
export const DossierItemCardFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DossierItemCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "accessVia" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recordedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Observation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "observationKind" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Note" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "occurredOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionTitle" },
                  name: { kind: "Name", value: "title" },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "number" } },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "planStatus" },
                  name: { kind: "Name", value: "status" },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "resultStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DossierItemCardFragment, unknown>;
export const CaseEscalationLevelFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseEscalationLevel" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseEscalationLevelFragment, unknown>;
export const FollowUpChangedCaseFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpChangedCase" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpChangedCaseFragment, unknown>;
export const MeetingDetailFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "chair" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "participants" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "information" } },
                { kind: "Field", name: { kind: "Name", value: "judgements" } },
                { kind: "Field", name: { kind: "Name", value: "proposals" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contributions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "redacted" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "contributionKind" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "subjects" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "decision" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decidedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentProfessionals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentPersons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "redacted" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ownerOrganisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingDetailFragment, unknown>;
export const PlanGoalOptionsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanGoalOptions" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "goals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "redacted" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "familyWording" } },
                { kind: "Field", name: { kind: "Name", value: "professionalWording" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanGoalOptionsFragment, unknown>;
export const OwnReferenceFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OwnReference" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartnerReference" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnReferenceFragment, unknown>;
export const PlanSummaryFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanSummary" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "agreedOn" } },
          { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
          { kind: "Field", name: { kind: "Name", value: "supersededOn" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanSummaryFragment, unknown>;
export const PlanActionRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanActionRowFragment, unknown>;
export const PlanResultRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanResultRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "evidence" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanResultRowFragment, unknown>;
export const PlanGoalFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanGoal" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Goal" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "familyWording" } },
          { kind: "Field", name: { kind: "Name", value: "professionalWording" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "targetDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanActionRow" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "results" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanResultRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanResultRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "evidence" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanGoalFragment, unknown>;
export const PlanDetailFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "PlanSummary" } },
          { kind: "Field", name: { kind: "Name", value: "perspective" } },
          { kind: "Field", name: { kind: "Name", value: "reopenReason" } },
          { kind: "Field", name: { kind: "Name", value: "includesYouthCare" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          { kind: "Field", name: { kind: "Name", value: "approvalProblem" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "agreedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "approvedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "goals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanGoal" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanResultRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "evidence" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanSummary" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "agreedOn" } },
          { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
          { kind: "Field", name: { kind: "Name", value: "supersededOn" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanGoal" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Goal" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "familyWording" } },
          { kind: "Field", name: { kind: "Name", value: "professionalWording" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "targetDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanActionRow" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "results" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanResultRow" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanDetailFragment, unknown>;
export const PlanStatusChangeFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanStatusChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanStatusChangeFragment, unknown>;
export const PlanEvaluationRowFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanEvaluationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "planId" } },
          { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "participants" } },
          { kind: "Field", name: { kind: "Name", value: "conclusions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ledToPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanEvaluationRowFragment, unknown>;
export const CaseScenariosFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseScenariosFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CaseScenarios" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "factors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "outcomes" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "scenarios" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "firstOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "secondOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "response" } },
                { kind: "Field", name: { kind: "Name", value: "current" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "signals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "observedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "observedBy" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "current" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "key" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseScenariosFieldsFragment, unknown>;
export const AgendaEntryOutcomeFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntryOutcome" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "outcome" } },
          { kind: "Field", name: { kind: "Name", value: "decision" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "carriedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextReviewOn" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkDecidedTo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "present" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaEntryOutcomeFragment, unknown>;
export const SessionEntryDecisionFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionEntryDecision" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "AgendaEntryOutcome" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntryOutcome" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "outcome" } },
          { kind: "Field", name: { kind: "Name", value: "decision" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "carriedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextReviewOn" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkDecidedTo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "present" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionEntryDecisionFragment, unknown>;
export const CaseHeaderFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseHeader" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseHeaderFragment, unknown>;
export const NextPageFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "NextPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PageInfo" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
          { kind: "Field", name: { kind: "Name", value: "endCursor" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NextPageFragment, unknown>;
export const DocumentFileFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DocumentFile" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Document" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "fileName" } },
          { kind: "Field", name: { kind: "Name", value: "mediaType" } },
          { kind: "Field", name: { kind: "Name", value: "contentBase64" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DocumentFileFragment, unknown>;
export const TableNameFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TableName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "EscalationTable" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TableNameFragment, unknown>;
export const ApiClientsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ApiClients" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "apiClients" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ApiClientFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiClientFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiClient" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "allowedCidrs" } },
          { kind: "Field", name: { kind: "Name", value: "authMethod" } },
          { kind: "Field", name: { kind: "Name", value: "keyIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "secrets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "revokedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const RegisterApiClientDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RegisterApiClient" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RegisterApiClientInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registerApiClient" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientSecret" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "client" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ApiClientFields" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiClientFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiClient" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "allowedCidrs" } },
          { kind: "Field", name: { kind: "Name", value: "authMethod" } },
          { kind: "Field", name: { kind: "Name", value: "keyIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "secrets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "revokedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterApiClientMutation, RegisterApiClientMutationVariables>;
export const RevokeApiClientDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RevokeApiClient" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "revokeApiClient" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ApiClientFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiClientFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiClient" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "allowedCidrs" } },
          { kind: "Field", name: { kind: "Name", value: "authMethod" } },
          { kind: "Field", name: { kind: "Name", value: "keyIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "secrets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "revokedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const RotateApiClientSecretDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RotateApiClientSecret" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "overlapMinutes" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rotateApiClientSecret" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "overlapMinutes" },
                value: { kind: "Variable", name: { kind: "Name", value: "overlapMinutes" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "clientSecret" } },
                { kind: "Field", name: { kind: "Name", value: "previousSecretsExpireAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "client" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ApiClientFields" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApiClientFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApiClient" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "scopes" } },
          { kind: "Field", name: { kind: "Name", value: "allowedCidrs" } },
          { kind: "Field", name: { kind: "Name", value: "authMethod" } },
          { kind: "Field", name: { kind: "Name", value: "keyIds" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "secrets" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "createdBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "revokedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateApiClientSecretMutation, RotateApiClientSecretMutationVariables>;
export const BreakGlassReviewsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "BreakGlassReviews" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "includeReviewed" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "breakGlassReviews" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeReviewed" },
                value: { kind: "Variable", name: { kind: "Name", value: "includeReviewed" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "BreakGlassAccessFields" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BreakGlassAccessFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "BreakGlassAccess" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "caseReference" } },
          { kind: "Field", name: { kind: "Name", value: "itemId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "professional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "justification" } },
          { kind: "Field", name: { kind: "Name", value: "openedAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "verdict" } },
          { kind: "Field", name: { kind: "Name", value: "reviewNote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BreakGlassReviewsQuery, BreakGlassReviewsQueryVariables>;
export const ReviewBreakGlassDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReviewBreakGlass" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ReviewBreakGlassInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewBreakGlass" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "BreakGlassAccessFields" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "BreakGlassAccessFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "BreakGlassAccess" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "caseReference" } },
          { kind: "Field", name: { kind: "Name", value: "itemId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "professional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "justification" } },
          { kind: "Field", name: { kind: "Name", value: "openedAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "verdict" } },
          { kind: "Field", name: { kind: "Name", value: "reviewNote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
export const AddPersonDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddPerson" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddPersonInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addPerson" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPersonMutation, AddPersonMutationVariables>;
export const AddTeamMemberDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddTeamMember" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddTeamMemberInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addTeamMember" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const CaseBsnDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseBsn" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "persons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "bsn" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseBsnQuery, CaseBsnQueryVariables>;
export const CaseDetailDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseDetail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "municipality" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "framework" } },
          { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "casusregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "phaseReason" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "by" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teamWarnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "persons" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
                { kind: "Field", name: { kind: "Name", value: "birthDate" } },
                { kind: "Field", name: { kind: "Name", value: "age" } },
                { kind: "Field", name: { kind: "Name", value: "householdRole" } },
                { kind: "Field", name: { kind: "Name", value: "hasBsn" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "team" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organisation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
                { kind: "Field", name: { kind: "Name", value: "responsibilityRedacted" } },
                { kind: "Field", name: { kind: "Name", value: "domains" } },
                { kind: "Field", name: { kind: "Name", value: "isDirecting" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "CaseFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cases" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "NextPage" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "reference" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "phase" } },
                            { kind: "Field", name: { kind: "Name", value: "framework" } },
                            { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
                            { kind: "Field", name: { kind: "Name", value: "openedOn" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "casusregisseur" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "FragmentSpread",
                                    name: { kind: "Name", value: "ProfessionalName" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "NextPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PageInfo" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
          { kind: "Field", name: { kind: "Name", value: "endCursor" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const CaseStatusDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseStatus" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "followUp" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "overdue" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ownerOrganisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ownerProfessional" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                      { kind: "Field", name: { kind: "Name", value: "heldOn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluationSchedule" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "nextDueOn" } },
                      { kind: "Field", name: { kind: "Name", value: "overdue" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "currentPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "number" } },
                      { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "draftPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "number" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "grants" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "validUntil" } },
                      { kind: "Field", name: { kind: "Name", value: "isActive" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "grantee" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nextCheckInOn" },
                  directives: [
                    {
                      kind: "Directive",
                      name: { kind: "Name", value: "include" },
                      arguments: [
                        {
                          kind: "Argument",
                          name: { kind: "Name", value: "if" },
                          value: { kind: "Variable", name: { kind: "Name", value: "followUp" } },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseStatusQuery, CaseStatusQueryVariables>;
export const MoveCasePhaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MoveCasePhase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MoveCasePhaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "moveCasePhase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "municipality" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "framework" } },
          { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "casusregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "phaseReason" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "by" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teamWarnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "persons" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
                { kind: "Field", name: { kind: "Name", value: "birthDate" } },
                { kind: "Field", name: { kind: "Name", value: "age" } },
                { kind: "Field", name: { kind: "Name", value: "householdRole" } },
                { kind: "Field", name: { kind: "Name", value: "hasBsn" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "team" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organisation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
                { kind: "Field", name: { kind: "Name", value: "responsibilityRedacted" } },
                { kind: "Field", name: { kind: "Name", value: "domains" } },
                { kind: "Field", name: { kind: "Name", value: "isDirecting" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveCasePhaseMutation, MoveCasePhaseMutationVariables>;
export const OpenCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OpenCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "OpenCaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "openCase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseHeader" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseHeader" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const OrganisationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Organisations" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisations" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const ProfessionalsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Professionals" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "role" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ProfessionalRole" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "professionals" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "organisationId" },
                value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "role" },
                value: { kind: "Variable", name: { kind: "Name", value: "role" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfessionalsQuery, ProfessionalsQueryVariables>;
export const RemoveTeamMemberDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RemoveTeamMember" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "removeTeamMember" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "municipality" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "framework" } },
          { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "casusregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "phaseReason" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "by" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "teamWarnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "persons" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
                { kind: "Field", name: { kind: "Name", value: "givenName" } },
                { kind: "Field", name: { kind: "Name", value: "familyName" } },
                { kind: "Field", name: { kind: "Name", value: "birthDate" } },
                { kind: "Field", name: { kind: "Name", value: "age" } },
                { kind: "Field", name: { kind: "Name", value: "householdRole" } },
                { kind: "Field", name: { kind: "Name", value: "hasBsn" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "team" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organisation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
                { kind: "Field", name: { kind: "Name", value: "responsibilityRedacted" } },
                { kind: "Field", name: { kind: "Name", value: "domains" } },
                { kind: "Field", name: { kind: "Name", value: "isDirecting" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const UpdateCaseDetailsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateCaseDetails" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateCaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateCase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "municipality" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCaseDetailsMutation, UpdateCaseDetailsMutationVariables>;
export const CaseGrantsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseGrants" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "includeInactive" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "grants" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "includeInactive" },
                      value: { kind: "Variable", name: { kind: "Name", value: "includeInactive" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ConsentGrantFields" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ConsentGrantFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ConsentGrant" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "grantee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "domains" } },
          { kind: "Field", name: { kind: "Name", value: "dataClasses" } },
          { kind: "Field", name: { kind: "Name", value: "purpose" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "validFrom" } },
          { kind: "Field", name: { kind: "Name", value: "validUntil" } },
          { kind: "Field", name: { kind: "Name", value: "evidenceReference" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recordedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseGrantsQuery, CaseGrantsQueryVariables>;
export const GrantAccessDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "GrantAccess" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "GrantAccessInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "grantAccess" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ConsentGrantFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ConsentGrantFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ConsentGrant" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "grantee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "domains" } },
          { kind: "Field", name: { kind: "Name", value: "dataClasses" } },
          { kind: "Field", name: { kind: "Name", value: "purpose" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "validFrom" } },
          { kind: "Field", name: { kind: "Name", value: "validUntil" } },
          { kind: "Field", name: { kind: "Name", value: "evidenceReference" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recordedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantAccessMutation, GrantAccessMutationVariables>;
export const OrganisationAccessDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrganisationAccess" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accessFor" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "organisationId" },
                      value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "organisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "wholeCase" } },
                      { kind: "Field", name: { kind: "Name", value: "visibleItemCount" } },
                      { kind: "Field", name: { kind: "Name", value: "totalItemCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "activeGrants" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationAccessQuery, OrganisationAccessQueryVariables>;
export const WithdrawAccessDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "WithdrawAccess" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "WithdrawAccessInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawAccess" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ConsentGrantFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ConsentGrantFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ConsentGrant" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "grantee" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "domains" } },
          { kind: "Field", name: { kind: "Name", value: "dataClasses" } },
          { kind: "Field", name: { kind: "Name", value: "purpose" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "validFrom" } },
          { kind: "Field", name: { kind: "Name", value: "validUntil" } },
          { kind: "Field", name: { kind: "Name", value: "evidenceReference" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "recordedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawAccessMutation, WithdrawAccessMutationVariables>;
export const AddOwnStatementDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddOwnStatement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddOwnStatementInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addOwnStatement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DossierItemCard" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DossierItemCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "accessVia" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recordedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Observation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "observationKind" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Note" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "occurredOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionTitle" },
                  name: { kind: "Name", value: "title" },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "number" } },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "planStatus" },
                  name: { kind: "Name", value: "status" },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "resultStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddOwnStatementMutation, AddOwnStatementMutationVariables>;
export const BreakGlassDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "BreakGlass" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "BreakGlassInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "breakGlass" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "caseId" } },
                { kind: "Field", name: { kind: "Name", value: "itemId" } },
                { kind: "Field", name: { kind: "Name", value: "openedAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BreakGlassMutation, BreakGlassMutationVariables>;
export const DossierItemHistoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DossierItemHistory" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dossierItemHistory" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "snapshot" } },
                { kind: "Field", name: { kind: "Name", value: "supersededAt" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "supersededBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DossierItemHistoryQuery, DossierItemHistoryQueryVariables>;
export const DossierRedactedDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DossierRedacted" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "TimelineFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "timeline" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "filter" },
                      value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "Variable", name: { kind: "Name", value: "first" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "includeRedacted" },
                      value: { kind: "BooleanValue", value: true },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "cursor" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "kind" } },
                                  { kind: "Field", name: { kind: "Name", value: "domain" } },
                                  { kind: "Field", name: { kind: "Name", value: "redacted" } },
                                  { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "authorOrganisation" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        {
                                          kind: "FragmentSpread",
                                          name: { kind: "Name", value: "OrganisationName" },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DossierRedactedQuery, DossierRedactedQueryVariables>;
export const DossierTimelineDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DossierTimeline" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "TimelineFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "timeline" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "filter" },
                      value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "Variable", name: { kind: "Name", value: "first" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "after" },
                      value: { kind: "Variable", name: { kind: "Name", value: "after" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pageInfo" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "NextPage" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "cursor" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "FragmentSpread",
                                    name: { kind: "Name", value: "DossierItemCard" },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "NextPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PageInfo" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
          { kind: "Field", name: { kind: "Name", value: "endCursor" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DossierItemCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "accessVia" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recordedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Observation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "observationKind" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Note" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "occurredOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionTitle" },
                  name: { kind: "Name", value: "title" },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "number" } },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "planStatus" },
                  name: { kind: "Name", value: "status" },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "resultStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DossierTimelineQuery, DossierTimelineQueryVariables>;
export const RecordNoteDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordNote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordNoteInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordNote" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DossierItemCard" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DossierItemCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "accessVia" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recordedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Observation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "observationKind" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Note" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "occurredOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionTitle" },
                  name: { kind: "Name", value: "title" },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "number" } },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "planStatus" },
                  name: { kind: "Name", value: "status" },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "resultStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordNoteMutation, RecordNoteMutationVariables>;
export const RecordObservationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordObservation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordObservationInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordObservation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DossierItemCard" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DossierItemCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "accessVia" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recordedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Observation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "observationKind" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Note" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "occurredOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionTitle" },
                  name: { kind: "Name", value: "title" },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "number" } },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "planStatus" },
                  name: { kind: "Name", value: "status" },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "resultStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordObservationMutation, RecordObservationMutationVariables>;
export const UpdateNoteDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateNote" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateNoteInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateNote" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DossierItemCard" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DossierItemCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "accessVia" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recordedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Observation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "observationKind" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Note" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "occurredOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionTitle" },
                  name: { kind: "Name", value: "title" },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "number" } },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "planStatus" },
                  name: { kind: "Name", value: "status" },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "resultStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNoteMutation, UpdateNoteMutationVariables>;
export const UpdateObservationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateObservation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateObservationInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateObservation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DossierItemCard" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DossierItemCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "accessVia" } },
          { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "summary" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
                { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "recordedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Observation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "observationKind" } },
                { kind: "Field", name: { kind: "Name", value: "statement" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Note" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "occurredOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionTitle" },
                  name: { kind: "Name", value: "title" },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "actionStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "number" } },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "planStatus" },
                  name: { kind: "Name", value: "status" },
                },
              ],
            },
          },
          {
            kind: "InlineFragment",
            typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "resultStatus" },
                  name: { kind: "Name", value: "status" },
                },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateObservationMutation, UpdateObservationMutationVariables>;
export const CaseLadderDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseLadder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "framework" } },
                { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
                { kind: "Field", name: { kind: "Name", value: "allowedFrameworkTransitions" } },
                { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "escalationTable" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } },
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "decidesFramework" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "escalationHistory" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "direction" } },
                      { kind: "Field", name: { kind: "Name", value: "fromLevel" } },
                      { kind: "Field", name: { kind: "Name", value: "toLevel" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "decision" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "at" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "table" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "by" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "frameworkHistory" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "from" } },
                      { kind: "Field", name: { kind: "Name", value: "to" } },
                      { kind: "Field", name: { kind: "Name", value: "decision" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "at" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "table" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "newCasusregisseur" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "previousProcesregisseur" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "by" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "escalationTables" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
                { kind: "Field", name: { kind: "Name", value: "decidesFramework" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organisation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "chair" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "certifiedCasusregisseurs" },
            name: { kind: "Name", value: "professionals" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "role" },
                value: { kind: "EnumValue", value: "CASUSREGISSEUR" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organisation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TableName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "EscalationTable" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseLadderQuery, CaseLadderQueryVariables>;
export const DecideFrameworkDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DecideFramework" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DecideFrameworkInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "decideFramework" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "framework" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideFrameworkMutation, DecideFrameworkMutationVariables>;
export const DeescalateCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeescalateCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DeescalateCaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deescalateCase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseEscalationLevel" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseEscalationLevel" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeescalateCaseMutation, DeescalateCaseMutationVariables>;
export const EscalateCaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "EscalateCase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "EscalateCaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "escalateCase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseEscalationLevel" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseEscalationLevel" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EscalateCaseMutation, EscalateCaseMutationVariables>;
export const RecordTableDecisionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordTableDecision" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordTableDecisionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordTableDecision" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordTableDecisionMutation, RecordTableDecisionMutationVariables>;
export const CaseFollowUpDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseFollowUp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "checkIns" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "heldOn" } },
                      { kind: "Field", name: { kind: "Name", value: "cooperation" } },
                      { kind: "Field", name: { kind: "Name", value: "budget" } },
                      { kind: "Field", name: { kind: "Name", value: "obstacles" } },
                      { kind: "Field", name: { kind: "Name", value: "nextCheckInOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recordedBy" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "nextCheckInOn" } },
                { kind: "Field", name: { kind: "Name", value: "checkInIntervalWeeks" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "budgetStatus" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "amountCents" } },
                      { kind: "Field", name: { kind: "Name", value: "committedCents" } },
                      { kind: "Field", name: { kind: "Name", value: "spentCents" } },
                      { kind: "Field", name: { kind: "Name", value: "availableCents" } },
                      { kind: "Field", name: { kind: "Name", value: "overBudget" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "monitoringFollowUpOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "monitoringReviews" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "followUpOn" } },
                      { kind: "Field", name: { kind: "Name", value: "reviewedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      { kind: "Field", name: { kind: "Name", value: "note" } },
                      { kind: "Field", name: { kind: "Name", value: "nextFollowUpOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recordedBy" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseFollowUpQuery, CaseFollowUpQueryVariables>;
export const RecordCheckInDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordCheckIn" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordCheckInInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordCheckIn" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "FollowUpChangedCase" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpChangedCase" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCheckInMutation, RecordCheckInMutationVariables>;
export const RecordMonitoringReviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordMonitoringReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordMonitoringReviewInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordMonitoringReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "FollowUpChangedCase" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpChangedCase" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMonitoringReviewMutation, RecordMonitoringReviewMutationVariables>;
export const SetCaseBudgetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetCaseBudget" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SetCaseBudgetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setCaseBudget" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "FollowUpChangedCase" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpChangedCase" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCaseBudgetMutation, SetCaseBudgetMutationVariables>;
export const SetCheckInIntervalDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetCheckInInterval" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SetCheckInIntervalInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setCheckInInterval" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "FollowUpChangedCase" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpChangedCase" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCheckInIntervalMutation, SetCheckInIntervalMutationVariables>;
export const StartMonitoringDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StartMonitoring" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "StartMonitoringInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "startMonitoring" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "FollowUpChangedCase" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "FollowUpChangedCase" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartMonitoringMutation, StartMonitoringMutationVariables>;
export const AcuteSafetyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AcuteSafety" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "acuteSafety" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "score" } },
                      { kind: "Field", name: { kind: "Name", value: "riskLevel" } },
                      { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "conclusion" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "subjects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                          ],
                        },
                      },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcuteSafetyQuery, AcuteSafetyQueryVariables>;
export const AddNetworkMemberDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddNetworkMember" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddNetworkMemberInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addNetworkMember" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddNetworkMemberMutation, AddNetworkMemberMutationVariables>;
export const InventoryAnalyseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "InventoryAnalyse" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "problems" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                      { kind: "Field", name: { kind: "Name", value: "domain" } },
                      { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "subjects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "causes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                            { kind: "Field", name: { kind: "Name", value: "chronic" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "patterns" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "problemStatements" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "statement" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "source" } },
                          ],
                        },
                      },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                      { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InventoryAnalyseQuery, InventoryAnalyseQueryVariables>;
export const InventoryBeeldDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "InventoryBeeld" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "selfRelianceProgress" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "person" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "domain" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "points" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "latest" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "change" } },
                      { kind: "Field", name: { kind: "Name", value: "trend" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "assessments" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                      { kind: "Field", name: { kind: "Name", value: "domain" } },
                      { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "person" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "score" } },
                      { kind: "Field", name: { kind: "Name", value: "scoreLabel" } },
                      { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "explanation" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "safetyAssessments" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                      { kind: "Field", name: { kind: "Name", value: "domain" } },
                      { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "subjects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "score" } },
                      { kind: "Field", name: { kind: "Name", value: "riskLevel" } },
                      { kind: "Field", name: { kind: "Name", value: "acute" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "dangerStatements" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "danger" } },
                            { kind: "Field", name: { kind: "Name", value: "safetyGoal" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "instrument" } },
                      { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "conclusion" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "networkMembers" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                      { kind: "Field", name: { kind: "Name", value: "domain" } },
                      { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "subjects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "relation" } },
                      { kind: "Field", name: { kind: "Name", value: "support" } },
                      { kind: "Field", name: { kind: "Name", value: "contact" } },
                      { kind: "Field", name: { kind: "Name", value: "relationshipQuality" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InventoryBeeldQuery, InventoryBeeldQueryVariables>;
export const RecordAssessmentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordAssessment" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordAssessmentInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordAssessment" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "score" } },
                { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const RecordProblemDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordProblem" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordProblemInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordProblem" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordProblemMutation, RecordProblemMutationVariables>;
export const RecordSafetyAssessmentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordSafetyAssessment" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordSafetyAssessmentInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordSafetyAssessment" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "acute" } },
                { kind: "Field", name: { kind: "Name", value: "riskLevel" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordSafetyAssessmentMutation, RecordSafetyAssessmentMutationVariables>;
export const ExportPersonDataDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ExportPersonData" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "personId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "exportPersonData" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "personId" },
                value: { kind: "Variable", name: { kind: "Name", value: "personId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "json" } },
                { kind: "Field", name: { kind: "Name", value: "generatedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportPersonDataMutation, ExportPersonDataMutationVariables>;
export const CaseMeetingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseMeetings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "meetings" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "question" } },
                      { kind: "Field", name: { kind: "Name", value: "heldOn" } },
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "chair" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseMeetingsQuery, CaseMeetingsQueryVariables>;
export const ContributeToMeetingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ContributeToMeeting" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ContributeToMeetingInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "contributeToMeeting" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "contributionKind" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContributeToMeetingMutation, ContributeToMeetingMutationVariables>;
export const MeetingDetailDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MeetingDetail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "meeting" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MeetingDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "chair" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "participants" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "information" } },
                { kind: "Field", name: { kind: "Name", value: "judgements" } },
                { kind: "Field", name: { kind: "Name", value: "proposals" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contributions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "redacted" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "contributionKind" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "subjects" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "decision" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decidedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentProfessionals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentPersons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "redacted" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ownerOrganisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const MeetingMinutesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MeetingMinutes" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "meetingId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "audience" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MinutesAudience" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "meetingMinutes" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "meetingId" },
                value: { kind: "Variable", name: { kind: "Name", value: "meetingId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "audience" },
                value: { kind: "Variable", name: { kind: "Name", value: "audience" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DocumentFile" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DocumentFile" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Document" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "fileName" } },
          { kind: "Field", name: { kind: "Name", value: "mediaType" } },
          { kind: "Field", name: { kind: "Name", value: "contentBase64" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingMinutesQuery, MeetingMinutesQueryVariables>;
export const MeetingPlanGoalsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MeetingPlanGoals" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "currentPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "PlanGoalOptions" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "draftPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "PlanGoalOptions" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanGoalOptions" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "goals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "redacted" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "familyWording" } },
                { kind: "Field", name: { kind: "Name", value: "professionalWording" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingPlanGoalsQuery, MeetingPlanGoalsQueryVariables>;
export const MoveMeetingPhaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MoveMeetingPhase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MoveMeetingPhaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "moveMeetingPhase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MeetingDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "chair" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "participants" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "information" } },
                { kind: "Field", name: { kind: "Name", value: "judgements" } },
                { kind: "Field", name: { kind: "Name", value: "proposals" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contributions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "redacted" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "contributionKind" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "subjects" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "decision" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decidedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentProfessionals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentPersons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "redacted" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ownerOrganisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveMeetingPhaseMutation, MoveMeetingPhaseMutationVariables>;
export const PlanMeetingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PlanMeeting" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PlanMeetingInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "planMeeting" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanMeetingMutation, PlanMeetingMutationVariables>;
export const RecordMeetingDecisionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordMeetingDecision" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordMeetingDecisionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordMeetingDecision" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MeetingDetail" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ItemAuthor" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "DossierItem" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "authorOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MeetingDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Meeting" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "caseId" } },
          { kind: "Field", name: { kind: "Name", value: "question" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "chair" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalWithOrganisation" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "participants" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "information" } },
                { kind: "Field", name: { kind: "Name", value: "judgements" } },
                { kind: "Field", name: { kind: "Name", value: "proposals" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "contributions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "redacted" } },
                { kind: "Field", name: { kind: "Name", value: "domain" } },
                { kind: "Field", name: { kind: "Name", value: "dataClass" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "contributionKind" } },
                { kind: "Field", name: { kind: "Name", value: "body" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "premature" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "ItemAuthor" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "subjects" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "decision" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "decision" } },
                { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decidedBy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentProfessionals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "presentPersons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "redacted" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ownerOrganisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMeetingDecisionMutation, RecordMeetingDecisionMutationVariables>;
export const MyActionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyActions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "MyActionsFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "MyActionsOrder" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myActions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "NextPage" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "case" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "CaseHeader" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "version" } },
                            { kind: "Field", name: { kind: "Name", value: "domain" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "statusReason" } },
                            { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                            { kind: "Field", name: { kind: "Name", value: "overdue" } },
                            { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
                            { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "ownerOrganisation" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "FragmentSpread",
                                    name: { kind: "Name", value: "OrganisationName" },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "ownerProfessional" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "FragmentSpread",
                                    name: { kind: "Name", value: "ProfessionalName" },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "goal" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "redacted" } },
                                  { kind: "Field", name: { kind: "Name", value: "familyWording" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "NextPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PageInfo" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
          { kind: "Field", name: { kind: "Name", value: "endCursor" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseHeader" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyActionsQuery, MyActionsQueryVariables>;
export const MyActionsLiveDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "MyActionsLive" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "afterSeq" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Seq" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myActions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "afterSeq" },
                value: { kind: "Variable", name: { kind: "Name", value: "afterSeq" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "seq" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyActionsLiveSubscription, MyActionsLiveSubscriptionVariables>;
export const MarkAllNotificationsReadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MarkAllNotificationsRead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "upTo" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "markAllNotificationsRead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "upTo" },
                value: { kind: "Variable", name: { kind: "Name", value: "upTo" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "marked" } },
                { kind: "Field", name: { kind: "Name", value: "unreadCount" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MarkNotificationRead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "markNotificationRead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "readAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MyNotificationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyNotifications" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "unreadOnly" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myNotifications" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "unreadOnly" },
                value: { kind: "Variable", name: { kind: "Name", value: "unreadOnly" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "itemId" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "readAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "case" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseHeader" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseHeader" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "UnreadNotificationCount" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [{ kind: "Field", name: { kind: "Name", value: "unreadNotificationCount" } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const AttachPartnerReferenceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AttachPartnerReference" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AttachPartnerReferenceInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "attachPartnerReference" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OwnReference" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OwnReference" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartnerReference" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttachPartnerReferenceMutation, AttachPartnerReferenceMutationVariables>;
export const CasePartnerReferencesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CasePartnerReferences" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "persons" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "partnerReferences" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OwnReference" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OwnReference" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartnerReference" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CasePartnerReferencesQuery, CasePartnerReferencesQueryVariables>;
export const DetachPartnerReferenceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DetachPartnerReference" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "detachPartnerReference" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DetachPartnerReferenceMutation, DetachPartnerReferenceMutationVariables>;
export const FindByPartnerReferenceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "FindByPartnerReference" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reference" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "partnerReferences" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "reference" },
                value: { kind: "Variable", name: { kind: "Name", value: "reference" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                { kind: "Field", name: { kind: "Name", value: "label" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "person" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "case" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CaseHeader" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseHeader" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Case" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "reference" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindByPartnerReferenceQuery, FindByPartnerReferenceQueryVariables>;
export const ActionBoardDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ActionBoard" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ActionFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actions" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "filter" },
                      value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "PlanActionRow" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "goal" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "redacted" } },
                            { kind: "Field", name: { kind: "Name", value: "domain" } },
                            { kind: "Field", name: { kind: "Name", value: "familyWording" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionBoardQuery, ActionBoardQueryVariables>;
export const AddPlanActionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddPlanAction" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddActionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addAction" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPlanActionMutation, AddPlanActionMutationVariables>;
export const AddPlanGoalDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AddPlanGoal" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddGoalInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addGoal" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPlanGoalMutation, AddPlanGoalMutationVariables>;
export const AgreeFamilyPlanDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AgreeFamilyPlan" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AgreePlanInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "agreePlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanStatusChange" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanStatusChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgreeFamilyPlanMutation, AgreeFamilyPlanMutationVariables>;
export const ApproveFamilyPlanDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ApproveFamilyPlan" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PlanVersionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "approvePlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanStatusChange" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanStatusChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveFamilyPlanMutation, ApproveFamilyPlanMutationVariables>;
export const ChangePlanActionStatusDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ChangePlanActionStatus" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeActionStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "changeActionStatus" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanActionRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePlanActionStatusMutation, ChangePlanActionStatusMutationVariables>;
export const DraftFamilyPlanDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DraftFamilyPlan" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DraftPlanInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "draftPlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftFamilyPlanMutation, DraftFamilyPlanMutationVariables>;
export const FamilyPlanDocumentDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "FamilyPlanDocument" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "planId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "familyPlanDocument" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "caseId" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "planId" },
                value: { kind: "Variable", name: { kind: "Name", value: "planId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "DocumentFile" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DocumentFile" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Document" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "fileName" } },
          { kind: "Field", name: { kind: "Name", value: "mediaType" } },
          { kind: "Field", name: { kind: "Name", value: "contentBase64" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyPlanDocumentQuery, FamilyPlanDocumentQueryVariables>;
export const FamilyPlanViewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "FamilyPlanView" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "currentPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanDetail" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "draftPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanDetail" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluationSchedule" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "intervalMonths" } },
                      { kind: "Field", name: { kind: "Name", value: "nextDueOn" } },
                      { kind: "Field", name: { kind: "Name", value: "overdue" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "planId" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
                      { kind: "Field", name: { kind: "Name", value: "heldOn" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanSummary" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "agreedOn" } },
          { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
          { kind: "Field", name: { kind: "Name", value: "supersededOn" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanResultRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "evidence" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanGoal" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Goal" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "familyWording" } },
          { kind: "Field", name: { kind: "Name", value: "professionalWording" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "targetDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanActionRow" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "results" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanResultRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "PlanSummary" } },
          { kind: "Field", name: { kind: "Name", value: "perspective" } },
          { kind: "Field", name: { kind: "Name", value: "reopenReason" } },
          { kind: "Field", name: { kind: "Name", value: "includesYouthCare" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          { kind: "Field", name: { kind: "Name", value: "approvalProblem" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "agreedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "approvedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "goals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanGoal" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyPlanViewQuery, FamilyPlanViewQueryVariables>;
export const HoldPlanEvaluationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "HoldPlanEvaluation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "HoldEvaluationInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "holdEvaluation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanEvaluationRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanEvaluationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "planId" } },
          { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "participants" } },
          { kind: "Field", name: { kind: "Name", value: "conclusions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ledToPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HoldPlanEvaluationMutation, HoldPlanEvaluationMutationVariables>;
export const PlanEvaluationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PlanEvaluations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
                { kind: "Field", name: { kind: "Name", value: "evaluationIntervalMonths" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluationSchedule" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "intervalMonths" } },
                      { kind: "Field", name: { kind: "Name", value: "nextDueOn" } },
                      { kind: "Field", name: { kind: "Name", value: "overdue" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plan" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "number" } },
                            { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evaluations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "PlanEvaluationRow" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanEvaluationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "planId" } },
          { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "participants" } },
          { kind: "Field", name: { kind: "Name", value: "conclusions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ledToPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanEvaluationsQuery, PlanEvaluationsQueryVariables>;
export const PlanOrganisationProfessionalsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PlanOrganisationProfessionals" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "professionals" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "organisationId" },
                value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanOrganisationProfessionalsQuery, PlanOrganisationProfessionalsQueryVariables>;
export const PlanPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PlanPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "draftPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanDetail" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "currentPlan" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanDetail" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "plans" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanSummary" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanSummary" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "agreedOn" } },
          { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
          { kind: "Field", name: { kind: "Name", value: "supersededOn" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanResultRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "evidence" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanGoal" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Goal" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "familyWording" } },
          { kind: "Field", name: { kind: "Name", value: "professionalWording" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "targetDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanActionRow" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "results" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanResultRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "PlanSummary" } },
          { kind: "Field", name: { kind: "Name", value: "perspective" } },
          { kind: "Field", name: { kind: "Name", value: "reopenReason" } },
          { kind: "Field", name: { kind: "Name", value: "includesYouthCare" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          { kind: "Field", name: { kind: "Name", value: "approvalProblem" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "agreedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "approvedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "goals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanGoal" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanPageQuery, PlanPageQueryVariables>;
export const PlanVersionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PlanVersion" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "dossierItem" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanDetail" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanSummary" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "agreedOn" } },
          { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
          { kind: "Field", name: { kind: "Name", value: "supersededOn" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanActionRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Action" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "goalId" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "statusReason" } },
          { kind: "Field", name: { kind: "Name", value: "statusChangedAt" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerOrganisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "ownerProfessional" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "doorbraak" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "authority" } },
                { kind: "Field", name: { kind: "Name", value: "heard" } },
                { kind: "Field", name: { kind: "Name", value: "decidedOn" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanResultRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Result" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "evidence" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "author" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanGoal" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Goal" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "domain" } },
          { kind: "Field", name: { kind: "Name", value: "dataClass" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "familyWording" } },
          { kind: "Field", name: { kind: "Name", value: "professionalWording" } },
          { kind: "Field", name: { kind: "Name", value: "priority" } },
          { kind: "Field", name: { kind: "Name", value: "targetDate" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "actions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanActionRow" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "results" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanResultRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "PlanSummary" } },
          { kind: "Field", name: { kind: "Name", value: "perspective" } },
          { kind: "Field", name: { kind: "Name", value: "reopenReason" } },
          { kind: "Field", name: { kind: "Name", value: "includesYouthCare" } },
          { kind: "Field", name: { kind: "Name", value: "allowedTransitions" } },
          { kind: "Field", name: { kind: "Name", value: "approvalProblem" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjects" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "agreedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "approvedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "goals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanGoal" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanVersionQuery, PlanVersionQueryVariables>;
export const RecordDoorbraakDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordDoorbraak" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordDoorbraakInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordDoorbraak" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordDoorbraakMutation, RecordDoorbraakMutationVariables>;
export const RecordPlanResultDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordPlanResult" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordResultInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordResult" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordPlanResultMutation, RecordPlanResultMutationVariables>;
export const ReopenFamilyPlanDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ReopenFamilyPlan" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ReopenPlanInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reopenPlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanStatusChange" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanStatusChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Plan" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenFamilyPlanMutation, ReopenFamilyPlanMutationVariables>;
export const SchedulePlanEvaluationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SchedulePlanEvaluation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ScheduleEvaluationInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "scheduleEvaluation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PlanEvaluationRow" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PlanEvaluationRow" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evaluation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "redacted" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "planId" } },
          { kind: "Field", name: { kind: "Name", value: "scheduledOn" } },
          { kind: "Field", name: { kind: "Name", value: "heldOn" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "overdue" } },
          { kind: "Field", name: { kind: "Name", value: "participants" } },
          { kind: "Field", name: { kind: "Name", value: "conclusions" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "ledToPlan" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulePlanEvaluationMutation, SchedulePlanEvaluationMutationVariables>;
export const SetPlanEvaluationIntervalDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetPlanEvaluationInterval" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SetEvaluationIntervalInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setEvaluationInterval" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "evaluationIntervalMonths" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPlanEvaluationIntervalMutation, SetPlanEvaluationIntervalMutationVariables>;
export const UpdateFamilyPlanDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdateFamilyPlan" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdatePlanInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updatePlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "perspective" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateFamilyPlanMutation, UpdateFamilyPlanMutationVariables>;
export const PortfolioDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Portfolio" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PortfolioFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PortfolioOrder" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "portfolio" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "caseId" } },
                            { kind: "Field", name: { kind: "Name", value: "reference" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "phase" } },
                            { kind: "Field", name: { kind: "Name", value: "framework" } },
                            { kind: "Field", name: { kind: "Name", value: "escalationLevel" } },
                            { kind: "Field", name: { kind: "Name", value: "weeksInPhase" } },
                            { kind: "Field", name: { kind: "Name", value: "stalled" } },
                            { kind: "Field", name: { kind: "Name", value: "overdueActions" } },
                            { kind: "Field", name: { kind: "Name", value: "acuteSafety" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "awaitsAgenda" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "tableName" } },
                                  { kind: "Field", name: { kind: "Name", value: "escalatedOn" } },
                                  { kind: "Field", name: { kind: "Name", value: "daysWaiting" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "urgency" } },
                            { kind: "Field", name: { kind: "Name", value: "reasons" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "casusregisseur" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioQuery, PortfolioQueryVariables>;
export const PortfolioChartsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortfolioCharts" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PortfolioFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "portfolioCharts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stalledByWeek" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "weekEnd" } },
                      { kind: "Field", name: { kind: "Name", value: "stalled" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "timeInPhase" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                      { kind: "Field", name: { kind: "Name", value: "cases" } },
                      { kind: "Field", name: { kind: "Name", value: "medianWeeks" } },
                      { kind: "Field", name: { kind: "Name", value: "maxWeeks" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "budgetUse" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "caseId" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "budgetCents" } },
                      { kind: "Field", name: { kind: "Name", value: "committedCents" } },
                      { kind: "Field", name: { kind: "Name", value: "spentCents" } },
                      { kind: "Field", name: { kind: "Name", value: "availableCents" } },
                      { kind: "Field", name: { kind: "Name", value: "overBudget" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "partnerTimeliness" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "organisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "doneOnTime" } },
                      { kind: "Field", name: { kind: "Name", value: "doneLate" } },
                      { kind: "Field", name: { kind: "Name", value: "openOverdue" } },
                      { kind: "Field", name: { kind: "Name", value: "onTimeShare" } },
                      { kind: "Field", name: { kind: "Name", value: "medianDaysLate" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioChartsQuery, PortfolioChartsQueryVariables>;
export const PortfolioCsvDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortfolioCsv" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PortfolioFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PortfolioOrder" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "portfolioCsv" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "fileName" } },
                { kind: "Field", name: { kind: "Name", value: "mediaType" } },
                { kind: "Field", name: { kind: "Name", value: "contentBase64" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioCsvQuery, PortfolioCsvQueryVariables>;
export const PortfolioSummaryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortfolioSummary" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PortfolioFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "portfolioSummary" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "total" } },
                { kind: "Field", name: { kind: "Name", value: "stalled" } },
                { kind: "Field", name: { kind: "Name", value: "overdue" } },
                { kind: "Field", name: { kind: "Name", value: "acuteSafety" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byPhase" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                      { kind: "Field", name: { kind: "Name", value: "cases" } },
                      { kind: "Field", name: { kind: "Name", value: "stalled" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortfolioSummaryQuery, PortfolioSummaryQueryVariables>;
export const ProcessingLogLinesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProcessingLogLines" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "search" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ProcessingLogSearch" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "processingLogLines" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "search" },
                value: { kind: "Variable", name: { kind: "Name", value: "search" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "NextPage" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "caseId" } },
                            { kind: "Field", name: { kind: "Name", value: "caseReference" } },
                            { kind: "Field", name: { kind: "Name", value: "startedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "actorType" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "actor" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "FragmentSpread",
                                    name: { kind: "Name", value: "ProfessionalName" },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "organisation" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  {
                                    kind: "FragmentSpread",
                                    name: { kind: "Name", value: "OrganisationName" },
                                  },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "role" } },
                            { kind: "Field", name: { kind: "Name", value: "operations" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "subjects" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "subjectCount" } },
                            { kind: "Field", name: { kind: "Name", value: "fields" } },
                            { kind: "Field", name: { kind: "Name", value: "itemCount" } },
                            { kind: "Field", name: { kind: "Name", value: "processingActivityIds" } },
                            { kind: "Field", name: { kind: "Name", value: "legalBases" } },
                            { kind: "Field", name: { kind: "Name", value: "outcomes" } },
                            { kind: "Field", name: { kind: "Name", value: "breakGlass" } },
                            { kind: "Field", name: { kind: "Name", value: "details" } },
                            { kind: "Field", name: { kind: "Name", value: "entryCount" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "NextPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PageInfo" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
          { kind: "Field", name: { kind: "Name", value: "endCursor" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcessingLogLinesQuery, ProcessingLogLinesQueryVariables>;
export const CaseReferralsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseReferrals" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "budget" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCostCents" } },
                      { kind: "Field", name: { kind: "Name", value: "activeCostCents" } },
                      { kind: "Field", name: { kind: "Name", value: "referralCount" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referrals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                      { kind: "Field", name: { kind: "Name", value: "domain" } },
                      { kind: "Field", name: { kind: "Name", value: "referralKind" } },
                      { kind: "Field", name: { kind: "Name", value: "care" } },
                      { kind: "Field", name: { kind: "Name", value: "providerName" } },
                      { kind: "Field", name: { kind: "Name", value: "startsOn" } },
                      { kind: "Field", name: { kind: "Name", value: "endsOn" } },
                      { kind: "Field", name: { kind: "Name", value: "costCents" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "subjects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PersonName" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "authorOrganisation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PersonName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "fullName" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseReferralsQuery, CaseReferralsQueryVariables>;
export const RecordReferralDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordReferral" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordReferralInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordReferral" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "care" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordReferralMutation, RecordReferralMutationVariables>;
export const CaseScenariosDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseScenarios" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scenarios" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "CaseScenariosFields" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseScenariosFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CaseScenarios" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "factors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "outcomes" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "scenarios" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "firstOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "secondOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "response" } },
                { kind: "Field", name: { kind: "Name", value: "current" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "signals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "observedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "observedBy" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "current" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "key" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseScenariosQuery, CaseScenariosQueryVariables>;
export const DraftPlanWithReasonDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DraftPlanWithReason" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DraftPlanInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "draftPlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "draftReason" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftPlanWithReasonMutation, DraftPlanWithReasonMutationVariables>;
export const ObserveScenarioSignalDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ObserveScenarioSignal" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "signalId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "observeScenarioSignal" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "signalId" },
                value: { kind: "Variable", name: { kind: "Name", value: "signalId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scenarios" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "CaseScenariosFields" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseScenariosFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CaseScenarios" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "factors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "outcomes" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "scenarios" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "firstOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "secondOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "response" } },
                { kind: "Field", name: { kind: "Name", value: "current" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "signals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "observedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "observedBy" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "current" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "key" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObserveScenarioSignalMutation, ObserveScenarioSignalMutationVariables>;
export const SetCaseScenariosDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetCaseScenarios" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SetCaseScenariosInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setCaseScenarios" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scenarios" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "CaseScenariosFields" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CaseScenariosFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CaseScenarios" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "version" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "factors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "question" } },
                { kind: "Field", name: { kind: "Name", value: "outcomes" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "scenarios" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "key" } },
                { kind: "Field", name: { kind: "Name", value: "firstOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "secondOutcome" } },
                { kind: "Field", name: { kind: "Name", value: "response" } },
                { kind: "Field", name: { kind: "Name", value: "current" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "signals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "observedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "observedBy" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "current" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "key" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCaseScenariosMutation, SetCaseScenariosMutationVariables>;
export const AuthConfigDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuthConfig" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "authConfig" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "mode" } },
                { kind: "Field", name: { kind: "Name", value: "issuer" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthConfigQuery, AuthConfigQueryVariables>;
export const DevSignInDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DevSignIn" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "professionalId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "devSignIn" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "professionalId" },
                value: { kind: "Variable", name: { kind: "Name", value: "professionalId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "token" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "professional" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const DevSignInOptionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DevSignInOptions" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "devSignInOptions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "professionalId" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "organisationName" } },
                { kind: "Field", name: { kind: "Name", value: "organisationKind" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevSignInOptionsQuery, DevSignInOptionsQueryVariables>;
export const CaseAgendaDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CaseAgenda" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "case" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agendaEntries" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "question" } },
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                      { kind: "Field", name: { kind: "Name", value: "placedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "AgendaEntryOutcome" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntryOutcome" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "outcome" } },
          { kind: "Field", name: { kind: "Name", value: "decision" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "carriedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextReviewOn" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkDecidedTo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "present" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseAgendaQuery, CaseAgendaQueryVariables>;
export const MarkTableOutcomeNoticeReadDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MarkTableOutcomeNoticeRead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "markTableOutcomeNoticeRead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "readAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkTableOutcomeNoticeReadMutation, MarkTableOutcomeNoticeReadMutationVariables>;
export const MoveAgendaPhaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MoveAgendaPhase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MoveAgendaPhaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "moveAgendaPhase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveAgendaPhaseMutation, MoveAgendaPhaseMutationVariables>;
export const MySessionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MySessions" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "mySessions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "table" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "FragmentSpread",
                        name: { kind: "Name", value: "ProfessionalWithOrganisation" },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agenda" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "caseId" } },
                      { kind: "Field", name: { kind: "Name", value: "caseReference" } },
                      { kind: "Field", name: { kind: "Name", value: "question" } },
                      { kind: "Field", name: { kind: "Name", value: "preparationSummary" } },
                      { kind: "Field", name: { kind: "Name", value: "placedAt" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "SessionEntryDecision" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntryOutcome" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "outcome" } },
          { kind: "Field", name: { kind: "Name", value: "decision" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "carriedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextReviewOn" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkDecidedTo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "present" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TableName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "EscalationTable" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalWithOrganisation" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionEntryDecision" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "AgendaEntryOutcome" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const MyTableOutcomeNoticesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyTableOutcomeNotices" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myTableOutcomeNotices" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "readAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "table" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "entry" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "caseReference" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "AgendaEntryOutcome" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TableName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "EscalationTable" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntryOutcome" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "outcome" } },
          { kind: "Field", name: { kind: "Name", value: "decision" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "carriedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextReviewOn" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkDecidedTo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "present" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTableOutcomeNoticesQuery, MyTableOutcomeNoticesQueryVariables>;
export const PlanTableSessionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PlanTableSession" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PlanTableSessionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "planTableSession" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "heldOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "table" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TableName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "EscalationTable" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanTableSessionMutation, PlanTableSessionMutationVariables>;
export const PutCaseOnAgendaDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PutCaseOnAgenda" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PutCaseOnAgendaInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "putCaseOnAgenda" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "question" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PutCaseOnAgendaMutation, PutCaseOnAgendaMutationVariables>;
export const RecordAgendaOutcomeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RecordAgendaOutcome" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordAgendaOutcomeInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordAgendaOutcome" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "SessionEntryDecision" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProfessionalName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Professional" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AgendaEntryOutcome" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "outcome" } },
          { kind: "Field", name: { kind: "Name", value: "decision" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "carriedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "nextReviewOn" } },
          { kind: "Field", name: { kind: "Name", value: "frameworkDecidedTo" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "present" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ProfessionalName" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionEntryDecision" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AgendaEntry" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
          { kind: "FragmentSpread", name: { kind: "Name", value: "AgendaEntryOutcome" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseMoves" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAgendaOutcomeMutation, RecordAgendaOutcomeMutationVariables>;
export const TableChoicesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "TableChoices" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "escalationTables" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "TableName" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TableName" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "EscalationTable" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TableChoicesQuery, TableChoicesQueryVariables>;
export const MeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Me" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "organisation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LiveCaseEventsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "LiveCaseEvents" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "afterSeq" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Seq" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "caseEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "caseId" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "afterSeq" },
                value: { kind: "Variable", name: { kind: "Name", value: "afterSeq" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "seq" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "itemKind" } },
                { kind: "Field", name: { kind: "Name", value: "itemId" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LiveCaseEventsSubscription, LiveCaseEventsSubscriptionVariables>;
export const LiveLastEventSeqDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "LiveLastEventSeq" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [{ kind: "Field", name: { kind: "Name", value: "lastEventSeq" } }],
      },
    },
  ],
} as unknown as DocumentNode<LiveLastEventSeqQuery, LiveLastEventSeqQueryVariables>;
export const LivePortfolioEventsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "LivePortfolioEvents" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "afterSeq" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Seq" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "portfolioEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "afterSeq" },
                value: { kind: "Variable", name: { kind: "Name", value: "afterSeq" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "seq" } },
                { kind: "Field", name: { kind: "Name", value: "change" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LivePortfolioEventsSubscription, LivePortfolioEventsSubscriptionVariables>;
