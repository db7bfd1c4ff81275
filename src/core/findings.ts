import type { ColumnMap, Field } from "./headers";

export type Severity = "error" | "warning" | "info";
export type Status = "OK" | "INFO" | "WARNING" | "ERROR";

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };
/** A row's or channel's status, worst highest (for ordering worst first). */
export const STATUS_RANK: Readonly<Record<Status, number>> = { ERROR: 3, WARNING: 2, INFO: 1, OK: 0 };

/** Which end of a cable row: A (From) or B (To); "A and B" when the same finding holds at both ends. */
export type End = "A" | "B" | "A and B";

/** The parameters each rule's findings carry, keyed by rule id: the data behind one message. */
export interface FindingParams {
  "unreadable-cell": { field: Field; text: string; reason: string; expected: string };
  "unknown-application": { text: string; reason?: string };
  "mpo-fiber-count": { end: End; connector: string; count: number; exists: boolean };
  "mpo-gender": { end: End; connector: string; otherRow: number; otherEnd: End; otherConnector: string; gender: string };
  "transceiver-gender": { end: End; connector: string; application: string };
  "polish-mating": { end: End; polish: string; otherPolish: string; against: string; otherRow?: number };
  "connector-family": { end: End; connector: string; against: string; otherRow?: number };
  "sm-mpo-polish": { end: End; connector: string; fiber: string };
  "apc-adapter-key": { polarity: string; connector: string };
  "module-polish": { end: End; polish: string; application: string };
  "mpo-key": { end: End; connector: string; otherConnector: string; otherRow?: number };
  "mpo-rows": { end: End; connector: string; otherConnector: string; otherRow?: number };
  "connector-fiber-count": { end?: End; connector: string; fibers: number; application: string; needed: number };
  "fiber-waste": { end: End; connector: string; application: string; used: number; suggested: string };
  "dark-positions": { end: End; connector: string; application: string };
  "fiber-kind": { application: string; needs: string; fiber: string };
  "legacy-multimode": { application: string; fiber: string };
  reach: { application: string; fiber: string; lengthM: number; reachM: number };
  "reach-margin": { application: string; fiber: string; lengthM: number; reachM: number; marginPct: number };
  "reach-unknown": { application: string; fiber: string };
  "loss-budget": { application: string; fiber: string; lossDb: number; budgetDb: number; matedPairs: number; pairLossDb: number; splices: number; pairsThatFit?: number };
  "loss-margin": { application: string; fiber: string; lossDb: number; budgetDb: number; marginDb: number };
  "pair-loss-above-tia": { pairLossDb: number; tiaMaxDb: number };
  "om5-no-benefit": { application: string; reachM: number };
  "os1a-reach": { application: string; fiber: string; lengthM: number; informativeM: number };
  "parallel-polarity": { polarity: string; landing: string; application?: string };
  "duplex-polarity": { polarity: string; reason: string };
  "wdm-breakout": { end: End; connector: string; application: string };
  "breakout-fanout": { end: End; connector: string; legs: number; expected: string };
  "jacket-colour": { colour: string; fiber: string; expected: string };
  "mpo-myth": { claim: string; correction: string };
  "generic-fiber-grade": { fiber: string };
  "length-unit": { text: string; reason: string };
  "mtp-vs-mpo": { end: End; connector: string; suggestion: "MTP low-loss" | "generic MPO"; reason: "tight-budget" | "performance" | "cost-room"; marginStandardDb?: number; marginLowLossDb?: number };
  /** origin: where the spec setting came from ("cell Spec!B4", "spec.json: polarityMethod"). */
  "project-spec": { field: Field; value: string; requirement: string; origin?: string };
  "nothing-checked": { missing: string[] };
  "not-fiber": { what: string; text: string };
  "cable-fiber-count": { end: End; connector: string; fibers: number; count: number };
  "duplicate-cable-id": { cableId: string; rows: number[] };
  "port-reuse": { port: string; rows: number[] };
  "adapter-overfull": { port: string; rows: number[]; ends: number };
  "channel-polarity": { path: string; reason: string };
  "channel-polarity-mix": { types: string };
  "channel-application": { applications: string };
  "channel-grade-mix": { grades: string; judgedAt: string };
  "adapter-key-apc": { adapter: string; rows: string; connector: string };
  "cassette-side": { end: End; connector: string; cassette: string; type: string; reason: string; expected: string };
  "channel-end": { location: string; kind: "inferred-equipment" | "open"; assumed: string };
}

export type RuleId = keyof FindingParams;

interface FindingBase {
  severity: Severity;
  /** 1-based sheet row (or 1 for a single cable checked outside a sheet). */
  row: number;
  /** The schedule fields the finding concerns, first the one to point at. */
  columns: Field[];
  /** Set when the rule's basis includes a figure the fact sheet marks UNCONFIRMED (error demoted to warning). */
  unconfirmed?: boolean;
  /** What the finding assumed that the schedule did not say (an end's role, a mated-pair count). */
  assumed?: string;
  /** Set when the finding rests on that assumption alone (error demoted to warning). */
  assumptionOnly?: boolean;
  /** Set when the finding comes from judging a traced channel: its link id and its rows, in order. */
  channel?: { link: string; rows: readonly number[] };
}

/** A finding: a union keyed by rule id, each with its own typed parameters. */
export type Finding = { [K in RuleId]: FindingBase & { rule: K; params: FindingParams[K] } }[RuleId];

export type FindingOf<K extends RuleId> = Extract<Finding, { rule: K }>;

/**
 * The findings of a row that has none: one frozen array shared by every such row (a million
 * rows kept a million empty arrays). Code that adds a finding to a row replaces the array
 * when it is empty instead of pushing into it; pushing into this one throws.
 */
export const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** Adds a finding to a result's list; a result holding the shared empty one (NO_FINDINGS) gets a list of its own. */
export function addFinding(r: { findings: Finding[] } | undefined, f: Finding): void {
  if (!r) return;
  if (r.findings.length) r.findings.push(f);
  else r.findings = [f];
}

export const statusOf = (findings: readonly Finding[]): Status => {
  let top = 0;
  for (const f of findings) top = Math.max(top, SEVERITY_RANK[f.severity]);
  return top === 3 ? "ERROR" : top === 2 ? "WARNING" : top === 1 ? "INFO" : "OK";
};

/** Most severe first; then by rule id so output is stable. */
export const bySeverity = (a: Finding, b: Finding): number =>
  SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.row - b.row || a.rule.localeCompare(b.rule);

/**
 * The severity a finding is reported at: the project spec may switch its rule off or set
 * another severity, and a finding resting on an UNCONFIRMED figure or on an assumption alone
 * warns, never errors.
 */
export function applySeverity(f: Finding, overrides: Readonly<Record<string, Severity | "off">> = {}): Finding | null {
  const o = overrides[f.rule];
  if (o === "off") return null;
  let severity: Severity = o ?? f.severity;
  if ((f.unconfirmed || f.assumptionOnly) && severity === "error") severity = "warning";
  return severity === f.severity ? f : ({ ...f, severity } as Finding);
}

/**
 * The grid column a finding points at: that of the first of its fields the column map holds
 * (a finding may concern a field the schedule has no column for, e.g. notes).
 */
export function findingColumn(f: Finding, columns: ColumnMap): number | undefined {
  for (const field of f.columns) if (columns[field] !== undefined) return columns[field];
  return undefined;
}
