/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@apollo/client";
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
  /** What the member does in the case, e.g. `Intern begeleider`; at most 200 characters. */
  responsibility?: string | null | undefined;
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

/** The kind of a dossier item. */
export type DossierItemKind =
  /** An action towards a goal. */
  | "ACTION"
  /** A self-reliance assessment (ZRM 1–5). */
  | "ASSESSMENT"
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

/** What the viewer may do outside any one case; the UI shows only these controls. */
export type GlobalAction =
  /** Open a new case (`openCase`). */
  | "OPEN_CASE"
  /** Review break-glass accesses and read processing logs of all cases (privacy officer). */
  | "REVIEW_PROCESSING";

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

/** Filter for the processing log. */
export type ProcessingLogFilter = {
  /** From this moment. */
  from?: string | null | undefined;
  /** Only these operations. */
  operations?: Array<LogOperation> | null | undefined;
  /** Only actions by professionals of this organisation. */
  organisationId?: string | number | null | undefined;
  /** Only entries concerning this person. */
  personId?: string | number | null | undefined;
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

/** A privacy officer's review of a break-glass access. */
export type ReviewBreakGlassInput = {
  /** UUID of the access. */
  id: string | number;
  /** Note for the file. */
  note?: string | null | undefined;
  /** The verdict. */
  verdict: BreakGlassVerdict;
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

/** Filter for a case's timeline. */
export type TimelineFilter = {
  /** Only items in these domains. */
  domains?: Array<Domain> | null | undefined;
  /** Only items of these kinds. */
  kinds?: Array<DossierItemKind> | null | undefined;
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

/** A withdrawal of a grant; it takes effect at once. */
export type WithdrawAccessInput = {
  /** UUID of the grant. */
  id: string | number;
  /** Why it is withdrawn. */
  reason: string;
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

export type ProfessionalsQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  role?: ProfessionalRole | null | undefined;
}>;

export type ProfessionalsQuery = {
  professionals: Array<{
    id: string;
    name: string;
    role: ProfessionalRole;
    organisation: { id: string; name: string };
  }>;
};

export type OrganisationsQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationsQuery = {
  organisations: Array<{ id: string; name: string; kind: OrganisationKind }>;
};

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;

export type OpenCaseMutation = { openCase: { id: string; reference: string; title: string } };

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
    domains: Array<Domain>;
    isDirecting: boolean;
    organisation: { id: string; name: string; kind: OrganisationKind };
    professional: { id: string; name: string } | null;
  }>;
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
      domains: Array<Domain>;
      isDirecting: boolean;
      organisation: { id: string; name: string; kind: OrganisationKind };
      professional: { id: string; name: string } | null;
    }>;
  } | null;
};

export type CaseBsnQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseBsnQuery = {
  case: { id: string; persons: Array<{ id: string; bsn: string | null }> } | null;
};

export type AddPersonMutationVariables = Exact<{
  input: AddPersonInput;
}>;

export type AddPersonMutation = { addPerson: { id: string; fullName: string } };

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
      domains: Array<Domain>;
      isDirecting: boolean;
      organisation: { id: string; name: string; kind: OrganisationKind };
      professional: { id: string; name: string } | null;
    }>;
  };
};

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;

export type AddTeamMemberMutation = { addTeamMember: { id: string } };

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
      domains: Array<Domain>;
      isDirecting: boolean;
      organisation: { id: string; name: string; kind: OrganisationKind };
      professional: { id: string; name: string } | null;
    }>;
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

type DossierItemCard_Action_Fragment = {
  __typename: "Action";
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
};

type DossierItemCard_Evaluation_Fragment = {
  __typename: "Evaluation";
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
};

type DossierItemCard_Plan_Fragment = {
  __typename: "Plan";
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
};

type DossierItemCard_Result_Fragment = {
  __typename: "Result";
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
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
  authorOrganisation: { id: string; name: string };
  visibleTo: Array<{ id: string; name: string }>;
  subjects: Array<{ id: string; fullName: string }> | null;
  author: { id: string; name: string } | null;
  source: { kind: SourceKind; description: string | null } | null;
  statements: Array<{
    id: string;
    statement: string;
    recordedAt: Date | string;
    person: { id: string; fullName: string };
    recordedBy: { id: string; name: string };
  }> | null;
};

