import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_AGENDA_WAIT_DAYS } from "@regiehub/domain";

// All configuration, parsed once at start-up. A bad value stops the hub with a message naming the variable.

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/**
 * JWS algorithms an OIDC issuer's tokens may be signed with: asymmetric ones only. A symmetric algorithm (HS*)
 * would make the hub hold the issuer's signing secret, and 'none' is an unsigned token.
 */
export const OIDC_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
] as const;
export type OidcAlgorithm = (typeof OIDC_ALGORITHMS)[number];
const isOidcAlgorithm = (alg: string): alg is OidcAlgorithm =>
  (OIDC_ALGORITHMS as readonly string[]).includes(alg);

/** A comma-separated list of allowed algorithms, e.g. `RS256,ES256`. */
const oidcAlgorithms = z.string().transform((value, ctx): OidcAlgorithm[] => {
  const algorithms = [...new Set(value.split(",").map((a) => a.trim()))].filter((a) => a !== "");
  if (algorithms.length === 0) {
    ctx.addIssue({ code: "custom", message: "name at least one algorithm, e.g. RS256,ES256" });
    return z.NEVER;
  }
  for (const alg of algorithms) {
    if (isOidcAlgorithm(alg)) continue;
    const message = /^HS\d+$/i.test(alg)
      ? `${alg} is symmetric (the hub would hold the issuer's signing secret); use asymmetric algorithms such as RS256 or ES256`
      : /^none$/i.test(alg)
        ? `${alg} means unsigned tokens and is never allowed`
        : `${alg} is not supported; choose from ${OIDC_ALGORITHMS.join(", ")}`;
    ctx.addIssue({ code: "custom", message });
  }
  return algorithms.filter(isOidcAlgorithm);
});

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("0.0.0.0"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default(resolve(REPO_ROOT, "data")),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    AUTH_MODE: z.enum(["dev", "oidc"]).optional(),
    OIDC_ISSUER: z.url().optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_JWKS_URL: z.url().optional(),
    /** Claim that carries the professional's subject (matched against professionals.oidc_subject). */
    OIDC_SUBJECT_CLAIM: z.string().min(1).default("sub"),
    /** JWS algorithms accepted for the issuer's tokens (asymmetric only). */
    OIDC_ALGORITHMS: oidcAlgorithms.default(["RS256", "ES256"]),
    /** Lifetime of development tokens, in seconds. */
    DEV_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(5)
      .max(86_400)
      .default(8 * 3600),
    /**
     * The hub's public base URL (e.g. `https://regiehub.example.nl`): the issuer of the access tokens it gives
     * partner systems and the base of its token endpoint. Default: the address it listens on.
     */
    PUBLIC_URL: z
      .url()
      .regex(/^https?:\/\//, "must be an http:// or https:// URL")
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
    /** Where the hub keeps the key it signs partner systems' access tokens with (default `$DATA_DIR/keys`). */
    HUB_SIGNING_KEY_DIR: z.string().min(1).optional(),
    /** Lifetime of the access tokens of partner systems (OAuth2 client credentials), 5–15 minutes. */
    OAUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).max(900).default(600),
    SEED_DEMO: bool.optional(),
    /** Give the demo region its dossier content when it is seeded (through the operations; see src/demo). */
    SEED_DEMO_CONTENT: bool.optional(),
    /** Apply migrations at start-up. Off when the hub runs as a role that may not (see infra/sql/roles.sql). */
    MIGRATE_ON_START: bool.default(true),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    WEB_DIST_DIR: z.string().default(resolve(REPO_ROOT, "apps/web/dist")),
    /**
     * Which operations callers may run: `off` (any), `clients` (API clients only their registered documents),
     * `all` (people, too, only the web app's operations).
     */
    TRUSTED_DOCUMENTS: z.enum(["off", "clients", "all"]).default("off"),
    /** The web app's persisted-query manifest (default: next to the built web app). */
    TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).optional(),
    /** Maximum query depth, aliases and cost accepted by the GraphQL endpoint. */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(3).max(50).default(12),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(100).default(15),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(50_000),
    /** Tokens a GraphQL document may have: parsing stops there, before any other work. */
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(2_000),
    /** Largest request body (HTTP) and message (WebSocket), in bytes. */
    HTTP_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1_024)
      .max(10 * 1024 * 1024)
      .default(100 * 1024),
    /** Rate limits (0: off). Per client IP: requests without a token, and failed authentications. */
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(0).optional(),
    RATE_LIMIT_FAILED_AUTH_PER_MINUTE: z.coerce.number().int().min(0).optional(),
    /** Per professional: operations per second (HTTP requests and WebSocket operations together). */
    RATE_LIMIT_ACTOR_PER_SECOND: z.coerce.number().int().min(0).optional(),
    /** Per partner system (API client): operations per second (HTTP requests and WebSocket operations together). */
    RATE_LIMIT_CLIENT_PER_SECOND: z.coerce.number().int().min(0).optional(),
    RATE_LIMIT_CLIENT_PER_DAY: z.coerce.number().int().min(0).optional(),
    /** Refusals (DENIED) of one actor on one case are written once per window, the rest merged into one entry. */
    DENIED_MERGE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60),
    /** Express's `trust proxy`: set it (e.g. `loopback` or a hop count) when the hub runs behind a proxy. */
    TRUST_PROXY: z.string().min(1).optional(),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    /** Key for pseudonymising persons in the processing log (HMAC); required in production. */
    PSEUDONYM_KEY: z.string().min(32, "must be at least 32 characters").optional(),
    BREAK_GLASS_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(60),
    /** Retention of a closed youth-care case, in years (Jeugdwet: 20). */
    RETENTION_YEARS: z.coerce.number().int().min(1).max(115).default(20),
    LIVE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
    LIVE_MAX_QUEUED_EVENTS: z.coerce.number().int().min(2).max(100_000).default(1_000),
    LIVE_MAX_BUFFERED_BYTES: z.coerce
      .number()
      .int()
      .min(1_024)
      .default(4 * 1024 * 1024),
    LIVE_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1_000).default(25),
    LIVE_AUTH_RECHECK_MS: z.coerce.number().int().min(100).default(60_000),
    OVERDUE_CHECK_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(10 * 60_000),
    /** Seconds between sweeps that turn portfolio signals into notifications (0: none; default 300, 0 in test). */
    SIGNAL_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).optional(),
    /**
     * A region setting: the procesregisseur may edit and approve plans, goals, actions, results and
     * evaluations too. Off: that is the casusregisseur's (the procesregisseur keeps reading, the doorbraak,
     * escalation and check-ins).
     */
    PROCESREGISSEUR_EDITS_PLANS: bool.default(false),
    /**
     * A region setting: the days a case escalated to a table may wait for that table's agenda; once more days
     * have passed it is a portfolio signal (article 001: a case is never dropped between tables).
     */
    PORTFOLIO_AGENDA_WAIT_DAYS: z.coerce.number().int().min(0).max(365).default(DEFAULT_AGENDA_WAIT_DAYS),
  })
  .superRefine((env, ctx) => {
    const authMode = env.AUTH_MODE ?? defaultAuthMode(env);
    if (authMode === "oidc") {
      for (const key of ["OIDC_ISSUER", "OIDC_AUDIENCE", "OIDC_JWKS_URL"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "required when AUTH_MODE=oidc" });
      }
    }
    if (env.NODE_ENV === "production" && !env.PSEUDONYM_KEY) {
      ctx.addIssue({ code: "custom", path: ["PSEUDONYM_KEY"], message: "required with NODE_ENV=production" });
    }
    if (authMode === "dev" && env.NODE_ENV === "production") {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_MODE"],
        message: "dev sign-in is not allowed with NODE_ENV=production; configure OIDC",
      });
    }
  });

