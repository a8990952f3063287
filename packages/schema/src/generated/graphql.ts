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

/** A case (casus): one family, one plan, one director. */
export type Case = {
  __typename?: "Case";
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
  /** Organisations and professionals involved, in what role and for which domains. */
  team: Array<CaseTeamMember>;
  /** Warnings about the team's completeness, e.g. a school-age child without a school on the team. */
  teamWarnings: Array<TeamWarning>;
  /** Title, usually the family name, e.g. `Gezin Jansen`. */
  title: Scalars["String"]["output"];
  /** When the case itself was last changed (each change also raises `version`); changes to persons or the team do not count. */
  updatedAt: Scalars["DateTime"]["output"];
  /** Optimistic-concurrency version: pass it back on edits; a stale version is a CONFLICT. */
  version: Scalars["Int"]["output"];
  /** What the viewer may do with this case. */
  viewerCan: Array<CaseAction>;
};

/** What the viewer may do with a case; the UI shows only these controls. */
export type CaseAction =
  /** Add a family member (`addPerson`). */
  | "ADD_PERSON"
  /** Add and remove team members (`addTeamMember`, `removeTeamMember`). */
  | "MANAGE_TEAM"
  /** Move the case to another phase (`moveCasePhase`). */
  | "MOVE_PHASE"
  /** Read the BSN of family members. */
  | "READ_BSN"
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
  "OPEN_CASE";

/** Role of a person in the household. */
export type HouseholdRole = "CHILD" | "EX_PARTNER" | "OTHER" | "PARENT";

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
  /** Add a family member or other person involved. */
  addPerson: Person;
  /** Add an organisation (and optionally a professional) to the case team. */
  addTeamMember: CaseTeamMember;
  /** Development sign-in as a seeded professional. FORBIDDEN outside DEV auth mode. */
  devSignIn: SignInPayload;
  /** Move a case to another phase, if the phase rules allow it. */
  moveCasePhase: Case;
  /** Open a new case in phase SIGNAL; the casusregisseur's organisation joins the team. */
  openCase: Case;
  /** Remove a team member (by `CaseTeamMember.id`); for the case's directors. The casusregisseur's own entry and the last entry of the directing organisation cannot be removed (CONFLICT). Returns the case. */
  removeTeamMember: Case;
  /** Edit a case's title, municipality, framework or directors. */
  updateCase: Case;
  /** Edit a family member; pass the version last read (a stale version is a CONFLICT). */
  updatePerson: Person;
};

export type MutationAddPersonArgs = {
  input: AddPersonInput;
};

export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};

export type MutationDevSignInArgs = {
  professionalId: Scalars["ID"]["input"];
};

export type MutationMoveCasePhaseArgs = {
  input: MoveCasePhaseInput;
};

export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};

export type MutationRemoveTeamMemberArgs = {
  id: Scalars["ID"]["input"];
};

export type MutationUpdateCaseArgs = {
  input: UpdateCaseInput;
};

export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};

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
  /** One case; NOT_FOUND when it does not exist or the viewer may not see it. */
  case: Maybe<Case>;
  /** Cases the viewer may see, newest opened first. `first` is at most 100. */
  cases: CaseConnection;
  /** Development sign-in: the seeded professionals to choose from. FORBIDDEN outside DEV auth mode. */
  devSignInOptions: Array<DevSignInOption>;
  /** The signed-in professional. */
  me: Professional;
  /** All chain partners in the region. */
  organisations: Array<Organisation>;
  /** Professionals, optionally of one organisation (for choosing directors and team members). */
  professionals: Array<Professional>;
  /** What the signed-in professional may do outside any one case (e.g. open a case). */
  viewerCan: Array<GlobalAction>;
};

export type QueryCaseArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryCasesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

export type QueryProfessionalsArgs = {
  organisationId?: InputMaybe<Scalars["ID"]["input"]>;
  role?: InputMaybe<ProfessionalRole>;
};

/** The register a professional is registered in. */
export type RegistrationKind =
  /** BIG-register (Wet BIG) for health-care professionals. */
  | "BIG"
  /** Stichting Kwaliteitsregister Jeugd. */
  | "SKJ";

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
