import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("defaults to the embedded database, dev sign-in and the demo seed", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir).toMatch(/data$/);
    expect(config.auth.mode).toBe("dev");
    expect(config.seedDemo).toBe(true);
  });

  it("requires OIDC settings once a DATABASE_URL is set, unless dev sign-in is chosen", () => {
    expect(() => loadConfig({ DATABASE_URL: "postgres://localhost/regiehub" })).toThrow(/OIDC_ISSUER/);
    const config = loadConfig({ DATABASE_URL: "postgres://localhost/regiehub", AUTH_MODE: "dev" });
    expect(config.auth.mode).toBe("dev");
  });

  it("is secure by default in production: no dev sign-in, no demo seed", () => {
    expect(() => loadConfig({ NODE_ENV: "production", AUTH_MODE: "dev" })).toThrow(/not allowed/);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/PSEUDONYM_KEY/);
    const config = loadConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://db/regiehub",
      OIDC_ISSUER: "https://id.example/realms/x",
      OIDC_AUDIENCE: "regiehub",
      OIDC_JWKS_URL: "https://id.example/realms/x/certs",
      PSEUDONYM_KEY: "k".repeat(40),
    });
    expect(config.auth).toMatchObject({ mode: "oidc", subjectClaim: "sub" });
    expect(config.seedDemo).toBe(false);
  });

  it("sweeps signals every 5 minutes, not in tests unless asked, and refuses a negative interval", () => {
    expect(loadConfig({}).live.signalSweepSeconds).toBe(300);
    expect(loadConfig({ NODE_ENV: "test" }).live.signalSweepSeconds).toBe(0);
    expect(loadConfig({ NODE_ENV: "test", SIGNAL_SWEEP_SECONDS: "2" }).live.signalSweepSeconds).toBe(2);
    expect(loadConfig({ SIGNAL_SWEEP_SECONDS: "0" }).live.signalSweepSeconds).toBe(0);
    expect(() => loadConfig({ SIGNAL_SWEEP_SECONDS: "-1" })).toThrow(/SIGNAL_SWEEP_SECONDS/);
    expect(() => loadConfig({ SIGNAL_SWEEP_SECONDS: "soms" })).toThrow(/SIGNAL_SWEEP_SECONDS/);
  });

  it("lets a case escalated to a table wait 14 days for its agenda, or the region's whole number of days", () => {
    expect(loadConfig({}).region.agendaWaitDays).toBe(14);
    expect(loadConfig({ PORTFOLIO_AGENDA_WAIT_DAYS: "21" }).region.agendaWaitDays).toBe(21);
    expect(loadConfig({ PORTFOLIO_AGENDA_WAIT_DAYS: "0" }).region.agendaWaitDays).toBe(0);
    expect(loadConfig({ PORTFOLIO_AGENDA_WAIT_DAYS: "" }).region.agendaWaitDays).toBe(14);
    for (const bad of ["-1", "366", "2.5", "twee weken"]) {
      expect(() => loadConfig({ PORTFOLIO_AGENDA_WAIT_DAYS: bad }), bad).toThrow(
        /PORTFOLIO_AGENDA_WAIT_DAYS/,
      );
    }
  });

  it("names every bad variable", () => {
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues.join("\n");
      expect(issues).toContain("PORT");
      expect(issues).toContain("DATABASE_URL");
      expect(issues).toContain("LOG_LEVEL");
    }
  });

  it("treats empty variables as unset and keeps memory:// without a key folder", () => {
    const config = loadConfig({ DATABASE_URL: "", DATA_DIR: "memory://", SEED_DEMO: "false" });
    expect(config.database.url).toBeUndefined();
    expect(config.auth).toMatchObject({ mode: "dev", keyDir: undefined });
    expect(config.seedDemo).toBe(false);
  });
});
