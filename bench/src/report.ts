import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ComparisonResult } from "./compare";
import type { LiveResult } from "./live/run";
import { fmt, fmtSpread } from "./stats";

// The bench's output: a JSON file with every round, and a markdown table of the figures.

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  loadAverage: number[];
}

export interface Report {
  mode: "full" | "smoke";
  command: string;
  startedAt: string;
  elapsedSeconds: number;
  machine: Machine;
  data: Record<string, unknown>;
  notes: string[];
  comparisons: ComparisonResult[];
  live: LiveResult[];
  /** Comparisons or scenarios that could not run, and why. */
  skipped: { id: string; reason: string }[];
  logVerification: { afterLoad: unknown; atEnd: unknown };
}

const ms = (v: number) => (Number.isFinite(v) ? `${fmt(v)}` : "–");

export function markdown(report: Report): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push(`# Regiehub bench (${report.mode})`, "");
  lines.push(
    `\`${report.command}\` on ${report.startedAt}, ${Math.round(report.elapsedSeconds)} s. Machine: ${m.cpus} × ` +
      `${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.postgres}; load average at start ` +
      `${m.loadAverage.map((l) => l.toFixed(2)).join(" ")}.`,
    "",
  );
  for (const note of report.notes) lines.push(`- ${note}`);
  lines.push("", "## Ratios (interleaved rounds: A, B, A, B …)", "");
  lines.push(
    "| row | A vs B | conns | A req/s | B req/s | A/B throughput min / median / max | goal | A p50 / p99 ms | B p50 / p99 ms | errors A / B |",
    "|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const c of report.comparisons) {
    lines.push(
      `| ${c.id} ${c.title} | ${c.a.name} vs ${c.b.name} | ${c.connections} | ${fmt(c.a.medianRequestsPerSecond)} | ` +
        `${fmt(c.b.medianRequestsPerSecond)} | **${fmtSpread(c.ratio)}** | ${c.goal ?? ""} | ` +
        `${ms(c.a.medianP50)} / ${ms(c.a.medianP99)} | ${ms(c.b.medianP50)} / ${ms(c.b.medianP99)} | ` +
        `${c.a.errors} / ${c.b.errors} |`,
    );
  }
  if (report.comparisons.length) {
    const t = report.comparisons[0]!.timing;
    lines.push(
      "",
      `Each round ${t.durationMs / 1000} s per variant after a ${t.warmupMs / 1000} s warm-up of each, ` +
        `${t.rounds} rounds. Req/s and latencies are medians over the rounds.`,
    );
  }
  lines.push("", "## Live (graphql-ws `caseEvents`)", "");
  lines.push(
    "| scenario | subscribers | opened | open time s | events | deliveries received / expected | commit → receipt p50 / p99 ms | executions per event (scopes per case) | closed by hub (code: count) | hub process RSS before → max MiB | result |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const l of report.live) {
    const closes = Object.entries(l.closeCodes)
      .map(([code, n]) => `${code}: ${n}`)
      .join(", ");
    lines.push(
      `| ${l.name} | ${fmt(l.subscribers)} (${l.cases} case${l.cases === 1 ? "" : "s"}) | ${fmt(l.open.opened)} | ` +
        `${fmt(l.open.lastOpenedMs / 1000)} | ${l.events} | ${fmt(l.received)} / ${fmt(l.expectedDeliveries)} | ` +
        `${ms(l.receipt.p50)} / ${ms(l.receipt.p99)} | ${fmt(l.executionsPerEvent)} (${l.expectedScopesPerCase}) | ` +
        `${closes || "none"} | ${fmt(l.hubRssBeforeBytes / 2 ** 20)} → ${fmt(l.hubRssMaxBytes / 2 ** 20)} | ` +
        `${l.failure ?? "ok"} |`,
    );
  }
  if (report.skipped.length) {
    lines.push("", "## Not run", "");
    for (const s of report.skipped) lines.push(`- ${s.id}: ${s.reason}`);
  }
  lines.push("", "## Processing log", "");
  lines.push(`- after loading: \`${JSON.stringify(report.logVerification.afterLoad)}\``);
  lines.push(`- at the end: \`${JSON.stringify(report.logVerification.atEnd)}\``);
  return `${lines.join("\n")}\n`;
}

/** Writes `<stamp>.json` and `<stamp>.md` under bench/results/, and `latest.md` when `latest` (a whole full run). */
export function writeReport(report: Report, dir: string, latest: boolean): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = report.mode === "smoke" ? "smoke" : report.startedAt.replace(/[:.]/g, "-");
  const json = join(dir, `${stamp}.json`);
  const md = join(dir, `${stamp}.md`);
  const text = markdown(report);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, text);
  if (latest) writeFileSync(join(dir, "latest.md"), text);
  return { json, md };
}
