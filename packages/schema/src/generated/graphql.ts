export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string };
  /** A point in time, ISO 8601 with time zone, e.g. `2026-11-23T09:15:00.000Z`. */
  DateTime: { input: string; output: Date | string };
  /** A sequence number of a dossier event: a non-negative integer below 2^53, as a JSON number. */
  Seq: { input: number; output: number };
};

/** An action (actiemanagement): who does what by when towards a goal. */
export type Action = DossierItem & {
  __typename?: "Action";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** Statuses the action may move to. Null with CONSENT_REQUIRED when redacted. */
  allowedTransitions: Maybe<Array<ActionStatus>>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** More detail. Null with CONSENT_REQUIRED when redacted. */
  description: Maybe<Scalars["String"]["output"]>;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** Set when the action is a doorbraak decision of the procesregisseur (doorzettingsmacht). Null with CONSENT_REQUIRED when redacted. */
  doorbraak: Maybe<Doorbraak>;
  /** Due date. Null with CONSENT_REQUIRED when redacted. */
  dueOn: Maybe<Scalars["Date"]["output"]>;
  /** The goal (a redacted stub when outside the viewer's grants). */
  goal: Maybe<Goal>;
  /** UUID of the goal the action works towards. */
  goalId: Scalars["ID"]["output"];
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Derived: still open and the due date has passed. Null with CONSENT_REQUIRED when redacted. */
  overdue: Maybe<Scalars["Boolean"]["output"]>;
  /** The organisation that carries the action. Null with CONSENT_REQUIRED when redacted. */
  ownerOrganisation: Maybe<Organisation>;
  /** The professional who carries it. Null with CONSENT_REQUIRED when redacted. */
  ownerProfessional: Maybe<Professional>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** OPEN, IN_PROGRESS, DONE, BLOCKED (with reason) or CANCELLED. Null with CONSENT_REQUIRED when redacted. */
  status: Maybe<ActionStatus>;
  /** When the status last changed. Null with CONSENT_REQUIRED when redacted. */
  statusChangedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** Why it is blocked, cancelled or reopened. Null with CONSENT_REQUIRED when redacted. */
  statusReason: Maybe<Scalars["String"]["output"]>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** What is to be done. Null with CONSENT_REQUIRED when redacted. */
  title: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** A page of the viewer's actions. */
export type ActionConnection = {
  __typename?: "ActionConnection";
  /** The actions on this page, in order. */
  edges: Array<ActionEdge>;
  /** Whether there is a next page, and the cursor to get it. */
  pageInfo: PageInfo;
  /** Number of actions matching the filter (counted only when asked for). */
  totalCount: Scalars["Int"]["output"];
};

/** One action in a page of the viewer's actions. */
export type ActionEdge = {
  __typename?: "ActionEdge";
  /** The case the action belongs to. */
  case: Case;
  /** Pass it as `after` for the actions after this one (with the same order). */
  cursor: Scalars["String"]["output"];
  /** The action. */
  node: Action;
};

/** An action of the subscriber's organisation that was added or changed. */
export type ActionEvent = {
  __typename?: "ActionEvent";
  /** The action as the subscriber may see it now. */
  action: Action;
  /** The case of the action. */
  case: Case;
  /** The fields that changed, e.g. `Action.status`. */
  fields: Array<Scalars["String"]["output"]>;
  /** What happened. */
  kind: DossierEventKind;
  /** When the change was committed. */
  occurredAt: Scalars["DateTime"]["output"];
  /** The event's sequence number; pass the last one seen as `afterSeq` to resume. */
  seq: Scalars["Seq"]["output"];
};

/** Filter for the action board. */
export type ActionFilter = {
  /** Only overdue actions. */
  overdueOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Whose actions; ALL when omitted. */
  scope?: InputMaybe<ActionScope>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ActionStatus>>;
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
  dataClass?: InputMaybe<DataClass>;
  /** More detail. */
  description?: InputMaybe<Scalars["String"]["input"]>;
  /** Domain; the goal's when omitted. */
  domain?: InputMaybe<Domain>;
  /** Due date. */
  dueOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** UUID of the goal. */
  goalId: Scalars["ID"]["input"];
  /** The organisation that carries it (on the team). */
  ownerOrganisationId: Scalars["ID"]["input"];
  /** The professional who carries it (of that organisation). */
  ownerProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Initial status; OPEN when omitted. */
  status?: InputMaybe<ActionStatus>;
  /** Reason, when the initial status is BLOCKED. */
  statusReason?: InputMaybe<Scalars["String"]["input"]>;
  /** The persons it concerns; the goal's when omitted. */
  subjectPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** What is to be done. */
  title: Scalars["String"]["input"];
};

/** A goal to add to a draft plan. */
export type AddGoalInput = {
  /** Sensitivity; GENERAL when omitted. */
  dataClass?: InputMaybe<DataClass>;
  /** The domain of the goal. */
  domain: Domain;
  /** The goal in the family's own words. */
  familyWording: Scalars["String"]["input"];
  /** UUID of the plan (a draft). */
  planId: Scalars["ID"]["input"];
  /** Priority; MEDIUM when omitted. */
  priority?: InputMaybe<GoalPriority>;
  /** The goal as the professionals word it. */
  professionalWording: Scalars["String"]["input"];
  /** The persons the goal is about; the plan's when omitted. */
  subjectPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** When it should be reached. */
  targetDate?: InputMaybe<Scalars["Date"]["input"]>;
};

/** A member of the family's social network to add. */
export type AddNetworkMemberInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** How to reach them. */
  contact?: InputMaybe<Scalars["String"]["input"]>;
  /** Sensitivity; GENERAL when omitted. */
  dataClass?: InputMaybe<DataClass>;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: InputMaybe<LegalBasis>;
  /** Name or description. */
  name: Scalars["String"]["input"];
  /** Relation to the family. */
  relation: Scalars["String"]["input"];
  /** How the relationship with the family feels; unknown when omitted. */
  relationshipQuality?: InputMaybe<RelationshipQuality>;
  /** The family members whose network this is. */
  subjectPersonIds: Array<Scalars["ID"]["input"]>;
  /** What support they can give. */
  support: Scalars["String"]["input"];
};

/** A family member's own statement about an item. */
export type AddOwnStatementInput = {
  /** UUID of the item. */
  itemId: Scalars["ID"]["input"];
  /** UUID of the family member (must be a person of the case). */
  personId: Scalars["ID"]["input"];
  /** The statement, in their words. */
  statement: Scalars["String"]["input"];
};

/** Input for `addPerson`. Only the casusregisseur or a casusregisseur of the directing organisation may add persons. */
export type AddPersonInput = {
  /** Birth date, if known; not in the future and not before 1900. */
  birthDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** Burgerservicenummer, 9 digits passing the elfproef. Only where needed. */
  bsn?: InputMaybe<Scalars["String"]["input"]>;
  /** Id (UUID) of the case. */
  caseId: Scalars["ID"]["input"];
  /** Family name (achternaam), 1 to 100 characters. */
  familyName: Scalars["String"]["input"];
  /** Given name (voornaam), 1 to 100 characters. */
  givenName: Scalars["String"]["input"];
  /** Role in the household. */
  householdRole: HouseholdRole;
};

/** Input for `addTeamMember`, for the case's directors. Adding the same organisation and professional twice is a CONFLICT. */
export type AddTeamMemberInput = {
  /** Id (UUID) of the case. */
  caseId: Scalars["ID"]["input"];
  /** Life domains the member works on; duplicates are ignored. */
  domains?: InputMaybe<Array<Domain>>;
  /** Id (UUID) of the organisation to add. */
  organisationId: Scalars["ID"]["input"];
  /** A named professional of that organisation (optional). */
  professionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** What the member does in the case, e.g. `Intern begeleider`; at most 200 characters. Shown only to the member's own organisation and the case's directing side (see `CaseTeamMember.responsibility`). */
  responsibility?: InputMaybe<Scalars["String"]["input"]>;
};

/** What the viewer may do with a case on an agenda. */
export type AgendaAction =
  /** Run the discussion: move its phase (`moveAgendaPhase`) and record the table's outcome (`recordAgendaOutcome`): the table's chair while it is open. */
  | "DECIDE"
  /** Read its preparation summary (`preparationSummary`). */
  | "READ_PREPARATION";

/** A case on a table session's agenda. */
export type AgendaEntry = {
  __typename?: "AgendaEntry";
  /** The phases the viewer may move the discussion to now (the chair while it is open): one forward or one back. */
  allowedPhaseMoves: Array<MeetingPhase>;
  /** Who carries the case on after the table. */
  carriedBy: Maybe<Professional>;
  /** UUID of the case. */
  caseId: Scalars["ID"]["output"];
  /** The case's reference (e.g. for the table's papers). */
  caseReference: Scalars["String"]["output"];
  /** When the table decided; null before. */
  decidedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** The decision in words; null before. */
  decision: Maybe<Scalars["String"]["output"]>;
  /** The framework the outcome put the case in, at a table that decides frameworks (through the framework state machine); null when the outcome left the framework as it was. */
  frameworkDecidedTo: Maybe<CaseFramework>;
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** When the table looks at the case again. */
  nextReviewOn: Maybe<Scalars["Date"]["output"]>;
  /** The table's outcome; null before the decision. */
  outcome: Maybe<AgendaOutcome>;
  /** Where the table's discussion of the case stands, as in a case meeting: the question, image forming, judgement, decision (moved by the chair; the outcome is recorded in DECISION). */
  phase: MeetingPhase;
  /** When it was put on the agenda. */
  placedAt: Scalars["DateTime"]["output"];
  /** Who put it on the agenda. */
  placedBy: Professional;
  /** The preparation summary the case director chose for the table. Null with CONSENT_REQUIRED unless the viewer has READ_PREPARATION now (table members only until the decision); every read is logged. */
  preparationSummary: Maybe<Scalars["String"]["output"]>;
  /** Who of the table (its chair and members) was there when it decided; empty before the decision. */
  present: Array<Professional>;
  /** The question the table is asked. */
  question: Scalars["String"]["output"];
  /** What the viewer may do with it. */
  viewerCan: Array<AgendaAction>;
};

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
  agreedByPersonIds: Array<Scalars["ID"]["input"]>;
  /** When they agreed (not in the future). */
  agreedOn: Scalars["Date"]["input"];
  /** UUID of the plan. */
  planId: Scalars["ID"]["input"];
  /** The version last read. */
  version: Scalars["Int"]["input"];
};

/** A partner system (API client) of the viewer's organisation. */
export type ApiClient = {
  __typename?: "ApiClient";
  /** The address ranges (CIDR) it may ask tokens from; empty: any address. */
  allowedCidrs: Array<Scalars["String"]["output"]>;
  /** How it authenticates at the token endpoint. */
  authMethod: ApiClientAuthMethod;
  /** When it was registered. */
  createdAt: Scalars["DateTime"]["output"];
  /** The ADMIN who registered it. */
  createdBy: Maybe<Professional>;
  /** Unique identifier (UUID): the OAuth2 `client_id`. */
  id: Scalars["ID"]["output"];
  /** For PRIVATE_KEY_JWT: the key ids (`kid`) of its registered public keys; empty otherwise. */
  keyIds: Array<Scalars["String"]["output"]>;
  /** Name of the system, e.g. 'Zorgregistratie Jeugdbescherming'. */
  name: Scalars["String"]["output"];
  /** When it was revoked; null while it is in use. A revoked client gets no tokens, and its tokens and open WebSockets stop at once. */
  revokedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** The ADMIN who revoked it. */
  revokedBy: Maybe<Professional>;
  /** The scopes it may ask tokens for: `cases:read`, `dossier:read`, `dossier:write`, `plan:write`, `events:subscribe`, `references:manage`. */
  scopes: Array<Scalars["String"]["output"]>;
  /** Its secrets (for CLIENT_SECRET), newest first, without the secrets themselves. */
  secrets: Array<ApiClientSecret>;
  /** The professional acting for the system in the dossier and the processing log (its service account, never a person). */
  serviceAccount: Professional;
  /** The operations it registered (trusted documents), newest first. */
  trustedDocuments: Array<TrustedDocument>;
};

/** How an API client authenticates at the token endpoint. */
export type ApiClientAuthMethod =
  /** With a secret the hub generated: HTTP Basic (`client_secret_basic`) or in the form (`client_secret_post`). */
  | "CLIENT_SECRET"
  /** With a JWT it signs with a registered key (`private_key_jwt`, RFC 7523). */
  | "PRIVATE_KEY_JWT";

/** One secret of an API client: when it was made and until when it is valid. The secret itself is never shown again. */
export type ApiClientSecret = {
  __typename?: "ApiClientSecret";
  /** Whether a token can be had with it now (not revoked, not expired). */
  active: Scalars["Boolean"]["output"];
  /** When it was made. */
  createdAt: Scalars["DateTime"]["output"];
  /** When it stops being valid (set on the old secret at a rotation, after the overlap); null: no end. */
  expiresAt: Maybe<Scalars["DateTime"]["output"]>;
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
};

/** A self-reliance assessment (zelfredzaamheid) of one person on one domain, on the ZRM scale 1–5; repeated over time so progress shows. */
export type Assessment = DossierItem & {
  __typename?: "Assessment";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The date of the assessment; a score describes about the 30 days before it. Null with CONSENT_REQUIRED when redacted. */
  assessedOn: Maybe<Scalars["Date"]["output"]>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** Why this score. Null with CONSENT_REQUIRED when redacted. */
  explanation: Maybe<Scalars["String"]["output"]>;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** The person assessed. Null with CONSENT_REQUIRED when redacted. */
  person: Maybe<Person>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** ZRM score: 1 acute, 2 not, 3 limited, 4 sufficiently, 5 fully self-reliant. Null with CONSENT_REQUIRED when redacted. */
  score: Maybe<Scalars["Int"]["output"]>;
  /** The score in words (Dutch), e.g. `beperkt zelfredzaam`. Null with CONSENT_REQUIRED when redacted. */
  scoreLabel: Maybe<Scalars["String"]["output"]>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** An own reference to attach to a person. */
export type AttachPartnerReferenceInput = {
  /** What the identifier is, e.g. 'leerlingnummer' (at most 64 characters, one line; empty: none). */
  label?: InputMaybe<Scalars["String"]["input"]>;
  /** The person (a family member of a case the viewer's organisation is on the team of). */
  personId: Scalars["ID"]["input"];
  /** The organisation's own identifier: 1–64 characters after trimming, one line. The same reference twice for one person is a CONFLICT. */
  reference: Scalars["String"]["input"];
};

/** Public information the sign-in page needs. */
export type AuthConfig = {
  __typename?: "AuthConfig";
  /** The OIDC issuer URL (OIDC mode only). */
  issuer: Maybe<Scalars["String"]["output"]>;
  /** How users sign in on this hub. */
  mode: AuthMode;
};

/** How the hub authenticates users. */
export type AuthMode =
  /** Development/embedded: sign in as any seeded professional with `devSignIn`. */
  | "DEV"
  /** Production: tokens from an external OpenID Connect issuer. */
  | "OIDC";

/** Break-glass access (noodknop): time-limited access outside the grants under VITAL_INTEREST. */
export type BreakGlassAccess = {
  __typename?: "BreakGlassAccess";
  /** UUID of the case. */
  caseId: Scalars["ID"]["output"];
  /** Reference of the case, for the review list. */
  caseReference: Scalars["String"]["output"];
  /** When it expires. */
  expiresAt: Scalars["DateTime"]["output"];
  /** UUID of the access. */
  id: Scalars["ID"]["output"];
  /** The item opened, or null for the whole case. */
  itemId: Maybe<Scalars["ID"]["output"]>;
  /** The written justification. */
  justification: Scalars["String"]["output"];
  /** When it was opened. */
  openedAt: Scalars["DateTime"]["output"];
  /** Their organisation. */
  organisation: Organisation;
  /** Who opened it. */
  professional: Professional;
  /** The reviewer's note. */
  reviewNote: Maybe<Scalars["String"]["output"]>;
  /** When the privacy officer reviewed it (null: awaiting review). */
  reviewedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** Who reviewed it. */
  reviewedBy: Maybe<Professional>;
  /** The review's verdict. */
  verdict: Maybe<BreakGlassVerdict>;
};

/** A break-glass request: acute unsafety, written justification. */
export type BreakGlassInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** The item to open, or omit for the whole case. */
  itemId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Why access is needed now (at least 20 characters). */
  justification: Scalars["String"]["input"];
};

/** A privacy officer's verdict on a break-glass access. */
export type BreakGlassVerdict =
  /** The access was justified. */
  | "JUSTIFIED"
  /** The access was not justified; follow-up needed. */
  | "UNJUSTIFIED";

