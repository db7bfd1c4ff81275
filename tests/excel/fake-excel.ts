/**
 * A typed in-memory fake of the part of the Excel JavaScript API that src/excel/ uses, for
 * Jest tests and for the headless-browser test of the task pane (so: no Node imports here;
 * webpack bundles this file for a browser page).
 *
 * Why hand-written rather than office-addin-mock: office-addin-mock does not throw when an
 * unloaded or unsynced property is read (it returns a sentinel string), has no collections
 * (tables, worksheets, items, getItem), does not record operations, count syncs or proxy
 * objects, and has no request-payload limit. Those are exactly the things the adapter must get
 * right: load before read, a small bounded number of syncs, no per-cell proxies, no request
 * over Excel on the web's 5 MB limit.
 *
 * Semantics kept from Excel: methods and property writes on proxy objects are queued and run in
 * order at `context.sync()`; `load()`ed values become readable only after that sync, and reading
 * a property that was not loaded and synced throws (PropertyNotLoaded). A sync whose queued
 * request exceeds the request limit is rejected whole (code RequestPayloadSizeLimitExceeded),
 * one whose response exceeds the response limit fails with ResponsePayloadSizeLimitExceeded.
 * Operations run before a failing operation stay applied, as in Excel (a batch is not a
 * transaction). Request and response sizes are estimated as JSON text length.
 *
 * Also modelled, each with its source beside the code: formulas kept apart from values, merged
 * areas, workbook-scoped names that follow row inserts and deletes, worksheet ids renumbered on
 * reopen, cell edit mode (delayForCellEdit), undo steps per sync (mergeUndoGroup), document
 * settings as a per-user in-memory copy with a size limit (refreshAsync), tables with headers off
 * and a totals row, OperationCellsExceedLimit from table column inserts, and a multi-area
 * selection that getSelectedRange refuses.
 *
 * Simplifications: one workbook; no formulas are evaluated (a string written that Excel would
 * take for a formula is stored as-is and recorded in `formulaWrites`); table columns added or
 * deleted insert or delete cells within the table's rows (shifting cells right of the table);
 * a table's header row is its first row.
 */
import { columnLetter } from "../../src/core/headers";

export type CellValue = string | number | boolean;

export interface SheetSeed {
  /** Cell values, row by row, starting at `at` (default "A1"). */
  values?: CellValue[][];
  at?: string;
  /** Solid fills, e.g. { address: "J1:J50", color: "#FFFF00" }. */
  fills?: { address: string; color: string }[];
  numberFormats?: { address: string; format: string }[];
  /** Column widths in points by column letter, e.g. { J: 120 }. Default 48. */
  columnWidths?: Record<string, number>;
  protected?: boolean;
  /** 1-based sheet rows hidden (e.g. by a filter). */
  hiddenRows?: number[];
  /** Formulas by A1 address, e.g. { M3: "=G3*2" }; the cell's value is the one in `values` (not evaluated). */
  formulas?: Record<string, string>;
  /** Merged areas, e.g. ["L2:M4"]. */
  merges?: string[];
}

export interface TableSeed {
  name: string;
  sheet: string;
  /** The whole table including its header row (when shown) and totals row (when shown), e.g. "A3:H2000". */
  address: string;
  /** Default true. Off: `address` has no header row; the column names are `columnNames`. */
  showHeaders?: boolean;
  columnNames?: string[];
  /** Default false. On: the last row of `address` is the totals row. */
  showTotals?: boolean;
}

export interface FakeSeed {
  /** Sheet name → contents, in tab order. */
  sheets: Record<string, SheetSeed>;
  /** Default: the first sheet. */
  activeSheet?: string;
  /** Selected range on the active sheet. Default "A1". */
  selection?: string;
  tables?: TableSeed[];
  /** Requirement set → highest version supported. Default { ExcelApi: "1.17" }. */
  requirementSets?: Record<string, string>;
  /** Largest request one sync may send, in bytes (JSON length). Default 5 MB. */
  requestLimitBytes?: number;
  /** Largest response one sync may return. Default 5 MB. */
  responseLimitBytes?: number;
  /** Document settings already in the workbook. */
  settings?: Record<string, unknown>;
  /** Office.context.platform / onReady platform. Default "OfficeOnline". */
  platform?: string;
  /** Several ranges selected (Ctrl+click): getSelectedRange throws. */
  selectionAreas?: string[];
}

export interface FakeStats {
  /** Successful and failed syncs (each is a round trip). */
  syncs: number;
  failedSyncs: number;
  /** Proxy objects created (ranges, worksheets, tables, formats, results...). */
  proxies: number;
  /** Request bytes of each sync that was sent, in order (rejected ones included). */
  requestBytes: number[];
  responseBytes: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Syncs rejected for payload size, with the size that was refused. */
  rejected: { sync: number; code: string; bytes: number }[];
  /** Excel.run calls. */
  runs: number;
}

export interface SheetSnapshot {
  /** Non-empty cells: A1 address → value (a literal-text cell shows its apostrophe: "'=x"). */
  values: Record<string, CellValue>;
  fills: Record<string, string>;
  numberFormats: Record<string, string>;
  /** Columns whose width is not the default: letter → points. */
  columnWidths: Record<string, number>;
  tables: { name: string; address: string; columns: string[] }[];
  hiddenRows: number[];
  protected: boolean;
  formulas: Record<string, string>;
  merges: string[];
  /** Workbook-scoped names referring to this sheet: name → address. */
  names: Record<string, string>;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
const FIVE_MB = 5 * 1024 * 1024;
/** Bytes each queued operation costs besides its arguments (object path, method name). */
const OP_OVERHEAD = 60;

// ---------------------------------------------------------------------------------------------
// Addresses

export interface Geometry {
  /** 0-based. */
  r: number;
  c: number;
  rows: number;
  cols: number;
}

export const columnIndex = (letters: string): number => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/** "A1", "B2:D9", "Sheet1!A1:C3", "'My sheet'!A:C", "3:5" → sheet name (if any) and geometry. */
export function parseAddress(address: string): { sheet?: string; geo: Geometry } {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheet = ref.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b = a] = ref.replace(/\$/g, "").toUpperCase().split(":");
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw richError("InvalidArgument", `The address "${address}" is not valid.`);
    return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const p = part(a);
  const q = part(b);
  const r0 = p.r ?? 0;
  const r1 = q.r ?? MAX_ROWS - 1;
  const c0 = p.c ?? 0;
  const c1 = q.c ?? MAX_COLUMNS - 1;
  return { sheet, geo: { r: Math.min(r0, r1), c: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 } };
}

const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;
export const formatGeometry = (g: Geometry): string =>
  g.rows === 1 && g.cols === 1 ? a1(g.r, g.c) : `${a1(g.r, g.c)}:${a1(g.r + g.rows - 1, g.c + g.cols - 1)}`;
const quoteSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

// ---------------------------------------------------------------------------------------------
// Errors

export class FakeRichApiError extends Error {
  override name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
const richError = (code: string, message: string) => new FakeRichApiError(code, message);

// ---------------------------------------------------------------------------------------------
// The workbook model (what "Excel" holds; proxies read and change it only at sync)

const key = (r: number, c: number) => r * MAX_COLUMNS + c;

class SheetModel {
  values: CellValue[][] = [];
  fills = new Map<number, string>();
  numberFormats = new Map<number, string>();
  /** Cells written with a leading apostrophe (Excel keeps the rest as text). */
  literal = new Set<number>();
  widths = new Map<number, number>();
  hidden = new Set<number>();
  /** Formula text by cell; the cell's value stays in `values` (the fake does not calculate). */
  formulas = new Map<number, string>();
  merges: Geometry[] = [];
  protected = false;
  constructor(
    public name: string,
    public id: string,
  ) {}

  /** Everything a user could undo back to (the fake's undo stack keeps these). */
  state() {
    return {
      values: this.values.map((r) => (r ? [...r] : r)),
      fills: new Map(this.fills),
      numberFormats: new Map(this.numberFormats),
      literal: new Set(this.literal),
      widths: new Map(this.widths),
      formulas: new Map(this.formulas),
      merges: this.merges.map((m) => ({ ...m })),
    };
  }
  restore(s: ReturnType<SheetModel["state"]>) {
    Object.assign(this, s);
  }
  /** Moves whole rows: `to(r)` is the new row of row r, or null when it is deleted. */
  moveRows(to: (r: number) => number | null) {
    const values: CellValue[][] = [];
    this.values.forEach((row, r) => {
      const n = to(r);
      if (n !== null && row) values[n] = row;
    });
    this.values = values;
    const remap = <V>(m: Map<number, V>) => {
      const out = new Map<number, V>();
      for (const [k, v] of m) {
        const n = to(Math.floor(k / MAX_COLUMNS));
        if (n !== null) out.set(key(n, k % MAX_COLUMNS), v);
      }
      return out;
    };
    this.fills = remap(this.fills);
    this.numberFormats = remap(this.numberFormats);
    this.formulas = remap(this.formulas);
    this.literal = new Set([...remap(new Map([...this.literal].map((k) => [k, true])))].map(([k]) => k));
    this.hidden = new Set([...this.hidden].map(to).filter((r): r is number => r !== null));
  }

