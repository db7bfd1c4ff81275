import { parseConnector } from "./connector";
import { Length, LengthUnit, parseApplication, parseCount, parseDb, parseFiber, parseLength, parseLossGrade, parsePolarity, parsePriority } from "./fields";
import { Finding, Status, applySeverity, bySeverity, statusOf } from "./findings";
import { ColumnMap, FIELDS, Field, HEADER_SEARCH_ROWS, columnLetter, detectHeader, isCheckable, lengthUnitFromHeader, mapColumns } from "./headers";
import { clip, safeText } from "./parse-result";
import type { Application } from "./catalog/applications";
import { EndKind, recommend, recommendationText } from "./recommend";
import { runPairRules, runRowRules } from "./rules";
import type { EndContext, PairSide, RowContext } from "./rules/rule";
import { isBreakoutLeg } from "./rules/util";
import { translateForeignSchedule } from "./foreign-schedules";
import { ProjectSpec } from "./spec";

export interface CheckOptions {
  /** Sheet row number of grid[0] (1 when the grid starts at row 1). */
  firstRow?: number;
  /** Sheet column index (0-based) of grid[..][0], for naming cells in messages. */
  firstColumn?: number;
  /** Corrections to the column map: field → column index within the grid, header text, or null to unmap. */
  columns?: Partial<Record<Field, number | string | null>>;
  /** Sheet row number of the header row, when the user has said which it is. */
  headerRow?: number;
  /** Unit for bare-number lengths; default from the length header ("Length (ft)"), else metres. */
  lengthUnit?: LengthUnit;
  spec?: ProjectSpec;
  /** Called every few thousand rows with rows done and total, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface ScheduleProblem {
  code: "empty" | "no-header" | "no-connector-or-application";
  message: string;
}

export interface RowResult {
  /** 1-based sheet row. */
  row: number;
  /** Index of the row in the grid given. */
  rowIndex: number;
  status: Status;
  /** Most severe first. */
  findings: Finding[];
  /** Canonical connector and polarity recommendation for the row's application, or why there is none. */
  recommendation?: string;
}

export interface Summary {
  rows: number;
  error: number;
  warning: number;
  info: number;
  ok: number;
}

/**
 * The grid column a finding points at: that of the first of its fields the column map holds
 * (a finding may concern a field the schedule has no column for, e.g. notes).
 */
export function findingColumn(f: Finding, columns: ColumnMap): number | undefined {
  for (const field of f.columns) if (columns[field] !== undefined) return columns[field];
  return undefined;
}

export interface ScheduleResult {
  /** false when the grid cannot be checked (see problem); rows is then empty. */
  ok: boolean;
  problem?: ScheduleProblem;
  header?: { row: number; rowIndex: number; rowSpan: number };
  /** Header text per grid column, as read (two-row headers joined). */
  headers: string[];
  /** The column map used: field → column index within the grid. */
  columns: ColumnMap;
  /** Unit assumed for bare-number lengths. */
  lengthUnit: LengthUnit;
  rows: RowResult[];
  summary: Summary;
  /** Two cable ends naming the same panel port: one adapter each (for the BOM). */
  matedPairs?: Array<[PairSide, PairSide]>;
  /** Set when the grid was another tool's schedule (NetBox, patchwork), read as this tool's columns: grid is what was checked. */
  foreign?: { format: string; notes: string[]; grid: readonly (readonly unknown[])[] };
}

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

const isBlank = (v: unknown): boolean => v === "" || v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A panel port, patch panel or cassette: an adapter where two cable ends mate. */
const PANEL = /\b(pp|panel|patch|cassette|odf|fdp|lgx|enclosure|mdu|module|tray|hd\d*|fpp|frame|adapter|coupler|breakout box)\b/i;
/** An equipment port where a transceiver sits. */
const EQUIPMENT = /\b(qsfp\S*|osfp\S*|sfp\S*|transceiver|xcvr|optic|nic|eth\S*|et-\S*|swp\S*|leaf\S*|spine\S*|switch\S*|server\S*|router\S*|host\S*|gpu\S*|tor\S*|sw\d+\S*|nic\d*|hca\S*|dpu\S*)\b/i;