function defaultAuthMode(env: { DATABASE_URL?: string | undefined; NODE_ENV: string }): "dev" | "oidc" {
  return env.DATABASE_URL || env.NODE_ENV === "production" ? "oidc" : "dev";
}

/** What a region chooses for its way of working: facts for the policy, filled into each case's facts. */
export interface RegionSettings {
  /** The procesregisseur may edit and approve the family plan (`CaseResource.procesregisseurEditsPlans`). */
  procesregisseurEditsPlans: boolean;
  /**
   * Days a case escalated to a table may wait for that table's agenda before the portfolio signals it
   * (`PortfolioEntry.awaitsAgenda`; the portfolio setting `agendaWaitDays`).
   */
  agendaWaitDays: number;
}

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  database: { url: string | undefined; dataDir: string; poolSize: number };
  auth:
    | { mode: "dev"; tokenTtlSeconds: number; keyDir: string | undefined }
    | {
        mode: "oidc";
        issuer: string;
        audience: string;
        jwksUrl: string;
        subjectClaim: string;
        /** The JWS algorithms accepted (OIDC_ALGORITHMS). */
        algorithms: OidcAlgorithm[];
      };
  /**
   * OAuth2 client credentials for partner systems: the hub's public URL (undefined: the address it listens on),
   * where its signing key is kept (undefined: in memory), and the lifetime of the access tokens it issues.
   */
  oauth: { publicUrl: string | undefined; keyDir: string | undefined; tokenTtlSeconds: number };
  seedDemo: boolean;
  /** Seed the demo region's dossier content right after the region itself (off by default in tests). */
  seedDemoContent: boolean;
  migrateOnStart: boolean;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  webDistDir: string;
  /**
   * Trusted documents: which operations callers may run (`mode`), and the web app's manifest of its operations
   * (the operations people may run with `all`; required then).
   */
  trustedDocuments: { mode: "off" | "clients" | "all"; manifestPath: string };
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; maxBodyBytes: number };
  /** Requests per window; 0 is off. Off by default in NODE_ENV=test (test suites send thousands quickly). */
  rateLimits: {
    anonymousPerMinute: number;
    failedAuthPerMinute: number;
    actorPerSecond: number;
    /** Per partner system (API client), as `actorPerSecond` is per professional. */
    clientPerSecond: number;
    /** A partner system's quota of operations per rolling 24 hours. */
    clientPerDay: number;
  };
  deniedMergeSeconds: number;
  trustProxy: string | undefined;
  shutdownGraceMs: number;
  /** The pseudonymisation key, or where to keep a generated one (undefined: in memory). */
  pseudonym: { key: string | undefined; keyDir: string | undefined };
  breakGlassMinutes: number;
  retentionYears: number;
  region: RegionSettings;
  live: {
    pollMs: number;
    maxQueuedEvents: number;
    maxBufferedBytes: number;
    maxSubscriptionsPerConnection: number;
    authRecheckMs: number;
    overdueCheckMs: number;
    /** Seconds between signal sweeps; 0: none (not even at start). */
    signalSweepSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once. `DATA_DIR=memory://` keeps everything in memory (tests). */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a compose file) counts as unset.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const env = parsed.data;
  const authMode = env.AUTH_MODE ?? defaultAuthMode(env);
  const inMemory = env.DATA_DIR.startsWith("memory://");
  const testing = env.NODE_ENV === "test";
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    database: { url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: env.DB_POOL_SIZE },
    auth:
      authMode === "dev"
        ? {
            mode: "dev",
            tokenTtlSeconds: env.DEV_TOKEN_TTL_SECONDS,
            keyDir: inMemory ? undefined : resolve(env.DATA_DIR, "keys"),
          }
        : {
            mode: "oidc",
            issuer: env.OIDC_ISSUER!,
            audience: env.OIDC_AUDIENCE!,
            jwksUrl: env.OIDC_JWKS_URL!,
            subjectClaim: env.OIDC_SUBJECT_CLAIM,
            algorithms: env.OIDC_ALGORITHMS,
          },
    oauth: {
      publicUrl: env.PUBLIC_URL,
      keyDir: env.HUB_SIGNING_KEY_DIR
        ? resolve(env.HUB_SIGNING_KEY_DIR)
        : inMemory
          ? undefined
          : resolve(env.DATA_DIR, "keys"),
      tokenTtlSeconds: env.OAUTH_TOKEN_TTL_SECONDS,
    },
    seedDemo: env.SEED_DEMO ?? env.NODE_ENV !== "production",
    seedDemoContent: env.SEED_DEMO_CONTENT ?? env.NODE_ENV === "development",
    migrateOnStart: env.MIGRATE_ON_START,
    logLevel: env.LOG_LEVEL,
    webDistDir: env.WEB_DIST_DIR,
    trustedDocuments: {
      mode: env.TRUSTED_DOCUMENTS,
      manifestPath: resolve(
        env.TRUSTED_DOCUMENTS_MANIFEST ?? resolve(env.WEB_DIST_DIR, "persisted-query-manifest.json"),
      ),
    },
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxCost: env.GRAPHQL_MAX_COST,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxBodyBytes: env.HTTP_MAX_BODY_BYTES,
    },
    rateLimits: {
      anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE ?? (testing ? 0 : 300),
      failedAuthPerMinute: env.RATE_LIMIT_FAILED_AUTH_PER_MINUTE ?? (testing ? 0 : 30),
      actorPerSecond: env.RATE_LIMIT_ACTOR_PER_SECOND ?? (testing ? 0 : 50),
      clientPerSecond: env.RATE_LIMIT_CLIENT_PER_SECOND ?? (testing ? 0 : 50),
      clientPerDay: env.RATE_LIMIT_CLIENT_PER_DAY ?? (testing ? 0 : 200_000),
    },
    deniedMergeSeconds: env.DENIED_MERGE_SECONDS,
    trustProxy: env.TRUST_PROXY,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    pseudonym: { key: env.PSEUDONYM_KEY, keyDir: inMemory ? undefined : resolve(env.DATA_DIR, "keys") },
    breakGlassMinutes: env.BREAK_GLASS_MINUTES,
    retentionYears: env.RETENTION_YEARS,
    region: {
      procesregisseurEditsPlans: env.PROCESREGISSEUR_EDITS_PLANS,
      agendaWaitDays: env.PORTFOLIO_AGENDA_WAIT_DAYS,
    },
    live: {
      pollMs: env.LIVE_POLL_MS,
      maxQueuedEvents: env.LIVE_MAX_QUEUED_EVENTS,
      maxBufferedBytes: env.LIVE_MAX_BUFFERED_BYTES,
      maxSubscriptionsPerConnection: env.LIVE_MAX_SUBSCRIPTIONS,
      authRecheckMs: env.LIVE_AUTH_RECHECK_MS,
      overdueCheckMs: env.OVERDUE_CHECK_MS,
      signalSweepSeconds: env.SIGNAL_SWEEP_SECONDS ?? (testing ? 0 : 300),
    },
  };
}
