import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "connector-check.js");
const BUILT = path.join(ROOT, "dist-cli", "cli", "main.js");

/** Newest modification time under a folder. */
const newest = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = path.join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);

/**
 * The tests run the real command, compiled by `npm run build:cli` (npm test runs it first).
 * A missing or stale build would test old code, so it stops the tests with the fix instead.
 */
export function assertBuilt(): void {
  if (!fs.existsSync(BUILT)) throw new Error("dist-cli is missing: run `npm run build:cli` before these tests");
  const built = fs.statSync(BUILT).mtimeMs;
  if (newest(path.join(ROOT, "src", "cli")) > built || newest(path.join(ROOT, "src", "core")) > built) {
    throw new Error("dist-cli is older than src/cli or src/core: run `npm run build:cli` before these tests");
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CONNECTOR_CHECK_DEBUG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The --json document shape the command promises (issue 5). */
export interface JsonReport {
  file: string;
  sheet: string;
  headerRow: number;
  columns: Record<string, string>;
  rows: Array<{
    row: number;
    status: "OK" | "INFO" | "WARNING" | "ERROR";
    recommendation?: string;
    findings: Array<{ rule: string; severity: "error" | "warning" | "info"; column: string | null; message: string }>;
  }>;
  summary: { rows: number; error: number; warning: number; info: number; ok: number };
  channels: Array<{
    link: string;
    status: "OK" | "INFO" | "WARNING" | "ERROR";
    source: "explicit" | "ports";
    rows: number[];
    lengthM: number | null;
    lossDb: number | null;
    budgetDb: number | null;
    marginDb: number | null;
    findings: Array<{ rule: string; severity: "error" | "warning" | "info"; row: number; column: string | null; message: string }>;
  }>;
}

export function json(args: string[]): { run: Run; report: JsonReport } {
  const run = cli([...args, "--json"]);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${run.status}): ${run.stdout.slice(0, 300)} ${run.stderr}`);
  }
  return { run, report };
}

/** The shape every --json document must have, whatever the findings. */
export function expectJsonShape(report: JsonReport): void {
  expect(Object.keys(report)).toEqual(expect.arrayContaining(["file", "sheet", "columns", "rows", "summary"]));
  expect(typeof report.file).toBe("string");
  expect(typeof report.sheet).toBe("string");
  for (const v of Object.values(report.columns)) expect(typeof v).toBe("string");
  for (const r of report.rows) {
    expect(Number.isInteger(r.row) && r.row >= 1).toBe(true);
    expect(["OK", "INFO", "WARNING", "ERROR"]).toContain(r.status);
    expect(Array.isArray(r.findings)).toBe(true);
    for (const f of r.findings) {
      expect(f.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.column === null || typeof f.column === "string").toBe(true);
      expect(f.message.length).toBeGreaterThan(0);
    }
    // a row's status is its most severe finding
    const worst = r.findings.some((f) => f.severity === "error") ? "ERROR" : r.findings.some((f) => f.severity === "warning") ? "WARNING" : r.findings.length ? "INFO" : "OK";
    expect(r.status).toBe(worst);
  }
  const count = (s: string) => report.rows.filter((r) => r.status === s).length;
  expect(report.summary).toMatchObject({ error: count("ERROR"), warning: count("WARNING"), info: count("INFO"), ok: count("OK") });
  // a channel's status is its most severe finding, and its rows are the sheet's
  for (const c of report.channels) {
    const worst = c.findings.some((f) => f.severity === "error") ? "ERROR" : c.findings.some((f) => f.severity === "warning") ? "WARNING" : c.findings.length ? "INFO" : "OK";
    expect(c.status).toBe(worst);
    expect(["explicit", "ports"]).toContain(c.source);
    for (const r of c.rows) expect(report.rows.some((x) => x.row === r)).toBe(true);
  }
}
