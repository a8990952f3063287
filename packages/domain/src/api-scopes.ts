// Partner systems (API clients): the closed list of scopes an ADMIN can give a client and a client can ask a
// token for. A scope never widens what the client's organisation may do: a system acts as its organisation,
// under the same consent rules as a professional there, and every rule in packages/policy/src/rules.ts names
// the one scope a system needs for it (or none: systems may never use it). The policy refuses a system whose
// token lacks the rule's scope (`can`), and narrows the SQL scopes of cases and items the same way.

/** Every scope, with what it lets a system do (the token endpoint's metadata lists the names). */
export const API_SCOPES = {
  "cases:read":
    "List and read the cases the organisation may see: summary, family members, team (case.list, case.read)",
  "dossier:read":
    "Read dossier items' content within the consent and legal basis the organisation holds (itemAccess)",
  "dossier:write": "Record dossier items and correct the system's own (item.record, item.correct)",
  "plan:write":
    "Add actions to the family plan's goals, record results and change the status of the organisation's actions (plan.work, action.changeStatus)",
  "events:subscribe": "Follow live events of the cases and actions the organisation may see (live.follow)",
  "references:manage":
    "Attach the organisation's own references to persons in cases it may see, and find cases by them",
} as const;

export type ApiScope = keyof typeof API_SCOPES;

/** The scope names in a fixed order (the order of `API_SCOPES`). */
export const API_SCOPE_NAMES = Object.keys(API_SCOPES) as ApiScope[];

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === "string" && Object.hasOwn(API_SCOPES, value);
}

/** Scopes in the fixed order, without duplicates. */
export function sortScopes(scopes: Iterable<ApiScope>): ApiScope[] {
  const set = new Set(scopes);
  return API_SCOPE_NAMES.filter((s) => set.has(s));
}

/**
 * How a client authenticates at the token endpoint: with a secret the hub generated (HTTP Basic or in the
 * form, `client_secret_basic` / `client_secret_post`), or with a JWT it signs with a key whose public half it
 * registered (`private_key_jwt`, RFC 7523; what the Dutch government's OAuth profile prefers).
 */
export const API_CLIENT_AUTH_METHODS = ["client_secret", "private_key_jwt"] as const;
export type ApiClientAuthMethod = (typeof API_CLIENT_AUTH_METHODS)[number];

/** How long the old secret stays valid after a rotation, by default and at most (minutes). */
export const SECRET_ROTATION_OVERLAP = { defaultMinutes: 60, maxMinutes: 7 * 24 * 60 } as const;