  get(r: number, c: number): CellValue {
    return this.values[r]?.[c] ?? "";
  }
  set(r: number, c: number, v: CellValue) {
    if (v === "" && !this.values[r]) return;
    (this.values[r] ??= [])[c] = v;
  }
  /** Bounding box of cells with a value (and, unless valuesOnly, a fill or number format) inside `within`. */
  used(within: Geometry, valuesOnly: boolean): Geometry | null {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    const take = (r: number, c: number) => {
      if (r < within.r || r >= within.r + within.rows || c < within.c || c >= within.c + within.cols) return;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    };
    const rEnd = Math.min(this.values.length, within.r + within.rows);
    for (let r = within.r; r < rEnd; r++) {
      const row = this.values[r];
      if (!row) continue;
      const cEnd = Math.min(row.length, within.c + within.cols);
      for (let c = within.c; c < cEnd; c++) if (row[c] !== undefined && row[c] !== "") take(r, c);
    }
    // "If true, considers only cells with values as used cells (ignoring formatting)" (Range.getUsedRange,
    // learn.microsoft.com/javascript/api/excel/excel.range): without it, fills and number formats count.
    if (!valuesOnly) {
      for (const k of [...this.fills.keys(), ...this.numberFormats.keys()]) take(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    }
    return r1 < 0 ? null : { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
  /** Insert (count > 0) or delete (count < 0) cells at column c within rows r..r+rows-1, shifting the rest of each row. */
  shiftCells(r: number, rows: number, c: number, count: number) {
    for (let i = r; i < r + rows; i++) {
      const row = this.values[i];
      if (row && row.length > c) {
        if (count > 0) row.splice(c, 0, ...new Array<CellValue>(count).fill(""));
        else row.splice(c, -count);
      }
      for (const map of [this.fills, this.numberFormats, this.formulas]) {
        const moved: [number, string][] = [];
        for (const [k, v] of map) {
          const kr = Math.floor(k / MAX_COLUMNS);
          const kc = k % MAX_COLUMNS;
          if (kr !== i || kc < c) continue;
          map.delete(k);
          if (count > 0 || kc >= c - count) moved.push([key(kr, kc + count), v]);
        }
        for (const [k, v] of moved) map.set(k, v);
      }
      const lit = [...this.literal].filter((k) => Math.floor(k / MAX_COLUMNS) === i && k % MAX_COLUMNS >= c);
      lit.forEach((k) => this.literal.delete(k));
      lit.forEach((k) => k % MAX_COLUMNS >= c - count && this.literal.add(k + count));
    }
  }
}

class TableModel {
  /** Table.showHeaders / showTotals (ExcelApi 1.3). With headers off the names live here, not in a row. */
  showHeaders = true;
  showTotals = false;
  hiddenNames: string[] = [];
  constructor(
    public name: string,
    public sheet: SheetModel,
    /** The whole table: header row when shown, data rows, totals row when shown. */
    public geo: Geometry,
  ) {}
  columnNames(): string[] {
    if (!this.showHeaders) return [...this.hiddenNames];
    return Array.from({ length: this.geo.cols }, (_, i) => String(this.sheet.get(this.geo.r, this.geo.c + i)));
  }
}

/** A workbook-scoped name (NamedItem, ExcelApi 1.4) referring to a range. */
interface NameModel {
  name: string;
  sheet: SheetModel;
  /** null once every cell it referred to was deleted (Excel shows #REF!). */
  geo: Geometry | null;
}

/**
 * "The attempted operation affects more than the limit of 33554000 cells": Excel.ErrorCodes
 * operationCellsExceedLimit (@types/office-js, ErrorCodes); Excel on the web raises it from
 * inserts that shift many cells, such as TableColumnCollection.add on a tall table.
 */
export const OPERATION_CELL_LIMIT = 33_554_000;
/** office-js #621: document settings hold about 2 MB; saveAsync fails beyond it. */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

export interface FormulaWrite {
  sheet: string;
  address: string;
  text: string;
}

class World {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  active!: SheetModel;
  selection!: Geometry;
  settings = new Map<string, unknown>();
  settingsSaves = 0;
  requirementSets: Record<string, string>;
  requestLimit: number;
  responseLimit: number;
  formulaWrites: FormulaWrite[] = [];
  /** Data validation list rules set (Range.dataValidation.rule = { list: { source } }). */
  validations: { sheet: string; address: string; source: string }[] = [];
  suspended = { calculation: 0, screenUpdating: 0 };
  /** Calculation suspended through the API and not recalculated since (the add-in must recalculate). */
  calculationPending = false;
  names: NameModel[] = [];
  selectionAreas: Geometry[] | null = null;
  /** The user is typing in a cell (cell edit mode). */
  cellEditing = false;
  /** Runs when a delayForCellEdit batch waits for the user to leave cell edit mode; default: they press Enter. */
  onCellEditWait?: () => void;
  /** Undo steps (each sync with a write is one, or one per Excel.run with mergeUndoGroup), recorded only when tracking. */
  undoTracking = false;
  undoStack: { sheets: [SheetModel, ReturnType<SheetModel["state"]>][]; tables: [TableModel, Geometry, string[]][]; names: NameModel[] }[] = [];
  /** What is saved in the document; `settings` is this user's in-memory copy (Office.Settings). */
  savedSettings = new Map<string, unknown>();
  settingsLimit = SETTINGS_LIMIT_BYTES;
  /** Table column inserts fail past this many shifted cells (Excel on the web). */
  operationCellLimit = OPERATION_CELL_LIMIT;
  beforeSync?: (syncNumber: number) => void;
  stats: FakeStats = { syncs: 0, failedSyncs: 0, proxies: 0, requestBytes: [], responseBytes: [], maxRequestBytes: 0, maxResponseBytes: 0, rejected: [], runs: 0 };
  nextId = 1;
  private nextTable = 1;

  constructor(readonly seed: FakeSeed) {
    this.requirementSets = { ExcelApi: "1.17", ...(seed.requirementSets ?? {}) };
    this.requestLimit = seed.requestLimitBytes ?? FIVE_MB;
    this.responseLimit = seed.responseLimitBytes ?? FIVE_MB;
    for (const [name, s] of Object.entries(seed.sheets)) {
      const sheet = new SheetModel(name, `{sheet-${this.nextId++}}`);
      const at = parseAddress(s.at ?? "A1").geo;
      (s.values ?? []).forEach((row, i) => row.forEach((v, j) => sheet.set(at.r + i, at.c + j, v)));
      for (const f of s.fills ?? []) this.eachCell(parseAddress(f.address).geo, (r, c) => sheet.fills.set(key(r, c), f.color.toUpperCase()));
      for (const f of s.numberFormats ?? []) this.eachCell(parseAddress(f.address).geo, (r, c) => sheet.numberFormats.set(key(r, c), f.format));
      for (const [letter, w] of Object.entries(s.columnWidths ?? {})) sheet.widths.set(columnIndex(letter), w);
      sheet.protected = !!s.protected;
      (s.hiddenRows ?? []).forEach((r) => sheet.hidden.add(r - 1));
      for (const [address, f] of Object.entries(s.formulas ?? {})) {
        const g = parseAddress(address).geo;
        sheet.formulas.set(key(g.r, g.c), f);
        if (sheet.get(g.r, g.c) === "") sheet.set(g.r, g.c, 0);
      }
      sheet.merges = (s.merges ?? []).map((m) => parseAddress(m).geo);
      this.sheets.push(sheet);
    }
    if (this.sheets.length === 0) throw new Error("The fake workbook needs at least one sheet.");
    this.active = seed.activeSheet ? this.sheet(seed.activeSheet) : this.sheets[0];
    this.selection = parseAddress(seed.selection ?? "A1").geo;
    for (const t of seed.tables ?? []) {
      const m = new TableModel(t.name, this.sheet(t.sheet), parseAddress(t.address).geo);
      m.showHeaders = t.showHeaders ?? true;
      m.showTotals = t.showTotals ?? false;
      m.hiddenNames = t.columnNames ?? [];
      this.tables.push(m);
    }
    for (const [k, v] of Object.entries(seed.settings ?? {})) this.settings.set(k, v);
    this.savedSettings = new Map(this.settings);
    this.selectionAreas = seed.selectionAreas ? seed.selectionAreas.map((a) => parseAddress(a).geo) : null;
  }

  sheet(nameOrId: string): SheetModel {
    const s = this.sheets.find((x) => x.name === nameOrId || x.id === nameOrId);
    if (!s) throw richError("ItemNotFound", `The requested resource doesn't exist (worksheet "${nameOrId}").`);
    return s;
  }
  /** WorksheetCollection.add: a new, empty sheet at the end; names are unique ignoring case, as in Excel. */
  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw richError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw richError("InvalidArgument", `"${name}" is not a valid worksheet name.`);
    const sheet = new SheetModel(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }
  eachCell(g: Geometry, fn: (r: number, c: number) => void) {
    for (let r = g.r; r < g.r + g.rows; r++) for (let c = g.c; c < g.c + g.cols; c++) fn(r, c);
  }
  /** Rows moved on one sheet (insert, delete, sort): cells, tables and names follow, as in Excel. */
  moveRows(sheet: SheetModel, to: (r: number) => number | null, span?: { first: number; last: number; delta: number }) {
    sheet.moveRows(to);
    const fit = (g: Geometry): Geometry | null => {
      if (!span) return g;
      // Insert/delete: a range grows or shrinks when rows go inside it and moves when above it.
      const { first, delta } = span;
      const end = g.r + g.rows;
      if (delta > 0) {
        if (first <= g.r) return { ...g, r: g.r + delta };
        if (first < end) return { ...g, rows: g.rows + delta };
        return g;
      }
      const last = first - delta; // exclusive
      const keptAbove = Math.max(0, Math.min(end, first) - g.r);
      const keptBelow = Math.max(0, end - Math.max(last, g.r));
      if (keptAbove + keptBelow === 0) return null;
      return { ...g, r: g.r < first ? g.r : first, rows: keptAbove + keptBelow };
    };
    sheet.merges = sheet.merges.map(fit).filter((g): g is Geometry => g !== null);
    for (const t of this.tables.filter((x) => x.sheet === sheet)) t.geo = fit(t.geo) ?? t.geo;
    for (const n of this.names) if (n.sheet === sheet && n.geo) n.geo = fit(n.geo);
  }
  newTableName() {
    while (this.tables.some((t) => t.name === `Table${this.nextTable}`)) this.nextTable++;
    return `Table${this.nextTable++}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Request context and proxies

interface Op {
  run: () => void;
  bytes: number;
  /** Changes the workbook (an undo step), as opposed to a load. */
  writes: boolean;
}

const bytesOf = (v: unknown): number => (v === undefined ? 0 : JSON.stringify(v).length);

class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  /** Operations waiting for the next sync. */
  private queue: Op[] = [];
  /** Loaded values to hand over when the running sync succeeds. */
  private deliveries: (() => void)[] = [];
  private responseBytes = 0;

  /** Syncs with a write in this run so far (an undo step each, unless merged). */
  private undoSteps = 0;
  constructor(
    readonly world: World,
    readonly options: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {},
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  enqueue(run: () => void, args?: unknown, writes = false) {
    this.queue.push({ run, bytes: OP_OVERHEAD + bytesOf(args), writes });
  }
  /** Called by ops during a sync: the value becomes readable when the sync completes. */
  deliver(fn: () => void, value: unknown) {
    this.responseBytes += bytesOf(value);
    this.deliveries.push(fn);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const w = this.world;
    const queue = this.queue;
    this.queue = [];
    this.deliveries = [];
    this.responseBytes = 0;
    w.stats.syncs++;
    w.beforeSync?.(w.stats.syncs);
    const request = queue.reduce((n, op) => n + op.bytes, 0);
    w.stats.requestBytes.push(request);
    if (request > w.requestLimit) {
      w.stats.failedSyncs++;
      w.stats.responseBytes.push(0);
      w.stats.rejected.push({ sync: w.stats.syncs, code: "RequestPayloadSizeLimitExceeded", bytes: request });
      throw richError("RequestPayloadSizeLimitExceeded", `The request payload size (${request} bytes) has exceeded the limit (${w.requestLimit} bytes).`);
    }
    w.stats.maxRequestBytes = Math.max(w.stats.maxRequestBytes, request);
    // Excel.RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch
    // request is processed by the host, the batch automatically fails. When true, ... the batch
    // request is delayed until the user exits cell edit mode."
    // (learn.microsoft.com/javascript/api/excel/excel.runoptions; Excel.ErrorCodes.invalidOperationInCellEditMode)
    if (w.cellEditing && queue.length) {
      if (!this.options.delayForCellEdit) {
        w.stats.failedSyncs++;
        w.stats.responseBytes.push(0);
        throw richError("InvalidOperationInCellEditMode", "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.");
      }
      (w.onCellEditWait ?? (() => void (w.cellEditing = false)))();
      if (w.cellEditing) throw new Error("The fake's onCellEditWait must end cell edit mode.");
    }
    // Without RunOptions.mergeUndoGroup (ExcelApi 1.20) "each context.sync() call creates an
    // undo record"; with it, all syncs of one Excel.run are one undo group (same page).
    if (w.undoTracking && queue.some((op) => op.writes) && (!this.options.mergeUndoGroup || this.undoSteps === 0)) {
      w.undoStack.push({
        sheets: w.sheets.map((sh) => [sh, sh.state()]),
        tables: w.tables.map((t) => [t, { ...t.geo }, [...t.hiddenNames]]),
        names: w.names.map((n) => ({ ...n, geo: n.geo && { ...n.geo } })),
      });
      this.undoSteps++;
    }
    try {
      for (const op of queue) op.run();
    } catch (e) {
      w.stats.failedSyncs++;
      w.stats.responseBytes.push(0);
      throw e;
    }
    w.stats.responseBytes.push(this.responseBytes);
    if (this.responseBytes > w.responseLimit) {
      w.stats.failedSyncs++;
      w.stats.rejected.push({ sync: w.stats.syncs, code: "ResponsePayloadSizeLimitExceeded", bytes: this.responseBytes });
      throw richError("ResponsePayloadSizeLimitExceeded", `The response payload size (${this.responseBytes} bytes) has exceeded the limit (${w.responseLimit} bytes).`);
    }
    w.stats.maxResponseBytes = Math.max(w.stats.maxResponseBytes, this.responseBytes);
    for (const d of this.deliveries) d();
  }

  get pending(): number {
    return this.queue.length;
  }
}

type LoadSpec = string | string[] | { select?: string | string[] };

const loadProps = (spec?: LoadSpec): string[] => {
  const list = spec === undefined ? [] : typeof spec === "string" || Array.isArray(spec) ? spec : (spec.select ?? []);
  return (Array.isArray(list) ? list : list.split(",")).map((s) => s.trim()).filter(Boolean);
};

/** Base of every proxy: queued loads, values readable only after a sync. */
abstract class FakeProxy {
  private loaded = new Map<string, unknown>();
  protected synced = false;
  constructor(protected readonly ctx: FakeRequestContext) {
    ctx.world.stats.proxies++;
  }
  /** The properties load() may name, read from the model at the time the load runs. */
  protected abstract current(prop: string): unknown;
  protected abstract readonly typeName: string;
  /** True when, at sync time, this proxy turned out to be a null object (…OrNullObject). */
  protected isNullNow(): boolean {
    return false;
  }

  load(spec?: LoadSpec): this {
    const props = loadProps(spec);
    if (props.length === 0) throw richError("InvalidArgument", `load() with no properties on ${this.typeName}: name the properties you need.`);
    this.ctx.enqueue(() => {
      // As in Excel, loading a null object is not an error; it just has no properties.
      if (this.isNullNow()) return this.resolveAtSync();
      const values = props.map((p) => [p, this.current(p)] as const);
      this.ctx.deliver(() => {
        for (const [p, v] of values) this.loaded.set(p, v);
        this.synced = true;
      }, Object.fromEntries(values));
    }, props);
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw richError("PropertyNotLoaded", `The property '${prop}' of ${this.typeName} is not available. Call load("${prop}") and context.sync() before reading it.`);
    }
    return this.loaded.get(prop) as T;
  }
  /** Items a collection load creates arrive with the properties named in "items/…" loaded. */
  preload(values: Record<string, unknown>): this {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    this.synced = true;
    return this;
  }
  /** Marks this proxy resolved once the sync that created it succeeds (isNullObject becomes readable). */
  protected resolveAtSync() {
    this.ctx.deliver(() => (this.synced = true), null);
  }
  toJSON() {
    return Object.fromEntries(this.loaded);
  }
}

const writeCheck = (sheet: SheetModel) => {
  if (sheet.protected) throw richError("AccessDenied", `The sheet "${sheet.name}" is protected; the cells cannot be changed.`);
};

class FakeRange extends FakeProxy {
  protected readonly typeName = "Range";
  private geo: Geometry | null = null;
  private sheetModel: SheetModel | null = null;
  readonly format: FakeRangeFormat;

  /** `resolve` runs at sync, in queue order, and says which cells this range is (null: a null object). */
  constructor(ctx: FakeRequestContext, resolve: () => { sheet: SheetModel; geo: Geometry } | null) {
    super(ctx);
    ctx.enqueue(() => {
      const at = resolve();
      this.sheetModel = at?.sheet ?? null;
      this.geo = at?.geo ?? null;
      this.resolveAtSync();
    });
    this.format = new FakeRangeFormat(ctx, this);
  }

  protected override isNullNow() {
    return this.geo === null;
  }
  nullAtSync(): boolean {
    return this.geo === null;
  }
  /** The range's sheet and cells, at sync time. */
  where(): { sheet: SheetModel; geo: Geometry } {
    if (!this.sheetModel || !this.geo) throw richError("ItemNotFound", "The range is a null object (it does not exist).");
    return { sheet: this.sheetModel, geo: this.geo };
  }

  get isNullObject(): boolean {
    if (!this.synced) throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.geo === null;
  }
  get values(): CellValue[][] {
    return this.read("values");
  }
  /** Range.dataValidation (ExcelApi 1.8): only setting a list rule is modelled, and recorded. */
  get dataValidation(): { rule: { list?: { inCellDropDown: boolean; source: string } } } {
    const enqueue = (rule: { list?: { source: string } }) =>
      this.ctx.enqueue(() => {
        const { sheet, geo } = this.where();
        writeCheck(sheet);
        if (rule.list) this.ctx.world.validations.push({ sheet: sheet.name, address: formatGeometry(geo), source: rule.list.source });
      }, rule);
    return {
      set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
        enqueue(rule);
      },
      get rule(): { list?: { inCellDropDown: boolean; source: string } } {
        throw richError("InvalidArgument", "The fake models setting a data validation rule only.");
      },
    };
  }
  set values(v: CellValue[][]) {
    this.ctx.enqueue(() => this.writeValues(v), v, true);
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  /** A formula cell gives its formula, any other its value (Range.formulas). */
  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.where().sheet);
  }
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas meeting this range, a null
   * object when there are none; "if the merged areas count in this range is more than 512, then
   * this method will fail to return the result" (@types/office-js).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, geo } = this.where();
      const found = sheet.merges.filter((m) => m.r < geo.r + geo.rows && m.r + m.rows > geo.r && m.c < geo.c + geo.cols && m.c + m.cols > geo.c);
      if (found.length > 512) throw richError("GeneralException", "There are more than 512 merged areas in the range.");
      return found.length ? { sheet, areas: found } : null;
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.where();
      writeCheck(sheet);
      this.ctx.world.eachCell(geo, (r, c) => {
        const f = Array.isArray(v) ? v[r - geo.r][c - geo.c] : v;
        if (f === "General") sheet.numberFormats.delete(key(r, c));
        else sheet.numberFormats.set(key(r, c), f);
      });
    }, v, true);
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }

  protected current(prop: string): unknown {
    const { sheet, geo } = this.where();
    const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
      Array.from({ length: geo.rows }, (_, i) => Array.from({ length: geo.cols }, (_, j) => fn(geo.r + i, geo.c + j)));
    switch (prop) {
      case "values":
        return grid((r, c) => sheet.get(r, c));
      case "valueTypes":
        return grid((r, c) => valueType(sheet.get(r, c)));
      case "formulas":
        return grid((r, c) => sheet.formulas.get(key(r, c)) ?? sheet.get(r, c));
      case "text":
        return grid((r, c) => String(sheet.get(r, c)));
      case "numberFormat":
        return grid((r, c) => sheet.numberFormats.get(key(r, c)) ?? "General");
      case "address":
        return `${quoteSheet(sheet.name)}!${formatGeometry(geo)}`;
      case "rowIndex":
        return geo.r;
      case "columnIndex":
        return geo.c;
      case "rowCount":
        return geo.rows;
      case "columnCount":
        return geo.cols;
      case "rowHidden": {
        let hidden = 0;
        for (const r of sheet.hidden) if (r >= geo.r && r < geo.r + geo.rows) hidden++;
        return hidden === 0 ? false : hidden === geo.rows ? true : null;
      }
      default:
        throw richError("InvalidArgument", `The fake Range has no property "${prop}".`);
    }
  }

  private writeValues(v: CellValue[][]) {
    const { sheet, geo } = this.where();
    writeCheck(sheet);
    const scalar = !Array.isArray(v);
    if (!scalar && (v.length !== geo.rows || v.some((row) => !Array.isArray(row) || row.length !== geo.cols))) {
      throw richError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range ${formatGeometry(geo)}.`);
    }
    this.ctx.world.eachCell(geo, (r, c) => {
      const value = scalar ? (v as unknown as CellValue) : v[r - geo.r][c - geo.c];
      sheet.literal.delete(key(r, c));
      sheet.formulas.delete(key(r, c));
      if (typeof value === "string" && value.startsWith("'")) {
        sheet.literal.add(key(r, c));
        sheet.set(r, c, value.slice(1));
        return;
      }
      if (typeof value === "string" && /^[=+\-@]/.test(value)) {
        this.ctx.world.formulaWrites.push({ sheet: sheet.name, address: a1(r, c), text: value });
      }
      sheet.set(r, c, value === null || value === undefined ? "" : value);
    });
  }

  select() {
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.where();
      this.ctx.world.active = sheet;
      this.ctx.world.selection = { ...geo };
    });
  }

