/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@apollo/client";
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

/** What the viewer may do outside any one case; the UI shows only these controls. */
export type GlobalAction =
  /** Open a new case (`openCase`). */
  | "OPEN_CASE"
  /** Review break-glass accesses and read processing logs of all cases (privacy officer). */
  | "REVIEW_PROCESSING";

/** Role of a person in the household. */
export type HouseholdRole = "CHILD" | "EX_PARTNER" | "OTHER" | "PARENT";

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
