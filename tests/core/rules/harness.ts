import { CheckOptions, Finding, FindingOf, RuleId, checkSchedule } from "../../../src/core";

/**
 * Builds small cable schedules for rule tests: each case is a few rows in, findings with row
 * and column out (stylelint's accept/reject tables, applied to schedules).
 */
export const HEADER = [
  "Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application",
  "Polarity", "Mated pairs", "Loss per mated pair", "Notes", "Jacket colour", "Fiber count", "Priority", "Splices",
] as const;

export interface RowSpec {
  id?: string;
  from?: string;
  to?: string;
  a?: string;
  b?: string;
  fiber?: string;
  length?: string | number;
  app?: string;
  polarity?: string;
  pairs?: number | string;
  pairLoss?: number | string;
  notes?: string;
  colour?: string;
  count?: number | string;
  priority?: string;
  splices?: number | string;
}

const KEYS: (keyof RowSpec)[] = ["id", "from", "to", "a", "b", "fiber", "length", "app", "polarity", "pairs", "pairLoss", "notes", "colour", "count", "priority", "splices"];

export const gridOf = (rows: RowSpec[]): unknown[][] => [
  [...HEADER],
  ...rows.map((r, i) => KEYS.map((k) => (k === "id" ? r.id ?? `C${String(i + 1).padStart(3, "0")}` : r[k] ?? ""))),
];

/** The findings of one rule over a schedule of these rows (header in sheet row 1, data from row 2). */
export const findingsOf = <K extends RuleId>(rule: K, rows: RowSpec[], options?: CheckOptions): FindingOf<K>[] => {
  const result = checkSchedule(gridOf(rows), options);
  if (!result.ok) throw new Error(`schedule not checked: ${result.problem?.message}`);
  return result.rows.flatMap((r) => r.findings).filter((f): f is FindingOf<K> => f.rule === rule);
};

/** Two equipment ends, so both cord ends plug into transceivers. */
export const direct = { from: "leaf01 Eth1/1", to: "spine01 Eth1/1" } as const;
/** Panel ends: no transceiver involved. */
export const panels = { from: "PP-A01 P1", to: "PP-B01 P1" } as const;

/** Every finding over a schedule of these rows, from all rules (for cases that look across rules). */
export const allFindings = (rows: RowSpec[], options?: CheckOptions): Finding[] => {
  const result = checkSchedule(gridOf(rows), options);
  if (!result.ok) throw new Error(`schedule not checked: ${result.problem?.message}`);
  return result.rows.flatMap((r) => r.findings);
};

/** A cord from a switch port to a panel port, and a trunk from that port on: their ends mate in the panel's adapter. */
export const viaPanel = (cord: Pick<RowSpec, "a" | "b">, trunk: Pick<RowSpec, "a" | "b">, port = "PP-A01 P1"): RowSpec[] => [
  { from: "leaf01 Eth1/1", to: port, ...cord },
  { from: port, to: "PP-B01 P1", ...trunk },
];