export const isPanelLocation = (location: string | undefined): boolean => !!location && PANEL.test(location);

export const plugsIntoTransceiver = (location: string | undefined): boolean =>
  !!location && EQUIPMENT.test(location) && !PANEL.test(location);

/**
 * Checks a cable schedule given as the cell values Excel returns (strings, numbers, booleans,
 * empty strings, error strings such as #N/A). Finds the header row, maps columns to fields,
 * checks every non-empty data row, and never throws on cell content.
 */
export function checkSchedule(input: readonly (readonly unknown[])[], options: CheckOptions = {}): ScheduleResult {
  // Whatever arrives (a host may hand over null rows or non-arrays), rows become arrays.
  const given: readonly (readonly unknown[])[] = Array.isArray(input) ? input.map((r) => (Array.isArray(r) ? r : [])) : [];
  // NetBox cable CSV, patchwork sessions.csv: read in this tool's own columns, same rows
  const foreign = translateForeignSchedule(given);
  const grid: readonly (readonly unknown[])[] = foreign?.grid ?? given;
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const empty = (problem: ScheduleProblem, extra: Partial<ScheduleResult> = {}): ScheduleResult => ({
    ok: false,
    problem,
    headers: [],
    columns: {},
    lengthUnit: options.lengthUnit ?? "m",
    rows: [],
    summary: { rows: 0, error: 0, warning: 0, info: 0, ok: 0 },
    ...extra,
  });
  if (grid.length === 0 || !grid.some((r) => r.some((v) => !isBlank(v)))) {
    return empty({ code: "empty", message: "The range is empty: select the cable schedule, or the table it is in." });
  }

  let detection = options.headerRow !== undefined ? userHeader(grid, options.headerRow - firstRow) : detectHeader(grid);
  if (!detection && options.columns && options.headerRow === undefined) detection = userHeader(grid, 0);
  if (!detection) {
    return empty({
      code: "no-header",
      message: `No header row found in the first ${HEADER_SEARCH_ROWS} rows: expected a row naming columns such as "Cable ID", "Connector A", "Connector B", "Fiber type", "Length" and "Application".`,
    });
  }
  const columns: ColumnMap = { ...detection.columns };
  for (const [field, value] of Object.entries(options.columns ?? {}) as [Field, number | string | null][]) {
    if (!FIELDS.includes(field)) continue;
    if (value === null) delete columns[field];
    else if (typeof value === "number" && Number.isInteger(value) && value >= 0) columns[field] = value;
    else if (typeof value === "string") {
      const i = detection.headers.findIndex((h) => h.trim().toLowerCase() === value.trim().toLowerCase());
      if (i >= 0) columns[field] = i;
    }
    // the same column cannot serve two fields: the user's choice wins
    for (const other of FIELDS) if (other !== field && columns[other] === columns[field] && value !== null) delete columns[other];
  }
  const header = { row: firstRow + detection.rowIndex, rowIndex: detection.rowIndex, rowSpan: detection.rowSpan };
  const lengthHeader = columns.length !== undefined ? detection.headers[columns.length] ?? "" : "";
  const lengthUnit = options.lengthUnit ?? lengthUnitFromHeader(lengthHeader) ?? "m";
  if (!isCheckable(columns)) {
    return empty(
      { code: "no-connector-or-application", message: `The header row (row ${header.row}) has no connector or application column: expected headers such as "Connector A", "Connector B" or "Application", or a column map that points at them.` },
      { header, headers: detection.headers, columns },
    );
  }

  const spec = options.spec ?? {};
  const cellName = (field: Field, rowIndex: number) => {
    const col = columns[field];
    return col === undefined ? field : `${columnLetter(firstColumn + (foreign?.sourceColumn[col] ?? col))}${firstRow + rowIndex}`;
  };

  // One pass over the rows: read, check, recommend. Row contexts are not kept (a million-row
  // schedule would hold them all); only the panel-port ends needed for mated pairs are.
  const rows: RowResult[] = [];
  const memo = new ParseMemo();
  const recommendations = new Map<string, string>();
  const ports = new PanelPorts();
  const mappedColumns = Object.values(columns) as number[];
  const startIndex = detection.rowIndex + 1;
  const total = grid.length - startIndex;
  for (let i = startIndex; i < grid.length; i++) {
    const cells = grid[i];
    if ((i - startIndex) % 5000 === 0) options.onProgress?.(i - startIndex, total);
    if (mappedColumns.every((c) => isBlank(cells[c]))) continue;
    const row = firstRow + i;
    const findings: Finding[] = [];
    const ctx = readRow(row, i, cells, columns, lengthUnit, spec, findings, cellName, memo);
    findings.push(...runRowRules(ctx));
    ports.add(ctx);
    rows.push({ row, rowIndex: i, status: "OK", findings, ...(ctx.application ? { recommendation: rowRecommendation(ctx, spec, recommendations) } : {}) });
  }
  options.onProgress?.(total, total);

  // Mated pairs: two cable ends that name the same panel port meet in one adapter.
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const matedPairs = ports.pairs();
  for (const [a, b] of matedPairs) {
    for (const f of runPairRules(a, b)) byRow.get(f.row)?.findings.push(f);
  }

  const overrides = spec.severity ?? {};
  for (const r of rows) {
    r.findings = r.findings
      .map((f) => applySeverity(f, overrides))
      .filter((f): f is Finding => f !== null)
      .sort(bySeverity);
    r.status = statusOf(r.findings);
  }

  const summary: Summary = { rows: rows.length, error: 0, warning: 0, info: 0, ok: 0 };
  for (const r of rows) {
    if (r.status === "ERROR") summary.error++;
    else if (r.status === "WARNING") summary.warning++;
    else if (r.status === "INFO") summary.info++;
    else summary.ok++;
  }
  return { ok: true, header, headers: detection.headers, columns, lengthUnit, rows, summary, matedPairs, ...(foreign ? { foreign: { format: foreign.format, notes: foreign.notes, grid: foreign.grid } } : {}) };
}