  clear(applyTo: string = "All") {
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.where();
      writeCheck(sheet);
      this.ctx.world.eachCell(geo, (r, c) => {
        if (applyTo === "All" || applyTo === "Contents") {
          sheet.set(r, c, "");
          sheet.literal.delete(key(r, c));
          sheet.formulas.delete(key(r, c));
        }
        if (applyTo === "All" || applyTo === "Formats") {
          sheet.fills.delete(key(r, c));
          sheet.numberFormats.delete(key(r, c));
        }
      });
    }, applyTo, true);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, geo } = this.where();
      const used = sheet.used(geo, valuesOnly);
      return used ? { sheet, geo: used } : null;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, geo } = this.where();
      return { sheet, geo: { r: geo.r + row, c: geo.c + column, rows: 1, cols: 1 } };
    });
  }

  /** Only `format.fill.color` / `format.fill.pattern` are modelled. */
  getCellProperties(spec: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): FakeClientResult<CellFillProperties[][]> {
    const result = new FakeClientResult<CellFillProperties[][]>(this.ctx);
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.where();
      const value = Array.from({ length: geo.rows }, (_, i) =>
        Array.from({ length: geo.cols }, (_, j) => {
          const fill = sheet.fills.get(key(geo.r + i, geo.c + j));
          const out: { color?: string; pattern?: string } = {};
          if (spec.format?.fill?.color) out.color = fill ?? "#FFFFFF";
          if (spec.format?.fill?.pattern) out.pattern = fill ? "Solid" : "None";
          return { format: { fill: out } };
        }),
      );
      result.set(value);
    }, spec);
    return result;
  }

  setCellProperties(props: CellFillProperties[][]) {
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.where();
      writeCheck(sheet);
      if (props.length !== geo.rows || props.some((row) => row.length !== geo.cols)) {
        throw richError("InvalidArgument", `setCellProperties: the array does not match the size of ${formatGeometry(geo)}.`);
      }
      props.forEach((row, i) =>
        row.forEach((p, j) => {
          const fill = p?.format?.fill;
          if (!fill) return;
          const k = key(geo.r + i, geo.c + j);
          if (fill.pattern === "None") sheet.fills.delete(k);
          else if (fill.color) sheet.fills.set(k, fill.color.toUpperCase());
        }),
      );
    }, props, true);
  }
}

