import { Connector, isArrayFamily, parseConnector } from "./connector";
import { Memo } from "./memo";
import { Length, LengthUnit, NOT_IN_CATALOG, parseApplication, parseCount, parseDb, parseFiber, parseLength, parseLossGrade, parsePolarity, parsePriority } from "./fields";
import { Finding, NO_FINDINGS, Status, addFinding, applySeverity, bySeverity, statusOf } from "./findings";
import { ColumnMap, ColumnNote, FIELDS, Field, HEADER_SEARCH_ROWS, columnLetter, detectHeader, isCheckable, lengthUnitFromHeader, mapColumns, weighColumns } from "./headers";
import { clip, safeText } from "./parse-result";
import type { Application } from "./catalog/applications";
import { EndKind, Recommendation, RecommendPlan, RowChoices, recommendAt, recommendPlan, recommendationHead, recommendationOf, recommendationTail } from "./recommend";
import { runPairRules, runRowRules } from "./rules";
import { startCheck, takeRowQuestion } from "./rule-cache";
import type { EndContext, PairSide, RowContext } from "./rules/rule";
import { isBreakoutLeg } from "./rules/util";
import { decideEndRole, isPanelLike, roleFromLocation } from "./ends";
import { ScheduleIntegrity } from "./integrity";
import { notFiberKind } from "./media";
import { translateForeignSchedule } from "./foreign-schedules";
import { ProjectSpec } from "./spec";
import { ChannelCollector, type ChannelResult } from "./channels";
import { RowIndex } from "./row-index";

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

/**
 * Rows counted by their worst finding (a row with an error and a warning counts once, under
 * error), with the rows that could not be checked apart; and the findings per severity.
 */
export interface Summary {
  rows: number;
  /** Rows whose worst finding is an error. */
  error: number;
  /** Rows whose worst finding is a warning (rows with nothing to check are counted apart). */
  warning: number;
  /** Rows whose worst finding is an info (rows that are not fiber links are counted apart). */
  info: number;
  ok: number;
  /** Rows where nothing could be checked (no connector, fiber type or application), reported as warnings. */
  notChecked: number;
  /** Rows that are not fiber links (copper, DAC, AOC, power, console), reported once as not checked. */
  notFiber: number;
  /** Findings per severity, over all rows. */
  findings: { error: number; warning: number; info: number };
}

const emptySummary = (): Summary => ({ rows: 0, error: 0, warning: 0, info: 0, ok: 0, notChecked: 0, notFiber: 0, findings: { error: 0, warning: 0, info: 0 } });


export interface ScheduleResult {
  /** false when the grid cannot be checked (see problem); rows is then empty. */
  ok: boolean;
  problem?: ScheduleProblem;
  header?: { row: number; rowIndex: number; rowSpan: number };
  /** Header text per grid column, as read (two-row headers joined). */
  headers: string[];
  /** The column map used: field → column index within the grid. */
  columns: ColumnMap;
  /** Columns read otherwise than their header says, because their cells say so (see weighColumns). */
  columnNotes?: ColumnNote[];
  /** Unit assumed for bare-number lengths. */
  lengthUnit: LengthUnit;
  rows: RowResult[];
  summary: Summary;
  /** Channels traced across rows (link ids, or panel ports), worst first. */
  channels: ChannelResult[];
  /** Two cable ends naming the same panel port: one adapter each (for the BOM). */
  matedPairs?: Array<[PairSide, PairSide]>;
  /** Set when the grid was another tool's schedule (NetBox, patchwork), read as this tool's columns: grid is what was checked. */
  foreign?: { format: string; notes: string[]; grid: readonly (readonly unknown[])[] };
}

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/** A cell as text (a cable ID may be a number), or undefined. */
const cellText = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined);

/** Whether every mapped cell of a row is blank (a loop, not a closure per row). */
function allBlank(cells: readonly unknown[], mapped: readonly number[]): boolean {
  for (let i = 0; i < mapped.length; i++) if (!isBlank(cells[mapped[i]])) return false;
  return true;
}

const isBlank = (v: unknown): boolean => v === "" || v === null || v === undefined || (typeof v === "string" && !startsPrintable(v) && v.trim() === "");

/**
 * Whether a text starts with a printable ASCII character other than "#": such a text is not
 * blank and, trimmed, is no error value, so neither needs the trimmed copy made (most cells).
 */
