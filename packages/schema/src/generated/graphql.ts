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
  /** What the member does in the case, e.g. `Intern begeleider`; at most 200 characters. */
  responsibility?: InputMaybe<Scalars["String"]["input"]>;
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
  /** Phases this case may move to from its current phase. */
  allowedPhaseTransitions: Array<CasePhase>;
  /** The case director, who runs the case day to day. */
  casusregisseur: Maybe<Professional>;
  /** Date the case was closed; null while it is open, and cleared again when a closed case is reopened. */
  closedOn: Maybe<Scalars["Date"]["output"]>;
  /** When the case was created. */
  createdAt: Scalars["DateTime"]["output"];
  /** Escalation level: 0 none, 1 casusregie, 2 procesregie, 3 safety/protection table (e.g. Beschermingstafel). */
  escalationLevel: Scalars["Int"]["output"];
  /** The framework the help runs in: voluntary, drang or compulsory. */
  framework: CaseFramework;
  /** Consent grants of the case: all of them for directors, the own organisation's for other team members. */
  grants: Array<ConsentGrant>;
  /** Unique identifier (UUID). */
  id: Scalars["ID"]["output"];
  /** Municipality the case belongs to. */
  municipality: Scalars["String"]["output"];
  /** Date the case was opened (calendar date in the Netherlands). */
  openedOn: Scalars["Date"]["output"];
  /** Family members and others involved (betrokkenen). */
  persons: Array<Person>;
  /** Current phase; see `allowedPhaseTransitions` and `moveCasePhase`. */
  phase: CasePhase;
  /** The process director, who oversees the case from a distance. */
  procesregisseur: Maybe<Professional>;
  /** Human-readable reference, e.g. `RH-2026-0042`. */
  reference: Scalars["String"]["output"];
  /** The date until which the case is kept after closing (null while open). */
  retainUntil: Maybe<Scalars["Date"]["output"]>;
  /** Organisations and professionals involved, in what role and for which domains. */
  team: Array<CaseTeamMember>;
  /** Warnings about the team's completeness, e.g. a school-age child without a school on the team. */
  teamWarnings: Array<TeamWarning>;
  /** Observations and notes the viewer may see, newest first (items outside the viewer's grants are absent). */
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
  /** Open the whole case under break-glass (`breakGlass`). */
  | "BREAK_GLASS"
  /** Export everything held about a person (`exportPersonData`). */
  | "EXPORT_PERSON"
  /** Grant and withdraw access (`grantAccess`, `withdrawAccess`). */
  | "MANAGE_CONSENT"
  /** Add and remove team members (`addTeamMember`, `removeTeamMember`). */
  | "MANAGE_TEAM"
  /** Move the case to another phase (`moveCasePhase`). */
  | "MOVE_PHASE"
  /** Read the BSN of family members. */
  | "READ_BSN"
  /** Read the case's processing log (`processingLog`). */
  | "READ_LOG"
  /** Record observations and notes (`recordObservation`, `recordNote`). */
  | "RECORD_ITEM"
  /** Edit title, municipality, framework and directors (`updateCase`). */
  | "UPDATE"
  /** Edit family members (`updatePerson`). */
  | "UPDATE_PERSON";

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
  /** What this member does in the case, e.g. `Intern begeleider`, `Schuldhulpverlener`. */
  responsibility: Maybe<Scalars["String"]["output"]>;
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
  /** A note of a conversation (gespreksverslag). */
  | "NOTE"
  /** An observation (beeldvorming): fact, opinion or concern. */
  | "OBSERVATION";

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

/** The closed set of error codes found in `extensions.code` of every GraphQL error the hub returns. */
export type ErrorCode =
  /** The input is invalid; `extensions.field` names the offending input path. */
  | "BAD_USER_INPUT"
  /** The object changed since the caller read it (stale `version`), or the change conflicts with its state. */
  | "CONFLICT"
  /** The field lies outside the consent and legal basis the caller holds; it resolves to null. */
  | "CONSENT_REQUIRED"
  /** The caller may see the object but may not perform this operation. */
  | "FORBIDDEN"
  /** Something went wrong inside the hub; nothing was changed. The log carries the details. */
  | "INTERNAL"
  /** The object does not exist, or the caller may not know that it exists. */
  | "NOT_FOUND"
  /** No valid credentials were presented; sign in again. */
  | "UNAUTHENTICATED";

/** What the viewer may do outside any one case; the UI shows only these controls. */
export type GlobalAction =
  /** Open a new case (`openCase`). */
  | "OPEN_CASE"
  /** Review break-glass accesses and read processing logs of all cases (privacy officer). */
  | "REVIEW_PROCESSING";

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
  /** Record a family member's own statement about the item (`addOwnStatement`). */
  | "ADD_STATEMENT"
  /** Open the item under break-glass (`breakGlass`). */
  | "BREAK_GLASS"
  /** Read earlier versions (`Query.dossierItemHistory`). */
  | "READ_HISTORY"
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