/** RangeAreas with its `areas` collection; only geometry loads are modelled. */
class FakeRangeAreas extends FakeProxy {
  protected readonly typeName = "RangeAreas";
  private found: { sheet: SheetModel; areas: Geometry[] } | null = null;
  readonly areas: FakeRangeCollection;
  constructor(ctx: FakeRequestContext, resolve: () => { sheet: SheetModel; areas: Geometry[] } | null) {
    super(ctx);
    ctx.enqueue(() => {
      this.found = resolve();
      this.resolveAtSync();
    });
    this.areas = new FakeRangeCollection(ctx, () => this.found);
  }
  protected override isNullNow() {
    return this.found === null;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.found === null;
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  protected current(prop: string): unknown {
    if (prop === "areaCount") return this.found?.areas.length ?? 0;
    throw richError("InvalidArgument", `The fake RangeAreas has no property "${prop}".`);
  }
}

class FakeRangeCollection extends FakeProxy {
  protected readonly typeName = "RangeCollection";
  private list: FakeRange[] | null = null;
  constructor(
    ctx: FakeRequestContext,
    private readonly source: () => { sheet: SheetModel; areas: Geometry[] } | null,
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    throw richError("InvalidArgument", `Load "items/…" on the fake RangeCollection, not "${prop}".`);
  }
  override load(spec?: LoadSpec): this {
    const props = loadProps(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const found = this.source();
      const areas = found?.areas ?? [];
      const geometry = (g: Geometry) => ({ rowIndex: g.r, columnIndex: g.c, rowCount: g.rows, columnCount: g.cols, address: `${quoteSheet(found?.sheet.name ?? "")}!${formatGeometry(g)}` });
      const loaded = areas.map((g) => Object.fromEntries(props.map((p) => [p, (geometry(g) as Record<string, unknown>)[p]])));
      this.ctx.deliver(() => {
        this.list = areas.map((g, i) => new FakeRange(this.ctx, () => (found ? { sheet: found.sheet, geo: g } : null)).preload(loaded[i]));
      }, loaded);
    }, props);
    return this;
  }
  get items(): FakeRange[] {
    if (!this.list) throw richError("PropertyNotLoaded", 'RangeCollection.items: call load("items/rowIndex,…") and context.sync() first.');
    return this.list;
  }
}