/** What an end plugs into, for recommending its connector. */
function endKind(ctx: RowContext, end: EndContext): EndKind {
  if (isBreakoutLeg(ctx, end)) return "breakout-leg";
  if (end.atTransceiver) return "transceiver";
  return end.location && PANEL.test(end.location) ? "panel" : "unknown";
}

function userHeader(grid: readonly (readonly unknown[])[], rowIndex: number) {
  if (rowIndex < 0 || rowIndex >= grid.length) return null;
  const headers = (grid[rowIndex] ?? []).map((v) => (typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : safeText(v)));
  return { rowIndex, rowSpan: 1, headers, columns: mapColumns(headers).columns };
}

type CellNamer = (field: Field, rowIndex: number) => string;

/** Longest cell text the engine tries to read as a value; longer text is reported, not parsed. */
const MAX_VALUE_TEXT = 200;

type AnyParse = { ok: true; value: unknown } | { ok: false; error: { reason: string; expected: string } };

/**
 * Parse results per field and cell value for one check: schedules repeat the same connector,
 * fiber and application text on thousands of rows, so each distinct text is read once.
 */
class ParseMemo {
  private readonly maps = new Map<string, Map<unknown, AnyParse>>();
  get<T>(key: string, value: unknown, parse: (v: unknown) => AnyParse): AnyParse & ({ ok: false } | { ok: true; value: T }) {
    let m = this.maps.get(key);
    if (!m) this.maps.set(key, (m = new Map()));
    let r = m.get(value);
    if (!r) {
      r = parse(value);
      if (m.size < 50000) m.set(value, r);
    }
    return r as AnyParse & ({ ok: false } | { ok: true; value: T });
  }
}