export type DossierItemCardFragment =
  | DossierItemCard_Action_Fragment
  | DossierItemCard_Assessment_Fragment
  | DossierItemCard_Evaluation_Fragment
  | DossierItemCard_Goal_Fragment
  | DossierItemCard_NetworkMember_Fragment
  | DossierItemCard_Note_Fragment
  | DossierItemCard_Observation_Fragment
  | DossierItemCard_Plan_Fragment
  | DossierItemCard_Problem_Fragment
  | DossierItemCard_Referral_Fragment
  | DossierItemCard_Result_Fragment
  | DossierItemCard_SafetyAssessment_Fragment;

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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
            }
          | {
              __typename: "Evaluation";
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
            }
          | {
              __typename: "Plan";
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
            }
          | {
              __typename: "Result";
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
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
              authorOrganisation: { id: string; name: string };
              visibleTo: Array<{ id: string; name: string }>;
              subjects: Array<{ id: string; fullName: string }> | null;
              author: { id: string; name: string } | null;
              source: { kind: SourceKind; description: string | null } | null;
              statements: Array<{
                id: string;
                statement: string;
                recordedAt: Date | string;
                person: { id: string; fullName: string };
                recordedBy: { id: string; name: string };
              }> | null;
            };
      }>;
    };
  } | null;
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
    authorOrganisation: { id: string; name: string };
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    author: { id: string; name: string } | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
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
    authorOrganisation: { id: string; name: string };
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    author: { id: string; name: string } | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
  };
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
    authorOrganisation: { id: string; name: string };
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    author: { id: string; name: string } | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
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
    authorOrganisation: { id: string; name: string };
    visibleTo: Array<{ id: string; name: string }>;
    subjects: Array<{ id: string; fullName: string }> | null;
    author: { id: string; name: string } | null;
    source: { kind: SourceKind; description: string | null } | null;
    statements: Array<{
      id: string;
      statement: string;
      recordedAt: Date | string;
      person: { id: string; fullName: string };
      recordedBy: { id: string; name: string };
    }> | null;
  };
};

export type AddOwnStatementMutationVariables = Exact<{
  input: AddOwnStatementInput;
}>;

export type AddOwnStatementMutation = {
  addOwnStatement:
    | {
        __typename: "Action";
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
      }
    | {
        __typename: "Evaluation";
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
      }
    | {
        __typename: "Plan";
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
      }
    | {
        __typename: "Result";
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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
        authorOrganisation: { id: string; name: string };
        visibleTo: Array<{ id: string; name: string }>;
        subjects: Array<{ id: string; fullName: string }> | null;
        author: { id: string; name: string } | null;
        source: { kind: SourceKind; description: string | null } | null;
        statements: Array<{
          id: string;
          statement: string;
          recordedAt: Date | string;
          person: { id: string; fullName: string };
          recordedBy: { id: string; name: string };
        }> | null;
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

export type ExportPersonDataMutationVariables = Exact<{
  personId: string | number;
}>;

export type ExportPersonDataMutation = { exportPersonData: { json: string; generatedAt: Date | string } };

export type ProcessingLogQueryVariables = Exact<{
  caseId: string | number;
  filter?: ProcessingLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProcessingLogQuery = {
  processingLog: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        chainSeq: number;
        startedAt: Date | string;
        endedAt: Date | string;
        actorType: string;
        role: string | null;
        subjectCount: number;
        itemIds: Array<string>;
        fields: Array<string>;
        operation: LogOperation;
        purpose: string;
        legalBasis: LegalBasis | null;
        processingActivityId: string;
        outcome: string;
        breakGlass: boolean;
        detail: string | null;
        actor: { id: string; name: string } | null;
        organisation: { id: string; name: string } | null;
        subjects: Array<{ id: string; fullName: string }>;
      };
    }>;
  };
};

export type AuthConfigQueryVariables = Exact<{ [key: string]: never }>;

export type AuthConfigQuery = { authConfig: { mode: AuthMode; issuer: string | null } };

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

export type DevSignInMutationVariables = Exact<{
  professionalId: string | number;
}>;