export interface CellFillProperties {
  format?: { fill?: { color?: string; pattern?: string } };
}

const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!)$/;
const valueType = (v: CellValue): string =>
  v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : ERROR_TEXT.test(v) ? "Error" : "String";

class FakeClientResult<T> {
  private ready = false;
  private v!: T;
  constructor(ctx: FakeRequestContext) {
    ctx.world.stats.proxies++;
    this.ctx = ctx;
  }
  private ctx: FakeRequestContext;
  set(value: T) {
    this.ctx.deliver(() => {
      this.v = value;
      this.ready = true;
    }, value);
  }
  get value(): T {
    if (!this.ready) throw richError("PropertyNotLoaded", "A ClientResult's value is available only after context.sync().");
    return this.v;
  }
}

class FakeRangeFormat extends FakeProxy {
  protected readonly typeName = "RangeFormat";
  protected override isNullNow() {
    return this.range.nullAtSync();
  }
  readonly fill: FakeRangeFill;
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.fill = new FakeRangeFill(ctx, range);
  }
  get columnWidth(): number | null {
    return this.read("columnWidth");
  }
  set columnWidth(w: number) {
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.range.where();
      writeCheck(sheet);
      for (let c = geo.c; c < geo.c + geo.cols; c++) {
        if (w === DEFAULT_COLUMN_WIDTH) sheet.widths.delete(c);
        else sheet.widths.set(c, w);
      }
    }, w, true);
  }
  protected current(prop: string): unknown {
    if (prop !== "columnWidth") throw richError("InvalidArgument", `The fake RangeFormat has no property "${prop}".`);
    const { sheet, geo } = this.range.where();
    const widths = new Set<number>();
    for (let c = geo.c; c < geo.c + geo.cols; c++) widths.add(sheet.widths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }
}

class FakeRangeFill extends FakeProxy {
  protected readonly typeName = "RangeFill";
  protected override isNullNow() {
    return this.range.nullAtSync();
  }
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  /** As in Excel: "#FFFFFF" when no cell is filled, null when the cells differ. */
  get color(): string | null {
    return this.read("color");
  }
  set color(color: string) {
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.range.where();
      writeCheck(sheet);
      this.ctx.world.eachCell(geo, (r, c) => sheet.fills.set(key(r, c), color.toUpperCase()));
    }, color, true);
  }
  /** "None" when no cell is filled, "Solid" when all are, null when mixed. */
  get pattern(): string | null {
    return this.read("pattern");
  }
  clear() {
    this.ctx.enqueue(() => {
      const { sheet, geo } = this.range.where();
      writeCheck(sheet);
      this.ctx.world.eachCell(geo, (r, c) => sheet.fills.delete(key(r, c)));
    }, null, true);
  }
  protected current(prop: string): unknown {
    const { sheet, geo } = this.range.where();
    const seen = new Set<string | null>();
    for (let r = geo.r; r < geo.r + geo.rows && seen.size < 2; r++) {
      for (let c = geo.c; c < geo.c + geo.cols && seen.size < 2; c++) seen.add(sheet.fills.get(key(r, c)) ?? null);
    }
    const only = seen.size === 1 ? [...seen][0] : undefined;
    if (prop === "color") return only === undefined ? null : (only ?? "#FFFFFF");
    if (prop === "pattern") return only === undefined ? null : only === null ? "None" : "Solid";
    throw richError("InvalidArgument", `The fake RangeFill has no property "${prop}".`);
  }
}

class FakeWorksheetProtection extends FakeProxy {
  protected readonly typeName = "WorksheetProtection";
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protected current(prop: string): unknown {
    if (prop !== "protected") throw richError("InvalidArgument", `The fake WorksheetProtection has no property "${prop}".`);
    return this.sheet.model().protected;
  }
}

class FakeWorksheet extends FakeProxy {
  protected readonly typeName = "Worksheet";
  private sheet: SheetModel | null = null;
  readonly protection: FakeWorksheetProtection;
  readonly tables: FakeTableCollection;

  constructor(ctx: FakeRequestContext, resolve: () => SheetModel | null) {
    super(ctx);
    ctx.enqueue(() => {
      this.sheet = resolve();
      this.resolveAtSync();
    });
    this.protection = new FakeWorksheetProtection(ctx, this);
    this.tables = new FakeTableCollection(ctx, () => this.ctx.world.tables.filter((t) => t.sheet === this.model()));
  }
  protected override isNullNow() {
    return this.sheet === null;
  }
  model(): SheetModel {
    if (!this.sheet) throw richError("ItemNotFound", "The worksheet is a null object (it does not exist).");
    return this.sheet;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.sheet === null;
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  protected current(prop: string): unknown {
    if (prop === "name") return this.model().name;
    if (prop === "id") return this.model().id;
    throw richError("InvalidArgument", `The fake Worksheet has no property "${prop}".`);
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.model();
      return { sheet, geo: address ? parseAddress(address).geo : { r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw richError("InvalidArgument", `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`);
      }
      return { sheet: this.model(), geo: { r: startRow, c: startColumn, rows: rowCount, cols: columnCount } };
    });
  }
  /** As in Excel: A1 when the sheet is empty. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.model();
      return { sheet, geo: sheet.used({ r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLUMNS }, valuesOnly) ?? { r: 0, c: 0, rows: 1, cols: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.model();
      const used = sheet.used({ r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLUMNS }, valuesOnly);
      return used ? { sheet, geo: used } : null;
    });
  }
  activate() {
    this.ctx.enqueue(() => {
      this.ctx.world.active = this.model();
    });
  }
}

class FakeWorksheetCollection extends FakeProxy {
  protected readonly typeName = "WorksheetCollection";
  private list: FakeWorksheet[] | null = null;
  protected current(prop: string): unknown {
    throw richError("InvalidArgument", `Load "items/name" on the fake WorksheetCollection, not "${prop}".`);
  }
  override load(spec?: LoadSpec): this {
    const props = loadProps(spec);
    this.ctx.enqueue(() => {
      const models = [...this.ctx.world.sheets];
      const names = models.map((m) => ({ name: m.name, id: m.id }));
      this.ctx.deliver(() => {
        this.list = models.map((m) => {
          return new FakeWorksheet(this.ctx, () => m).preload({ name: m.name, id: m.id });
        });
      }, names);
    }, props);
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.list) throw richError("PropertyNotLoaded", 'WorksheetCollection.items: call load("items/name") and context.sync() first.');
    return this.list;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.world.active);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.world.sheet(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.world.sheets.find((s) => s.name === key || s.id === key) ?? null);
  }
  /** WorksheetCollection.add(name) (ExcelApi 1.1). */
  add(name: string): FakeWorksheet {
    let made: SheetModel | null = null;
    this.ctx.enqueue(() => void (made = this.ctx.world.addSheet(name)), name);
    return new FakeWorksheet(this.ctx, () => made);
  }
}

class FakeTableColumn extends FakeProxy {
  protected readonly typeName = "TableColumn";
  private found: { table: TableModel; index: number } | null = null;
  constructor(ctx: FakeRequestContext, resolve: () => { table: TableModel; index: number } | null) {
    super(ctx);
    ctx.enqueue(() => {
      this.found = resolve();
      this.resolveAtSync();
    });
  }
  protected override isNullNow() {
    return this.found === null;
  }
  private at() {
    if (!this.found) throw richError("ItemNotFound", "The table column is a null object (it does not exist).");
    return this.found;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.found === null;
  }
  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }
  protected current(prop: string): unknown {
    const { table, index } = this.at();
    if (prop === "name") return table.columnNames()[index];
    if (prop === "index") return index;
    throw richError("InvalidArgument", `The fake TableColumn has no property "${prop}".`);
  }
  /** Deletes the column's cells within the table's rows; cells right of it move left. */
  delete() {
    this.ctx.enqueue(() => {
      const { table } = this.at();
      const index = table.columnNames().indexOf(this.currentName());
      writeCheck(table.sheet);
      if (table.geo.cols === 1) throw richError("InvalidOperation", "A table must keep at least one column.");
      table.sheet.shiftCells(table.geo.r, table.geo.rows, table.geo.c + index, -1);
      table.geo = { ...table.geo, cols: table.geo.cols - 1 };
      if (!table.showHeaders) table.hiddenNames.splice(index, 1);
    }, null, true);
  }
  private resolvedName = "";
  private currentName() {
    return this.resolvedName;
  }
  /** Remember the name at resolution so a delete after other column deletes still finds it. */
  pin() {
    this.ctx.enqueue(() => {
      if (this.found) this.resolvedName = this.found.table.columnNames()[this.found.index];
    });
  }
}