function readRow(
  row: number,
  rowIndex: number,
  cells: readonly unknown[],
  columns: ColumnMap,
  lengthUnit: LengthUnit,
  spec: ProjectSpec,
  findings: Finding[],
  cellName: CellNamer,
  memo: ParseMemo,
): RowContext {
  const get = (f: Field): unknown => (columns[f] === undefined ? undefined : cells[columns[f] as number]);
  const unreadable = (field: Field, value: unknown, reason: string, expected: string) => {
    findings.push({
      rule: "unreadable-cell",
      severity: "warning",
      row,
      columns: [field],
      params: { field, text: `${cellName(field, rowIndex)}: ${clip(safeText(value))}`, reason, expected },
    });
  };
  /** Text of a cell, or undefined when blank; error values and non-text become findings. */
  const text = (f: Field): string | undefined => {
    const v = get(f);
    if (isBlank(v)) return undefined;
    if (typeof v === "string") {
      if (ERROR_VALUE.test(v.trim())) {
        unreadable(f, v, `the cell holds the error ${v.trim()}`, "a value, not a formula error");
        return undefined;
      }
      return v;
    }
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    if (typeof v === "boolean") {
      unreadable(f, v, "the cell holds TRUE/FALSE", "text");
      return undefined;
    }
    unreadable(f, v, "the cell holds something that is not text", "text");
    return undefined;
  };
  /** A cell worth parsing: not blank, not a formula error, not too long; else undefined (with a finding). */
  const usable = (f: Field): unknown => {
    const v = get(f);
    if (isBlank(v)) return undefined;
    if (typeof v === "string" && v.length > MAX_VALUE_TEXT) {
      unreadable(f, v, `too long to be a value (${v.length} characters)`, `at most ${MAX_VALUE_TEXT} characters`);
      return undefined;
    }
    if (typeof v === "string" && ERROR_VALUE.test(v.trim())) {
      unreadable(f, v, `the cell holds the error ${v.trim()}`, "a value, not a formula error");
      return undefined;
    }
    return v;
  };
  const parsed = <T>(f: Field, parse: (v: unknown) => { ok: true; value: T } | { ok: false; error: { reason: string; expected: string } }, key: string = f): T | undefined => {
    const v = usable(f);
    if (v === undefined) return undefined;
    const r = memo.get<T>(key, v, parse);
    if (r.ok) return r.value;
    unreadable(f, v, r.error.reason, r.error.expected);
    return undefined;
  };

  // Locations only need their first words to tell a switch port from a panel port.
  const loc = (f: Field) => text(f)?.slice(0, MAX_VALUE_TEXT);
  const locA = [loc("endA"), loc("portA")].filter(Boolean).join(" ") || undefined;
  const locB = [loc("endB"), loc("portB")].filter(Boolean).join(" ") || undefined;
  const both = columns.connector !== undefined && columns.connectorA === undefined && columns.connectorB === undefined;
  const connA = parsed(both ? "connector" : "connectorA", parseConnector);
  const connB = both ? connA : parsed("connectorB", parseConnector);
  const a: EndContext = { end: "A", field: both ? "connector" : "connectorA", connector: connA, location: locA, atTransceiver: plugsIntoTransceiver(locA) };
  const b: EndContext = { end: "B", field: both ? "connector" : "connectorB", connector: connB, location: locB, atTransceiver: plugsIntoTransceiver(locB) };

  let length: Length | undefined;
  const lv = usable("length");
  if (lv !== undefined) {
    {
      const r = memo.get<Length>("length", lv, (v) => parseLength(v, lengthUnit));
      if (r.ok) length = r.value;
      else if (/unknown unit/.test(r.error.reason)) {
        findings.push({ rule: "length-unit", severity: "error", row, columns: ["length"], params: { text: `${cellName("length", rowIndex)}: ${clip(safeText(lv))}`, reason: r.error.reason } });
      } else unreadable("length", lv, r.error.reason, r.error.expected);
    }
  }

  const appValue = usable("application");
  const appText = appValue === undefined ? undefined : safeText(appValue);
  let application;
  if (appText !== undefined) {
    const r = memo.get<Application>("application", appText, parseApplication);
    if (r.ok) application = r.value;
    else findings.push({ rule: "unknown-application", severity: "info", row, columns: ["application"], params: { text: `${cellName("application", rowIndex)}: ${clip(appText)} (${r.error.reason})` } });
  }

  // Free text for spotting myths: read quietly (the connector cells already reported any problem).
  const rawText = (f: Field): string | undefined => {
    const v = get(f);
    return typeof v === "string" && !ERROR_VALUE.test(v.trim()) ? v : undefined;
  };
  const rowText = [rawText(both ? "connector" : "connectorA"), both ? "" : rawText("connectorB"), text("notes")]
    .filter(Boolean)
    .map((t) => (t as string).slice(0, 1000))
    .join(" | ");
  const fiberCount = parsed("fiberCount", (v) => parseCount(typeof v === "string" ? v.replace(/\s*(f|fibers?|fibres?|strands?|cores?)$/i, "") : v, "fiber count"));
  return {
    row,
    a,
    b,
    fiber: parsed("fiberType", parseFiber),
    length,
    application,
    polarity: parsed("polarity", parsePolarity),
    fiberCount,
    matedPairs: parsed("matedPairs", (v) => parseCount(v, "mated pairs")),
    splices: parsed("splices", (v) => parseCount(v, "splices")),
    pairLossDb: parsed("pairLoss", (v) => parseDb(v, "loss per mated pair")),
    lossGrade: parsed("lossGrade", parseLossGrade),
    priority: parsed("priority", parsePriority),
    colour: text("colour"),
    text: rowText,
    spec,
  };
}