export type DevSignInMutation = {
  devSignIn: { token: string; expiresAt: Date | string; professional: { id: string; name: string } };
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
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
          { kind: "Field", name: { kind: "Name", value: "justification" } },
          { kind: "Field", name: { kind: "Name", value: "openedAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "verdict" } },
          { kind: "Field", name: { kind: "Name", value: "reviewNote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BreakGlassAccessFieldsFragment, unknown>;
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
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
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
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
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
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
                { kind: "Field", name: { kind: "Name", value: "domains" } },
                { kind: "Field", name: { kind: "Name", value: "isDirecting" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetailFragment, unknown>;
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
              ],
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsentGrantFieldsFragment, unknown>;
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
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
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
            name: { kind: "Name", value: "subjects" },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<DossierItemCardFragment, unknown>;
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
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
          { kind: "Field", name: { kind: "Name", value: "justification" } },
          { kind: "Field", name: { kind: "Name", value: "openedAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
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
          { kind: "Field", name: { kind: "Name", value: "justification" } },
          { kind: "Field", name: { kind: "Name", value: "openedAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "reviewedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "verdict" } },
          { kind: "Field", name: { kind: "Name", value: "reviewNote" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
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
} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
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
} as unknown as DocumentNode<ProfessionalsQuery, ProfessionalsQueryVariables>;
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
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
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
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
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
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
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
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
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
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
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
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
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
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
            kind: "Field",
            name: { kind: "Name", value: "procesregisseur" },
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
          { kind: "Field", name: { kind: "Name", value: "openedOn" } },
          { kind: "Field", name: { kind: "Name", value: "closedOn" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "viewerCan" } },
          { kind: "Field", name: { kind: "Name", value: "allowedPhaseTransitions" } },
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
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "responsibility" } },
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
              ],
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseGrantsQuery, CaseGrantsQueryVariables>;
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
              ],
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantAccessMutation, GrantAccessMutationVariables>;
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
              ],
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
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "recordedAt" } },
          { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "withdrawnBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
          { kind: "Field", name: { kind: "Name", value: "isActive" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawAccessMutation, WithdrawAccessMutationVariables>;
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
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
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
            name: { kind: "Name", value: "subjects" },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<DossierTimelineQuery, DossierTimelineQueryVariables>;
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
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
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
            name: { kind: "Name", value: "subjects" },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordObservationMutation, RecordObservationMutationVariables>;
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
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
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
            name: { kind: "Name", value: "subjects" },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateObservationMutation, UpdateObservationMutationVariables>;
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
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
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
            name: { kind: "Name", value: "subjects" },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordNoteMutation, RecordNoteMutationVariables>;
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
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
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
            name: { kind: "Name", value: "subjects" },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNoteMutation, UpdateNoteMutationVariables>;
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
          {
            kind: "Field",
            name: { kind: "Name", value: "visibleTo" },
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
            name: { kind: "Name", value: "subjects" },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DossierItemHistoryQuery, DossierItemHistoryQueryVariables>;
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
export const ProcessingLogDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProcessingLog" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ProcessingLogFilter" } },
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
            name: { kind: "Name", value: "processingLog" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "caseId" },
                value: { kind: "Variable", name: { kind: "Name", value: "caseId" } },
              },
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
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "chainSeq" } },
                            { kind: "Field", name: { kind: "Name", value: "startedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "endedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "actorType" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "actor" },
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
                              name: { kind: "Name", value: "organisation" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "role" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "subjects" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "fullName" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "subjectCount" } },
                            { kind: "Field", name: { kind: "Name", value: "itemIds" } },
                            { kind: "Field", name: { kind: "Name", value: "fields" } },
                            { kind: "Field", name: { kind: "Name", value: "operation" } },
                            { kind: "Field", name: { kind: "Name", value: "purpose" } },
                            { kind: "Field", name: { kind: "Name", value: "legalBasis" } },
                            { kind: "Field", name: { kind: "Name", value: "processingActivityId" } },
                            { kind: "Field", name: { kind: "Name", value: "outcome" } },
                            { kind: "Field", name: { kind: "Name", value: "breakGlass" } },
                            { kind: "Field", name: { kind: "Name", value: "detail" } },
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
} as unknown as DocumentNode<ProcessingLogQuery, ProcessingLogQueryVariables>;
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
} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
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