/** A case (casus): one family, one plan, one director. */
export type Case = {
  __typename?: "Case";
  /** What the given organisation may see in this case now (directors only). */
  accessFor: OrganisationAccess;
  /** Actions the viewer may see (the action board), due first. */
  actions: Array<Action>;
  /** The latest safety assessment the viewer may see, when it is ACUTE (shown on top of the case). */
  acuteSafety: Maybe<SafetyAssessment>;
  /** The tables' agendas this case is or was on, newest first. */
  agendaEntries: Array<AgendaEntry>;
  /** The frameworks a table may move this case to (the state machine), from its current framework. */
  allowedFrameworkTransitions: Array<CaseFramework>;
  /** Phases this case may move to from its current phase. */
  allowedPhaseTransitions: Array<CasePhase>;
  /** Self-reliance assessments the viewer may see, newest first. */
  assessments: Array<Assessment>;
  /** Cost of the care deployed, from the referrals the viewer may see. */
  budget: CaseBudget;
  /** The case budget set by the procesregisseur and what the referrals commit and have spent against it (every referral of the case: amounts only), as the portfolio computes it. Null with CONSENT_REQUIRED unless the viewer has `READ_FOLLOW_UP`. */
  budgetStatus: Maybe<PortfolioBudget>;
  /** The case director, who runs the case day to day. */
  casusregisseur: Maybe<Professional>;
  /** Weeks between regiegesprekken (default 6). Null with CONSENT_REQUIRED unless the viewer has `READ_FOLLOW_UP`. */
  checkInIntervalWeeks: Maybe<Scalars["Int"]["output"]>;
  /** Regiegesprekken, newest first. Null with CONSENT_REQUIRED unless the viewer has `READ_FOLLOW_UP`. */
  checkIns: Maybe<Array<CheckIn>>;
  /** Date the case was closed; null while it is open, and cleared again when a closed case is reopened. */
  closedOn: Maybe<Scalars["Date"]["output"]>;
  /** When the case was created. */
  createdAt: Scalars["DateTime"]["output"];
  /** The approved plan in force, if any. */
  currentPlan: Maybe<Plan>;
  /** The version being prepared (DRAFT or AGREED), if any. */
  draftPlan: Maybe<Plan>;
  /** The case's steps on the escalation ladder, oldest first. */
  escalationHistory: Array<CaseEscalation>;
  /** Escalation level: 0 none, 1 casusregie, 2 procesregie, 3 safety/protection table (e.g. Beschermingstafel). */
  escalationLevel: Scalars["Int"]["output"];
  /** The table of the escalation ladder the case is at; null at level 0 (or for a level from before the ladder). */
  escalationTable: Maybe<EscalationTable>;
  /** Months between evaluations of the approved plan (default 3). */
  evaluationIntervalMonths: Scalars["Int"]["output"];
  /** When the next evaluation is due. */
  evaluationSchedule: EvaluationSchedule;
  /** Evaluations the viewer may see, by date. */
  evaluations: Array<Evaluation>;
  /** The framework the help runs in: voluntary, drang or compulsory. */
  framework: CaseFramework;
  /** The tables' decisions on the case's framework, oldest first. */
  frameworkHistory: Array<FrameworkDecision>;
  /** Consent grants of the case: all of them for directors, the own organisation's for other team members. */
  grants: Array<ConsentGrant>;
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** The case's meetings, newest first (process information: question, date, chair, phase). */
  meetings: Array<Meeting>;
  /** In monitoring: the day to look at the case again; null otherwise (and without `READ_FOLLOW_UP`, with CONSENT_REQUIRED). */
  monitoringFollowUpOn: Maybe<Scalars["Date"]["output"]>;
  /** Follow-ups recorded while the case was in monitoring, newest first. Null with CONSENT_REQUIRED unless the viewer has `READ_FOLLOW_UP`. */
  monitoringReviews: Maybe<Array<MonitoringReview>>;
  /** Municipality the case belongs to. */
  municipality: Scalars["String"]["output"];
  /** The family's social network the viewer may see. */
  networkMembers: Array<NetworkMember>;
  /** When the next regiegesprek is due: the day agreed in the latest one, else `checkInIntervalWeeks` after the case was opened; null without a procesregisseur or once closed (and without `READ_FOLLOW_UP`, with CONSENT_REQUIRED). */
  nextCheckInOn: Maybe<Scalars["Date"]["output"]>;
  /** Date the case was opened (calendar date in the Netherlands). */
  openedOn: Scalars["Date"]["output"];
  /** Family members and others involved (betrokkenen). */
  persons: Array<Person>;
  /** Current phase; see `allowedPhaseTransitions` and `moveCasePhase`. */
  phase: CasePhase;
  /** Every phase transition of the case, newest first. */
  phaseHistory: Array<PhaseTransition>;
  /** Why the case is in its current phase: the latest transition into it. Null when the case has not moved since it was opened. */
  phaseReason: Maybe<PhaseTransition>;
  /** All versions of the family plan, newest first (perspective and goals follow consent). */
  plans: Array<Plan>;
  /** The problem analysis the viewer may see. */
  problems: Array<Problem>;
  /** The process director, who oversees the case from a distance. */
  procesregisseur: Maybe<Professional>;
  /** Human-readable reference, e.g. `RH-2026-0042`. */
  reference: Scalars["String"]["output"];
  /** Referrals and decisions the viewer may see. */
  referrals: Array<Referral>;
  /** The date until which the case is kept after closing (null while open). */
  retainUntil: Maybe<Scalars["Date"]["output"]>;
  /** Safety assessments the viewer may see, newest first. */
  safetyAssessments: Array<SafetyAssessment>;
  /** The case's scenarios; null when none are set. Null with CONSENT_REQUIRED unless the viewer has `MANAGE_SCENARIOS`. */
  scenarios: Maybe<CaseScenarios>;
  /** Self-reliance over time per person and domain, from the assessments the viewer may see. */
  selfRelianceProgress: Array<SelfRelianceProgress>;
  /** Organisations and professionals involved and for which domains; their role (`responsibility`) only as far as the viewer may see it. */
  team: Array<CaseTeamMember>;
  /** Warnings about the team's completeness, e.g. a school-age child without a school on the team. */
  teamWarnings: Array<TeamWarning>;
  /** Dossier items the viewer may see, newest first (items outside the viewer's grants are absent). */
  timeline: DossierItemConnection;
  /** Title, usually the family name, e.g. `Gezin Jansen`. */
  title: Scalars["String"]["output"];
  /** When the case itself was last changed (each change also raises `version`); changes to persons or the team do not count. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Optimistic-concurrency version: pass it back on edits; a stale version is a CONFLICT. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with this case. */
  viewerCan: Array<CaseAction>;
};

/** A case (casus): one family, one plan, one director. */
export type CaseAccessForArgs = {
  organisationId: Scalars["ID"]["input"];
};

/** A case (casus): one family, one plan, one director. */
export type CaseActionsArgs = {
  filter?: InputMaybe<ActionFilter>;
};