const startsPrintable = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return c > 32 && c < 127 && c !== 35;
};
/** Whether a text is a formula error value such as #N/A, with white space around it allowed. */
const isErrorValue = (v: string): boolean => !startsPrintable(v) && ERROR_VALUE.test(v.trim());

/** Whether an end plugs into a transceiver, read from its From/To text alone (see ends.ts). */
export const plugsIntoTransceiver = (location: string | undefined): boolean => roleFromLocation(location).role === "transceiver";
/** A panel port, patch panel or cassette, read from the From/To text (see ends.ts). */
export const isPanelLocation = (location: string | undefined): boolean => isPanelLike(roleFromLocation(location));

/**
 * Checks a cable schedule given as the cell values Excel returns (strings, numbers, booleans,
 * empty strings, error strings such as #N/A). Finds the header row, maps columns to fields,
 * checks every non-empty data row, and never throws on cell content.
 */
export function checkSchedule(input: readonly (readonly unknown[])[], options: CheckOptions = {}): ScheduleResult {
  // Whatever arrives (a host may hand over null rows, holes or non-arrays), rows become arrays
  // (Array.from visits the holes of a sparse array, which map would keep as holes).
  const given: readonly (readonly unknown[])[] = Array.isArray(input) ? Array.from(input, (r) => (Array.isArray(r) ? r : [])) : [];
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
    summary: emptySummary(),
    channels: [],
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
  // The cells weigh in: "End A" holding connectors is a connector column (the note says so).
  const weighed = weighColumns(grid, detection);
  const columns: ColumnMap = { ...weighed.columns };
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
  // A note stands only while the user's corrections leave that column as the cells put it.
  const readAs = new Map((Object.entries(columns) as Array<[Field, number]>).map(([f, c]) => [c, f]));
  const columnNotes = weighed.notes.filter((n) => readAs.get(n.column) === (n.read ? n.field : undefined));
  const header = { row: firstRow + detection.rowIndex, rowIndex: detection.rowIndex, rowSpan: detection.rowSpan };
  const lengthHeader = columns.length !== undefined ? detection.headers[columns.length] ?? "" : "";
  const lengthUnit = options.lengthUnit ?? lengthUnitFromHeader(lengthHeader) ?? "m";
  if (!isCheckable(columns)) {
    return empty(
      { code: "no-connector-or-application", message: `The header row (row ${header.row}) has no connector or application column: expected headers such as "Connector A", "Connector B" or "Application", or a column map that points at them.` },
      { header, headers: detection.headers, columns, ...(columnNotes.length ? { columnNotes } : {}) },
    );
  }

  const spec = options.spec ?? {};
  const cellName = (field: Field, rowIndex: number) => {
    const col = columns[field];
    return col === undefined ? field : `${columnLetter(firstColumn + (foreign?.sourceColumn[col] ?? col))}${firstRow + rowIndex}`;
  };

  // One pass over the rows: read, check, recommend. A row's context is kept only where a later
  // pass needs it: the panel-port ends for mated pairs (until the pairs are taken) and the rows a
  // channel can be made of (until their channels are judged, channels/judge.ts).
  const rows: RowResult[] = [];
  const read: Finding[] = [];
  startCheck();
  const reader = new RowReader(columns, lengthUnit, spec, cellName, new ParseMemo());
  const recommendations = new Memo<string, RowPlan>(100000);
  const integrity = new ScheduleIntegrity();
  const channels = new ChannelCollector(columns);
  const mappedColumns = Object.values(columns) as number[];
  const startIndex = detection.rowIndex + 1;
  const total = grid.length - startIndex;
  for (let i = startIndex; i < grid.length; i++) {
    const cells = grid[i];
    if ((i - startIndex) % 5000 === 0) options.onProgress?.(i - startIndex, total);
    if (allBlank(cells, mappedColumns)) continue;
    const row = firstRow + i;
    // the reader's findings go to one array reused row after row; each row keeps an array
    // made to its size, or the shared empty one (most rows of a large schedule)
    read.length = 0;
    const ctx = reader.read(row, i, cells, read);
    const cableId = columns.cableId === undefined ? undefined : cellText(cells[columns.cableId]);
    integrity.add(ctx, cableId, !isBlank(cells[columns.portA ?? -1]), !isBlank(cells[columns.portB ?? -1]));
    if (ctx.notFiber) {
      rows.push({ row, rowIndex: i, status: "OK", findings: findingsOf(read, NO_FINDINGS, undefined) });
      continue;
    }
    const ruleFindings = runRowRules(ctx);
    // the row's question (the rule cache's id for it) keys the channel verdicts
    channels.add(ctx, cells, takeRowQuestion());
    const findings = findingsOf(read, ruleFindings, hasSomethingToCheck(ctx) ? undefined : nothingChecked(ctx, columns));
    const recommendation = ctx.application ? rowRecommendation(ctx, spec, recommendations, ruleFindings) : undefined;
    // one literal of its final shape (a property added later costs a property array per row)
    rows.push(recommendation === undefined ? { row, rowIndex: i, status: "OK", findings } : { row, rowIndex: i, status: "OK", findings, recommendation });
  }
  options.onProgress?.(total, total);

  // Mated pairs: two cable ends that name the same panel port meet in one adapter; then the
  // schedule's integrity (cable IDs, equipment ports, adapter ports) across rows.
  const byRow = new RowIndex(rows);
  const matedPairs = integrity.pairs();
  for (const [a, b] of matedPairs) {
    for (const f of runPairRules(a, b)) addFinding(byRow.get(f.row), f);
  }
  for (const f of integrity.findings()) addFinding(byRow.get(f.row), f);
  // its keys and row lists are not needed while the channels are judged
  integrity.clear();
  // Channels: rows traced into transceiver-to-transceiver links and judged whole.
  const channelResults = channels.judge(rows, spec);

  const overrides = spec.severity ?? {};
  for (const r of rows) {
    if (!r.findings.length) continue; // most rows of a large schedule: OK as they stand
    if (r.findings.length === 1) {
      // one finding (most rows that have any): nothing to sort, no arrays made for it
      const f = applySeverity(r.findings[0], overrides);
      if (f !== r.findings[0]) r.findings = f ? [f] : NO_FINDINGS;
      r.status = statusOf(r.findings);
      continue;
    }
    const kept = r.findings
      .map((f) => applySeverity(f, overrides))
      .filter((f): f is Finding => f !== null)
      .sort(bySeverity);
    r.findings = kept.length ? kept : NO_FINDINGS;
    r.status = statusOf(r.findings);
  }

  const summary = summarise(rows);
  return {
    ok: true,
    header,
    headers: detection.headers,
    columns,
    ...(columnNotes.length ? { columnNotes } : {}),
    lengthUnit,
    rows,
    summary,
    channels: channelResults,
    matedPairs,
    ...(foreign ? { foreign: { format: foreign.format, notes: foreign.notes, grid: foreign.grid } } : {}),
  };
}