class FakeTableColumnCollection extends FakeProxy {
  protected readonly typeName = "TableColumnCollection";
  private names: string[] | null = null;
  constructor(
    ctx: FakeRequestContext,
    private readonly table: FakeTable,
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    if (prop === "count") return this.table.model().geo.cols;
    throw richError("InvalidArgument", `The fake TableColumnCollection has no property "${prop}".`);
  }
  override load(spec?: LoadSpec): this {
    const props = loadProps(spec);
    if (props.some((p) => p.startsWith("items"))) {
      this.ctx.enqueue(() => {
        const names = this.table.model().columnNames();
        this.ctx.deliver(() => (this.names = names), names);
      }, props);
      return this;
    }
    return super.load(spec);
  }
  get items(): { name: string }[] {
    if (!this.names) throw richError("PropertyNotLoaded", 'TableColumnCollection.items: call load("items/name") and context.sync() first.');
    return this.names.map((name) => ({ name }));
  }
  get count(): number {
    return this.read("count");
  }
  /** Appends a column (index null/undefined or equal to the count): inserts cells right of the table, shifting the rest of each table row right. */
  add(index?: number | null, values?: CellValue[][] | null, name?: string): FakeTableColumn {
    this.ctx.enqueue(() => {
      const t = this.table.model();
      writeCheck(t.sheet);
      if (index !== undefined && index !== null && index !== -1 && index !== t.geo.cols) {
        throw richError("NotImplemented", "The fake only appends table columns at the right end.");
      }
      const c = t.geo.c + t.geo.cols;
      // Inserting cells shifts everything right of them in the table's rows, its totals row and
      // formatted-only cells included ("Columns with a higher index will be shifted to the side",
      // TableColumnCollection.add, learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection);
      // on the web a shift past the operation limit fails (Excel.ErrorCodes.operationCellsExceedLimit).
      const right = t.sheet.used({ r: t.geo.r, c, rows: t.geo.rows, cols: MAX_COLUMNS - c }, false);
      const shifted = right ? t.geo.rows * (right.c + right.cols - c) : 0;
      if (right && right.c + right.cols >= MAX_COLUMNS) throw richError("InsertDeleteConflict", "The insert operation failed: cells would be pushed off the sheet.");
      if (this.ctx.world.seed.platform !== "PC" && shifted > this.ctx.world.operationCellLimit) {
        throw richError("OperationCellsExceedLimit", `The attempted operation affects more than the limit of ${this.ctx.world.operationCellLimit} cells.`);
      }
      t.sheet.shiftCells(t.geo.r, t.geo.rows, c, 1);
      t.geo = { ...t.geo, cols: t.geo.cols + 1 };
      let header = name ?? `Column${t.geo.cols}`;
      const taken = new Set(t.columnNames().slice(0, t.showHeaders ? -1 : undefined).map((n) => n.toLowerCase()));
      for (let k = 2; taken.has(header.toLowerCase()); k++) header = `${name ?? "Column"}${k}`;
      if (t.showHeaders) t.sheet.set(t.geo.r, c, header);
      else t.hiddenNames.push(header);
      if (values) values.forEach((row, i) => i > 0 && t.sheet.set(t.geo.r + i, c, row[0]));
    }, { index, values, name }, true);
    const col = new FakeTableColumn(this.ctx, () => {
      const t = this.table.model();
      return { table: t, index: t.geo.cols - 1 };
    });
    col.pin();
    return col;
  }
  getItem(key: string | number): FakeTableColumn {
    const col = new FakeTableColumn(this.ctx, () => {
      const found = this.find(key);
      if (!found) throw richError("ItemNotFound", `The table has no column "${key}".`);
      return found;
    });
    col.pin();
    return col;
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    const col = new FakeTableColumn(this.ctx, () => this.find(key));
    col.pin();
    return col;
  }
  private find(key: string | number) {
    const t = this.table.model();
    const index = typeof key === "number" ? key : t.columnNames().findIndex((n) => n.toLowerCase() === key.toLowerCase());
    return index >= 0 && index < t.geo.cols ? { table: t, index } : null;
  }
}

class FakeTable extends FakeProxy {
  protected readonly typeName = "Table";
  private table: TableModel | null = null;
  readonly columns: FakeTableColumnCollection;
  constructor(ctx: FakeRequestContext, resolve: () => TableModel | null) {
    super(ctx);
    ctx.enqueue(() => {
      this.table = resolve();
      this.resolveAtSync();
    });
    this.columns = new FakeTableColumnCollection(ctx, this);
  }
  protected override isNullNow() {
    return this.table === null;
  }
  model(): TableModel {
    if (!this.table) throw richError("ItemNotFound", "The table is a null object (it does not exist).");
    return this.table;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.table === null;
  }
  get name(): string {
    return this.read("name");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  protected current(prop: string): unknown {
    if (prop === "name") return this.model().name;
    if (prop === "showHeaders") return this.model().showHeaders;
    if (prop === "showTotals") return this.model().showTotals;
    throw richError("InvalidArgument", `The fake Table has no property "${prop}".`);
  }
  private part(rows: (g: Geometry) => Geometry): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.model();
      return { sheet: t.sheet, geo: rows(t.geo) };
    });
  }
  /** Table.getRange: "the range object associated with the entire table", so a shown totals row is in it (Excel.Table, @types/office-js). */
  getRange(): FakeRange {
    return this.part((g) => ({ ...g }));
  }
  getHeaderRowRange(): FakeRange {
    return this.part((g) => ({ ...g, rows: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.model();
      const top = t.showHeaders ? 1 : 0;
      return { sheet: t.sheet, geo: { ...t.geo, r: t.geo.r + top, rows: Math.max(1, t.geo.rows - top - (t.showTotals ? 1 : 0)) } };
    });
  }
  getTotalRowRange(): FakeRange {
    return this.part((g) => ({ ...g, r: g.r + g.rows - 1, rows: 1 }));
  }
}

const tableItem = (m: TableModel) => ({ name: m.name, showHeaders: m.showHeaders, showTotals: m.showTotals });

class FakeTableCollection extends FakeProxy {
  protected readonly typeName = "TableCollection";
  private list: FakeTable[] | null = null;
  constructor(
    ctx: FakeRequestContext,
    private readonly scope: () => TableModel[],
  ) {
    super(ctx);
  }
  protected current(prop: string): unknown {
    if (prop === "count") return this.scope().length;
    throw richError("InvalidArgument", `The fake TableCollection has no property "${prop}".`);
  }
  override load(spec?: LoadSpec): this {
    const props = loadProps(spec);
    if (!props.some((p) => p.startsWith("items"))) return super.load(spec);
    this.ctx.enqueue(() => {
      const models = this.scope();
      this.ctx.deliver(() => {
        this.list = models.map((m) => {
          return new FakeTable(this.ctx, () => m).preload(tableItem(m));
        });
      }, models.map(tableItem));
    }, props);
    return this;
  }
  get items(): FakeTable[] {
    if (!this.list) throw richError("PropertyNotLoaded", 'TableCollection.items: call load("items/name") and context.sync() first.');
    return this.list;
  }
  get count(): number {
    return this.read("count");
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.scope().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw richError("ItemNotFound", `There is no table named "${name}".`);
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.scope().find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
  /** address: "Sheet1!A1:H20" or a range proxy; the first row is the header row. */
  add(address: string | FakeRange, _hasHeaders = true): FakeTable {
    let made: TableModel | null = null;
    this.ctx.enqueue(() => {
      const world = this.ctx.world;
      let sheet: SheetModel;
      let geo: Geometry;
      if (typeof address === "string") {
        const p = parseAddress(address);
        sheet = p.sheet ? world.sheet(p.sheet) : world.active;
        geo = p.geo;
      } else ({ sheet, geo } = address.where());
      writeCheck(sheet);
      made = new TableModel(world.newTableName(), sheet, geo);
      world.tables.push(made);
    }, typeof address === "string" ? address : "range");
    return new FakeTable(this.ctx, () => made);
  }
}

/** A workbook-scoped name (NamedItem, ExcelApi 1.4). */
class FakeNamedItem extends FakeProxy {
  protected readonly typeName = "NamedItem";
  private found: NameModel | null = null;
  constructor(ctx: FakeRequestContext, resolve: () => NameModel | null) {
    super(ctx);
    ctx.enqueue(() => {
      this.found = resolve();
      this.resolveAtSync();
    });
  }
  protected override isNullNow() {
    return this.found === null;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw richError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.found === null;
  }
  get name(): string {
    return this.read("name");
  }
  protected current(prop: string): unknown {
    if (prop === "name") return this.found?.name;
    throw richError("InvalidArgument", `The fake NamedItem has no property "${prop}".`);
  }
  /** Null when the name no longer refers to cells (#REF! after its rows were deleted). */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => (this.found?.geo ? { sheet: this.found.sheet, geo: { ...this.found.geo } } : null));
  }
  delete() {
    this.ctx.enqueue(() => {
      const w = this.ctx.world;
      if (!this.found) throw richError("ItemNotFound", "The name does not exist.");
      w.names = w.names.filter((n) => n !== this.found);
    }, null, true);
  }
}