/** A case (casus): one family, one plan, one director. */
export type CaseAssessmentsArgs = {
  domain?: InputMaybe<Domain>;
  personId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** A case (casus): one family, one plan, one director. */
export type CaseGrantsArgs = {
  includeInactive?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** A case (casus): one family, one plan, one director. */
export type CaseTimelineArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<TimelineFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  includeRedacted?: InputMaybe<Scalars["Boolean"]["input"]>;
};

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

/** The cost of the care deployed in a case, from the referrals the viewer may see. */
export type CaseBudget = {
  __typename?: "CaseBudget";
  /** Cost of referrals running today, in euro cents. */
  activeCostCents: Scalars["Int"]["output"];
  /** Number of referrals counted. */
  referralCount: Scalars["Int"]["output"];
  /** Total cost in euro cents. */
  totalCostCents: Scalars["Int"]["output"];
};

/** A page of cases, newest opened first. */
export type CaseConnection = {
  __typename?: "CaseConnection";
  /** The cases on this page, in order. */
  edges: Array<CaseEdge>;
  /** Whether there is a next page, and the cursor to get it. */
  pageInfo: PageInfo;
  /** Number of cases matching the filter that the viewer may see. */
  totalCount: Scalars["Int"]["output"];
};

/** One case in a `CaseConnection`, with its cursor. */
export type CaseEdge = {
  __typename?: "CaseEdge";
  /** Opaque cursor of this case; pass it as `after` to continue after it. */
  cursor: Scalars["String"]["output"];
  /** The case. */
  node: Case;
};

/** One step of a case on the escalation ladder. */
export type CaseEscalation = {
  __typename?: "CaseEscalation";
  /** When the step was recorded. */
  at: Scalars["DateTime"]["output"];
  /** Who took the step; null for a level carried over from before the ladder. */
  by: Maybe<Professional>;
  /** When the table decided. */
  decidedOn: Maybe<Scalars["Date"]["output"]>;
  /** What the table decided, once it met; null until recorded. */
  decision: Maybe<Scalars["String"]["output"]>;
  /** Up or down. */
  direction: EscalationDirection;
  /** The level before the step. */
  fromLevel: Scalars["Int"]["output"];
  /** Id (UUID); pass it to `recordTableDecision`. */
  id: Scalars["ID"]["output"];
  /** Why. */
  reason: Scalars["String"]["output"];
  /** The table the case moved to; null when back to no table, or for a level set before the ladder existed. */
  table: Maybe<EscalationTable>;
  /** The level after the step (0: no table). */
  toLevel: Scalars["Int"]["output"];
};

/** One change in a case, as the subscriber may see it. */
export type CaseEvent = {
  __typename?: "CaseEvent";
  /** Who made the change; null for the hub itself (e.g. an action that became overdue). */
  actor: Maybe<Professional>;
  /** The case as the subscriber may see it now. */
  case: Case;
  /** UUID of the case. */
  caseId: Scalars["ID"]["output"];
  /** The fields that changed, e.g. `Action.status` or `Case.phase`. */
  fields: Array<Scalars["String"]["output"]>;
  /** The item as the subscriber may see it now; null for a change of the case itself or a removed item. */
  item: Maybe<DossierItem>;
  /** UUID of the changed item; null for a change of the case itself. */
  itemId: Maybe<Scalars["ID"]["output"]>;
  /** The kind of the changed item; null for a change of the case itself (phase, directors, team, persons, consent). */
  itemKind: Maybe<DossierItemKind>;
  /** What happened. */
  kind: DossierEventKind;
  /** When the change was committed. */
  occurredAt: Scalars["DateTime"]["output"];
  /** The event's sequence number; pass the last one seen as `afterSeq` to resume. */
  seq: Scalars["Seq"]["output"];
};

/** Filter for the case list. */
export type CaseFilter = {
  /** Only cases in one of these phases. */
  phases?: InputMaybe<Array<CasePhase>>;
  /** Matches title or reference, case-insensitive. */
  search?: InputMaybe<Scalars["String"]["input"]>;
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

/** A case's scenarios: two factors, four scenarios. */
export type CaseScenarios = {
  __typename?: "CaseScenarios";
  /** The current scenario; null while no signal is observed. */
  current: Maybe<Scenario>;
  /** The two uncertain factors. */
  factors: Array<UncertainFactor>;
  /** The four scenarios, in quadrant order: 0-0, 0-1, 1-0, 1-1. */
  scenarios: Array<Scenario>;
  /** Version for optimistic concurrency; `setCaseScenarios` passes it back. */
  version: Scalars["Int"]["output"];
};

/** An organisation (and optionally a named professional) on a case team. */
export type CaseTeamMember = {
  __typename?: "CaseTeamMember";
  /** When the member was added to the team. */
  addedAt: Scalars["DateTime"]["output"];
  /** Life domains this member works on. */
  domains: Array<Domain>;
  /** Unique identifier (UUID); pass it to `removeTeamMember`. */
  id: Scalars["ID"]["output"];
  /** Whether this is the directing organisation (that of the casusregisseur). */
  isDirecting: Scalars["Boolean"]["output"];
  /** The organisation on the team. */
  organisation: Organisation;
  /** The named professional of that organisation, if one is named. */
  professional: Maybe<Professional>;
  /** What this member does in the case, e.g. `Intern begeleider`, `Schuldhulpverlener`: why they are involved, which can reveal the family's care (`Verslavingsconsulent (moeder)`). Shown only to the member's own organisation, the directing organisation and the case's procesregisseur; for every other viewer null with CONSENT_REQUIRED (see `responsibilityRedacted`). Who is involved and how to reach them (organisation, professional, `isDirecting`) every viewer of the case sees. */
  responsibility: Maybe<Scalars["String"]["output"]>;
  /** True when `responsibility` is withheld from the viewer (it then resolves to null with CONSENT_REQUIRED), also when none is filled in. */
  responsibilityRedacted: Scalars["Boolean"]["output"];
};

/** A status change of an action. */
export type ChangeActionStatusInput = {
  /** UUID of the action. */
  actionId: Scalars["ID"]["input"];
  /** Why (required for BLOCKED, CANCELLED and reopening). */
  reason?: InputMaybe<Scalars["String"]["input"]>;
  /** The new status. */
  status: ActionStatus;
  /** The version last read. */
  version: Scalars["Int"]["input"];
};

/** A regiegesprek: the periodic check-in of procesregisseur and casusregisseur about one case. */
export type CheckIn = {
  __typename?: "CheckIn";
  /** Whether the budget still suffices, in words; null when not discussed. */
  budget: Maybe<Scalars["String"]["output"]>;
  /** The casusregisseur of the case when it was held. */
  casusregisseur: Maybe<Professional>;
  /** How the cooperation in the team goes. */
  cooperation: Scalars["String"]["output"];
  /** The day it was held. */
  heldOn: Scalars["Date"]["output"];
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** The day agreed for the next regiegesprek. */
  nextCheckInOn: Scalars["Date"]["output"];
  /** What stands in the way; null when nothing was named. */
  obstacles: Maybe<Scalars["String"]["output"]>;
  /** When it was recorded. */
  recordedAt: Scalars["DateTime"]["output"];
  /** Who recorded it. */
  recordedBy: Professional;
};

/** A consent grant: which partner may see what about whom, on which basis, for how long. */
export type ConsentGrant = {
  __typename?: "ConsentGrant";
  /** UUID of the case. */
  caseId: Scalars["ID"]["output"];
  /** Data classes covered, named explicitly (nothing is implied). */
  dataClasses: Array<DataClass>;
  /** Life domains covered. */
  domains: Array<Domain>;
  /** Reference to the evidence, e.g. the signed consent form in the wijkteam's file. */
  evidenceReference: Maybe<Scalars["String"]["output"]>;
  /** The organisation that may see. */
  grantee: Organisation;
  /** UUID of the grant. */
  id: Scalars["ID"]["output"];
  /** Whether it applies now (valid period, not withdrawn). */
  isActive: Scalars["Boolean"]["output"];
  /** The legal basis of the grant. */
  legalBasis: LegalBasis;
  /** Why the partner needs the information. */
  purpose: Scalars["String"]["output"];
  /** When it was recorded. */
  recordedAt: Scalars["DateTime"]["output"];
  /** Who recorded the grant. */
  recordedBy: Professional;
  /** The persons the grant covers; an item is covered only when all its subjects are. */
  subjects: Array<Person>;
  /** From when the grant applies. */
  validFrom: Scalars["DateTime"]["output"];
  /** Until when the grant applies (null: until withdrawn). */
  validUntil: Maybe<Scalars["DateTime"]["output"]>;
  /** Why it was withdrawn. */
  withdrawalReason: Maybe<Scalars["String"]["output"]>;
  /** When it was withdrawn (null: not withdrawn). */
  withdrawnAt: Maybe<Scalars["DateTime"]["output"]>;
  /** Who withdrew it. */
  withdrawnBy: Maybe<Professional>;
};

/** A contribution to a meeting (its chair or a participating professional). */
export type ContributeToMeetingInput = {
  /** What is said. */
  body: Scalars["String"]["input"];
  /** Information, a judgement or a proposal. */
  contributionKind: ContributionKind;
  /** Sensitivity; GENERAL when omitted. */
  dataClass?: InputMaybe<DataClass>;
  /** The life domain it concerns: consent is granted per domain. */
  domain: Domain;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: InputMaybe<LegalBasis>;
  /** UUID of the meeting. */
  meetingId: Scalars["ID"]["input"];
  /** The family members it is about. */
  subjectPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
};

/** What a contribution to a meeting is. */
export type ContributionKind =
  /** Information for the picture. */
  | "INFORMATION"
  /** A judgement of the situation. */
  | "JUDGEMENT"
  /** A proposal for what to do. */
  | "PROPOSAL";

/** A danger statement (gevaar) with the safety goal (veiligheidsdoel) that answers it. */
export type DangerStatement = {
  __typename?: "DangerStatement";
  /** What the danger is. */
  danger: Scalars["String"]["output"];
  /** The safety goal that answers it. */
  safetyGoal: Scalars["String"]["output"];
};

/** A danger statement with its safety goal. */
export type DangerStatementInput = {
  /** What the danger is. */
  danger: Scalars["String"]["input"];
  /** The safety goal that answers it. */
  safetyGoal: Scalars["String"]["input"];
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
  caseId: Scalars["ID"]["input"];
  /** Into COMPULSORY only, and then required: a CASUSREGISSEUR of a certified institution (JEUGDBESCHERMING) who takes over case direction; the procesregisseur's role on the case ends. */
  casusregisseurId?: InputMaybe<Scalars["ID"]["input"]>;
  /** When the table decided, not in the future. */
  decidedOn: Scalars["Date"]["input"];
  /** The decision, in words (e.g. 'drang met doelen en monitoring'). */
  decision: Scalars["String"]["input"];
  /** The table that decided: the case must be at it, and it must decide frameworks. */
  tableId: Scalars["ID"]["input"];
  /** The framework the table decided on (one of `Case.allowedFrameworkTransitions`). */
  to: CaseFramework;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars["Int"]["input"];
};

/** Input for `deescalateCase`. */
export type DeescalateCaseInput = {
  /** Id (UUID) of the case. */
  caseId: Scalars["ID"]["input"];
  /** When it decided (with `decision`). */
  decidedOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** What the lower table decided, if it has met already (with `decidedOn`). */
  decision?: InputMaybe<Scalars["String"]["input"]>;
  /** Why it is safe to de-escalate. */
  reason: Scalars["String"]["input"];
  /** An active table below the case's current level; omit or null to take the case off the ladder (level 0). */
  tableId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars["Int"]["input"];
};

/** A professional offered on the development sign-in page. */
export type DevSignInOption = {
  __typename?: "DevSignInOption";
  /** Name of the professional. */
  name: Scalars["String"]["output"];
  /** Kind of the professional's organisation. */
  organisationKind: OrganisationKind;
  /** Name of the professional's organisation. */
  organisationName: Scalars["String"]["output"];
  /** Id (UUID) of the professional; pass it to `devSignIn`. */
  professionalId: Scalars["ID"]["output"];
  /** Role of the professional. */
  role: ProfessionalRole;
};

/** A generated document to download. */
export type Document = {
  __typename?: "Document";
  /** The content, base64-encoded. */
  contentBase64: Scalars["String"]["output"];
  /** Suggested file name. */
  fileName: Scalars["String"]["output"];
  /** Media type, e.g. `application/pdf`. */
  mediaType: Scalars["String"]["output"];
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

/** A doorbraak: the procesregisseur's decision, on a stalled case, that something must happen (doorzettingsmacht). */
export type Doorbraak = {
  __typename?: "Doorbraak";
  /** The authority the decision rests on, e.g. `Mandaat wethouder Jeugd, gemeente Lindehaven`. */
  authority: Scalars["String"]["output"];
  /** The day of the decision. */
  decidedOn: Scalars["Date"]["output"];
  /** Who was heard before the decision (people or organisations). */
  heard: Array<Scalars["String"]["output"]>;
};

/** What happened to an item or to the case. */
export type DossierEventKind =
  /** Created (an item recorded, a case opened). */
  | "CREATED"
  /** Removed. */
  | "DELETED"
  /** Changed. */
  | "UPDATED";

/**
 * Common fields of every dossier item. Outside the viewer's grants an item is absent from lists; asked for
 * directly (`dossierItem`) it is a redacted stub: `redacted` is true, the kind, domain, data class, author
 * organisation and dates are there, and every content field resolves to null with CONSENT_REQUIRED.
 */
export type DossierItem = {
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last corrected. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; corrections pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor): directing, procesregisseur's, author's and grantees'. */
  visibleTo: Array<Organisation>;
};

/** A page of dossier items, newest first. */
export type DossierItemConnection = {
  __typename?: "DossierItemConnection";
  /** The items on this page. */
  edges: Array<DossierItemEdge>;
  /** Pagination info. */
  pageInfo: PageInfo;
  /** Number of items the viewer may see with this filter. */
  totalCount: Scalars["Int"]["output"];
};

/** An edge in a page of dossier items. */
export type DossierItemEdge = {
  __typename?: "DossierItemEdge";
  /** Cursor of this item; pass as `after` for the next page. */
  cursor: Scalars["String"]["output"];
  /** The item. */
  node: DossierItem;
};

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

/** An earlier version of a dossier item, kept when it was corrected (rectification). */
export type DossierItemVersion = {
  __typename?: "DossierItemVersion";
  /** Why it was corrected. */
  reason: Maybe<Scalars["String"]["output"]>;
  /** The item's content at that version, as JSON. */
  snapshot: Scalars["String"]["output"];
  /** When it was superseded. */
  supersededAt: Scalars["DateTime"]["output"];
  /** Who corrected it. */
  supersededBy: Professional;
  /** The version number that was superseded. */
  version: Scalars["Int"]["output"];
};

/** A new plan version. */
export type DraftPlanInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Domain of the plan item itself (its perspective); FAMILY_RELATIONS when omitted. */
  domain?: InputMaybe<Domain>;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: InputMaybe<LegalBasis>;
  /** The desired perspective; copied from the plan in force when omitted. */
  perspective?: InputMaybe<Scalars["String"]["input"]>;
  /** Why this version is started (a plan adjustment: a scenario's signal observed, a meeting's decision). */
  reason?: InputMaybe<Scalars["String"]["input"]>;
  /** The family members the plan is about; all persons of the case when omitted. */
  subjectPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
};

/** The closed set of error codes found in `extensions.code` of every GraphQL error the hub returns. */
export type ErrorCode =
  /** The input is invalid; `extensions.field` names the offending input path. */
  | "BAD_USER_INPUT"
  /** The object changed since the caller read it (stale `version`), or the change conflicts with its state. Also the answer to an `Idempotency-Key` (HTTP) whose first request is still running (`extensions.idempotency` IN_PROGRESS, HTTP 409, retry later), that was used for another request (KEY_REUSED, HTTP 422), or whose first request was carried out but its answer lost (ANSWER_LOST, with `committedAt` and `changes`); in each case nothing was done. */
  | "CONFLICT"
  /** The field lies outside the consent and legal basis the caller holds; it resolves to null. */
  | "CONSENT_REQUIRED"
  /** The caller may see the object but may not perform this operation. */
  | "FORBIDDEN"
  /** Something went wrong inside the hub; nothing was changed. The log carries the details. */
  | "INTERNAL"
  /** The object does not exist, or the caller may not know that it exists. */
  | "NOT_FOUND"
  /** The operation is not one the caller may run: with `TRUSTED_DOCUMENTS` enforced, a partner system runs only the documents its organisation registered (`registerTrustedDocuments`), and a person only the web app's operations. HTTP 400; nothing was done. */
  | "OPERATION_NOT_TRUSTED"
  /** A request named its operation by hash only (`extensions.persistedQuery.sha256Hash`) and the hub knows no document with that hash for the caller: send the query text with it, or register the document first. HTTP 400; nothing was done. */
  | "PERSISTED_QUERY_NOT_FOUND"
  /** Too many requests or refusals from this client or actor; nothing was done. `extensions.retryAfterSeconds` (and the HTTP `Retry-After` header) says when to try again. */
  | "RATE_LIMITED"
  /** No valid credentials were presented; sign in again. */
  | "UNAUTHENTICATED"
  /** The hub lost its database connection during the request. Retry after `extensions.retryAfterSeconds`; before repeating a change, read whether it was made (a connection lost while committing leaves that open). */
  | "UNAVAILABLE";

/** Input for `escalateCase`. */
export type EscalateCaseInput = {
  /** Id (UUID) of the case. */
  caseId: Scalars["ID"]["input"];
  /** When the table decided (with `decision`), not in the future. */
  decidedOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** What the table decided, if it has met already (with `decidedOn`). */
  decision?: InputMaybe<Scalars["String"]["input"]>;
  /** Why the case is escalated. */
  reason: Scalars["String"]["input"];
  /** The table to bring the case to: an active table above the case's current level. */
  tableId: Scalars["ID"]["input"];
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars["Int"]["input"];
};

/** Up or down the ladder. */
export type EscalationDirection =
  /** Afgeschaald: to a lower table or to none. */
  | "DOWN"
  /** Opgeschaald: to a higher table. */
  | "UP";

/** A table of the region's escalation ladder, e.g. wijkteamoverleg (1), Jeugdbeschermingsplein (2), Zorg- en Veiligheidshuis (3). */
export type EscalationTable = {
  __typename?: "EscalationTable";
  /** False for a retired table: it stays in the history but no case is brought to it. */
  active: Scalars["Boolean"]["output"];
  /** Who chairs it; null when not named. */
  chair: Maybe<Professional>;
  /** Whether the table decides the framework of the cases brought to it (`decideFramework`). */
  decidesFramework: Scalars["Boolean"]["output"];
  /** What the table is for. */
  description: Maybe<Scalars["String"]["output"]>;
  /** Id (UUID). */
  id: Scalars["ID"]["output"];
  /** Its level on the ladder: 1 casusregie, 2 procesregie, 3 safety/protection. */
  level: Scalars["Int"]["output"];
  /** The table's name. */
  name: Scalars["String"]["output"];
  /** The organisation that hosts the table. */
  organisation: Organisation;
};

/** A scheduled review of the plan: held when `heldOn` is set; may lead to a new plan version. */
export type Evaluation = DossierItem & {
  __typename?: "Evaluation";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** Conclusions. Null with CONSENT_REQUIRED when redacted. */
  conclusions: Maybe<Scalars["String"]["output"]>;
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** When it was held (null while scheduled). Null with CONSENT_REQUIRED when redacted. */
  heldOn: Maybe<Scalars["Date"]["output"]>;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The plan version the evaluation led to, if any. */
  ledToPlan: Maybe<Plan>;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Derived: still scheduled and the date has passed. Null with CONSENT_REQUIRED when redacted. */
  overdue: Maybe<Scalars["Boolean"]["output"]>;
  /** Who took part (names and roles). Null with CONSENT_REQUIRED when redacted. */
  participants: Maybe<Array<Scalars["String"]["output"]>>;
  /** UUID of the plan version evaluated. */
  planId: Scalars["ID"]["output"];
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** The date it is planned for. Null with CONSENT_REQUIRED when redacted. */
  scheduledOn: Maybe<Scalars["Date"]["output"]>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** SCHEDULED or HELD. Null with CONSENT_REQUIRED when redacted. */
  status: Maybe<EvaluationStatus>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** When the next evaluation of the approved plan is due (derived). */
export type EvaluationSchedule = {
  __typename?: "EvaluationSchedule";
  /** Months between evaluations for this case (default 3). */
  intervalMonths: Scalars["Int"]["output"];
  /** The date the next evaluation is due; null without an approved plan. */
  nextDueOn: Maybe<Scalars["Date"]["output"]>;
  /** Whether that date has passed without an evaluation held. */
  overdue: Scalars["Boolean"]["output"];
  /** The approved plan the schedule runs from; null when no plan is approved. */
  plan: Maybe<Plan>;
};

/** Status of an evaluation. */
export type EvaluationStatus =
  /** Held. */
  | "HELD"
  /** Planned, not yet held. */
  | "SCHEDULED";

/** A table's decision on the framework of a case. */
export type FrameworkDecision = {
  __typename?: "FrameworkDecision";
  /** When it was recorded. */
  at: Scalars["DateTime"]["output"];
  /** Who recorded the decision. */
  by: Professional;
  /** When the table decided. */
  decidedOn: Scalars["Date"]["output"];
  /** The decision, in words. */
  decision: Scalars["String"]["output"];
  /** The framework before. */
  from: CaseFramework;
  /** Id (UUID). */
  id: Scalars["ID"]["output"];
  /** Into the compulsory framework: the casusregisseur of the certified institution who took over case direction. */
  newCasusregisseur: Maybe<Professional>;
  /** Into the compulsory framework: the casusregisseur before the take-over. */
  previousCasusregisseur: Maybe<Professional>;
  /** Into the compulsory framework: the procesregisseur whose role on the case ended. */
  previousProcesregisseur: Maybe<Professional>;
  /** The table that decided. */
  table: EscalationTable;
  /** The framework after. */
  to: CaseFramework;
};

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

/** A goal of the family plan on one domain, in the family's own words and the professional's. */
export type Goal = DossierItem & {
  __typename?: "Goal";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** Actions towards this goal (across plan versions) the viewer may see. */
  actions: Array<Action>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** The goal in the family's own words. Null with CONSENT_REQUIRED when redacted. */
  familyWording: Maybe<Scalars["String"]["output"]>;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The most recent measurement the viewer may see. */
  latestResult: Maybe<Result>;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Shared by the same goal across plan versions. */
  lineageId: Scalars["ID"]["output"];
  /** UUID of the plan version the goal belongs to. */
  planId: Scalars["ID"]["output"];
  /** Priority. Null with CONSENT_REQUIRED when redacted. */
  priority: Maybe<GoalPriority>;
  /** The goal as the professionals word it. Null with CONSENT_REQUIRED when redacted. */
  professionalWording: Maybe<Scalars["String"]["output"]>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Measurements against this goal (across plan versions) the viewer may see, oldest first. */
  results: Array<Result>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the goal should be reached. Null with CONSENT_REQUIRED when redacted. */
  targetDate: Maybe<Scalars["Date"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

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
  caseId: Scalars["ID"]["input"];
  /** Data classes covered, named explicitly. */
  dataClasses: Array<DataClass>;
  /** Life domains covered. */
  domains: Array<Domain>;
  /** Reference to the evidence, e.g. the signed consent form. Required for CONSENT. */
  evidenceReference?: InputMaybe<Scalars["String"]["input"]>;
  /** The organisation that may see (must be on the case team). */
  granteeOrganisationId: Scalars["ID"]["input"];
  /** The legal basis. JUSTICE data needs JUSTICE or LEGAL_TASK. */
  legalBasis: LegalBasis;
  /** Why the partner needs the information. */
  purpose: Scalars["String"]["input"];
  /** The persons covered (persons of the case). */
  subjectPersonIds: Array<Scalars["ID"]["input"]>;
  /** From when (default: now). */
  validFrom?: InputMaybe<Scalars["DateTime"]["input"]>;
  /** Until when (default: until withdrawn). */
  validUntil?: InputMaybe<Scalars["DateTime"]["input"]>;
};

/** Recording a held evaluation. */
export type HoldEvaluationInput = {
  /** Conclusions. */
  conclusions: Scalars["String"]["input"];
  /** UUID of the evaluation. */
  evaluationId: Scalars["ID"]["input"];
  /** When it was held (not in the future). */
  heldOn: Scalars["Date"]["input"];
  /** Who took part. */
  participants: Array<Scalars["String"]["input"]>;
  /** Start the next plan version as a draft (the plan changes it leads to). */
  startNewPlanVersion?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** The version last read. */
  version: Scalars["Int"]["input"];
};

/** Role of a person in the household. */
export type HouseholdRole = "CHILD" | "EX_PARTNER" | "OTHER" | "PARENT";

/** Where information in an item came from. */
export type InformationSource = {
  __typename?: "InformationSource";
  /** Who or what, e.g. `moeder`, `school (mentor)`, `verslag Veilig Thuis 12-03`. */
  description: Maybe<Scalars["String"]["output"]>;
  /** Kind of source. */
  kind: SourceKind;
};

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

/** The result of `markAllNotificationsRead`. */
export type MarkAllNotificationsReadPayload = {
  __typename?: "MarkAllNotificationsReadPayload";
  /** How many notifications this call marked read. */
  marked: Scalars["Int"]["output"];
  /** How many notifications of the signed-in professional are still unread (as `unreadNotificationCount`). */
  unreadCount: Scalars["Int"]["output"];
};

/** A meeting on a case. */
export type Meeting = {
  __typename?: "Meeting";
  /** The phases the chair may move it to now (empty once decided, and for anyone but the chair). */
  allowedPhaseMoves: Array<MeetingPhase>;
  /** UUID of the case. */
  caseId: Scalars["ID"]["output"];
  /** Who chairs it: a director of the case. */
  chair: Professional;
  /** The contributions the viewer may see (consent and legal basis), oldest first. */
  contributions: Array<MeetingContribution>;
  /** When the decision was recorded (the meeting is closed); null before. */
  decidedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** The decision; null until it is recorded. */
  decision: Maybe<MeetingDecision>;
  /** The day it is held. */
  heldOn: Scalars["Date"]["output"];
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** Who takes part. */
  participants: Array<MeetingParticipant>;
  /** Where the meeting stands. */
  phase: MeetingPhase;
  /** The question the meeting is to answer (vraagstelling). */
  question: Scalars["String"]["output"];
  /** Counts of the contributions the viewer may see. */
  summary: MeetingSummary;
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do in it. */
  viewerCan: Array<MeetingAction>;
};

/** What the viewer may do in a meeting. */
export type MeetingAction =
  /** Move the phase and record the decision (`moveMeetingPhase`, `recordMeetingDecision`): the chair. */
  | "CHAIR"
  /** Contribute (`contributeToMeeting`): the chair and the participating professionals. */
  | "CONTRIBUTE";

/** A contribution to a meeting: a dossier item, visible under consent like every other item. */
export type MeetingContribution = DossierItem & {
  __typename?: "MeetingContribution";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** What was said. Null with CONSENT_REQUIRED when redacted. */
  body: Maybe<Scalars["String"]["output"]>;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** Information, judgement or proposal. Null with CONSENT_REQUIRED when redacted. */
  contributionKind: Maybe<ContributionKind>;
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** UUID of the meeting. Null with CONSENT_REQUIRED when redacted. */
  meetingId: Maybe<Scalars["ID"]["output"]>;
  /** The meeting's phase when it was made. Null with CONSENT_REQUIRED when redacted. */
  phase: Maybe<MeetingPhase>;
  /** A judgement or proposal made before the judgement phase. Null with CONSENT_REQUIRED when redacted. */
  premature: Maybe<Scalars["Boolean"]["output"]>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** The decision that closed a meeting. */
export type MeetingDecision = {
  __typename?: "MeetingDecision";
  /** The actions it put in the plan that the viewer may see (consent applies to each). */
  actions: Array<Action>;
  /** When it was recorded. */
  decidedAt: Scalars["DateTime"]["output"];
  /** The chair who recorded it. */
  decidedBy: Professional;
  /** What was decided. */
  decision: Scalars["String"]["output"];
  /** The family members who were there. */
  presentPersons: Array<Person>;
  /** The professionals who were there. */
  presentProfessionals: Array<Professional>;
};

/** An action a meeting's decision puts in the current plan. */
export type MeetingDecisionActionInput = {
  /** Due date. */
  dueOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** UUID of a goal of the plan in force. */
  goalId: Scalars["ID"]["input"];
  /** The organisation that carries it (on the team, able to see it). */
  ownerOrganisationId: Scalars["ID"]["input"];
  /** The professional who carries it (of that organisation). */
  ownerProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** What is to be done. */
  title: Scalars["String"]["input"];
};

/** A participant of a meeting: a professional, or a family member present (children from 12). */
export type MeetingParticipant = {
  __typename?: "MeetingParticipant";
  /** The family member present; null for a professional. */
  person: Maybe<Person>;
  /** The professional; null for a family member. */
  professional: Maybe<Professional>;
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

/** The counts of a meeting's contributions the viewer sees. */
export type MeetingSummary = {
  __typename?: "MeetingSummary";
  /** Contributions of kind INFORMATION. */
  information: Scalars["Int"]["output"];
  /** Contributions of kind JUDGEMENT. */
  judgements: Scalars["Int"]["output"];
  /** Judgements and proposals made before the judgement phase (flagged to the chair: 'voorstel tijdens beeldvorming'). */
  premature: Scalars["Int"]["output"];
  /** Contributions of kind PROPOSAL. */
  proposals: Scalars["Int"]["output"];
};

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

/** A follow-up of a case in monitoring (vinger aan de pols): the look on or after its date, and what came of it. */
export type MonitoringReview = {
  __typename?: "MonitoringReview";
  /** The follow-up date that was due (the day it was recorded, when the case had none). */
  followUpOn: Scalars["Date"]["output"];
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** For CONTINUE: the next follow-up date; otherwise null. */
  nextFollowUpOn: Maybe<Scalars["Date"]["output"]>;
  /** What the follow-up showed. */
  note: Scalars["String"]["output"];
  /** What came of it. */
  outcome: MonitoringOutcome;
  /** When it was recorded. */
  recordedAt: Scalars["DateTime"]["output"];
  /** Who recorded it. */
  recordedBy: Professional;
  /** The day the follow-up was recorded. */
  reviewedOn: Scalars["Date"]["output"];
};

/** Move the table's discussion of a case one phase forward or back (the chair, while open). */
export type MoveAgendaPhaseInput = {
  /** UUID of the agenda entry. */
  entryId: Scalars["ID"]["input"];
  /** The phase to move to (one of `AgendaEntry.allowedPhaseMoves`). */
  phase: MeetingPhase;
};

/** Input for `moveCasePhase`, for the case's directors. Moving back, closing and reopening need a `reason`. Closing sets `closedOn`; reopening clears it. */
export type MoveCasePhaseInput = {
  /** Id (UUID) of the case. */
  id: Scalars["ID"]["input"];
  /** Why, e.g. when closing or moving back. */
  reason?: InputMaybe<Scalars["String"]["input"]>;
  /** Target phase; must be one of the case's `allowedPhaseTransitions`, otherwise BAD_USER_INPUT. */
  to: CasePhase;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars["Int"]["input"];
};

/** A move of a meeting's phase (its chair). */
export type MoveMeetingPhaseInput = {
  /** UUID of the meeting. */
  meetingId: Scalars["ID"]["input"];
  /** The phase to move to: the next, or the previous. */
  phase: MeetingPhase;
  /** The version last read; a stale version is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

export type Mutation = {
  __typename?: "Mutation";
  /** Add an action towards a goal (team members). The owner organisation must be on the team and able to see the action under its grants. */
  addAction: Action;
  /** Add a goal to a draft plan (case directors). */
  addGoal: Goal;
  /** Add a member of the family's social network (team members). */
  addNetworkMember: NetworkMember;
  /** Record a family member's own statement about an item (directing organisation). */
  addOwnStatement: DossierItem;
  /** Add a family member or other person involved. */
  addPerson: Person;
  /** Add an organisation (and optionally a professional) to the case team. */
  addTeamMember: CaseTeamMember;
  /** Record the family's agreement: DRAFT → AGREED (case directors). */
  agreePlan: Plan;
  /** Approve (vaststellen) an agreed plan: AGREED → APPROVED; the previous approved version becomes SUPERSEDED. A plan with a youth-care goal needs an approver with an SKJ/BIG registration (FORBIDDEN otherwise). */
  approvePlan: Plan;
  /** Attach an own reference of the viewer's organisation to a person. A person outside the cases the organisation sees is NOT_FOUND; the same reference for the same person again is a CONFLICT. */
  attachPartnerReference: PartnerReference;
  /** Break-glass: open an item or the whole case outside the grants, for a limited time, under VITAL_INTEREST; logged and reviewed. */
  breakGlass: BreakGlassAccess;
  /** Change the status of an action (its owner organisation, or the case directors). BLOCKED and CANCELLED need a reason. */
  changeActionStatus: Action;
  /** Contribute to a meeting (its chair and participating professionals): a dossier item. A judgement or proposal before the judgement phase is accepted and flagged. */
  contributeToMeeting: MeetingContribution;
  /** Record a table's decision on the case's framework (the state machine VOLUNTARY ⇄ DRANG → COMPULSORY → VOLUNTARY). Into COMPULSORY a casusregisseur of a certified institution takes over in the same step and the procesregisseur's role ends. */
  decideFramework: Case;
  /** Afschalen: bring a case to a lower table, or off the ladder, with a reason. The team is notified; live as `PortfolioChange.ESCALATION`. */
  deescalateCase: Case;
  /** Detach one of the viewer's organisation's own references; returns its id. Another organisation's reference, or one in a case the organisation no longer sees, is NOT_FOUND. */
  detachPartnerReference: Scalars["ID"]["output"];
  /** Development sign-in as a seeded professional. FORBIDDEN outside DEV auth mode. */
  devSignIn: SignInPayload;
  /** Start a new version of the family plan as a draft, copying the goals of the plan in force (case directors). CONFLICT while a draft or agreed version exists. */
  draftPlan: Plan;
  /** Opschalen: bring a case to a higher table of the ladder, with a reason (and the table's decision if it met). The team is notified; live as `PortfolioChange.ESCALATION`. */
  escalateCase: Case;
  /** Inzage: everything held about one person as JSON (privacy officer, directing organisation). Logged as EXPORT. */
  exportPersonData: PersonDataExport;
  /** Grant a team partner access to domains and data classes about persons (casusregisseur, procesregisseur). */
  grantAccess: ConsentGrant;
  /** Record a held evaluation: participants and conclusions; optionally start the next plan version (case directors). */
  holdEvaluation: Evaluation;
  /** Mark every unread notification of the signed-in professional read, in the cases they can still read. With `upTo`, only those raised at or before that moment, so that one raised after the list was loaded stays unread. Marking again keeps the first moment each was read. */
  markAllNotificationsRead: MarkAllNotificationsReadPayload;
  /** Mark a notification read (its recipient). */
  markNotificationRead: Notification;
  /** Mark a table outcome notice read (its recipient, while on the table). Marking again keeps the first moment. */
  markTableOutcomeNoticeRead: TableOutcomeNotice;
  /** Move the table's discussion of a case one phase forward or back (the chair, while open). Returns the entry. */
  moveAgendaPhase: AgendaEntry;
  /** Move a case to another phase, if the phase rules allow it. */
  moveCasePhase: Case;
  /** Move a meeting one phase forward or back (its chair). Returns the meeting. */
  moveMeetingPhase: Meeting;
  /** Mark a scenario's signal observed (its case's directors): records who and when, makes its scenario the current one and notifies the other directors. Returns the case. */
  observeScenarioSignal: Case;
  /** Open a new case in phase SIGNAL; the casusregisseur's organisation joins the team. */
  openCase: Case;
  /** Plan a meeting on a case (case directors). Returns the meeting. */
  planMeeting: Meeting;
  /** Plan a session of a table on a day (a procesregisseur). Returns the session. */
  planTableSession: TableSession;
  /** Put a case on a session's agenda (its directors); CONFLICT while it is open on another agenda, naming that table. Returns the entry. */
  putCaseOnAgenda: AgendaEntry;
  /** Record the table's outcome on a case (the table's chair, in the DECISION phase): at a table that decides frameworks it updates the case's framework; the members' access to the summary lapses and they are notified of the outcome (members outside the case team through `myTableOutcomeNotices`). Returns the entry. */
  recordAgendaOutcome: AgendaEntry;
  /** Record a self-reliance assessment (ZRM 1–5) of one person on one domain (team members). */
  recordAssessment: Assessment;
  /** Record a regiegesprek of a case (its procesregisseur, casusregisseur or a casusregisseur colleague). Returns the case. */
  recordCheckIn: Case;
  /**
   * The procesregisseur breaks through on a case that stalls: the decision becomes an action in the current plan,
   * marked as doorbraak, notified to the carrying organisation's team members and the case's casusregisseur,
   * followed in the portfolio until done, and logged. Only the case's procesregisseur (`RECORD_DOORBRAAK`).
   */
  recordDoorbraak: Action;
  /** Record the decision of a meeting in its DECISION phase (its chair), with the actions it puts in the plan in the same step; the meeting closes. Returns the meeting. */
  recordMeetingDecision: Meeting;
  /** Record the follow-up of a case in monitoring: continue with a new date, close, or reopen into execution (case directors). Returns the case. */
  recordMonitoringReview: Case;
  /** Record a conversation note (team members). */
  recordNote: Note;
  /** Record an observation (team members; the author's organisation always sees its own items). */
  recordObservation: Observation;
  /** Record a problem in the analysis (team members). */
  recordProblem: Problem;
  /** Record a referral or decision (team members). */
  recordReferral: Referral;
  /** Record a measurement against a goal (team members). */
  recordResult: Result;
  /** Record a safety assessment (team members); ACUTE notifies the casusregisseur and procesregisseur at once. */
  recordSafetyAssessment: SafetyAssessment;
  /** Record what a table decided on the case's current step (once). */
  recordTableDecision: CaseEscalation;
  /** Register a partner system of the viewer's organisation (ADMINs only). The answer carries its secret, once. */
  registerApiClient: RegisterApiClientPayload;
  /** Register operations of a client of the viewer's organisation (ADMINs only) as trusted documents. Each document is a GraphQL document with exactly one operation (fragments allowed) that is valid against the schema and within the query limits; at most 50 per call, each at most 20,000 characters, at most 200 per client. One invalid document refuses them all (BAD_USER_INPUT, `extensions.field` naming it, e.g. `documents.2`), and nothing is stored. Registering the same text again changes nothing. Answers the documents given, in their order. Another organisation's client is NOT_FOUND. */
  registerTrustedDocuments: Array<TrustedDocument>;
  /** Remove a team member (by `CaseTeamMember.id`); for the case's directors. The casusregisseur's own entry and the last entry of the directing organisation cannot be removed (CONFLICT). Returns the case. */
  removeTeamMember: Case;
  /** Remove a trusted document of a client of the viewer's organisation (ADMINs only): the system can no longer run it (on every instance of the hub within 30 seconds). An unknown hash, or another organisation's client, is NOT_FOUND. */
  removeTrustedDocument: TrustedDocument;
  /** Take an agreed plan back to draft with a reason: AGREED → DRAFT; the family's agreement lapses (case directors). */
  reopenPlan: Plan;
  /** Record the privacy officer's review of a break-glass access. */
  reviewBreakGlass: BreakGlassAccess;
  /** Revoke a client of the viewer's organisation (ADMINs only): it gets no more tokens, and its tokens and open WebSockets (closed with 4403) stop at once. Another organisation's client is NOT_FOUND. */
  revokeApiClient: ApiClient;
  /** Give a client of the viewer's organisation a new secret (ADMINs only); the secrets it had stay valid for the overlap. Another organisation's client is NOT_FOUND. */
  rotateApiClientSecret: RotateApiClientSecretPayload;
  /** Schedule an evaluation of the approved plan; the date defaults to when it is due (case directors). */
  scheduleEvaluation: Evaluation;
  /** Set or clear the budget of a case: its procesregisseur only. Returns the case. */
  setCaseBudget: Case;
  /** Set the scenarios of a case (its directors). Returns the case. */
  setCaseScenarios: Case;
  /** Set the weeks between regiegesprekken of a case (as `recordCheckIn`). Returns the case. */
  setCheckInInterval: Case;
  /**
   * Deprecated: escalation goes by the region's ladder of tables. Always answers BAD_USER_INPUT (for a case the caller may escalate) naming `escalateCase` / `deescalateCase`, and changes nothing.
   * @deprecated Use escalateCase / deescalateCase: the level follows the table of the region's escalation ladder.
   */
  setEscalationLevel: Case;
  /** Set the months between evaluations for a case (case directors). */
  setEvaluationInterval: Case;
  /** Move a case from evaluation into monitoring with a follow-up date (case directors). Returns the case. */
  startMonitoring: Case;
  /** Edit a case's title, municipality, framework or directors. */
  updateCase: Case;
  /** Edit a goal of a draft plan (case directors). */
  updateGoal: Goal;
  /** Correct a note (author or directing organisation); the previous version is kept. */
  updateNote: Note;
  /** Correct an observation (author or directing organisation); the previous version is kept. */
  updateObservation: Observation;
  /** Edit a family member; pass the version last read (a stale version is a CONFLICT). */
  updatePerson: Person;
  /** Edit the perspective of a draft plan (case directors). */
  updatePlan: Plan;
  /** Withdraw a grant; it takes effect on the next request, for queries, subscriptions and exports alike. */
  withdrawAccess: ConsentGrant;
};

export type MutationAddActionArgs = {
  input: AddActionInput;
};

export type MutationAddGoalArgs = {
  input: AddGoalInput;
};

export type MutationAddNetworkMemberArgs = {
  input: AddNetworkMemberInput;
};

export type MutationAddOwnStatementArgs = {
  input: AddOwnStatementInput;
};

export type MutationAddPersonArgs = {
  input: AddPersonInput;
};

export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};

export type MutationAgreePlanArgs = {
  input: AgreePlanInput;
};

export type MutationApprovePlanArgs = {
  input: PlanVersionInput;
};

export type MutationAttachPartnerReferenceArgs = {
  input: AttachPartnerReferenceInput;
};

export type MutationBreakGlassArgs = {
  input: BreakGlassInput;
};

export type MutationChangeActionStatusArgs = {
  input: ChangeActionStatusInput;
};

export type MutationContributeToMeetingArgs = {
  input: ContributeToMeetingInput;
};

export type MutationDecideFrameworkArgs = {
  input: DecideFrameworkInput;
};

export type MutationDeescalateCaseArgs = {
  input: DeescalateCaseInput;
};

export type MutationDetachPartnerReferenceArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationDevSignInArgs = {
  professionalId: Scalars["ID"]["input"];
};

export type MutationDraftPlanArgs = {
  input: DraftPlanInput;
};

export type MutationEscalateCaseArgs = {
  input: EscalateCaseInput;
};

export type MutationExportPersonDataArgs = {
  personId: Scalars["ID"]["input"];
};

export type MutationGrantAccessArgs = {
  input: GrantAccessInput;
};

export type MutationHoldEvaluationArgs = {
  input: HoldEvaluationInput;
};

export type MutationMarkAllNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars["DateTime"]["input"]>;
};

export type MutationMarkNotificationReadArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationMarkTableOutcomeNoticeReadArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationMoveAgendaPhaseArgs = {
  input: MoveAgendaPhaseInput;
};

export type MutationMoveCasePhaseArgs = {
  input: MoveCasePhaseInput;
};

export type MutationMoveMeetingPhaseArgs = {
  input: MoveMeetingPhaseInput;
};

export type MutationObserveScenarioSignalArgs = {
  signalId: Scalars["ID"]["input"];
};

export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};

export type MutationPlanMeetingArgs = {
  input: PlanMeetingInput;
};

export type MutationPlanTableSessionArgs = {
  input: PlanTableSessionInput;
};

export type MutationPutCaseOnAgendaArgs = {
  input: PutCaseOnAgendaInput;
};

export type MutationRecordAgendaOutcomeArgs = {
  input: RecordAgendaOutcomeInput;
};

export type MutationRecordAssessmentArgs = {
  input: RecordAssessmentInput;
};

export type MutationRecordCheckInArgs = {
  input: RecordCheckInInput;
};

export type MutationRecordDoorbraakArgs = {
  input: RecordDoorbraakInput;
};

export type MutationRecordMeetingDecisionArgs = {
  input: RecordMeetingDecisionInput;
};

export type MutationRecordMonitoringReviewArgs = {
  input: RecordMonitoringReviewInput;
};

export type MutationRecordNoteArgs = {
  input: RecordNoteInput;
};

export type MutationRecordObservationArgs = {
  input: RecordObservationInput;
};

export type MutationRecordProblemArgs = {
  input: RecordProblemInput;
};

export type MutationRecordReferralArgs = {
  input: RecordReferralInput;
};

export type MutationRecordResultArgs = {
  input: RecordResultInput;
};

export type MutationRecordSafetyAssessmentArgs = {
  input: RecordSafetyAssessmentInput;
};

export type MutationRecordTableDecisionArgs = {
  input: RecordTableDecisionInput;
};

export type MutationRegisterApiClientArgs = {
  input: RegisterApiClientInput;
};

export type MutationRegisterTrustedDocumentsArgs = {
  apiClientId: Scalars["ID"]["input"];
  documents: Array<Scalars["String"]["input"]>;
};

export type MutationRemoveTeamMemberArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationRemoveTrustedDocumentArgs = {
  apiClientId: Scalars["ID"]["input"];
  sha256: Scalars["String"]["input"];
};

export type MutationReopenPlanArgs = {
  input: ReopenPlanInput;
};

export type MutationReviewBreakGlassArgs = {
  input: ReviewBreakGlassInput;
};

export type MutationRevokeApiClientArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationRotateApiClientSecretArgs = {
  id: Scalars["ID"]["input"];
  overlapMinutes?: InputMaybe<Scalars["Int"]["input"]>;
};

export type MutationScheduleEvaluationArgs = {
  input: ScheduleEvaluationInput;
};

export type MutationSetCaseBudgetArgs = {
  input: SetCaseBudgetInput;
};

export type MutationSetCaseScenariosArgs = {
  input: SetCaseScenariosInput;
};

export type MutationSetCheckInIntervalArgs = {
  input: SetCheckInIntervalInput;
};

export type MutationSetEscalationLevelArgs = {
  input: SetEscalationLevelInput;
};

export type MutationSetEvaluationIntervalArgs = {
  input: SetEvaluationIntervalInput;
};

export type MutationStartMonitoringArgs = {
  input: StartMonitoringInput;
};

export type MutationUpdateCaseArgs = {
  input: UpdateCaseInput;
};

export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};

export type MutationUpdateNoteArgs = {
  input: UpdateNoteInput;
};

export type MutationUpdateObservationArgs = {
  input: UpdateObservationInput;
};

export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};