/**
 * A row's findings: the reader's, the rules', and the nothing-checked one, in one array made
 * to its size; the shared empty array when there are none. Every later pass adds through
 * addFinding (or replaces the array), never pushing into the shared one (it is frozen).
 */
function findingsOf(read: readonly Finding[], rules: readonly Finding[], last: Finding | undefined): Finding[] {
  const n = read.length + rules.length + (last ? 1 : 0);
  if (n === 0) return NO_FINDINGS;
  const out: Finding[] = new Array(n);
  let k = 0;
  for (let j = 0; j < read.length; j++) out[k++] = read[j];
  for (let j = 0; j < rules.length; j++) out[k++] = rules[j];
  if (last) out[k] = last;
  return out;
}

/** Rows by their worst finding, rows not checked apart, and findings per severity. */
export function summarise(rows: readonly RowResult[]): Summary {
  const summary = emptySummary();
  summary.rows = rows.length;
  for (const r of rows) {
    for (const f of r.findings) summary.findings[f.severity]++;
    if (r.status === "ERROR") summary.error++;
    else if (r.findings.some((f) => f.rule === "nothing-checked")) summary.notChecked++;
    else if (r.findings.some((f) => f.rule === "not-fiber")) summary.notFiber++;
    else if (r.status === "WARNING") summary.warning++;
    else if (r.status === "INFO") summary.info++;
    else summary.ok++;
  }
  return summary;
}

