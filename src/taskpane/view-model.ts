/**
 * What the task pane shows, derived from a checked schedule: findings grouped by rule with the
 * rule's title and sources, the cell each finding points at, the column-map choices. Pure
 * functions with no DOM and no Office.js, so they are tested in Node (tests/taskpane/).
 */
import {
  FIELDS,
  FIELD_LABELS,
  SEVERITY_RANK,
  columnLetter,
  findingColumn,
  findingMessage,
  ruleById,
  type Field,
  type ChannelResult,
  type Finding,
  type PathElement,
  type RuleId,
  type ScheduleResult,
  type Severity,
  type SourceId,
  STATUS_RANK,
  type Status,
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

/** A rule's sources as shown: citations.ts's citeSources (the catalog's list of sources is loaded with the results, not with the pane). */
export type Cite = (ids: readonly SourceId[]) => SourceLink[];

/**
 * Findings of every row grouped by rule, most severe group first, then the larger group.
 * `limit` caps the items kept per group (a 100,000-row schedule can carry one finding per row;
 * the pane lists the first ones and says how many more there are), while `count` stays exact.
 */
export function groupFindings(result: ScheduleResult, target: TargetPlace, cite: Cite, limit = 200): RuleGroup[] {
  // limit 0: counts, titles and sources only (buildResults lists the findings itself)
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
          sources: rule ? cite(rule.sources) : [],
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

// ---------------------------------------------------------------------------------------------
// The results list: every finding (by rule) or every row with findings (by row), filtered by
// severity and a search text, shown a page at a time so the pane's DOM stays small at any size.

/** One finding in the results list. `message` is made when first read (a big schedule has many). */
export interface ResultFinding {
  finding: Finding;
  severity: Severity;
  rule: RuleId;
  title: string;
  cell: CellRef;
  /** The row's recommendation, when the engine made one. */
  recommendation?: string;
  readonly message: string;
}

/** One row with findings, for the by-row view. */
export interface ResultRow {
  row: number;
  status: Status;
  findings: ResultFinding[];
  recommendation?: string;
  /** The cell of the row's most severe finding. */
  cell: CellRef;
}

export interface RuleInfo {
  rule: RuleId;
  severity: Severity;
  title: string;
  sources: SourceLink[];
  count: number;
}

export interface ResultsModel {
  /** By-rule order: most severe rule first, then the larger, then by id; within a rule, by row. */
  findings: ResultFinding[];
  /** Rows with at least one finding, in sheet order. */
  rows: ResultRow[];
  rules: Map<RuleId, RuleInfo>;
  /** Findings by severity. */
  counts: Record<Severity, number>;
  /** Cable IDs by sheet row, once read (the engine's result carries no cell text). */
  cableIds: Map<number, string>;
  /** Lower-cased search text per finding / row, made on the first search. */
  haystacks?: { findings: string[]; rows: string[] };
}

export function buildResults(result: ScheduleResult, target: TargetPlace, cite: Cite): ResultsModel {
  const groups = groupFindings(result, target, cite, 0);
  const rules = new Map<RuleId, RuleInfo>(groups.map((g) => [g.rule, { rule: g.rule, severity: g.severity, title: g.title, sources: g.sources, count: g.count }]));
  const order = new Map(groups.map((g, i) => [g.rule, i]));
  const rows: ResultRow[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: ResultFinding[][] = groups.map(() => []);
  for (const row of result.rows) {
    if (!row.findings.length) continue;
    const items = row.findings.map((finding) => {
      counts[finding.severity]++;
      const item = resultFinding(finding, rules.get(finding.rule)?.title ?? finding.rule, cellOf(finding, result, target), row.recommendation);
      byRule[order.get(finding.rule) as number].push(item);
      return item;
    });
    rows.push({ row: row.row, status: row.status, findings: items, recommendation: row.recommendation, cell: items[0].cell });
  }
  return { findings: byRule.flat(), rows, rules, counts, cableIds: new Map() };
}

function resultFinding(finding: Finding, title: string, cell: CellRef, recommendation: string | undefined): ResultFinding {
  let message: string | undefined;
  return {
    finding,
    severity: finding.severity,
    rule: finding.rule,
    title,
    cell,
    ...(recommendation ? { recommendation } : {}),
    get message() {
      return (message ??= findingMessage(finding));
    },
  };
}

/** Cable IDs read from the sheet, by sheet row; searches made before are made again with them. */
export function setCableIds(model: ResultsModel, ids: ReadonlyMap<number, string>): void {
  model.cableIds = new Map(ids);
  model.haystacks = undefined;
}

/** "Row 12" until the cable ID is known, then the ID ("Row 12" again for a row without one). */
export const rowName = (model: ResultsModel, row: number): string => model.cableIds.get(row) || `Row ${row}`;

export interface ResultFilter {
  severities: ReadonlySet<Severity>;
  /** Words to find (all of them, any case) in the cable ID, cell, rule id, rule title, message or recommendation. */
  query: string;
}

const findingText = (model: ResultsModel, f: ResultFinding): string =>
  [model.cableIds.get(f.cell.row) ?? "", `row ${f.cell.row}`, f.cell.address, f.rule, f.title, f.message, f.recommendation ?? ""].join("\n").toLowerCase();

function haystacks(model: ResultsModel): NonNullable<ResultsModel["haystacks"]> {
  if (!model.haystacks) {
    const findings = model.findings.map((f) => findingText(model, f));
    const index = new Map(model.findings.map((f, i) => [f, i]));
    model.haystacks = { findings, rows: model.rows.map((r) => r.findings.map((f) => findings[index.get(f) as number]).join("\n")) };
  }
  return model.haystacks;
}

const words = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/** The findings the filter lets through, in by-rule order. */
export function filterFindings(model: ResultsModel, filter: ResultFilter): ResultFinding[] {
  const terms = words(filter.query);
  const texts = terms.length ? haystacks(model).findings : undefined;
  return model.findings.filter((f, i) => filter.severities.has(f.severity) && (!texts || terms.every((t) => texts[i].includes(t))));
}

/**
 * The rows with a finding the severity filter lets through and whose text has every search
 * word; each row keeps only the findings of the chosen severities.
 */
export function filterRows(model: ResultsModel, filter: ResultFilter): ResultRow[] {
  const terms = words(filter.query);
  const texts = terms.length ? haystacks(model).rows : undefined;
  const out: ResultRow[] = [];
  model.rows.forEach((r, i) => {
    if (texts && !terms.every((t) => texts[i].includes(t))) return;
    const findings = r.findings.filter((f) => filter.severities.has(f.severity));
    if (!findings.length) return;
    out.push(findings.length === r.findings.length ? r : { ...r, findings, cell: findings[0].cell });
  });
  return out;
}

export interface Page<T> {
  items: T[];
  /** 0-based page shown, and how many pages there are (at least 1). */
  page: number;
  pages: number;
  /** 0-based index in the whole list of the page's first item. */
  first: number;
}

/** The page holding `index` (clamped to the list). */
export function pageAround<T>(list: readonly T[], index: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const page = Math.min(pages - 1, Math.max(0, Math.floor(index / size)));
  return { items: list.slice(page * size, page * size + size), page, pages, first: page * size };
}

/** Index of the next (dir 1) or previous (dir -1) entry that is an error, wrapping round; -1 when none is. */
export function nextErrorIndex(list: readonly { severity?: Severity; status?: Status }[], from: number, dir: 1 | -1): number {
  const n = list.length;
  for (let step = 1; step <= n; step++) {
    const i = (((from + dir * step) % n) + n) % n;
    const e = list[i];
    if (e.severity === "error" || e.status === "ERROR") return i;
  }
  return -1;
}

/** "1–100 of 2,857". */
export const pageText = (p: Page<unknown>, total: number, what: string): string =>
  total === 0 ? `No ${what}s` : `${(p.first + 1).toLocaleString("en-US")}–${(p.first + p.items.length).toLocaleString("en-US")} of ${countOf(total, what)}`;

/**
 * The line a recommendation gets under a finding or row: "Recommended: …", or why there is
 * none (left out under a finding that already says the same).
 */
export function recommendationLine(text: string | undefined, findingMessage?: string): string | undefined {
  if (!text) return undefined;
  const none = /^none:\s*/i.exec(text);
  if (!none) return `Recommended: ${text}`;
  const why = text.slice(none[0].length);
  return findingMessage?.trim() === why.trim() ? undefined : `No recommendation: ${why}`;
}

/** Office's theme as the pane uses it: light, dark or colorful, and Office's pane background. */
export interface PaneTheme {
  name: "light" | "dark" | "colorful";
  dark: boolean;
  background?: string;
}

/** Relative luminance 0–1 of "#rrggbb" (undefined for anything else). */
const luminance = (hex: string | undefined): number | undefined => {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * Which Fluent theme follows Office's: isDarkTheme where the host says it (newer hosts), else
 * a dark body background; themeId Colorful (or Office's colourful default) is light with
 * Office's colours. Without officeTheme (Excel on the web, older hosts): light.
 */
export function themeOf(office: { bodyBackgroundColor?: string; isDarkTheme?: boolean; themeId?: unknown } | undefined): PaneTheme {
  if (!office) return { name: "light", dark: false };
  const bg = office.bodyBackgroundColor;
  const lum = luminance(bg);
  const dark = office.isDarkTheme ?? (lum !== undefined && lum < 0.2);
  const colorful = !dark && (office.themeId === "Colorful" || office.themeId === 1);
  return { name: dark ? "dark" : colorful ? "colorful" : "light", dark, ...(lum !== undefined ? { background: bg } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Channels: each traced channel with its figures and its path, worst first.

/** One channel in the Channels view. */
export interface ResultChannel extends Pick<ChannelResult, "link" | "source" | "status" | "rows" | "application" | "lengthM" | "lossDb" | "budgetDb" | "marginDb" | "path"> {
  /** The most severe finding's message, and how many findings the channel's rows carry. */
  first?: string;
  findings: number;
}

/** The channels, worst status first, then the smallest loss margin (none known last), then by link. */
export function buildChannels(channels: readonly ChannelResult[]): ResultChannel[] {
  return channels
    .map((c) => ({
      link: c.link,
      source: c.source,
      status: c.status,
      rows: c.rows,
      ...(c.application ? { application: c.application } : {}),
      ...(c.lengthM !== undefined ? { lengthM: c.lengthM } : {}),
      ...(c.lossDb !== undefined ? { lossDb: c.lossDb } : {}),
      ...(c.budgetDb !== undefined ? { budgetDb: c.budgetDb } : {}),
      ...(c.marginDb !== undefined ? { marginDb: c.marginDb } : {}),
      path: c.path ?? [],
      ...(c.findings.length ? { first: findingMessage(c.findings[0]) } : {}),
      findings: c.findings.length,
    }))
    .sort(
      (a, b) =>
        STATUS_RANK[b.status] - STATUS_RANK[a.status] ||
        (a.marginDb ?? Infinity) - (b.marginDb ?? Infinity) ||
        a.link.localeCompare(b.link),
    );
}

const db = (v: number): string => `${v.toLocaleString("en-US", { maximumFractionDigits: 2 })} dB`;

/** "rows 54, 55, 56" (long lists shortened). */
export function rowsText(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const shown = rows.length > 8 ? [...rows.slice(0, 6), "…", rows[rows.length - 1]] : rows;
  return `rows ${shown.join(", ")}`;
}

/** The channel's figures in words: length, loss of budget, margin; what is unknown is said so. */
export function figuresText(c: Pick<ResultChannel, "lengthM" | "lossDb" | "budgetDb" | "marginDb">): string {
  const parts = [c.lengthM !== undefined ? `${c.lengthM.toLocaleString("en-US")} m` : "length unknown"];
  if (c.lossDb !== undefined && c.budgetDb !== undefined) parts.push(`loss ${db(c.lossDb)} of ${db(c.budgetDb)}`);
  else parts.push("loss not computed");
  if (c.marginDb !== undefined) parts.push(`margin ${db(c.marginDb)}`);
  return parts.join(" · ");
}

/** What one path element is, in words ("Type A adapter", "trunk, row 55"). */
export function elementText(e: PathElement): string {
  switch (e.kind) {
    case "end":
      return `${e.role === "open" ? "panel port where the schedule stops" : e.role === "inferred-equipment" ? "transceiver (assumed)" : "transceiver"}${e.location ? ` ${e.location}` : ""}`;
    case "cable":
      return `${e.component}, row ${e.row}${e.from || e.to ? ` (${e.from === e.to || !e.to ? (e.from ?? e.to) : !e.from ? e.to : `${e.from} to ${e.to}`})` : ""}`;
    case "adapter":
      return e.text ? (/adapter/i.test(e.text) ? e.text : `${e.text} adapter`) : "adapter";
    case "cassette":
      return e.text ? (/cassette/i.test(e.text) ? e.text : `${e.text} cassette`) : "cassette";
    case "module":
      return e.text ?? "conversion module";
  }
}

const SEVERITY_WORD: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "info" };

/**
 * The path as text, the picture's text alternative: every element in order, and which are
 * marked ("Path: transceiver leaf01 Eth1/1, then cord, row 6, then adapter (error: mpo-gender), …").
 */
export function pathText(path: readonly PathElement[]): string {
  if (!path.length) return "Path not known.";
  const items = path.map((e) => `${elementText(e)}${e.severity && e.severity !== "info" ? ` (${SEVERITY_WORD[e.severity]}: ${(e.rules ?? []).join(", ")})` : ""}`);
  return `Path: ${items.join(", then ")}.`;
}

/** A short label for an element in the picture: TRx, cord, A, cas… */
export function elementMark(e: PathElement): string {
  switch (e.kind) {
    case "end":
      return e.role === "open" ? "port" : e.role === "inferred-equipment" ? "TRx?" : "TRx";
    case "cable":
      return e.component;
    case "adapter": {
      const type = /\btype\s*([ABC])\b/i.exec(e.text ?? "");
      return type ? type[1].toUpperCase() : "adp";
    }
    case "cassette":
      return "cas";
    case "module":
      return "mod";
  }
}

/** The channels whose link, rows, status, application, figures, first finding or path has every search word. */
export function filterChannels(channels: readonly ResultChannel[], query: string, texts?: string[]): ResultChannel[] {
  const terms = words(query);
  if (!terms.length) return [...channels];
  const hay = texts ?? channelHaystacks(channels);
  return channels.filter((_, i) => terms.every((t) => hay[i].includes(t)));
}

export const channelHaystacks = (channels: readonly ResultChannel[]): string[] =>
  channels.map((c) => [c.link, c.status, rowsText(c.rows), c.application ?? "", c.first ?? "", pathText(c.path)].join("\n").toLowerCase());