/** Cable ends at panel ports, to pair the two ends that name the same port (location and port). */
class PanelPorts {
  private readonly ports = new Map<string, PairSide[]>();

  add(ctx: RowContext): void {
    for (const end of [ctx.a, ctx.b]) {
      if (!end.location || !end.connector || end.atTransceiver || !PANEL.test(end.location)) continue;
      const key = end.location.toLowerCase().replace(/\s+/g, " ").trim();
      const list = this.ports.get(key) ?? [];
      if (list.length < 3) list.push({ row: ctx.row, end: end.end, field: end.field, connector: end.connector });
      this.ports.set(key, list);
    }
  }

  /** Exactly two ends, on different rows, per port: a mated pair in that port's adapter. */
  pairs(): Array<[PairSide, PairSide]> {
    const out: Array<[PairSide, PairSide]> = [];
    for (const list of this.ports.values()) if (list.length === 2 && list[0].row !== list[1].row) out.push([list[0], list[1]]);
    return out;
  }
}

/** The row's recommendation text; rows asking the same question share one answer. */
function rowRecommendation(ctx: RowContext, spec: ProjectSpec, cache: Map<string, string>): string {
  const app = ctx.application as Application;
  const input = {
    application: app,
    grade: ctx.fiber?.grade,
    lengthM: ctx.length?.metres,
    // a cord straight from one transceiver to another has no mated pair in between
    matedPairs: ctx.matedPairs ?? (ctx.a.atTransceiver && ctx.b.atTransceiver ? 0 : spec.defaultMatedPairs),
    priority: ctx.priority ?? spec.priority,
    pairLossDb: ctx.pairLossDb ?? spec.pairLossDb,
  };
  const ends = { app, a: endKind(ctx, ctx.a), b: endKind(ctx, ctx.b) };
  const key = [app.id, input.grade, input.lengthM, input.matedPairs, input.priority, input.pairLossDb, ends.a, ends.b].join("|");
  let text = cache.get(key);
  if (text === undefined) {
    text = recommendationText(recommend(input), ends);
    if (cache.size < 100000) cache.set(key, text);
  }
  return text;
}