export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};

export type MutationWithdrawAccessArgs = {
  input: WithdrawAccessInput;
};

/** Which of the viewer's actions to list; every condition given must hold. */
export type MyActionsFilter = {
  /** Only actions of this case (UUID). A case out of reach lists nothing. */
  caseId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only actions carried by the viewer personally (true); otherwise every action of the viewer's organisation. */
  mine?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only overdue actions. */
  overdueOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only these statuses; every status when omitted or empty. */
  statuses?: InputMaybe<Array<ActionStatus>>;
};

/** How the viewer's actions are ordered. */
export type MyActionsOrder =
  /** Overdue actions first, then the other active ones, then done or cancelled ones; within each, the earliest due date first (without a due date last). */
  | "DUE"
  /** The most recent status change first. */
  | "RECENTLY_CHANGED";

/** A member of the family's social network and the support they can give. */
export type NetworkMember = DossierItem & {
  __typename?: "NetworkMember";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** How to reach them. Null with CONSENT_REQUIRED when redacted. */
  contact: Maybe<Scalars["String"]["output"]>;
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Name or description, e.g. `oma Ria`. Null with CONSENT_REQUIRED when redacted. */
  name: Maybe<Scalars["String"]["output"]>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Relation to the family, e.g. `grootmoeder (moederskant)`. Null with CONSENT_REQUIRED when redacted. */
  relation: Maybe<Scalars["String"]["output"]>;
  /** How the relationship with the family feels (ecogram line). Null when unknown, and null with CONSENT_REQUIRED when redacted. */
  relationshipQuality: Maybe<RelationshipQuality>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** What support they can give. Null with CONSENT_REQUIRED when redacted. */
  support: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** A note of a conversation (gespreksverslag). */
export type Note = DossierItem & {
  __typename?: "Note";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** The report. Null with CONSENT_REQUIRED when redacted. */
  body: Maybe<Scalars["String"]["output"]>;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item. */
  dataClass: DataClass;
  /** The life domain the item belongs to. */
  domain: Domain;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** Always NOTE. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Date of the conversation. Null with CONSENT_REQUIRED when redacted. */
  occurredOn: Maybe<Scalars["Date"]["output"]>;
  /** True when the viewer may not see the content. */
  redacted: Scalars["Boolean"]["output"];
  /** Where the information came from. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the note is about. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** Title of the conversation. Null with CONSENT_REQUIRED when redacted. */
  title: Maybe<Scalars["String"]["output"]>;
  /** When the item was last corrected. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now. */
  visibleTo: Array<Organisation>;
};

/** A notification to the signed-in professional. */
export type Notification = {
  __typename?: "Notification";
  /** The case concerned. */
  case: Case;
  /** When it was sent. */
  createdAt: Scalars["DateTime"]["output"];
  /** UUID of the notification. */
  id: Scalars["ID"]["output"];
  /** UUID of the item concerned, if any. */
  itemId: Maybe<Scalars["ID"]["output"]>;
  /** What it is about. */
  kind: NotificationKind;
  /** The message in Dutch (no personal details). */
  message: Scalars["String"]["output"];
  /** When it was read; null while unread. */
  readAt: Maybe<Scalars["DateTime"]["output"]>;
};

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

/** An observation (beeldvorming): a fact, opinion or concern, with its source. */
export type Observation = DossierItem & {
  __typename?: "Observation";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item. */
  dataClass: DataClass;
  /** The life domain the item belongs to. */
  domain: Domain;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** Always OBSERVATION. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Fact, opinion or concern. Null with CONSENT_REQUIRED when redacted. */
  observationKind: Maybe<ObservationKind>;
  /** True when the viewer may not see the content. */
  redacted: Scalars["Boolean"]["output"];
  /** Where the information came from. */
  source: Maybe<InformationSource>;
  /** The observation itself. Null with CONSENT_REQUIRED when redacted. */
  statement: Maybe<Scalars["String"]["output"]>;
  /** Family members' own statements about the item. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the observation is about. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last corrected. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now. */
  visibleTo: Array<Organisation>;
};

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
  casusregisseurId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The framework the help runs in; VOLUNTARY when omitted. */
  framework?: InputMaybe<CaseFramework>;
  /** Municipality the case belongs to. */
  municipality: Scalars["String"]["input"];
  /** Id (UUID) of the process director, a PROCESREGISSEUR. Defaults to the caller when the caller is a procesregisseur; otherwise the case has none. */
  procesregisseurId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Title, usually the family name, e.g. `Gezin Jansen`. */
  title: Scalars["String"]["input"];
};

