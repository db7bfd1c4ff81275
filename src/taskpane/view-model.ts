/**
 * What the task pane shows, derived from a checked schedule: findings grouped by rule with the
 * rule's title and sources, the cell each finding points at, the column-map choices. Pure
 * functions with no DOM and no Office.js, so they are tested in Node (tests/taskpane/).
 */
import {
  FIELDS,
  FIELD_LABELS,
  SEVERITY_RANK,
  SOURCES,
  citationOf,
  columnLetter,
  findingColumn,
  findingMessage,
  ruleById,
  type Field,
  type Finding,
  type RuleId,
  type ScheduleResult,
  type Severity,
  type SourceId,
} from "../core";

/** Where the checked schedule sits on its sheet (the adapter's ScheduleTarget, the part used here). */
export interface TargetPlace {
  sheetName: string;
  /** 0-based sheet column of the schedule's first column. */
  firstColumn: number;
}

export interface CellRef {
  sheetName: string;
  /** 1-based sheet row. */
  row: number;
  /** 0-based sheet column. */
  column: number;
  /** A1-style address, e.g. "C12". */
  address: string;
}

export interface SourceLink {
  /** The standard and clause, shown first. */
  clause: string;
  title: string;
  url?: string;
}

export interface FindingItem {
  finding: Finding;
  message: string;
  cell: CellRef;
}

export interface RuleGroup {
  rule: RuleId;
  /** Most severe among the group's findings (a finding can be demoted below the rule's default). */
  severity: Severity;
  title: string;
  sources: SourceLink[];
  /** Total findings of this rule; items may hold fewer (see groupFindings' limit). */
  count: number;
  items: FindingItem[];
}

/**
 * The cell a finding concerns: its row, and the column of the first of its fields that the
 * column map holds (the schedule's first column when none is mapped).
 */
export function cellOf(finding: Finding, result: Pick<ScheduleResult, "columns">, target: TargetPlace): CellRef {
  const column = target.firstColumn + (findingColumn(finding, result.columns) ?? 0);
  return { sheetName: target.sheetName, row: finding.row, column, address: `${columnLetter(column)}${finding.row}` };
}

const sourcesOf = (ids: readonly SourceId[]): SourceLink[] =>
  ids.filter((id) => SOURCES[id] !== undefined).map(citationOf);

/**
 * Findings of every row grouped by rule, most severe group first, then the larger group.
 * `limit` caps the items kept per group (a 100,000-row schedule can carry one finding per row;
 * the pane lists the first ones and says how many more there are), while `count` stays exact.
 */
export function groupFindings(result: ScheduleResult, target: TargetPlace, limit = 200): RuleGroup[] {
  const groups = new Map<RuleId, RuleGroup>();
  for (const row of result.rows) {
    for (const finding of row.findings) {
      let group = groups.get(finding.rule);
      if (!group) {
        const rule = ruleById(finding.rule);
        group = {
          rule: finding.rule,
          severity: finding.severity,
          title: rule?.title ?? finding.rule,
          sources: rule ? sourcesOf(rule.sources) : [],
          count: 0,
          items: [],
        };
        groups.set(finding.rule, group);
      }
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[group.severity]) group.severity = finding.severity;
      group.count++;
      if (group.items.length < limit) group.items.push({ finding, message: findingMessage(finding), cell: cellOf(finding, result, target) });
    }
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.count - a.count || a.rule.localeCompare(b.rule),
  );
}

/** A choice in a field's column dropdown: a grid column, or "(none)". */
export interface ColumnChoice {
  value: string;
  label: string;
}

export const NO_COLUMN = "none";

/** "(none)" and every column of the schedule, labelled with its letter and header text. */
export function columnChoices(result: Pick<ScheduleResult, "headers">, target: TargetPlace): ColumnChoice[] {
  return [
    { value: NO_COLUMN, label: "(none)" },
    ...result.headers.map((h, i) => {
      const letter = columnLetter(target.firstColumn + i);
      const text = h.replace(/\s+/g, " ").trim();
      return { value: String(i), label: text ? `${letter}: ${text}` : `${letter} (no header)` };
    }),
  ];
}

/** The dropdown value for a field under the column map used. */
export const choiceFor = (field: Field, result: Pick<ScheduleResult, "columns">): string => {
  const col = result.columns[field];
  return col === undefined ? NO_COLUMN : String(col);
};

/**
 * The correction to remember for a dropdown choice: null for "(none)", else the header text when
 * it names exactly one column (so the correction survives inserted columns), else the column index.
 */
export function correctionFor(choice: string, headers: readonly string[]): string | number | null {
  if (choice === NO_COLUMN) return null;
  const index = Number(choice);
  const text = (headers[index] ?? "").trim();
  const same = headers.filter((h) => h.trim().toLowerCase() === text.toLowerCase()).length;
  return text && same === 1 ? text : index;
}

/** Fields in the order the pane lists them: the mapped ones first (in FIELDS order), then the rest. */
export function orderedFields(result: Pick<ScheduleResult, "columns">): { field: Field; label: string; mapped: boolean }[] {
  const all = FIELDS.map((field) => ({ field, label: FIELD_LABELS[field], mapped: result.columns[field] !== undefined }));
  return [...all.filter((f) => f.mapped), ...all.filter((f) => !f.mapped)];
}

/** Percent done for a determinate progress bar, 0–100. */
export const progressPercent = (p: { done: number; total: number }): number =>
  p.total > 0 ? Math.max(0, Math.min(100, Math.round((100 * p.done) / p.total))) : 0;

/** "1 row" / "40,000 rows". */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