export type Mutation = {
  __typename?: "Mutation";
  /** Record a family member's own statement about an item (directing organisation). */
  addOwnStatement: DossierItem;
  /** Add a family member or other person involved. */
  addPerson: Person;
  /** Add an organisation (and optionally a professional) to the case team. */
  addTeamMember: CaseTeamMember;
  /** Break-glass: open an item or the whole case outside the grants, for a limited time, under VITAL_INTEREST; logged and reviewed. */
  breakGlass: BreakGlassAccess;
  /** Development sign-in as a seeded professional. FORBIDDEN outside DEV auth mode. */
  devSignIn: SignInPayload;
  /** Inzage: everything held about one person as JSON (privacy officer, directing organisation). Logged as EXPORT. */
  exportPersonData: PersonDataExport;
  /** Grant a team partner access to domains and data classes about persons (casusregisseur, procesregisseur). */
  grantAccess: ConsentGrant;
  /** Move a case to another phase, if the phase rules allow it. */
  moveCasePhase: Case;
  /** Open a new case in phase SIGNAL; the casusregisseur's organisation joins the team. */
  openCase: Case;
  /** Record a conversation note (team members). */
  recordNote: Note;
  /** Record an observation (team members; the author's organisation always sees its own items). */
  recordObservation: Observation;
  /** Remove a team member (by `CaseTeamMember.id`); for the case's directors. The casusregisseur's own entry and the last entry of the directing organisation cannot be removed (CONFLICT). Returns the case. */
  removeTeamMember: Case;
  /** Record the privacy officer's review of a break-glass access. */
  reviewBreakGlass: BreakGlassAccess;
  /** Edit a case's title, municipality, framework or directors. */
  updateCase: Case;
  /** Correct a note (author or directing organisation); the previous version is kept. */
  updateNote: Note;
  /** Correct an observation (author or directing organisation); the previous version is kept. */
  updateObservation: Observation;
  /** Edit a family member; pass the version last read (a stale version is a CONFLICT). */
  updatePerson: Person;
  /** Withdraw a grant; it takes effect on the next request, for queries, subscriptions and exports alike. */
  withdrawAccess: ConsentGrant;
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

export type MutationBreakGlassArgs = {
  input: BreakGlassInput;
};

export type MutationDevSignInArgs = {
  professionalId: Scalars["ID"]["input"];
};

export type MutationExportPersonDataArgs = {
  personId: Scalars["ID"]["input"];
};

export type MutationGrantAccessArgs = {
  input: GrantAccessInput;
};

export type MutationMoveCasePhaseArgs = {
  input: MoveCasePhaseInput;
};

export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};

export type MutationRecordNoteArgs = {
  input: RecordNoteInput;
};

export type MutationRecordObservationArgs = {
  input: RecordObservationInput;
};

export type MutationRemoveTeamMemberArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationReviewBreakGlassArgs = {
  input: ReviewBreakGlassInput;
};

export type MutationUpdateCaseArgs = {
  input: UpdateCaseInput;
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

export type MutationWithdrawAccessArgs = {
  input: WithdrawAccessInput;
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

export type Query = {
  __typename?: "Query";
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
  /** The signed-in professional. */
  me: Professional;
  /** All chain partners in the region. */
  organisations: Array<Organisation>;
  /** The processing log of a case, newest first (privacy officer, and the directing organisation). Reading it is logged too. */
  processingLog: ProcessingLogConnection;
  /** Professionals, optionally of one organisation (for choosing directors and team members). */
  professionals: Array<Professional>;
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

export type QueryProcessingLogArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  caseId: Scalars["ID"]["input"];
  filter?: InputMaybe<ProcessingLogFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryProfessionalsArgs = {
  organisationId?: InputMaybe<Scalars["ID"]["input"]>;
  role?: InputMaybe<ProfessionalRole>;
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

/** The register a professional is registered in. */
export type RegistrationKind =
  /** BIG-register (Wet BIG) for health-care professionals. */
  | "BIG"
  /** Stichting Kwaliteitsregister Jeugd. */
  | "SKJ";

/** A privacy officer's review of a break-glass access. */
export type ReviewBreakGlassInput = {
  /** UUID of the access. */
  id: Scalars["ID"]["input"];
  /** Note for the file. */
  note?: InputMaybe<Scalars["String"]["input"]>;
  /** The verdict. */
  verdict: BreakGlassVerdict;
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

/** Filter for a case's timeline. */
export type TimelineFilter = {
  /** Only items in these domains. */
  domains?: InputMaybe<Array<Domain>>;
  /** Only items of these kinds. */
  kinds?: InputMaybe<Array<DossierItemKind>>;
};

/** Input for `updateCase`, for the case's directors (casusregisseur, a casusregisseur of the directing organisation, procesregisseur). Fields omitted or null keep their current value; a director can be replaced, not removed. */
export type UpdateCaseInput = {
  /** New case director, a CASUSREGISSEUR; omit to keep the current one. They join the team (with their organisation) if not on it yet. */
  casusregisseurId?: InputMaybe<Scalars["ID"]["input"]>;
  /** New framework; omit to keep the current one. */
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

/** A withdrawal of a grant; it takes effect at once. */
export type WithdrawAccessInput = {
  /** UUID of the grant. */
  id: Scalars["ID"]["input"];
  /** Why it is withdrawn. */
  reason: Scalars["String"]["input"];
};