/** A chain partner: an organisation whose professionals work on cases. */
export type Organisation = {
  __typename?: "Organisation";
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** What kind of chain partner this is. */
  kind: OrganisationKind;
  /** Municipality the organisation mainly works in. */
  municipality: Scalars["String"]["output"];
  /** Display name, e.g. `Wijkteam Lindehaven-Noord`. */
  name: Scalars["String"]["output"];
};

/** What one organisation may see in a case, now. */
export type OrganisationAccess = {
  __typename?: "OrganisationAccess";
  /** Its active grants. */
  activeGrants: Array<ConsentGrant>;
  /** The organisation. */
  organisation: Organisation;
  /** Number of dossier items in the case. */
  totalItemCount: Scalars["Int"]["output"];
  /** Number of dossier items of the case it may see now, and in total. */
  visibleItemCount: Scalars["Int"]["output"];
  /** True for the directing organisation and the procesregisseur's: the whole case. */
  wholeCase: Scalars["Boolean"]["output"];
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

/** A family member's own statement (eigen verklaring) added to an item. */
export type OwnStatement = {
  __typename?: "OwnStatement";
  /** UUID of the statement. */
  id: Scalars["ID"]["output"];
  /** The family member whose statement it is. */
  person: Person;
  /** When it was recorded. */
  recordedAt: Scalars["DateTime"]["output"];
  /** The professional who recorded it on the family member's behalf. */
  recordedBy: Professional;
  /** The statement, in their words. */
  statement: Scalars["String"]["output"];
};

/** Cursor pagination info. */
export type PageInfo = {
  __typename?: "PageInfo";
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars["String"]["output"]>;
  /** Whether more cases follow after this page. */
  hasNextPage: Scalars["Boolean"]["output"];
};

/** An organisation's own identifier for a person in a case (its client number, a school's student number). Only the organisation that attached it sees it. */
export type PartnerReference = {
  __typename?: "PartnerReference";
  /** The case the person belongs to, as `case.read` allows. */
  case: Case;
  /** When it was attached. */
  createdAt: Scalars["DateTime"]["output"];
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** What the identifier is, e.g. 'leerlingnummer' or 'cliëntnummer' (at most 64 characters); null when not given. */
  label: Maybe<Scalars["String"]["output"]>;
  /** The organisation that attached it (always the viewer's own). */
  organisation: Organisation;
  /** The person it identifies. */
  person: Person;
  /** The organisation's own identifier, as it writes it (1–64 characters, trimmed). */
  reference: Scalars["String"]["output"];
};

/** A family member or other person involved (gezinslid / betrokkene). */
export type Person = {
  __typename?: "Person";
  /** Age in whole years today, if the birth date is known. */
  age: Maybe<Scalars["Int"]["output"]>;
  /** Birth date, if known. */
  birthDate: Maybe<Scalars["Date"]["output"]>;
  /** Burgerservicenummer. Sensitive: only for viewers with `READ_BSN` on the case; others get null and CONSENT_REQUIRED. */
  bsn: Maybe<Scalars["String"]["output"]>;
  /** Family name (achternaam). */
  familyName: Scalars["String"]["output"];
  /** Given name and family name. */
  fullName: Scalars["String"]["output"];
  /** Given name (voornaam). */
  givenName: Scalars["String"]["output"];
  /** Whether a BSN is on record (visible to every viewer of the case). */
  hasBsn: Scalars["Boolean"]["output"];
  /** Role in the household. */
  householdRole: HouseholdRole;
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** The viewer's organisation's own references for this person (never another organisation's), oldest first; empty where the viewer may not manage references in the case. */
  partnerReferences: Array<PartnerReference>;
  /** Optimistic-concurrency version: pass it back to `updatePerson`; a stale version is a CONFLICT. */
  version: Scalars["Int"]["output"];
};

/** The result of an inzage export. */
export type PersonDataExport = {
  __typename?: "PersonDataExport";
  /** When it was generated. */
  generatedAt: Scalars["DateTime"]["output"];
  /** Everything held about the person, as a JSON document. */
  json: Scalars["String"]["output"];
};

/** One recorded move of a case from one phase to the next: by a director (`moveCasePhase`) or by the work itself (approving the first family plan moves a case on to execution). */
export type PhaseTransition = {
  __typename?: "PhaseTransition";
  /** When the case moved. */
  at: Scalars["DateTime"]["output"];
  /** Who moved the case, or whose work moved it (the approver of the first plan); null when the professional is no longer known. */
  by: Maybe<Professional>;
  /** The phase the case left. */
  from: CasePhase;
  /** Id (UUID). */
  id: Scalars["ID"]["output"];
  /** Why, as recorded, e.g. `Eerste gezinsplan vastgesteld` when the first plan's approval moved the case. Null when none was given, and for viewers who may not move the case's phase: a director's reason can say more about the family than the phase does. */
  reason: Maybe<Scalars["String"]["output"]>;
  /** The phase the case entered. */
  to: CasePhase;
};

/** A version of the family plan (gezinsplan). Number, status and dates are visible to every team member; the perspective and goals follow consent. */
export type Plan = DossierItem & {
  __typename?: "Plan";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The family members who agreed with the plan. Null with CONSENT_REQUIRED when redacted. */
  agreedBy: Maybe<Array<Person>>;
  /** When the family agreed. */
  agreedOn: Maybe<Scalars["Date"]["output"]>;
  /** Statuses this version may move to. */
  allowedTransitions: Array<PlanStatus>;
  /** Why the viewer could not approve this plan now (in Dutch), or null. */
  approvalProblem: Maybe<Scalars["String"]["output"]>;
  /** Who approved the plan. */
  approvedBy: Maybe<Professional>;
  /** When the plan was approved (vastgesteld). */
  approvedOn: Maybe<Scalars["Date"]["output"]>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** Why this version was started, when it was said (e.g. a scenario's signal was observed). Null with CONSENT_REQUIRED when redacted. */
  draftReason: Maybe<Scalars["String"]["output"]>;
  /** The goals of this version the viewer may see (others are left out). */
  goals: Array<Goal>;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** Whether the plan has a youth-care goal (approval then needs an SKJ/BIG registration). Counts every goal, also those the viewer cannot see. */
  includesYouthCare: Scalars["Boolean"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Version number of the plan within the case, from 1. */
  number: Scalars["Int"]["output"];
  /** The desired perspective: where the family wants to be. Null with CONSENT_REQUIRED when redacted. */
  perspective: Maybe<Scalars["String"]["output"]>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Why an agreed plan went back to draft, if it did. Null with CONSENT_REQUIRED when redacted. */
  reopenReason: Maybe<Scalars["String"]["output"]>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** DRAFT → AGREED (with the family) → APPROVED (vastgesteld) → SUPERSEDED. */
  status: PlanStatus;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When a next version replaced this one. */
  supersededOn: Maybe<Scalars["Date"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** A meeting to plan. */
export type PlanMeetingInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Who chairs it, a director of the case; the caller when omitted. */
  chairProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Family members present; a child must be 12 or older on the day. */
  familyPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** The day it is held. */
  heldOn: Scalars["Date"]["input"];
  /** The professionals who take part: each of an organisation on the case team. */
  participantProfessionalIds: Array<Scalars["ID"]["input"]>;
  /** The question the meeting is to answer. */
  question: Scalars["String"]["input"];
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
  heldOn: Scalars["Date"]["input"];
  /** UUID of the table (an active table of the ladder). */
  tableId: Scalars["ID"]["input"];
};

/** A plan and the version last read. */
export type PlanVersionInput = {
  /** UUID of the plan. */
  planId: Scalars["ID"]["input"];
  /** The version last read. */
  version: Scalars["Int"]["input"];
};

/**
 * A case escalated to a table of the ladder and not on that table's agenda for longer than the region allows
 * (`PORTFOLIO_AGENDA_WAIT_DAYS`, 14 days by default): a case must never be dropped between tables. It ends once
 * the case is put on the agenda of a session of that table (open or decided), or the table's decision on the
 * escalation is recorded.
 */
export type PortfolioAgendaWait = {
  __typename?: "PortfolioAgendaWait";
  /** Whole days since then. */
  daysWaiting: Scalars["Int"]["output"];
  /** The day the case was escalated to it. */
  escalatedOn: Scalars["Date"]["output"];
  /** The table the case was escalated to and is at now. */
  tableName: Scalars["String"]["output"];
};

/** A case's budget in euro cents: committed is still to be paid, spent is paid. */
export type PortfolioBudget = {
  __typename?: "PortfolioBudget";
  /** The budget set for the case; null when it has none. */
  amountCents: Maybe<Scalars["Int"]["output"]>;
  /** Budget minus committed minus spent (negative when overspent); null without a budget. */
  availableCents: Maybe<Scalars["Int"]["output"]>;
  /** Granted care still to be paid (verplichtingen). */
  committedCents: Scalars["Int"]["output"];
  /** More committed and spent than the budget. */
  overBudget: Scalars["Boolean"]["output"];
  /** Paid (gerealiseerd). */
  spentCents: Scalars["Int"]["output"];
};

/** A case's budget and what its referrals (verwijzingen, beschikkingen) commit and have spent, in euro cents. */
export type PortfolioCaseBudgetUse = {
  __typename?: "PortfolioCaseBudgetUse";
  /** Budget minus committed minus spent; negative when overspent. */
  availableCents: Scalars["Int"]["output"];
  /** The budget set for the case. */
  budgetCents: Scalars["Int"]["output"];
  /** The case (open it with `case(id:)`). */
  caseId: Scalars["ID"]["output"];
  /** Granted care still to be paid (verplichtingen): referrals running or not yet ended. */
  committedCents: Scalars["Int"]["output"];
  /** Committed and spent together are more than the budget. */
  overBudget: Scalars["Boolean"]["output"];
  /** The case's reference. */
  reference: Scalars["String"]["output"];
  /** Paid (gerealiseerd): referrals that ended before today. */
  spentCents: Scalars["Int"]["output"];
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

/** The figures of a portfolio's charts (the cases matching the filter; filters apply to each case as it is today). */
export type PortfolioCharts = {
  __typename?: "PortfolioCharts";
  /** Budget use of each case that has a budget, most used first. */
  budgetUse: Array<PortfolioCaseBudgetUse>;
  /** Per partner organisation owning actions in the portfolio's cases: how timely its actions were done, by organisation name. */
  partnerTimeliness: Array<PortfolioPartnerTimeliness>;
  /** The stalled trend: per week end over the last 26 weeks, oldest first. */
  stalledByWeek: Array<PortfolioStalledWeek>;
  /** Time in the current phase, per phase of an open case in phase order (phases without cases included). */
  timeInPhase: Array<PortfolioPhaseTime>;
};

/** A page of a portfolio. */
export type PortfolioConnection = {
  __typename?: "PortfolioConnection";
  /** The cases on this page, in order. */
  edges: Array<PortfolioEdge>;
  /** Whether there is a next page, and the cursor to get it. */
  pageInfo: PageInfo;
  /** Number of cases matching the filter. */
  totalCount: Scalars["Int"]["output"];
};

/** A case in a portfolio page, with its cursor. */
export type PortfolioEdge = {
  __typename?: "PortfolioEdge";
  /** Pass it as `after` for the cases after this one. */
  cursor: Scalars["String"]["output"];
  /** The case's entry. */
  node: PortfolioEntry;
};

/** One case in a portfolio: process signals, its urgency and the reasons for its place. */
export type PortfolioEntry = {
  __typename?: "PortfolioEntry";
  /** An acute safety assessment is open (that one exists, never what it says). */
  acuteSafety: Scalars["Boolean"]["output"];
  /** Escalated to a table and waiting too long for its agenda; null when not (a case brought down the ladder, taken off it or closed never waits). */
  awaitsAgenda: Maybe<PortfolioAgendaWait>;
  /** The case's budget and what is committed and spent against it. */
  budget: PortfolioBudget;
  /** The case (open it with `case(id:)`). */
  caseId: Scalars["ID"]["output"];
  /** Who runs the case day to day. */
  casusregisseur: Maybe<Professional>;
  /** The next regiegesprek of procesregisseur and casusregisseur. */
  checkIn: PortfolioSchedule;
  /** 0 none … 3 the safety/protection table. */
  escalationLevel: Scalars["Int"]["output"];
  /** The next evaluation of the plan. */
  evaluation: PortfolioSchedule;
  /** Voluntary, drang or compulsory. */
  framework: CaseFramework;
  /** How often the case passed from one casusregisseur to another. */
  handOvers: Scalars["Int"]["output"];
  /** The last day anything was recorded in the case. */
  lastActivityOn: Maybe<Scalars["Date"]["output"]>;
  /** The municipality responsible for the case. */
  municipality: Scalars["String"]["output"];
  /** Days the oldest overdue action is late; null when none is. */
  oldestOverdueDaysLate: Maybe<Scalars["Int"]["output"]>;
  /** Actions still to be done (open, in progress, blocked). */
  openActions: Scalars["Int"]["output"];
  /** Open doorbraak decisions. */
  openDoorbraak: Scalars["Int"]["output"];
  /** The day the case was opened. */
  openedOn: Scalars["Date"]["output"];
  /** Actions still to be done whose due date has passed. */
  overdueActions: Scalars["Int"]["output"];
  /** The current phase. */
  phase: CasePhase;
  /** Why the case is where it is, in Dutch, most weighty first (e.g. `3 acties te laat, langst 19 dagen`). */
  reasons: Array<Scalars["String"]["output"]>;
  /** The case's reference. */
  reference: Scalars["String"]["output"];
  /** Nothing moves (see `stalledBy`). */
  stalled: Scalars["Boolean"]["output"];
  /** Every rule by which the case counts as stalled; empty when it does not. */
  stalledBy: Array<StalledReason>;
  /** Life domains with goals and no organisation on the team working on them. */
  teamGaps: Scalars["Int"]["output"];
  /** The case's title. */
  title: Scalars["String"]["output"];
  /** The urgency score: higher is more urgent. */
  urgency: Scalars["Int"]["output"];
  /** Whole weeks in the current phase. */
  weeksInPhase: Scalars["Int"]["output"];
};

/** A case-level change in one of the subscriber's cases. */
export type PortfolioEvent = {
  __typename?: "PortfolioEvent";
  /** The case as the subscriber may see it now. */
  case: Case;
  /** What changed. */
  change: PortfolioChange;
  /** The action that became overdue or was decided as a doorbraak, or the acute safety assessment. */
  item: Maybe<DossierItem>;
  /** When the change was committed. */
  occurredAt: Scalars["DateTime"]["output"];
  /** The event's sequence number; pass the last one seen as `afterSeq` to resume. */
  seq: Scalars["Seq"]["output"];
};

/** Which cases of the portfolio to list; every condition given must hold. */
export type PortfolioFilter = {
  /** Only cases escalated to a table and waiting for its agenda longer than the region allows (true), or not (false): see `PortfolioEntry.awaitsAgenda`. */
  awaitsAgenda?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only cases run by this casusregisseur. */
  casusregisseurId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only cases at escalation level 1 or higher (true), or at 0 (false). */
  escalated?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only cases in these frameworks (voluntary, drang, compulsory). */
  frameworks?: InputMaybe<Array<CaseFramework>>;
  /** Only cases of this municipality. */
  municipality?: InputMaybe<Scalars["String"]["input"]>;
  /** Only cases with this organisation on the team. */
  organisationId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only cases over (true) or within (false) their budget. */
  overBudget?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only cases with (true) or without (false) overdue actions. */
  overdue?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** Only cases in these phases. */
  phases?: InputMaybe<Array<CasePhase>>;
  /** Only cases that are (true) or are not (false) stalled. */
  stalled?: InputMaybe<Scalars["Boolean"]["input"]>;
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

/**
 * The timeliness of one partner organisation's actions in the portfolio's cases: of its actions with a due date
 * that are done or overdue (still to be done after the due date), how many were done on time, done late or are
 * overdue. The day an action was done is the day of its last status change; cancelled actions, actions without a
 * due date and actions not yet due do not count.
 */
export type PortfolioPartnerTimeliness = {
  __typename?: "PortfolioPartnerTimeliness";
  /** Actions done after their due date. */
  doneLate: Scalars["Int"]["output"];
  /** Actions done on or before their due date. */
  doneOnTime: Scalars["Int"]["output"];
  /** The median days late over the late and the overdue actions (to the day done, or to today); null when none is late. */
  medianDaysLate: Maybe<Scalars["Float"]["output"]>;
  /** Done on time as a share of all counted actions (done on time, done late, overdue), from 0 to 1. */
  onTimeShare: Scalars["Float"]["output"];
  /** Actions still to be done (open, in progress, blocked) whose due date has passed. */
  openOverdue: Scalars["Int"]["output"];
  /** The organisation that owns the actions. */
  organisation: Organisation;
};

/** The cases of a portfolio in one phase. */
export type PortfolioPhaseCount = {
  __typename?: "PortfolioPhaseCount";
  /** Cases in this phase. */
  cases: Scalars["Int"]["output"];
  /** The phase. */
  phase: CasePhase;
  /** Of which stalled. */
  stalled: Scalars["Int"]["output"];
};

/** The cases of a portfolio now in one phase, and how long they have been in it. */
export type PortfolioPhaseTime = {
  __typename?: "PortfolioPhaseTime";
  /** Cases now in this phase. */
  cases: Scalars["Int"]["output"];
  /** The most whole weeks a case has been in the phase; null without cases. */
  maxWeeks: Maybe<Scalars["Int"]["output"]>;
  /** The median of the cases' whole weeks in the phase (since the latest move into it, else since opening); null without cases. */
  medianWeeks: Maybe<Scalars["Float"]["output"]>;
  /** The phase. */
  phase: CasePhase;
};

/** A moment that comes back (evaluation, regiegesprek), as a signal. */
export type PortfolioSchedule = {
  __typename?: "PortfolioSchedule";
  /** Days since the day passed; 0 unless overdue. */
  daysOverdue: Scalars["Int"]["output"];
  /** Due within the configured number of days (today included), not yet overdue. */
  due: Scalars["Boolean"]["output"];
  /** The day it is due; null when nothing is scheduled. */
  dueOn: Maybe<Scalars["Date"]["output"]>;
  /** The day has passed. */
  overdue: Scalars["Boolean"]["output"];
};

/**
 * One week end of the stalled trend. The week ends are today and the same weekday of each of the 25 weeks
 * before. A case counts as stalled on a week end when, on that day, it was open, in a working phase (not in
 * monitoring) and without progress — a phase change, a plan, goal or result created or changed, an action done,
 * an evaluation held — for the configured number of weeks (the NO_PROGRESS rule). Reconstructed from what the
 * dossier keeps: an item keeps only its creation and its last change, an action only its last status change,
 * so on past week ends a case may count as stalled when it moved in between. On today the count is exactly the
 * number of cases stalled by NO_PROGRESS.
 */
export type PortfolioStalledWeek = {
  __typename?: "PortfolioStalledWeek";
  /** Open cases of the portfolio stalled by NO_PROGRESS on that day. */
  stalled: Scalars["Int"]["output"];
  /** The last day of the week. */
  weekEnd: Scalars["Date"]["output"];
};

/** Counts over a portfolio (the cases matching the filter): process figures only, no case named. */
export type PortfolioSummary = {
  __typename?: "PortfolioSummary";
  /** Of which with an open acute safety assessment. */
  acuteSafety: Scalars["Int"]["output"];
  /** Per phase, in phase order (phases without cases included): how many cases, of which stalled. */
  byPhase: Array<PortfolioPhaseCount>;
  /** Of which with overdue actions. */
  overdue: Scalars["Int"]["output"];
  /** Of which stalled. */
  stalled: Scalars["Int"]["output"];
  /** Cases in the portfolio. */
  total: Scalars["Int"]["output"];
};

/** A problem in the analysis: what it is, its underlying causes and patterns, and statements marked fact or opinion with their source. */
export type Problem = DossierItem & {
  __typename?: "Problem";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** Underlying causes. Null with CONSENT_REQUIRED when redacted. */
  causes: Maybe<Array<ProblemCause>>;
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The problem described. Null with CONSENT_REQUIRED when redacted. */
  description: Maybe<Scalars["String"]["output"]>;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Patterns, e.g. `zorgmijding`. Null with CONSENT_REQUIRED when redacted. */
  patterns: Maybe<Array<Scalars["String"]["output"]>>;
  /** Statements supporting the analysis, each a fact or an opinion with its source. Null with CONSENT_REQUIRED when redacted. */
  problemStatements: Maybe<Array<ProblemStatement>>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** The problem in a line. Null with CONSENT_REQUIRED when redacted. */
  title: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** An underlying cause of a problem. */
export type ProblemCause = {
  __typename?: "ProblemCause";
  /** Whether it is chronic (long-standing). */
  chronic: Scalars["Boolean"]["output"];
  /** The cause. */
  description: Scalars["String"]["output"];
};

/** An underlying cause. */
export type ProblemCauseInput = {
  /** Whether it is chronic. */
  chronic?: InputMaybe<Scalars["Boolean"]["input"]>;
  /** The cause. */
  description: Scalars["String"]["input"];
};

/** A statement in the problem analysis. */
export type ProblemStatement = {
  __typename?: "ProblemStatement";
  /** Fact or opinion. */
  kind: StatementKind;
  /** Who or what it comes from. */
  source: Scalars["String"]["output"];
  /** The statement. */
  statement: Scalars["String"]["output"];
};

/** A statement in the analysis. */
export type ProblemStatementInput = {
  /** Fact or opinion. */
  kind: StatementKind;
  /** Who or what it comes from. */
  source: Scalars["String"]["input"];
  /** The statement. */
  statement: Scalars["String"]["input"];
};

/** A page of processing-log entries, newest first. */
export type ProcessingLogConnection = {
  __typename?: "ProcessingLogConnection";
  /** The entries on this page. */
  edges: Array<ProcessingLogEdge>;
  /** Pagination info. */
  pageInfo: PageInfo;
};

/** An edge in a page of log entries. */
export type ProcessingLogEdge = {
  __typename?: "ProcessingLogEdge";
  /** Cursor; pass as `after` for the next page. */
  cursor: Scalars["String"]["output"];
  /** The entry. */
  node: ProcessingLogEntry;
};

/** One entry of the processing log (verwerkingslog), after NEN 7513 and the Logboek Dataverwerkingen standard. */
export type ProcessingLogEntry = {
  __typename?: "ProcessingLogEntry";
  /** The professional, if any. */
  actor: Maybe<Professional>;
  /** `PROFESSIONAL`, `PARTNER_SYSTEM` or `SYSTEM`. */
  actorType: Scalars["String"]["output"];
  /** For an entry of a partner system (`actorType` PARTNER_SYSTEM): the id of its API client (the `actor` is then null). */
  apiClientId: Maybe<Scalars["ID"]["output"]>;
  /** Whether this was break-glass access. */
  breakGlass: Scalars["Boolean"]["output"];
  /** The trace id the calling system passed, if any. */
  callerTraceId: Maybe<Scalars["String"]["output"]>;
  /** Position in the case's hash chain. */
  chainSeq: Scalars["Int"]["output"];
  /** Detail, e.g. the GraphQL operation or the reason of a denial. */
  detail: Maybe<Scalars["String"]["output"]>;
  /** End of the processing. */
  endedAt: Scalars["DateTime"]["output"];
  /** Fields read or written, e.g. `Observation.statement`. */
  fields: Array<Scalars["String"]["output"]>;
  /** Sequence number of the entry in the log. */
  id: Scalars["ID"]["output"];
  /** UUIDs of the items touched. */
  itemIds: Array<Scalars["ID"]["output"]>;
  /** Legal basis of the processing. */
  legalBasis: Maybe<LegalBasis>;
  /** What happened. */
  operation: LogOperation;
  /** Id of the operation within the request. */
  operationId: Scalars["String"]["output"];
  /** The actor's organisation. */
  organisation: Maybe<Organisation>;
  /** `SUCCESS`, `DENIED` or `FAILED`. */
  outcome: Scalars["String"]["output"];
  /** Id in the register of processing activities, e.g. `RH-PA-01`. */
  processingActivityId: Scalars["String"]["output"];
  /** Purpose of the processing. */
  purpose: Scalars["String"]["output"];
  /** The actor's role at the time. */
  role: Maybe<Scalars["String"]["output"]>;
  /** Start of the processing. */
  startedAt: Scalars["DateTime"]["output"];
  /** Number of persons concerned (pseudonymised in the log). */
  subjectCount: Scalars["Int"]["output"];
  /** The persons concerned, where the viewer may know them (matched from pseudonyms). */
  subjects: Array<Person>;
  /** Trace id of the request (W3C trace context). */
  traceId: Scalars["String"]["output"];
};

/** Filter for the processing log. */
export type ProcessingLogFilter = {
  /** From this moment. */
  from?: InputMaybe<Scalars["DateTime"]["input"]>;
  /** Only these operations. */
  operations?: InputMaybe<Array<LogOperation>>;
  /** Only actions by professionals of this organisation. */
  organisationId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only entries concerning this person. */
  personId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Until this moment. */
  to?: InputMaybe<Scalars["DateTime"]["input"]>;
};

/** One line of the processing log: what one request did on one case, its entries folded together. */
export type ProcessingLogLine = {
  __typename?: "ProcessingLogLine";
  /** The professional, if any. */
  actor: Maybe<Professional>;
  /** `PROFESSIONAL`, `PARTNER_SYSTEM` or `SYSTEM`. */
  actorType: Scalars["String"]["output"];
  /** For a partner system: the id of its API client. */
  apiClientId: Maybe<Scalars["ID"]["output"]>;
  /** Whether any entry was break-glass access. */
  breakGlass: Scalars["Boolean"]["output"];
  /** The case the line is about. */
  caseId: Scalars["ID"]["output"];
  /** The case's reference (casusnummer), e.g. `LH-2024-0012`; no personal data. */
  caseReference: Maybe<Scalars["String"]["output"]>;
  /** Details of the entries, each once, in log order (e.g. the reason of a correction). */
  details: Array<Scalars["String"]["output"]>;
  /** When its last entry ended. */
  endedAt: Scalars["DateTime"]["output"];
  /** Number of log entries folded into this line. */
  entryCount: Scalars["Int"]["output"];
  /** Fields read or written, each once, sorted, e.g. `Observation.statement`. */
  fields: Array<Scalars["String"]["output"]>;
  /** Stable id of the line: the request's trace id, the case and the actor. */
  id: Scalars["ID"]["output"];
  /** Number of distinct items touched. */
  itemCount: Scalars["Int"]["output"];
  /** Legal bases of the entries, each once. */
  legalBases: Array<LegalBasis>;
  /** What happened, each operation once (e.g. READ and DENIED), in the order of the contract's enum. */
  operations: Array<LogOperation>;
  /** The actor's organisation. */
  organisation: Maybe<Organisation>;
  /** Outcomes, each once: `SUCCESS`, `DENIED` or `FAILED`. */
  outcomes: Array<Scalars["String"]["output"]>;
  /** Ids in the register of processing activities, each once, sorted, e.g. `RH-PA-01`. */
  processingActivityIds: Array<Scalars["String"]["output"]>;
  /** The actor's role at the time. */
  role: Maybe<Scalars["String"]["output"]>;
  /** When the request's first entry started. */
  startedAt: Scalars["DateTime"]["output"];
  /** Number of distinct persons concerned. */
  subjectCount: Scalars["Int"]["output"];
  /** The pseudonyms of all persons concerned (also of persons no longer on file), sorted. */
  subjectPseudonyms: Array<Scalars["String"]["output"]>;
  /** The persons concerned, where the viewer may know them (matched from pseudonyms). */
  subjects: Array<Person>;
  /** Trace id of the request (W3C trace context). */
  traceId: Scalars["String"]["output"];
};

/** A page of processing-log lines, newest first. */
export type ProcessingLogLineConnection = {
  __typename?: "ProcessingLogLineConnection";
  /** The lines on this page. */
  edges: Array<ProcessingLogLineEdge>;
  /** Pagination info. */
  pageInfo: PageInfo;
};

/** An edge in a page of log lines. */
export type ProcessingLogLineEdge = {
  __typename?: "ProcessingLogLineEdge";
  /** Cursor; pass as `after` for the next page. */
  cursor: Scalars["String"]["output"];
  /** The line. */
  node: ProcessingLogLine;
};

/** What to search the processing log for; every part is optional and they combine (AND). */
export type ProcessingLogSearch = {
  /** Only this case (NOT_FOUND when out of reach, FORBIDDEN when its log is not the viewer's to read). */
  caseId?: InputMaybe<Scalars["ID"]["input"]>;
  /** From this moment. */
  from?: InputMaybe<Scalars["DateTime"]["input"]>;
  /** Only these operations. */
  operations?: InputMaybe<Array<LogOperation>>;
  /** Only entries of professionals or systems of this organisation. */
  organisationId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only entries concerning persons whose name contains this text (2–100 characters), or with exactly this pseudonym (32 hexadecimal characters). */
  person?: InputMaybe<Scalars["String"]["input"]>;
  /** Only entries concerning this person (a family member of a case whose log the viewer may read). */
  personId?: InputMaybe<Scalars["ID"]["input"]>;
  /** Only entries of this processing activity (purpose), e.g. `RH-PA-03` for break-glass. */
  processingActivityId?: InputMaybe<Scalars["String"]["input"]>;
  /** Until this moment. */
  to?: InputMaybe<Scalars["DateTime"]["input"]>;
};

/** A user of Regiehub who works for an organisation. */
export type Professional = {
  __typename?: "Professional";
  /** Work email address. */
  email: Scalars["String"]["output"];
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** Full name, for display. */
  name: Scalars["String"]["output"];
  /** The organisation the professional works for. */
  organisation: Organisation;
  /** Registration on record (SKJ/BIG), if any. */
  registration: Maybe<ProfessionalRegistration>;
  /** Role in Regiehub; together with the professional's relation to a case it decides what they may do (see `Case.viewerCan`). */
  role: ProfessionalRole;
};

/** A professional registration, needed to approve (vaststellen) a plan that includes youth care. */
export type ProfessionalRegistration = {
  __typename?: "ProfessionalRegistration";
  /** The register: SKJ or BIG. */
  kind: RegistrationKind;
  /** Registration number in that register. */
  number: Scalars["String"]["output"];
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
  caseId: Scalars["ID"]["input"];
  /** The legal basis of sharing it with the table (e.g. LEGAL_TASK at the Jeugdbeschermingsplein). */
  legalBasis: LegalBasis;
  /** What the table's members may read: the director chooses it; nothing else of the case is opened for them. */
  preparationSummary: Scalars["String"]["input"];
  /** The question the table is asked. */
  question: Scalars["String"]["input"];
  /** UUID of the session. */
  sessionId: Scalars["ID"]["input"];
};

export type Query = {
  __typename?: "Query";
  /** The partner systems (API clients) of the viewer's organisation, newest first, revoked ones included. ADMINs only. */
  apiClients: Array<ApiClient>;
  /** How sign-in works on this hub. */
  authConfig: AuthConfig;
  /** Break-glass accesses for the privacy officer to review (open ones first). */
  breakGlassReviews: Array<BreakGlassAccess>;
  /** One case; NOT_FOUND when it does not exist or the viewer may not see it. */
  case: Maybe<Case>;
  /** Cases the viewer may see, newest opened first. `first` is at most 100. */
  cases: CaseConnection;
  /** Development sign-in: the seeded professionals to choose from. FORBIDDEN outside DEV auth mode. */
  devSignInOptions: Array<DevSignInOption>;
  /** One dossier item: NOT_FOUND when its case is out of reach; a redacted stub when the item is outside the viewer's grants. */
  dossierItem: Maybe<DossierItem>;
  /** Earlier versions of a corrected item (privacy officer, and the directing organisation). */
  dossierItemHistory: Array<DossierItemVersion>;
  /** The tables of the region's escalation ladder, by level then name (active and retired). */
  escalationTables: Array<EscalationTable>;
  /** The family plan as a PDF the family can take home (goals, who does what, next evaluation), in plain Dutch. Logged as EXPORT. Defaults to the approved plan in force, else the draft. */
  familyPlanDocument: Document;
  /** The sequence number of the latest committed dossier event. Read it before loading a page and subscribe with it as `afterSeq`: nothing that happens after that read is missed. */
  lastEventSeq: Scalars["Seq"]["output"];
  /** The signed-in professional. */
  me: Professional;
  /** One meeting; NOT_FOUND when it does not exist or the viewer may not read its case. */
  meeting: Maybe<Meeting>;
  /** The minutes of a meeting as a PDF, with only what the viewer may see (consent decides each contribution and action). Logged as EXPORT. */
  meetingMinutes: Document;
  /**
   * The actions the viewer's organisation carries (or, with `mine`, the viewer personally) across every case
   * it may see, within what the consent rule lets it see. One SQL statement per page; every listed case is
   * logged as a read. `first` is at most 100. A partner system needs the scopes `dossier:read` and `cases:read`.
   */
  myActions: ActionConnection;
  /** Notifications for the signed-in professional, newest first. */
  myNotifications: Array<Notification>;
  /** The sessions of the tables the viewer sits on (chair or member), newest first: those held from 90 days ago on, and older ones while an outcome of theirs waits for its next review — a case's summary only while it is open, its outcome until the next review. */
  mySessions: Array<TableSession>;
  /** The outcomes of tables the viewer sits on, for the cases they cannot open (those they can open come in `myNotifications`), newest first, at most 200: while the viewer still sits on the table. */
  myTableOutcomeNotices: Array<TableOutcomeNotice>;
  /** All chain partners in the region. */
  organisations: Array<Organisation>;
  /** The viewer's organisation's references equal to `reference` (exact, after trimming), each with its person and case; only cases the organisation may still see. Logged as a read of each case found. */
  partnerReferences: Array<PartnerReference>;
  /**
   * The viewer's portfolio: the cases they direct as procesregisseur (or run as casusregisseur), within what
   * `case.read` allows, with process signals only. One SQL statement per page whatever its size; every case on
   * the page is logged as a read. `first` is at most 100.
   */
  portfolio: PortfolioConnection;
  /**
   * The figures of the viewer's portfolio charts (the cases matching the filter, within what `case.read`
   * allows): the stalled trend, time in phase, budget use per case and partner timeliness, each series in one
   * SQL statement. Every case named in the budget use is logged as a read; the other series name no case.
   */
  portfolioCharts: PortfolioCharts;
  /**
   * The portfolio matching the filter, in the order asked, as a CSV file (semicolon-separated, UTF-8): the columns
   * of the list and the reasons. Logged as an EXPORT of every listed case.
   */
  portfolioCsv: Document;
  /** Counts over the viewer's portfolio matching the filter (for its charts). Names no case, so it is not logged per case. */
  portfolioSummary: PortfolioSummary;
  /** The processing log of a case, newest first (privacy officer, and the directing organisation). Reading it is logged too. */
  processingLog: ProcessingLogConnection;
  /** The processing log as lines (one per request on a case), newest first, across every case whose log the viewer may read, or one case. `first` is at most 100. Every search is logged as a read of the log of each case it shows. */
  processingLogLines: ProcessingLogLineConnection;
  /** Professionals, optionally of one organisation (for choosing directors and team members). */
  professionals: Array<Professional>;
  /** How many notifications of the signed-in professional are unread, counting only cases they can still read (not capped like `myNotifications`): the badge of "Meldingen". */
  unreadNotificationCount: Scalars["Int"]["output"];
  /** What the signed-in professional may do outside any one case (e.g. open a case). */
  viewerCan: Array<GlobalAction>;
};

export type QueryBreakGlassReviewsArgs = {
  includeReviewed?: InputMaybe<Scalars["Boolean"]["input"]>;
};

export type QueryCaseArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryCasesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryDossierItemArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryDossierItemHistoryArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryFamilyPlanDocumentArgs = {
  caseId: Scalars["ID"]["input"];
  planId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type QueryMeetingArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryMeetingMinutesArgs = {
  audience: MinutesAudience;
  meetingId: Scalars["ID"]["input"];
};

export type QueryMyActionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<MyActionsFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  orderBy?: InputMaybe<MyActionsOrder>;
};

export type QueryMyNotificationsArgs = {
  unreadOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
};

export type QueryMyTableOutcomeNoticesArgs = {
  unreadOnly?: InputMaybe<Scalars["Boolean"]["input"]>;
};

export type QueryPartnerReferencesArgs = {
  reference: Scalars["String"]["input"];
};

export type QueryPortfolioArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<PortfolioFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  orderBy?: InputMaybe<PortfolioOrder>;
};

export type QueryPortfolioChartsArgs = {
  filter?: InputMaybe<PortfolioFilter>;
};

export type QueryPortfolioCsvArgs = {
  filter?: InputMaybe<PortfolioFilter>;
  orderBy?: InputMaybe<PortfolioOrder>;
};

export type QueryPortfolioSummaryArgs = {
  filter?: InputMaybe<PortfolioFilter>;
};

export type QueryProcessingLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  caseId: Scalars["ID"]["input"];
  filter?: InputMaybe<ProcessingLogFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryProcessingLogLinesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
  search?: InputMaybe<ProcessingLogSearch>;
};

export type QueryProfessionalsArgs = {
  organisationId?: InputMaybe<Scalars["ID"]["input"]>;
  role?: InputMaybe<ProfessionalRole>;
};

/** The table's outcome on a case on its agenda (the chair, in the DECISION phase). At a table that decides frameworks, VOLUNTARY_SUFFICES, DRANG and RAAD_INVESTIGATION put the case in the voluntary, drang and compulsory framework through the framework state machine; into the compulsory framework `carriedByProfessionalId` is required: a casusregisseur of a certified institution, who takes over case direction. */
export type RecordAgendaOutcomeInput = {
  /** Who carries the case on (a professional working on cases); after RAAD_INVESTIGATION at a table that decides frameworks, a CASUSREGISSEUR of a certified institution (JEUGDBESCHERMING). */
  carriedByProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The decision in words. */
  decision: Scalars["String"]["input"];
  /** UUID of the agenda entry. */
  entryId: Scalars["ID"]["input"];
  /** When the table looks at the case again (after the session). */
  nextReviewOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** What the table decided. */
  outcome: AgendaOutcome;
  /** Who of the table was there (its chair and members; each at most once); none recorded when omitted. */
  presentProfessionalIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
};

/** A self-reliance assessment to record. */
export type RecordAssessmentInput = {
  /** Date of the assessment (not in the future). */
  assessedOn: Scalars["Date"]["input"];
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Sensitivity; GENERAL when omitted (health domains: choose SPECIAL_CATEGORY). */
  dataClass?: InputMaybe<DataClass>;
  /** The domain assessed (not SAFETY: use a safety assessment). */
  domain: Domain;
  /** Why this score. */
  explanation?: InputMaybe<Scalars["String"]["input"]>;
  /** The legal basis; from the case's framework when omitted (VOLUNTARY: CONSENT, else LEGAL_TASK). */
  legalBasis?: InputMaybe<LegalBasis>;
  /** The person assessed. */
  personId: Scalars["ID"]["input"];
  /** ZRM score 1–5. */
  score: Scalars["Int"]["input"];
};

/** A regiegesprek to record. */
export type RecordCheckInInput = {
  /** Whether the budget still suffices, in words (at most 2,000 characters). */
  budget?: InputMaybe<Scalars["String"]["input"]>;
  /** The case. */
  caseId: Scalars["ID"]["input"];
  /** How the cooperation in the team goes (required, at most 5,000 characters). */
  cooperation: Scalars["String"]["input"];
  /** The day it was held: today or earlier. */
  heldOn: Scalars["Date"]["input"];
  /** The day of the next regiegesprek, after `heldOn`; default: `checkInIntervalWeeks` after `heldOn`. */
  nextCheckInOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** What stands in the way (at most 5,000 characters). */
  obstacles?: InputMaybe<Scalars["String"]["input"]>;
};

/** A doorbraak decision: it becomes an action under a goal of the current plan, marked as doorbraak. */
export type RecordDoorbraakInput = {
  /** The authority the decision rests on (e.g. the municipality's mandate). */
  authority: Scalars["String"]["input"];
  /** Further explanation. */
  description?: InputMaybe<Scalars["String"]["input"]>;
  /** By when it must be done. */
  dueOn: Scalars["Date"]["input"];
  /** The goal of the current plan the action serves. */
  goalId: Scalars["ID"]["input"];
  /** Who was heard before the decision; at least one. */
  heard: Array<Scalars["String"]["input"]>;
  /** The team organisation that carries it. */
  ownerOrganisationId: Scalars["ID"]["input"];
  /** Optionally, the professional of that organisation who carries it. */
  ownerProfessionalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** What must happen. */
  title: Scalars["String"]["input"];
};

/** The decision that closes a meeting (its chair, in the DECISION phase). */
export type RecordMeetingDecisionInput = {
  /** Actions to put in the plan, linked to the decision. */
  actions?: InputMaybe<Array<MeetingDecisionActionInput>>;
  /** What was decided. */
  decision: Scalars["String"]["input"];
  /** UUID of the meeting. */
  meetingId: Scalars["ID"]["input"];
  /** The family members who were there; those invited when omitted. */
  presentPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** The participating professionals who were there; all of them when omitted. */
  presentProfessionalIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** The version last read; a stale version is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

/** The follow-up of a case in monitoring to record. */
export type RecordMonitoringReviewInput = {
  /** The case, in monitoring. */
  caseId: Scalars["ID"]["input"];
  /** For CONTINUE (required there, after today): the next follow-up date; must be empty otherwise. */
  nextFollowUpOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** What the follow-up showed (required; for CLOSE and REOPEN also the reason of the phase change). */
  note: Scalars["String"]["input"];
  /** What came of it. */
  outcome: MonitoringOutcome;
  /** The case's `version` as read; a stale one is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

/** A conversation note to record. */
export type RecordNoteInput = {
  /** The report. */
  body: Scalars["String"]["input"];
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Sensitivity; choose the most sensitive class that applies. */
  dataClass: DataClass;
  /** Life domain of the note. */
  domain: Domain;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Date of the conversation (not in the future). */
  occurredOn: Scalars["Date"]["input"];
  /** Who or what the information came from. */
  sourceDescription?: InputMaybe<Scalars["String"]["input"]>;
  /** Kind of source. */
  sourceKind?: InputMaybe<SourceKind>;
  /** UUIDs of the family members it is about. */
  subjectPersonIds: Array<Scalars["ID"]["input"]>;
  /** Title, e.g. `Huisbezoek met moeder`. */
  title: Scalars["String"]["input"];
};

/** An observation to record. */
export type RecordObservationInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Sensitivity; choose the most sensitive class that applies. */
  dataClass: DataClass;
  /** Life domain of the observation. */
  domain: Domain;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Fact, opinion or concern. */
  observationKind: ObservationKind;
  /** Who or what the information came from. */
  sourceDescription?: InputMaybe<Scalars["String"]["input"]>;
  /** Kind of source. */
  sourceKind: SourceKind;
  /** The observation. */
  statement: Scalars["String"]["input"];
  /** UUIDs of the family members it is about (may be empty for the family as a whole). */
  subjectPersonIds: Array<Scalars["ID"]["input"]>;
};

/** A problem to record in the analysis. */
export type RecordProblemInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Underlying causes. */
  causes?: InputMaybe<Array<ProblemCauseInput>>;
  /** Sensitivity. */
  dataClass: DataClass;
  /** The problem described. */
  description: Scalars["String"]["input"];
  /** The domain of the problem. */
  domain: Domain;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: InputMaybe<LegalBasis>;
  /** Patterns, e.g. `zorgmijding`. */
  patterns?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** Statements, each a fact or an opinion with its source. */
  statements?: InputMaybe<Array<ProblemStatementInput>>;
  /** The persons it concerns. */
  subjectPersonIds: Array<Scalars["ID"]["input"]>;
  /** The problem in a line. */
  title: Scalars["String"]["input"];
};

/** A referral or decision to record. */
export type RecordReferralInput = {
  /** The care deployed. */
  care: Scalars["String"]["input"];
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Cost in euro cents (0 or more). */
  costCents: Scalars["Int"]["input"];
  /** Sensitivity; SPECIAL_CATEGORY when omitted. */
  dataClass?: InputMaybe<DataClass>;
  /** Domain; YOUTH_CARE when omitted. */
  domain?: InputMaybe<Domain>;
  /** End of the period. */
  endsOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** The goal it serves, if any. */
  goalId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: InputMaybe<LegalBasis>;
  /** The care provider. */
  providerName: Scalars["String"]["input"];
  /** Reference, e.g. the number of the beschikking. */
  reference?: InputMaybe<Scalars["String"]["input"]>;
  /** Verwijzing or beschikking. */
  referralKind: ReferralKind;
  /** Start of the period. */
  startsOn: Scalars["Date"]["input"];
  /** The persons who receive the care. */
  subjectPersonIds: Array<Scalars["ID"]["input"]>;
};

/** A measurement against a goal. */
export type RecordResultInput = {
  /** What the measurement rests on. */
  evidence: Scalars["String"]["input"];
  /** UUID of the goal. */
  goalId: Scalars["ID"]["input"];
  /** Date of the measurement (not in the future). */
  measuredOn: Scalars["Date"]["input"];
  /** How far the goal is reached, 0–10. */
  score?: InputMaybe<Scalars["Int"]["input"]>;
  /** Achievement status. */
  status: ResultStatus;
};

/** A safety assessment to record. */
export type RecordSafetyAssessmentInput = {
  /** Acute unsafety: notifies the casusregisseur and procesregisseur at once. */
  acute: Scalars["Boolean"]["input"];
  /** Date of the assessment (not in the future). */
  assessedOn: Scalars["Date"]["input"];
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** The assessor's conclusion in a few sentences. */
  conclusion?: InputMaybe<Scalars["String"]["input"]>;
  /** Danger statements, each with its safety goal. */
  dangerStatements: Array<DangerStatementInput>;
  /** Sensitivity; CHILD_SAFETY when omitted. */
  dataClass?: InputMaybe<DataClass>;
  /** The instrument used, e.g. ARIJ or LIRIK. */
  instrument?: InputMaybe<Scalars["String"]["input"]>;
  /** The legal basis; from the case's framework when omitted. */
  legalBasis?: InputMaybe<LegalBasis>;
  /** Risk level; HIGH when acute. */
  riskLevel: RiskLevel;
  /** Safety scale 0–10. */
  score: Scalars["Int"]["input"];
  /** The persons whose safety is assessed (usually the children). */
  subjectPersonIds: Array<Scalars["ID"]["input"]>;
};

/** Input for `recordTableDecision`. */
export type RecordTableDecisionInput = {
  /** When it decided, not in the future. */
  decidedOn: Scalars["Date"]["input"];
  /** What the table decided. */
  decision: Scalars["String"]["input"];
  /** Id (UUID) of the case's current step on the ladder (`Case.escalationHistory`). */
  escalationId: Scalars["ID"]["input"];
};

/** A referral (verwijzing) or decision (beschikking): care deployed, provider, period and cost; feeds the case budget. */
export type Referral = DossierItem & {
  __typename?: "Referral";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** The care deployed. Null with CONSENT_REQUIRED when redacted. */
  care: Maybe<Scalars["String"]["output"]>;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** Cost in euro cents. Null with CONSENT_REQUIRED when redacted. */
  costCents: Maybe<Scalars["Int"]["output"]>;
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** End of the period (null: open-ended). Null with CONSENT_REQUIRED when redacted. */
  endsOn: Maybe<Scalars["Date"]["output"]>;
  /** UUID of the goal it serves, if any. */
  goalId: Maybe<Scalars["ID"]["output"]>;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** The care provider. Null with CONSENT_REQUIRED when redacted. */
  providerName: Maybe<Scalars["String"]["output"]>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** Reference, e.g. the number of the beschikking. Null with CONSENT_REQUIRED when redacted. */
  reference: Maybe<Scalars["String"]["output"]>;
  /** Verwijzing or beschikking. Null with CONSENT_REQUIRED when redacted. */
  referralKind: Maybe<ReferralKind>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Start of the period. Null with CONSENT_REQUIRED when redacted. */
  startsOn: Maybe<Scalars["Date"]["output"]>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
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
  allowedCidrs?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** For private_key_jwt: its public keys as a JSON Web Key Set (JSON text, `{"keys": [...]}`, 1–5 public RSA, EC or OKP keys, each with a `kid`). Omitted: the hub generates a secret. */
  jwks?: InputMaybe<Scalars["String"]["input"]>;
  /** Name of the system (1–100 characters, unique among the organisation's clients in use). */
  name: Scalars["String"]["input"];
  /** The scopes it may ask tokens for (at least one; see `ApiClient.scopes`). Only scopes that let a system do something a professional of the organisation may do. */
  scopes: Array<Scalars["String"]["input"]>;
};

/** A registered client and, once, its secret. */
export type RegisterApiClientPayload = {
  __typename?: "RegisterApiClientPayload";
  /** The client. */
  client: ApiClient;
  /** The client secret, shown only in this answer (store it now: the hub keeps only its hash); null for PRIVATE_KEY_JWT. */
  clientSecret: Maybe<Scalars["String"]["output"]>;
};

/** The register a professional is registered in. */
export type RegistrationKind =
  /** BIG-register (Wet BIG) for health-care professionals. */
  | "BIG"
  /** Stichting Kwaliteitsregister Jeugd. */
  | "SKJ";

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
  planId: Scalars["ID"]["input"];
  /** Why (the family's agreement lapses). */
  reason: Scalars["String"]["input"];
  /** The version last read. */
  version: Scalars["Int"]["input"];
};

/** A measurement against a goal (resultaatmanagement). */
export type Result = DossierItem & {
  __typename?: "Result";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** What the measurement rests on. Null with CONSENT_REQUIRED when redacted. */
  evidence: Maybe<Scalars["String"]["output"]>;
  /** UUID of the goal measured. */
  goalId: Scalars["ID"]["output"];
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** Date of the measurement. Null with CONSENT_REQUIRED when redacted. */
  measuredOn: Maybe<Scalars["Date"]["output"]>;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** How far the goal is reached, 0–10 (optional). Null with CONSENT_REQUIRED when redacted. */
  score: Maybe<Scalars["Int"]["output"]>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** Achievement status. Null with CONSENT_REQUIRED when redacted. */
  status: Maybe<ResultStatus>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
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
  id: Scalars["ID"]["input"];
  /** Note for the file. */
  note?: InputMaybe<Scalars["String"]["input"]>;
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

/** A client's new secret, shown once. */
export type RotateApiClientSecretPayload = {
  __typename?: "RotateApiClientSecretPayload";
  /** The client. */
  client: ApiClient;
  /** The new secret, shown only in this answer. */
  clientSecret: Scalars["String"]["output"];
  /** Until when the secrets it had before stay valid (the overlap). */
  previousSecretsExpireAt: Scalars["DateTime"]["output"];
};

/** A safety assessment, kept apart from self-reliance: a 0–10 scale, danger statements each paired with a safety goal, a risk level and an ACUTE flag. */
export type SafetyAssessment = DossierItem & {
  __typename?: "SafetyAssessment";
  /** How the viewer may see it (null when redacted). */
  accessVia: Maybe<ItemAccessVia>;
  /** Acute unsafety: the casusregisseur and procesregisseur were notified at once. Null with CONSENT_REQUIRED when redacted. */
  acute: Maybe<Scalars["Boolean"]["output"]>;
  /** The date of the assessment. Null with CONSENT_REQUIRED when redacted. */
  assessedOn: Maybe<Scalars["Date"]["output"]>;
  /** The author. Null with CONSENT_REQUIRED when redacted. */
  author: Maybe<Professional>;
  /** The organisation of the author. */
  authorOrganisation: Organisation;
  /** UUID of the case the item belongs to. */
  caseId: Scalars["ID"]["output"];
  /** The assessor's conclusion in a few sentences. Null with CONSENT_REQUIRED when redacted. */
  conclusion: Maybe<Scalars["String"]["output"]>;
  /** When the item was recorded. */
  createdAt: Scalars["DateTime"]["output"];
  /** Danger statements, each with the safety goal that answers it. Null with CONSENT_REQUIRED when redacted. */
  dangerStatements: Maybe<Array<DangerStatement>>;
  /** Sensitivity of the item; consent is granted per data class. */
  dataClass: DataClass;
  /** The life domain the item belongs to; consent is granted per domain. */
  domain: Domain;
  /** UUID of the item. */
  id: Scalars["ID"]["output"];
  /** The instrument used (e.g. ARIJ, LIRIK), as evidence. Null with CONSENT_REQUIRED when redacted. */
  instrument: Maybe<Scalars["String"]["output"]>;
  /** The kind of item. */
  kind: DossierItemKind;
  /** The legal basis on which the information was obtained. */
  legalBasis: LegalBasis;
  /** True when the viewer may not see the content (a stub). */
  redacted: Scalars["Boolean"]["output"];
  /** The risk level. Null with CONSENT_REQUIRED when redacted. */
  riskLevel: Maybe<RiskLevel>;
  /** Safety scale: 0 not safe in the parents' care, 10 safe enough to close the case. Null with CONSENT_REQUIRED when redacted. */
  score: Maybe<Scalars["Int"]["output"]>;
  /** Where the information came from. Null with CONSENT_REQUIRED when redacted. */
  source: Maybe<InformationSource>;
  /** Family members' own statements about the item. Null with CONSENT_REQUIRED when redacted. */
  statements: Maybe<Array<OwnStatement>>;
  /** The persons the item is about. Null with CONSENT_REQUIRED when redacted. */
  subjects: Maybe<Array<Person>>;
  /** A one-line summary of the content, in Dutch (for timelines). Null with CONSENT_REQUIRED when redacted. */
  summary: Maybe<Scalars["String"]["output"]>;
  /** When the item was last changed. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Version for optimistic concurrency; changes pass it back. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with the item. */
  viewerCan: Array<ItemAction>;
  /** Organisations that may see this item now (zichtbaar voor). */
  visibleTo: Array<Organisation>;
};

/** One of the four scenarios: a combination of an outcome of each factor. */
export type Scenario = {
  __typename?: "Scenario";
  /** Whether it is the current scenario: that of the signal observed last. */
  current: Scalars["Boolean"]["output"];
  /** The outcome of the first factor. */
  firstOutcome: Scalars["String"]["output"];
  /** Its place in the quadrant: '<first outcome 0|1>-<second outcome 0|1>', e.g. '0-1'. */
  key: Scalars["String"]["output"];
  /** The agreed response when this scenario happens. */
  response: Scalars["String"]["output"];
  /** The outcome of the second factor. */
  secondOutcome: Scalars["String"]["output"];
  /** The signals that would show it is happening. */
  signals: Array<ScenarioSignal>;
};

/** The response and signals of one scenario. */
export type ScenarioInput = {
  /** Its place in the quadrant: '0-0', '0-1', '1-0' or '1-1'. */
  key: Scalars["String"]["input"];
  /** The agreed response. */
  response: Scalars["String"]["input"];
  /** The signals that would show it is happening (an observed signal with the same text stays observed). */
  signals: Array<Scalars["String"]["input"]>;
};

/** A signal that a scenario is happening. */
export type ScenarioSignal = {
  __typename?: "ScenarioSignal";
  /** What would be seen. */
  description: Scalars["String"]["output"];
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** When it was observed; null while it is not. */
  observedAt: Maybe<Scalars["DateTime"]["output"]>;
  /** Who observed it. */
  observedBy: Maybe<Professional>;
};

/** Scheduling an evaluation. */
export type ScheduleEvaluationInput = {
  /** UUID of the case (its approved plan is evaluated). */
  caseId: Scalars["ID"]["input"];
  /** Who is invited (names and roles). */
  participants?: InputMaybe<Array<Scalars["String"]["input"]>>;
  /** The date; when the next evaluation is due when omitted. */
  scheduledOn?: InputMaybe<Scalars["Date"]["input"]>;
};

/** One score in a series of self-reliance assessments. */
export type ScorePoint = {
  __typename?: "ScorePoint";
  /** Date of the assessment. */
  assessedOn: Scalars["Date"]["output"];
  /** ZRM score 1–5. */
  score: Scalars["Int"]["output"];
};

/** Self-reliance over time for one person and domain, from the assessments the viewer may see. */
export type SelfRelianceProgress = {
  __typename?: "SelfRelianceProgress";
  /** Latest minus first (−4 to +4). */
  change: Scalars["Int"]["output"];
  /** The domain. */
  domain: Domain;
  /** The latest score. */
  latest: ScorePoint;
  /** The person. */
  person: Person;
  /** Scores in date order. */
  points: Array<ScorePoint>;
  /** UP, DOWN or FLAT. */
  trend: Scalars["String"]["output"];
};

/** The case budget to set. */
export type SetCaseBudgetInput = {
  /** The budget in euro cents, 0 to 1,000,000,000 (ten million euro); null clears it. */
  amountCents?: InputMaybe<Scalars["Int"]["input"]>;
  /** The case. */
  caseId: Scalars["ID"]["input"];
  /** Why (e.g. the municipality's decision); kept in the processing log. */
  reason: Scalars["String"]["input"];
  /** The case's `version` as read; a stale one is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

/** A case's scenarios to set (replacing the previous ones). */
export type SetCaseScenariosInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Exactly two factors. */
  factors: Array<UncertainFactorInput>;
  /** Exactly the four scenarios, one per key. */
  scenarios: Array<ScenarioInput>;
  /** The version last read; omit when the case has none yet. A stale version is a CONFLICT. */
  version?: InputMaybe<Scalars["Int"]["input"]>;
};

/** The weeks between regiegesprekken of a case. */
export type SetCheckInIntervalInput = {
  /** The case. */
  caseId: Scalars["ID"]["input"];
  /** Whole weeks, 1–26. */
  weeks: Scalars["Int"]["input"];
};

/** Input for `setEscalationLevel`. */
export type SetEscalationLevelInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** The new level, 0–3. */
  level: Scalars["Int"]["input"];
  /** Why, in a sentence (kept in the processing log's detail). */
  reason: Scalars["String"]["input"];
  /** The version last read; a stale version is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

/** Months between evaluations. */
export type SetEvaluationIntervalInput = {
  /** UUID of the case. */
  caseId: Scalars["ID"]["input"];
  /** Months, 1 to 12. */
  months: Scalars["Int"]["input"];
  /** The case version last read. */
  version: Scalars["Int"]["input"];
};

/** The result of a sign-in: a token and the professional it belongs to. */
export type SignInPayload = {
  __typename?: "SignInPayload";
  /** When the token expires; after that requests fail with UNAUTHENTICATED and the user signs in again. */
  expiresAt: Scalars["DateTime"]["output"];
  /** The professional who is now signed in. */
  professional: Professional;
  /** A signed JWT; send it as `Authorization: Bearer <token>`. */
  token: Scalars["String"]["output"];
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

/** Why a case counts as stalled (vastgelopen). */
export type StalledReason =
  /** The follow-up date of monitoring has passed. */
  | "MONITORING_FOLLOW_UP_PASSED"
  /** No approved plan the configured number of weeks after opening. */
  | "NO_APPROVED_PLAN"
  /** No plan progress, no action done and no evaluation held for the configured number of weeks. */
  | "NO_PROGRESS";

/** Monitoring to start. */
export type StartMonitoringInput = {
  /** The case (in evaluation: the phase rules of `moveCasePhase` apply). */
  caseId: Scalars["ID"]["input"];
  /** The day to look at the case again, after today (three months is usual). */
  followUpOn: Scalars["Date"]["input"];
  /** Why, if worth noting (kept with the phase change). */
  reason?: InputMaybe<Scalars["String"]["input"]>;
  /** The case's `version` as read; a stale one is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

/** Fact or opinion. */
export type StatementKind =
  /** A fact. */
  | "FACT"
  /** An opinion. */
  | "OPINION";

/** Live events over graphql-ws (`/graphql`). Resume with `afterSeq`; see the close codes above. */
export type Subscription = {
  __typename?: "Subscription";
  /** Everything that happens in a case that the subscriber may see, in commit order. NOT_FOUND when the case is out of reach; items outside the subscriber's grants are not delivered, and a grant withdrawn while subscribed stops their delivery at once. */
  caseEvents: CaseEvent;
  /** Actions carried by the subscriber's organisation, in any case, as they are added or change (the action board). */
  myActions: ActionEvent;
  /** Case-level changes (opened, phase, escalation, acute risk, overdue actions, directors, details, framework, follow-up, doorbraak, signal notifications) in the cases the subscriber may see: for a procesregisseur the cases they oversee, for others the cases their organisation is on the team of. */
  portfolioEvents: PortfolioEvent;
};

/** Live events over graphql-ws (`/graphql`). Resume with `afterSeq`; see the close codes above. */
export type SubscriptionCaseEventsArgs = {
  afterSeq?: InputMaybe<Scalars["Seq"]["input"]>;
  caseId: Scalars["ID"]["input"];
};

/** Live events over graphql-ws (`/graphql`). Resume with `afterSeq`; see the close codes above. */
export type SubscriptionMyActionsArgs = {
  afterSeq?: InputMaybe<Scalars["Seq"]["input"]>;
};

/** Live events over graphql-ws (`/graphql`). Resume with `afterSeq`; see the close codes above. */
export type SubscriptionPortfolioEventsArgs = {
  afterSeq?: InputMaybe<Scalars["Seq"]["input"]>;
};

/** The outcome of a table on a case, for a member of the table who is not on the case team and so cannot open the case or its notifications: the process outcome only (the entry's outcome, decision, who carries it on, the next review), never the dossier content. */
export type TableOutcomeNotice = {
  __typename?: "TableOutcomeNotice";
  /** When it was sent. */
  createdAt: Scalars["DateTime"]["output"];
  /** The agenda entry decided. */
  entry: AgendaEntry;
  /** UUID of the notice (a notification of kind TABLE_OUTCOME). */
  id: Scalars["ID"]["output"];
  /** The message in Dutch (the table and the case's reference). */
  message: Scalars["String"]["output"];
  /** When it was read; null while unread. */
  readAt: Maybe<Scalars["DateTime"]["output"]>;
  /** The table that decided. */
  table: EscalationTable;
};

/** A session of a table on a day, with its agenda. */
export type TableSession = {
  __typename?: "TableSession";
  /** The cases on its agenda, in the order they were put on it. */
  agenda: Array<AgendaEntry>;
  /** The day it meets. */
  heldOn: Scalars["Date"]["output"];
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** Who sits at the table: its chair first, then its members by name. */
  members: Array<Professional>;
  /** The table. */
  table: EscalationTable;
};

/** A missing partner the domain rules expect on the team. */
export type TeamWarning = {
  __typename?: "TeamWarning";
  /** Machine-readable code, e.g. `CHILD_UNDER_4_WITHOUT_JGZ`, `SCHOOL_AGE_CHILD_WITHOUT_SCHOOL`. */
  code: Scalars["String"]["output"];
  /** Explanation in Dutch for the UI. */
  message: Scalars["String"]["output"];
  /** The person the warning is about. */
  person: Person;
};

/**
 * Filter for a case's timeline; the conditions together (each list: any of its values). `persons` and `search`
 * look at content, so they match only items the viewer may see: with either of them no redacted stub is listed or
 * counted.
 */
export type TimelineFilter = {
  /** Only items recorded by these organisations (at most 50 ids). */
  authorOrganisations?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** Only items in these domains. */
  domains?: InputMaybe<Array<Domain>>;
  /** Only items of these kinds. */
  kinds?: InputMaybe<Array<DossierItemKind>>;
  /** Only items about at least one of these persons of the case (at most 50 ids); only items the viewer may see. */
  persons?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /**
   * True: only the redacted stubs of items outside the viewer's grants (needs `includeRedacted: true`); their
   * `totalCount` is what a line such as "35 items buiten uw toestemming" shows. False or null: no restriction.
   */
  redacted?: InputMaybe<Scalars["Boolean"]["input"]>;
  /**
   * Only items whose content contains this text, ignoring case (2–100 characters after trimming; empty: no
   * search): an observation's statement, a note's title and report, an action's title, description and status
   * reason, and the like, and the item's source. Only items the viewer may see.
   */
  search?: InputMaybe<Scalars["String"]["input"]>;
};

/** An operation a partner system (API client) registered ahead of time: with `TRUSTED_DOCUMENTS` enforced, the only kind of operation it may run. */
export type TrustedDocument = {
  __typename?: "TrustedDocument";
  /** The document's text, exactly as registered. */
  document: Scalars["String"]["output"];
  /** The name of its operation; null for an anonymous one. */
  operationName: Maybe<Scalars["String"]["output"]>;
  /** Whether it is a query, a mutation or a subscription. */
  operationType: TrustedOperationType;
  /** When it was registered. */
  registeredAt: Scalars["DateTime"]["output"];
  /** The ADMIN who registered it. */
  registeredBy: Maybe<Professional>;
  /** The sha256 of the document's exact text, lowercase hex: the `sha256Hash` a request names it by. */
  sha256: Scalars["String"]["output"];
};

/** The kind of operation a trusted document holds. */
export type TrustedOperationType =
  /** A mutation (HTTP or WebSocket). */
  | "MUTATION"
  /** A query (HTTP or WebSocket). */
  | "QUERY"
  /** A subscription (WebSocket only). */
  | "SUBSCRIPTION";

/** An uncertain factor and its two outcomes. */
export type UncertainFactor = {
  __typename?: "UncertainFactor";
  /** Its two outcomes, e.g. ['Moeder werkt mee', 'Moeder werkt niet mee']. */
  outcomes: Array<Scalars["String"]["output"]>;
  /** The question, e.g. 'Gaat moeder meewerken?'. */
  question: Scalars["String"]["output"];
};

/** An uncertain factor to set. */
export type UncertainFactorInput = {
  /** Exactly two different outcomes. */
  outcomes: Array<Scalars["String"]["input"]>;
  /** The question. */
  question: Scalars["String"]["input"];
};

/** Input for `updateCase`, for the case's directors (casusregisseur, a casusregisseur of the directing organisation, procesregisseur). Fields omitted or null keep their current value; a director can be replaced, not removed. */
export type UpdateCaseInput = {
  /** New case director, a CASUSREGISSEUR; omit to keep the current one. They join the team (with their organisation) if not on it yet. */
  casusregisseurId?: InputMaybe<Scalars["ID"]["input"]>;
  /**
   * Deprecated and refused (BAD_USER_INPUT): the framework changes only by a table's decision (`decideFramework`).
   * @deprecated The framework changes only by a table's decision: use decideFramework.
   */
  framework?: InputMaybe<CaseFramework>;
  /** Id (UUID) of the case. */
  id: Scalars["ID"]["input"];
  /** New municipality; omit to keep the current one. */
  municipality?: InputMaybe<Scalars["String"]["input"]>;
  /** New process director, a PROCESREGISSEUR; omit to keep the current one. */
  procesregisseurId?: InputMaybe<Scalars["ID"]["input"]>;
  /** New title; omit to keep the current one. */
  title?: InputMaybe<Scalars["String"]["input"]>;
  /** The version last read; a stale version is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

/** A change to a goal of a draft plan; omitted fields keep their value. */
export type UpdateGoalInput = {
  /** The goal in the family's own words. */
  familyWording?: InputMaybe<Scalars["String"]["input"]>;
  /** UUID of the goal. */
  goalId: Scalars["ID"]["input"];
  /** Priority. */
  priority?: InputMaybe<GoalPriority>;
  /** The goal as the professionals word it. */
  professionalWording?: InputMaybe<Scalars["String"]["input"]>;
  /** When it should be reached. */
  targetDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** The version last read. */
  version: Scalars["Int"]["input"];
};

/** A correction of a note; omitted fields keep their value. The previous version is kept. */
export type UpdateNoteInput = {
  /** New report. */
  body?: InputMaybe<Scalars["String"]["input"]>;
  /** New data class. */
  dataClass?: InputMaybe<DataClass>;
  /** New life domain. */
  domain?: InputMaybe<Domain>;
  /** UUID of the item. */
  id: Scalars["ID"]["input"];
  /** New date of the conversation. */
  occurredOn?: InputMaybe<Scalars["Date"]["input"]>;
  /** Why it is corrected (rectification). */
  reason: Scalars["String"]["input"];
  /** New subjects. */
  subjectPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** New title. */
  title?: InputMaybe<Scalars["String"]["input"]>;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars["Int"]["input"];
};

/** A correction of an observation; omitted fields keep their value. The previous version is kept. */
export type UpdateObservationInput = {
  /** New data class. */
  dataClass?: InputMaybe<DataClass>;
  /** New life domain. */
  domain?: InputMaybe<Domain>;
  /** UUID of the item. */
  id: Scalars["ID"]["input"];
  /** New kind. */
  observationKind?: InputMaybe<ObservationKind>;
  /** Why it is corrected (rectification). */
  reason: Scalars["String"]["input"];
  /** New source description. */
  sourceDescription?: InputMaybe<Scalars["String"]["input"]>;
  /** New source kind. */
  sourceKind?: InputMaybe<SourceKind>;
  /** New text. */
  statement?: InputMaybe<Scalars["String"]["input"]>;
  /** New subjects. */
  subjectPersonIds?: InputMaybe<Array<Scalars["ID"]["input"]>>;
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars["Int"]["input"];
};

/** Input for `updatePerson`; the same callers as `addPerson`. Fields omitted or null keep their current value; a birth date or BSN cannot be cleared. */
export type UpdatePersonInput = {
  /** New birth date; omit to keep the current one. */
  birthDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** New BSN, 9 digits passing the elfproef; omit to keep the current one. */
  bsn?: InputMaybe<Scalars["String"]["input"]>;
  /** New family name; omit to keep the current one. */
  familyName?: InputMaybe<Scalars["String"]["input"]>;
  /** New given name; omit to keep the current one. */
  givenName?: InputMaybe<Scalars["String"]["input"]>;
  /** New household role; omit to keep the current one. */
  householdRole?: InputMaybe<HouseholdRole>;
  /** Id (UUID) of the person. */
  id: Scalars["ID"]["input"];
  /** The version last read; a stale version is a CONFLICT and changes nothing. */
  version: Scalars["Int"]["input"];
};

/** A change to a draft plan. */
export type UpdatePlanInput = {
  /** The desired perspective. */
  perspective: Scalars["String"]["input"];
  /** UUID of the plan. */
  planId: Scalars["ID"]["input"];
  /** The version last read; a stale version is a CONFLICT. */
  version: Scalars["Int"]["input"];
};

/** A withdrawal of a grant; it takes effect at once. */
export type WithdrawAccessInput = {
  /** UUID of the grant. */
  id: Scalars["ID"]["input"];
  /** Why it is withdrawn. */
  reason: Scalars["String"]["input"];
};