/** A row gives the rules something to check when it has a connector, a fiber type, an application or a polarity. */
const hasSomethingToCheck = (ctx: RowContext): boolean => !!(ctx.a.connector || ctx.b.connector || ctx.fiber || ctx.application || ctx.polarity);

/** The warning for a row where nothing could be checked, naming what it lacks. */
function nothingChecked(ctx: RowContext, columns: ColumnMap): Finding {
  const connectorColumn = columns.connector !== undefined || columns.connectorA !== undefined || columns.connectorB !== undefined;
  const label = (name: string, has: boolean) => (has ? name : `${name} (no column)`);
  const missing = [label("connector", connectorColumn), label("fiber type", columns.fiberType !== undefined), label("application", columns.application !== undefined)];
  const first: Field = columns.connectorA !== undefined ? "connectorA" : columns.connector !== undefined ? "connector" : columns.application !== undefined ? "application" : "cableId";
  return { rule: "nothing-checked", severity: "warning", row: ctx.row, columns: [first, "fiberType", "application"], params: { missing } };
}

/** What an end plugs into, for recommending its connector. */
function endKind(ctx: RowContext, end: EndContext): EndKind {
  if (isBreakoutLeg(ctx, end)) return "breakout-leg";
  if (end.atTransceiver) return "transceiver";
  if (end.role?.role === "transition") return "cassette";
  return end.role && isPanelLike(end.role) ? "panel" : "unknown";
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
 * fiber and application text on thousands of rows, so each distinct text is read once (a
 * field whose every cell differs, such as lengths to the millimetre, is passed by: see Memo).
 */
class ParseMemo {
  private readonly byField = new Map<string, Memo<unknown, AnyParse>>();
  get<T>(key: string, value: unknown, parse: (v: unknown) => AnyParse): AnyParse & ({ ok: false } | { ok: true; value: T }) {
    let m = this.byField.get(key);
    if (!m) this.byField.set(key, (m = new Memo()));
    return m.get(value, parse) as AnyParse & ({ ok: false } | { ok: true; value: T });
  }
}

/**
 * Reads rows into typed contexts. One reader serves a whole check, so that its helpers are
 * made once, not once per row (a million rows made seven closures each).
 */
class RowReader {
  private row = 0;
  private rowIndex = 0;
  private cells: readonly unknown[] = [];
  private findings: Finding[] = [];
  private readonly both: boolean;
  private readonly texts = new Memo<string, string>();
  /** Made once per check, not once per row. */
  private readonly parseLength: (v: unknown) => ReturnType<typeof parseLength>;

  constructor(
    private readonly columns: ColumnMap,
    private readonly lengthUnit: LengthUnit,
    private readonly spec: ProjectSpec,
    private readonly cellName: CellNamer,
    private readonly memo: ParseMemo,
  ) {
    this.both = columns.connector !== undefined && columns.connectorA === undefined && columns.connectorB === undefined;
    this.parseLength = (v) => parseLength(v, lengthUnit);
  }

  private get(f: Field): unknown {
    const c = this.columns[f];
    return c === undefined ? undefined : this.cells[c];
  }

  private unreadable(field: Field, value: unknown, reason: string, expected: string): void {
    this.findings.push({
      rule: "unreadable-cell",
      severity: "warning",
      row: this.row,
      columns: [field],
      params: { field, text: `${this.cellName(field, this.rowIndex)}: ${clip(safeText(value))}`, reason, expected },
    });
  }

  /** Text of a cell, or undefined when blank; error values and non-text become findings. */
  private text(f: Field): string | undefined {
    const v = this.get(f);
    if (isBlank(v)) return undefined;
    if (typeof v === "string") {
      if (isErrorValue(v)) {
        this.unreadable(f, v, `the cell holds the error ${v.trim()}`, "a value, not a formula error");
        return undefined;
      }
      return v;
    }
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    if (typeof v === "boolean") {
      this.unreadable(f, v, "the cell holds TRUE/FALSE", "text");
      return undefined;
    }
    this.unreadable(f, v, "the cell holds something that is not text", "text");
    return undefined;
  }

  /** A cell worth parsing: not blank, not a formula error, not too long; else undefined (with a finding). */
  private usable(f: Field): unknown {
    const v = this.get(f);
    if (isBlank(v)) return undefined;
    if (typeof v === "string" && v.length > MAX_VALUE_TEXT) {
      this.unreadable(f, v, `too long to be a value (${v.length} characters)`, `at most ${MAX_VALUE_TEXT} characters`);
      return undefined;
    }
    if (typeof v === "string" && isErrorValue(v)) {
      this.unreadable(f, v, `the cell holds the error ${v.trim()}`, "a value, not a formula error");
      return undefined;
    }
    return v;
  }

  private parsed<T>(f: Field, parse: (v: unknown) => { ok: true; value: T } | { ok: false; error: { reason: string; expected: string } }, key: string = f): T | undefined {
    const v = this.usable(f);
    if (v === undefined) return undefined;
    const r = this.memo.get<T>(key, v, parse);
    if (r.ok) return r.value;
    this.unreadable(f, v, r.error.reason, r.error.expected);
    return undefined;
  }

  /** Locations only need their first words to tell a switch port from a panel port. */
  private loc(f: Field): string | undefined {
    return this.text(f)?.slice(0, MAX_VALUE_TEXT);
  }

  /** Free text for spotting myths: read quietly (the connector cells already reported any problem). */
  private rawText(f: Field): string | undefined {
    const v = this.get(f);
    return typeof v === "string" && !isErrorValue(v) ? v : undefined;
  }

  read(row: number, rowIndex: number, cells: readonly unknown[], findings: Finding[]): RowContext {
    this.row = row;
    this.rowIndex = rowIndex;
    this.cells = cells;
    this.findings = findings;
    const { both, spec, cellName, memo } = this;
    const locA = joinWords(this.loc("endA"), this.loc("portA"));
    const locB = joinWords(this.loc("endB"), this.loc("portB"));
    const roleA = decideEndRole(locA, this.text("roleA"));
    const roleB = decideEndRole(locB, this.text("roleB"));

    // Copper, DAC, AOC, power and console rows: said once, and their cells are not read as fiber values.
    for (const f of NOT_FIBER_FIELDS) {
      const v = cellText(this.get(f));
      const what = notFiberKind(v);
      if (!what || v === undefined) continue;
      findings.push({ rule: "not-fiber", severity: "info", row, columns: [f], params: { what, text: `${cellName(f, rowIndex)}: ${clip(safeText(v))}` } });
      return {
        row,
        a: { end: "A", field: both ? "connector" : "connectorA", location: locA, atTransceiver: roleA.role === "transceiver", role: roleA },
        b: { end: "B", field: both ? "connector" : "connectorB", location: locB, atTransceiver: roleB.role === "transceiver", role: roleB },
        text: "",
        spec,
        notFiber: true,
      };
    }
    const connA = this.parsed(both ? "connector" : "connectorA", parseConnector);
    const connB = both ? connA : this.parsed("connectorB", parseConnector);
    const a: EndContext = { end: "A", field: both ? "connector" : "connectorA", connector: connA, location: locA, atTransceiver: roleA.role === "transceiver", role: roleA };
    const b: EndContext = { end: "B", field: both ? "connector" : "connectorB", connector: connB, location: locB, atTransceiver: roleB.role === "transceiver", role: roleB };

    let length: Length | undefined;
    const lv = this.usable("length");
    if (lv !== undefined) {
      const r = memo.get<Length>("length", lv, this.parseLength);
      if (r.ok) length = r.value;
      else if (/unknown unit/.test(r.error.reason)) {
        findings.push({ rule: "length-unit", severity: "error", row, columns: ["length"], params: { text: `${cellName("length", rowIndex)}: ${clip(safeText(lv))}`, reason: r.error.reason } });
      } else this.unreadable("length", lv, r.error.reason, r.error.expected);
    }

    const appValue = this.usable("application");
    const appText = appValue === undefined ? undefined : safeText(appValue);
    let application;
    if (appText !== undefined) {
      const r = memo.get<Application>("application", appText, parseApplication);
      if (r.ok) application = r.value;
      else findings.push({ rule: "unknown-application", severity: "info", row, columns: ["application"], params: { text: `${cellName("application", rowIndex)}: ${clip(appText)}`, ...(r.error.reason === NOT_IN_CATALOG ? {} : { reason: r.error.reason }) } });
    }

    const rowText = this.texts.get(joinTexts(this.rawText(both ? "connector" : "connectorA"), both ? undefined : this.rawText("connectorB"), this.text("notes")), sameText);
    const fiberCount = this.parsed("fiberCount", parseFiberCount);
    // read in this order (the order of the cells' findings)
    const fiber = this.parsed("fiberType", parseFiber);
    const polarity = this.parsed("polarity", parsePolarity);
    const matedPairs = this.parsed("matedPairs", parseMatedPairs);
    const splices = this.parsed("splices", parseSplices);
    const pairLossDb = this.parsed("pairLoss", parsePairLoss);
    const lossGrade = this.parsed("lossGrade", parseLossGrade);
    const priority = this.parsed("priority", parsePriority);
    const colour = this.text("colour");
    // The fields most schedules have, then the rarer ones only where the row gives them: a
    // context is kept per channel row until its channel is judged, and seven fields present
    // as undefined cost 56 bytes a row. The rule cache's keys name each field they hold
    // (rule-cache.ts restNode), so an absent field keys the same question as an undefined one did.
    const ctx: RowContext = { row, a, b, fiber, length, application, polarity, text: rowText, spec };
    if (fiberCount !== undefined) ctx.fiberCount = fiberCount;
    if (matedPairs !== undefined) ctx.matedPairs = matedPairs;
    if (splices !== undefined) ctx.splices = splices;
    if (pairLossDb !== undefined) ctx.pairLossDb = pairLossDb;
    if (lossGrade !== undefined) ctx.lossGrade = lossGrade;
    if (priority !== undefined) ctx.priority = priority;
    if (colour !== undefined) ctx.colour = colour;
    return ctx;
  }
}

/** A location and its port as one text ("PP-A01" and "3" → "PP-A01 3"); undefined when neither is given. */
const joinWords = (x: string | undefined, y: string | undefined): string | undefined => (x ? (y ? `${x} ${y}` : x) : y || undefined);

/**
 * The joined myth texts, one string per distinct text: rows repeating the same connector
 * cells and notes share one text instead of each keeping its own joined copy.
 */
const sameText = (t: string): string => t;

/** The texts myths are spotted in, each clipped, joined by " | " (no arrays built per row: a million rows read this). */
function joinTexts(...texts: Array<string | undefined>): string {
  let out = "";
  for (const t of texts) if (t) out = out ? `${out} | ${t.slice(0, 1000)}` : t.slice(0, 1000);
  return out;
}

const NOT_FIBER_FIELDS = ["connectorA", "connectorB", "connector", "fiberType", "application"] as const;
const parseFiberCount = (v: unknown) => parseCount(typeof v === "string" ? v.replace(/\s*(f|fibers?|fibres?|strands?|cores?)$/i, "") : v, "fiber count");
const parseMatedPairs = (v: unknown) => parseCount(v, "mated pairs");
const parseSplices = (v: unknown) => parseCount(v, "splices");
const parsePairLoss = (v: unknown) => parseDb(v, "loss per mated pair");

/** Rules whose error means the row's polarity is wrong, so the recommendation does not repeat it. */
const POLARITY_RULES = new Set(["parallel-polarity", "duplex-polarity", "apc-adapter-key"]);

/** An end whose connector the recommendation may keep: an MPO/MTP array, not a harness's legs. */
const keepsArray = (e: EndContext): boolean => !!e.connector && isArrayFamily(e.connector.family) && e.connector.legs === undefined;
const onConnector = (c: Field): boolean => c === "connector" || c === "connectorA" || c === "connectorB";

/** What the recommendation keeps from the row (see RowChoices): only what no finding objects to. */
function rowChoices(ctx: RowContext, findings: readonly Finding[]): RowChoices {
  const keep: RowChoices = {};
  // loops over the two ends and the findings, not arrays and sets built per row
  const atA = keepsArray(ctx.a);
  const atB = keepsArray(ctx.b);
  if (atA || atB) {
    let errorOnConnectors = false;
    let notInfoOnConnectors = false;
    for (const f of findings) {
      if (!f.columns.some(onConnector)) continue;
      if (f.severity === "error") errorOnConnectors = true;
      if (f.severity !== "info") notInfoOnConnectors = true;
    }
    const first = (atA ? ctx.a.connector : ctx.b.connector) as Connector;
    const second = (atA && atB ? ctx.b.connector : first) as Connector;
    if (first.family === second.family && !errorOnConnectors) keep.family = first.family as "MPO" | "MTP";
    if (sameValue(first.fiberCount, second.fiberCount) && !notInfoOnConnectors && first.fiberCount !== undefined) keep.fiberCount = first.fiberCount;
  }
  const p = ctx.polarity;
  if (p && !findings.some((f) => POLARITY_RULES.has(f.rule) || (f.rule === "project-spec" && f.columns.includes("polarity")))) {
    const apc = ctx.a.connector?.polish === "APC" || ctx.b.connector?.polish === "APC" || (ctx.application?.fiberKind === "SMF" && ctx.application.mdi.family === "MPO");
    if (p.kind === "method") keep.polarity = `Method ${p.method}`;
    else if (p.kind === "cable" && ctx.application?.signal === "parallel") {
      // Type B cables need Type B (key-up to key-up) adapters in Method B; APC end faces cannot use those, so Type A adapters.
      keep.polarity = p.type === "B" && apc ? "Type B cables with Type A (key-up to key-down) adapters" : `Method ${p.type}`;
    }
  }
  return keep;
}

/** Two values a Set would count once (NaN equals NaN). */
const sameValue = (x: unknown, y: unknown): boolean => x === y || (x !== x && y !== y);

/** A recommendation's length-free part for one question, and its text's head per grade of connection. */
interface RowPlan {
  readonly plan: RecommendPlan;
  readonly ends: { app: Application; a: EndKind; b: EndKind; keep: RowChoices };
  /** The connectors and polarity, by lowLoss (0 standard, 1 low-loss): made when first needed. */
  readonly heads: [string | undefined, string | undefined];
  /** Whole texts by length in metres, while lengths repeat (passed by where each row has its own: see Memo). */
  readonly byLength: Memo<number | undefined, string>;
}

/**
 * The row's recommendation text, the same as recommendationText(recommend(input), ends): the
 * part that does not depend on the length (the plan, the text's connectors and polarity) once
 * per question without the length, the length's reach and loss figures per row (a schedule's
 * lengths are often all different). tests/core/recommend.test.ts compares the two.
 */
function rowRecommendation(ctx: RowContext, spec: ProjectSpec, cache: Memo<string, RowPlan>, findings: readonly Finding[]): string {
  const app = ctx.application as Application;
  const grade = ctx.fiber?.grade;
  // a cord straight from one transceiver to another has no mated pair in between
  const matedPairs = ctx.matedPairs ?? (ctx.a.atTransceiver && ctx.b.atTransceiver ? 0 : spec.defaultMatedPairs);
  const priority = ctx.priority ?? spec.priority;
  const pairLossDb = ctx.pairLossDb ?? spec.pairLossDb;
  const a = endKind(ctx, ctx.a);
  const b = endKind(ctx, ctx.b);
  const keep = rowChoices(ctx, findings);
  const key = `${app.id}|${grade ?? ""}|${matedPairs ?? ""}|${priority ?? ""}|${pairLossDb ?? ""}|${spec.multimodePolish ?? ""}|${a}|${b}|${keep.family ?? ""}|${keep.fiberCount ?? ""}|${keep.polarity ?? ""}`;
  const rp = cache.get(key, () => ({
    plan: recommendPlan({ application: app, grade, matedPairs, priority, pairLossDb, multimodePolish: spec.multimodePolish }),
    ends: { app, a, b, keep },
    heads: [undefined, undefined],
    byLength: new Memo<number | undefined, string>(1000),
  }));
  return rp.byLength.get(ctx.length?.metres, (lengthM) => rowRecommendationAt(rp, lengthM));
}

/** A row plan's text at one length. */
function rowRecommendationAt(rp: RowPlan, lengthM: number | undefined): string {
  const plan = rp.plan;
  if (!plan.ok) return `none: ${plan.reason}`;
  const at = recommendAt(plan, lengthM);
  if (!at.ok) return `none: ${at.reason}`;
  const i = at.lowLoss ? 1 : 0;
  let head = rp.heads[i];
  if (head === undefined) {
    const r = recommendationOf(plan, at) as Extract<Recommendation, { ok: true }>;
    head = rp.heads[i] = recommendationHead(r, rp.ends);
  }
  return head + recommendationTail(at.figures.marginDb, at.warning === undefined ? undefined : [at.warning]);
}