class FakeNamedItemCollection extends FakeProxy {
  protected readonly typeName = "NamedItemCollection";
  protected current(prop: string): unknown {
    throw richError("InvalidArgument", `The fake NamedItemCollection has no property "${prop}".`);
  }
  /** NamedItemCollection.add(name, reference, comment) (ExcelApi 1.4): a name Excel accepts, not already taken. */
  add(name: string, reference: FakeRange, _comment?: string): FakeNamedItem {
    let made: NameModel | null = null;
    this.ctx.enqueue(() => {
      const w = this.ctx.world;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw richError("InvalidArgument", `"${name}" is not a valid name.`);
      if (w.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw richError("ItemAlreadyExists", `The name "${name}" already exists.`);
      const { sheet, geo } = reference.where();
      made = { name, sheet, geo: { ...geo } };
      w.names.push(made);
    }, name, true);
    return new FakeNamedItem(this.ctx, () => made);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.world.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {
    ctx.world.stats.proxies++;
  }
  /** Recorded so tests can check calculation was suspended during writes. */
  /**
   * "Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any
   * dependencies are propagated" (Excel.Application.suspendApiCalculationUntilNextSync, ExcelApi 1.6).
   */
  suspendApiCalculationUntilNextSync() {
    this.ctx.enqueue(() => {
      this.ctx.world.suspended.calculation += 1;
      this.ctx.world.calculationPending = true;
    });
  }
  calculate(_type: string) {
    this.ctx.enqueue(() => void (this.ctx.world.calculationPending = false));
  }
  suspendScreenUpdatingUntilNextSync() {
    this.ctx.enqueue(() => (this.ctx.world.suspended.screenUpdating += 1));
  }
}
class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  constructor(private readonly ctx: FakeRequestContext) {
    ctx.world.stats.proxies++;
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, () => ctx.world.tables);
    this.application = new FakeApplication(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
  readonly names: FakeNamedItemCollection;
  /** "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange, @types/office-js). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const w = this.ctx.world;
      if (w.selectionAreas && w.selectionAreas.length > 1) throw richError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: w.active, geo: { ...w.selection } };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Office and Excel globals, and the test's view of the workbook

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; value?: unknown; error?: { message: string } }) => void): void;
  refreshAsync(callback?: (result: { status: string; value?: unknown; error?: { message: string } }) => void): void;
}

export interface FakeOfficeGlobal {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    platform: string;
    host: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: { settings: FakeSettings };
  };
  HostType: { Excel: string };
  PlatformType: Record<string, string>;
  AsyncResultStatus: { Succeeded: string; Failed: string };
}

export interface FakeExcelGlobal {
  run<T>(batchOrOptions: ((context: FakeRequestContext) => Promise<T>) | { delayForCellEdit?: boolean; mergeUndoGroup?: boolean }, batch?: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  ErrorCodes: Record<string, string>;
  ClearApplyTo: { all: string; formats: string; contents: string; hyperlinks: string; removeHyperlinks: string };
}

export interface FakeOffice {
  Office: FakeOfficeGlobal;
  Excel: FakeExcelGlobal;
  /** Round trips, proxies and payload sizes since creation or the last resetStats(). */
  stats(): FakeStats;
  resetStats(): void;
  /** Everything a user could see on a sheet, for before/after comparisons. Default: every sheet. */
  snapshot(sheet: string): SheetSnapshot;
  snapshotAll(): Record<string, SheetSnapshot>;
  /** Current values of a range, e.g. values("Sheet1", "A1:C3"). Literal-text cells show their apostrophe. */
  values(sheet: string, address: string): CellValue[][];
  /** Fill of one cell, null for none. */
  fill(sheet: string, address: string): string | null;
  columnWidth(sheet: string, column: string): number;
  tables(): { name: string; sheet: string; address: string; columns: string[] }[];
  selection(): { sheet: string; address: string };
  activeSheet(): string;
  settings(): Record<string, unknown>;
  /** Strings written through Range.values that Excel would take for a formula (= + - @ without apostrophe). */
  formulaWrites(): FormulaWrite[];
  /** Data validation lists set, in order. */
  validations(): { sheet: string; address: string; source: string }[];
  sheetNames(): string[];
  /** How often calculation / screen updating suspension was queued and run. */
  suspended(): { calculation: number; screenUpdating: number };
  /** Direct changes as a user would make them (no proxies, no syncs counted): for hooks between syncs. */
  edit: {
    setValues(sheet: string, address: string, values: CellValue[][]): void;
    hideRows(sheet: string, rows: number[]): void;
    protect(sheet: string, on: boolean): void;
    select(sheet: string, address: string): void;
    /** Ctrl+click: several ranges selected on the active sheet. */
    selectAreas(sheet: string, addresses: string[]): void;
    /** Insert or delete whole sheet rows (1-based), as from the row header's menu: cells, tables and names follow. */
    insertRows(sheet: string, row: number, count: number): void;
    deleteRows(sheet: string, row: number, count: number): void;
    /** Sort the rows of a range (e.g. "A2:K20") by one column letter, descending when asked: whole rows move. */
    sortRows(sheet: string, address: string, byColumn: string, descending?: boolean): void;
    /** The user starts typing in a cell (cell edit mode) until they press Enter. */
    startCellEdit(): void;
    /** Another user of a co-authored workbook saves their settings (their in-memory copy, whole). */
    coauthorSaveSettings(settings: Record<string, unknown>): void;
  };
  /** Close and reopen the workbook: every worksheet id changes (office-js-docs #297, office-js #1390); settings are read from the saved document. */
  reopen(): void;
  /** Ctrl+Z: undo the last undo step (see trackUndo). */
  undo(): void;
  /** Record undo steps from now on (each takes a copy of the workbook, so off by default). */
  trackUndo(): void;
  undoSteps(): number;
  /** Calculation was suspended through the API and the workbook not recalculated since. */
  calculationPending(): boolean;
  names(): Record<string, string>;
  /** Runs when a delayForCellEdit batch waits; must end cell edit mode (the default presses Enter). */
  onCellEditWait(hook: (() => void) | undefined): void;
  /** Runs before every sync (1-based count), e.g. to edit the sheet between the adapter's read and write. */
  onBeforeSync(hook: ((syncNumber: number) => void) | undefined): void;
  setRequirementSets(sets: Record<string, string>): void;
  setLimits(limits: { requestBytes?: number; responseBytes?: number; settingsBytes?: number; operationCells?: number }): void;
}

const versionAtLeast = (have: string, want: string): boolean => {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
};

/**
 * A fake Office + Excel over an in-memory workbook.
 *
 *   const fake = createFakeOffice({ sheets: { Cables: { values: [["Cable ID", …], …] } } });
 *   installFakeOffice(globalThis, fake);   // or: const fake = installFakeOffice(globalThis, seed)
 */
export function createFakeOffice(seed: FakeSeed): FakeOffice {
  const world = new World(seed);
  const platform = seed.platform ?? "OfficeOnline";
  const settings: FakeSettings = {
    get: (name) => (world.settings.has(name) ? structuredCopy(world.settings.get(name)) : null),
    // Office stores settings as JSON: what comes back is what survives JSON.
    set: (name, value) => void world.settings.set(name, structuredCopy(value)),
    remove: (name) => void world.settings.delete(name),
    // Office.Settings: each user works on an in-memory copy; "saveAsync ... persist[s] all of that
    // user's settings to the document", and refreshAsync reads what others saved
    // (Office.Settings, @types/office-js). About 2 MB fit (office-js #621): a larger save fails.
    saveAsync: (callback) => {
      world.settingsSaves++;
      const bytes = JSON.stringify(Object.fromEntries(world.settings)).length;
      if (bytes > world.settingsLimit) {
        void Promise.resolve().then(() => callback?.({ status: "failed", error: { message: "The settings could not be saved." } }));
        return;
      }
      world.savedSettings = new Map([...world.settings].map(([k, v]) => [k, structuredCopy(v)]));
      void Promise.resolve().then(() => callback?.({ status: "succeeded" }));
    },
    refreshAsync: (callback) => {
      world.settings = new Map([...world.savedSettings].map(([k, v]) => [k, structuredCopy(v)]));
      void Promise.resolve().then(() => callback?.({ status: "succeeded", value: settings }));
    },
  };
  const Office: FakeOfficeGlobal = {
    onReady: (callback) => {
      const info = { host: "Excel", platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      platform,
      host: "Excel",
      requirements: {
        isSetSupported: (name, minVersion) => {
          const have = world.requirementSets[name];
          return have !== undefined && versionAtLeast(have, String(minVersion ?? "1.1"));
        },
      },
      document: { settings },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  const Excel: FakeExcelGlobal = {
    run: async (batchOrOptions, maybeBatch) => {
      world.stats.runs++;
      const options = typeof batchOrOptions === "function" ? {} : batchOrOptions;
      const batch = (typeof batchOrOptions === "function" ? batchOrOptions : maybeBatch) as (context: FakeRequestContext) => Promise<unknown>;
      const ctx = new FakeRequestContext(world, options);
      const result = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return result as never;
    },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      invalidSelection: "InvalidSelection",
      operationCellsExceedLimit: "OperationCellsExceedLimit",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
  };

  const shown = (sheet: SheetModel, r: number, c: number): CellValue => {
    const v = sheet.get(r, c);
    return sheet.literal.has(key(r, c)) ? `'${v}` : v;
  };
  const snapshot = (name: string): SheetSnapshot => {
    const sheet = world.sheet(name);
    const values: Record<string, CellValue> = {};
    sheet.values.forEach((row, r) => row?.forEach((v, c) => v !== "" && v !== undefined && (values[a1(r, c)] = shown(sheet, r, c))));
    const cells = (m: Map<number, string>) => Object.fromEntries([...m].sort((x, y) => x[0] - y[0]).map(([k, v]) => [a1(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS), v]));
    return {
      values,
      fills: cells(sheet.fills),
      numberFormats: cells(sheet.numberFormats),
      columnWidths: Object.fromEntries([...sheet.widths].sort((x, y) => x[0] - y[0]).map(([c, w]) => [columnLetter(c), w])),
      tables: world.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, address: formatGeometry(t.geo), columns: t.columnNames() })),
      hiddenRows: [...sheet.hidden].sort((x, y) => x - y).map((r) => r + 1),
      protected: sheet.protected,
      formulas: cells(sheet.formulas),
      merges: sheet.merges.map(formatGeometry).sort(),
      names: Object.fromEntries(world.names.filter((n) => n.sheet === sheet).map((n) => [n.name, n.geo ? formatGeometry(n.geo) : "#REF!"])),
    };
  };
  const lastRow = (sheet: SheetModel) => Math.max(sheet.values.length, ...[...sheet.fills.keys(), ...sheet.numberFormats.keys()].map((k) => Math.floor(k / MAX_COLUMNS) + 1));
  const shiftRows = (name: string, row: number, delta: number) => {
    const sheet = world.sheet(name);
    const first = row - 1;
    if (delta > 0) world.moveRows(sheet, (r) => (r >= first ? r + delta : r), { first, last: first, delta });
    else world.moveRows(sheet, (r) => (r < first ? r : r < first - delta ? null : r + delta), { first, last: first - delta, delta });
  };

  return {
    Office,
    Excel,
    stats: () => ({ ...world.stats, requestBytes: [...world.stats.requestBytes], responseBytes: [...world.stats.responseBytes], rejected: [...world.stats.rejected] }),
    resetStats: () => {
      world.stats = { syncs: 0, failedSyncs: 0, proxies: 0, requestBytes: [], responseBytes: [], maxRequestBytes: 0, maxResponseBytes: 0, rejected: [], runs: 0 };
    },
    snapshot,
    snapshotAll: () => Object.fromEntries(world.sheets.map((s) => [s.name, snapshot(s.name)])),
    values: (name, address) => {
      const sheet = world.sheet(name);
      const g = parseAddress(address).geo;
      return Array.from({ length: g.rows }, (_, i) => Array.from({ length: g.cols }, (_, j) => shown(sheet, g.r + i, g.c + j)));
    },
    fill: (name, address) => {
      const g = parseAddress(address).geo;
      return world.sheet(name).fills.get(key(g.r, g.c)) ?? null;
    },
    columnWidth: (name, column) => world.sheet(name).widths.get(columnIndex(column)) ?? DEFAULT_COLUMN_WIDTH,
    tables: () => world.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: formatGeometry(t.geo), columns: t.columnNames() })),
    selection: () => ({ sheet: world.active.name, address: formatGeometry(world.selection) }),
    activeSheet: () => world.active.name,
    settings: () => Object.fromEntries(world.settings),
    formulaWrites: () => [...world.formulaWrites],
    validations: () => [...world.validations],
    sheetNames: () => world.sheets.map((x) => x.name),
    suspended: () => ({ ...world.suspended }),
    edit: {
      setValues: (name, address, values) => {
        const sheet = world.sheet(name);
        const g = parseAddress(address).geo;
        values.forEach((row, i) => row.forEach((v, j) => sheet.set(g.r + i, g.c + j, v)));
      },
      hideRows: (name, rows) => rows.forEach((r) => world.sheet(name).hidden.add(r - 1)),
      protect: (name, on) => void (world.sheet(name).protected = on),
      select: (name, address) => {
        world.active = world.sheet(name);
        world.selection = parseAddress(address).geo;
        world.selectionAreas = null;
      },
      selectAreas: (name, addresses) => {
        world.active = world.sheet(name);
        world.selectionAreas = addresses.map((a) => parseAddress(a).geo);
        world.selection = world.selectionAreas[0];
      },
      insertRows: (name, row, count) => shiftRows(name, row, count),
      deleteRows: (name, row, count) => shiftRows(name, row, -count),
      sortRows: (name, address, byColumn, descending = false) => {
        const sheet = world.sheet(name);
        const g = parseAddress(address).geo;
        const c = columnIndex(byColumn);
        const rows = Array.from({ length: g.rows }, (_, i) => g.r + i);
        const keyOf = (r: number) => sheet.get(r, c);
        const sorted = [...rows].sort((a, b) => {
          const x = keyOf(a);
          const y = keyOf(b);
          const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
          return descending ? -order : order;
        });
        const to = new Map(sorted.map((from, i) => [from, g.r + i]));
        if (lastRow(sheet) > 0) world.moveRows(sheet, (r) => to.get(r) ?? r);
      },
      startCellEdit: () => void (world.cellEditing = true),
      coauthorSaveSettings: (values) => {
        world.savedSettings = new Map(Object.entries(values).map(([k, v]) => [k, structuredCopy(v)]));
      },
    },
    reopen: () => {
      for (const sheet of world.sheets) sheet.id = `{sheet-${world.nextId++}}`;
      world.settings = new Map([...world.savedSettings].map(([k, v]) => [k, structuredCopy(v)]));
      world.undoStack = [];
    },
    undo: () => {
      const step = world.undoStack.pop();
      if (!step) throw new Error("Nothing to undo.");
      for (const [sheet, state] of step.sheets) sheet.restore(state);
      for (const [t, geo, names] of step.tables) {
        t.geo = geo;
        t.hiddenNames = names;
      }
      world.names = step.names;
    },
    trackUndo: () => void (world.undoTracking = true),
    undoSteps: () => world.undoStack.length,
    calculationPending: () => world.calculationPending,
    names: () => Object.fromEntries(world.names.map((n) => [n.name, n.geo ? `${n.sheet.name}!${formatGeometry(n.geo)}` : "#REF!"])),
    onCellEditWait: (hook) => void (world.onCellEditWait = hook),
    onBeforeSync: (hook) => void (world.beforeSync = hook),
    setRequirementSets: (sets) => void (world.requirementSets = { ...sets }),
    setLimits: ({ requestBytes, responseBytes, settingsBytes, operationCells }) => {
      if (settingsBytes !== undefined) world.settingsLimit = settingsBytes;
      if (operationCells !== undefined) world.operationCellLimit = operationCells;
      if (requestBytes !== undefined) world.requestLimit = requestBytes;
      if (responseBytes !== undefined) world.responseLimit = responseBytes;
    },
  };
}

const structuredCopy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/**
 * Puts a fake `Office` and `Excel` on `target` (globalThis by default) and returns the fake for
 * inspection. Pass a seed, or a fake made with createFakeOffice.
 */
export function installFakeOffice(target: object = globalThis, seedOrFake: FakeSeed | FakeOffice = { sheets: { Sheet1: {} } }): FakeOffice {
  const fake = "Excel" in seedOrFake && "Office" in seedOrFake ? (seedOrFake as FakeOffice) : createFakeOffice(seedOrFake as FakeSeed);
  Object.assign(target, { Office: fake.Office, Excel: fake.Excel });
  return fake;
}
