import * as fs from "fs";
import ExcelJS from "exceljs";
import { CheckOptions, FIELDS, FIELD_LABELS, Field, HEADER_SEARCH_ROWS, MergedArea, ScheduleResult, checkSchedule, columnLetter } from "../core";
import { excelValue, holdsUserData } from "./cell-value";
import { InputError } from "./errors";

export type Grid = unknown[][];

/** ExcelJS marks the cells of a merged range other than its top-left one with this type. */
const MERGED_CELL = 1; // ExcelJS.ValueType.Merge

/**
 * The cell values of a worksheet as Excel's Range.values would give them from A1: merged
 * cells other than the top-left are "" (ExcelJS repeats the top-left value in them).
 */
export function sheetGrid(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cell.type === MERGED_CELL && cell.master !== cell ? "" : excelValue(cell.value, date1904);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = "";
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return grid;
}

/** What the owned columns must stay clear of on a loaded sheet: every value and formula, and every merged area. */
export interface UsedExtent {
  lastUsedColumn: number;
  merges: MergedArea[];
}

/** The user's extent of a loaded worksheet: each cell of each row, formulas included, and its merges. */
export function worksheetExtent(ws: ExcelJS.Worksheet): UsedExtent {
  let lastUsedColumn = -1;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col - 1 > lastUsedColumn && cell.type !== MERGED_CELL && holdsUserData(cell.value)) lastUsedColumn = col - 1;
    });
  });
  const ranges = Object.values((ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {});
  const merges = ranges.map((m) => ({ r: m.top - 1, c: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }));
  return { lastUsedColumn, merges };
}

/** The last column (0-based) of a row's values, indexed from 1 as ExcelJS gives them, that holds a value or a formula; -1 when none. */
function lastUserColumn(values: readonly unknown[], after: number): number {
  for (let c = values.length - 1; c - 1 > after; c--) if (holdsUserData(values[c])) return c - 1;
  return after;
}

export async function loadWorkbook(bytes: Buffer, displayName: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputError(`cannot read ${displayName} as an Excel workbook: ${oneLine(e)}`);
  }
  return wb;
}

export const isDate1904 = (wb: ExcelJS.Workbook): boolean => Boolean((wb.properties as { date1904?: boolean }).date1904);

/** Results whose header row the user placed beyond the sheet's last row: the usual hint would not help. */
const beyondSheet = new WeakSet<ScheduleResult>();

/** checkSchedule, saying so when --header-row points below the sheet's last row. */
export function checkGrid(grid: Grid, options: CheckOptions): ScheduleResult {
  const result = checkSchedule(grid, options);
  const wanted = options.headerRow;
  if (result.ok || wanted === undefined || wanted <= grid.length) return result;
  const beyond: ScheduleResult = {
    ...result,
    problem: {
      code: "no-header",
      message: `--header-row ${wanted} is beyond the sheet, ${grid.length ? `whose last row is ${grid.length}` : "which is empty"}: give the row that names the columns.`,
    },
  };
  beyondSheet.add(beyond);
  return beyond;
}

export interface SheetPick<S> {
  sheet: S;
  name: string;
  grid: Grid;
  result: ScheduleResult;
}

/**
 * The sheet to check: the one named by --sheet, else the first (in tab order) whose grid
 * holds a schedule. When none does, the reason names each sheet tried.
 */
export function pickSheet<S>(
  candidates: ReadonlyArray<{ sheet: S; name: string; grid: () => Grid }>,
  options: CheckOptions,
  wanted: string | undefined,
  displayName: string,
): SheetPick<S> {
  if (wanted !== undefined) {
    const match = candidates.find((c) => c.name === wanted) ?? candidates.find((c) => c.name.toLowerCase() === wanted.trim().toLowerCase());
    if (!match) throw new InputError(`${displayName} has no sheet named "${wanted}"; its sheets are ${candidates.map((c) => `"${c.name}"`).join(", ")}`);
    const grid = match.grid();
    const result = checkGrid(grid, options);
    if (!result.ok) throw unusableSheet(`sheet "${match.name}" of ${displayName}: ${withHint(result)}`, result);
    return { sheet: match.sheet, name: match.name, grid, result };
  }
  const tried: Array<{ name: string; result: ScheduleResult; hint?: string }> = [];
  for (const c of candidates) {
    const grid = c.grid();
    const result = checkGrid(grid, options);
    if (result.ok) return { sheet: c.sheet, name: c.name, grid, result };
    tried.push({ name: c.name, result, hint: commandLineHint(result) });
  }
  throw noSchedule(tried, displayName);
}

/** The error for a workbook none of whose sheets could be checked. */
export function noSchedule(tried: ReadonlyArray<{ name: string; result: ScheduleResult; hint?: string }>, displayName: string): InputError {
  const message = noScheduleReason(tried, displayName);
  const telling = tried.find((t) => t.result.problem?.code === "no-connector-or-application") ?? tried[0];
  return telling ? unusableSheet(message, telling.result) : new InputError(message, { code: "no-worksheets" });
}

/** One line saying why no sheet could be checked, leading with the most telling problem. */
export function noScheduleReason(tried: ReadonlyArray<{ name: string; result: ScheduleResult; hint?: string }>, displayName: string): string {
  if (tried.length === 0) return `${displayName} has no worksheets`;
  const said = (t: (typeof tried)[number]) => `${t.result.problem?.message}${t.hint ? ` (${t.hint})` : ""}`;
  if (tried.length === 1) return `${displayName}, sheet "${tried[0].name}": ${said(tried[0])}`;
  const telling = tried.find((t) => t.result.problem?.code === "no-connector-or-application") ?? tried.find((t) => t.hint) ?? tried[0];
  return `no sheet of ${displayName} holds a cable schedule (sheets ${tried.map((t) => `"${t.name}"`).join(", ")}); sheet "${telling.name}": ${said(telling)}`;
}

/** The engine's reason, with what to do about it in this command's options. */
export function withHint(result: ScheduleResult): string {
  const hint = commandLineHint(result);
  return `${result.problem?.message}${hint ? ` (${hint})` : ""}`;
}

export interface StreamedSheet {
  name: string;
  /** Rows from A1; after the header search rows only the mapped columns are kept, to bound memory. */
  grid: Grid;
  result: ScheduleResult;
  date1904: boolean;
  sheetNames: string[];
  /** The last column holding a value or formula in any row of the sheet (the grid keeps only mapped columns). */
  lastUsedColumn: number;
  /** The sheet's part in the package (xl/worksheets/sheetN.xml), to read its merged areas from. */
  part?: string;
}

/**
 * Reads a large workbook row by row (ExcelJS WorkbookReader) so memory grows with the
 * mapped cells only. The header is found on the first rows (the engine searches no further),
 * then each data row keeps just the columns the engine reads.
 */
export async function streamSchedule(
  path: string,
  options: CheckOptions,
  wanted: string | undefined,
  displayName: string,
  onBytes?: (read: number) => void,
): Promise<StreamedSheet> {
  const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  if (onBytes) input.on("data", (chunk) => onBytes((bytes += chunk.length)));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const meta = reader as unknown as {
    model?: { sheets?: Array<{ name: string; rId?: string }> };
    properties?: { date1904?: boolean };
    workbookRels?: Array<{ Id: string; Target: string }>;
  };
  let best: { tab: number; name: string; grid: Grid; result: ScheduleResult; lastUsedColumn: number } | undefined;
  const tried: Array<{ tab: number; name: string; result: ScheduleResult; hint?: string }> = [];
  try {
    for await (const ws of reader as unknown as AsyncIterable<ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>>) {
      const name = ws.name;
      const sheetNames = (meta.model?.sheets ?? []).map((s) => s.name);
      const tab = Math.max(0, sheetNames.indexOf(name));
      const date1904 = Boolean(meta.properties?.date1904);
      const skip =
        (wanted !== undefined && name.toLowerCase() !== wanted.trim().toLowerCase()) || (best !== undefined && best.tab < tab);
      if (skip) {
        for await (const _row of ws) void _row; // the zip stream moves on only once the sheet is read
        continue;
      }
      const grid: Grid = [];
      let probe: ScheduleResult | undefined;
      let keep: number[] | undefined;
      let lastUsedColumn = -1;
      for await (const row of ws) {
        const index = row.number - 1;
        // the header is on the first rows (or the row the user named): only then can columns be dropped
        if (index >= Math.max(HEADER_SEARCH_ROWS, options.headerRow ?? 0) && !probe) {
          probe = checkSchedule(grid, options);
          keep = probe.ok ? [...new Set(Object.values(probe.columns) as number[])] : undefined;
        }
        if (probe && !probe.ok) continue;
        const values = row.values as unknown[];
        lastUsedColumn = lastUserColumn(values, lastUsedColumn);
        let cells: unknown[];
        if (!keep) {
          cells = [];
          for (let c = 1; c < values.length; c++) cells[c - 1] = excelValue(values[c], date1904);
        } else {
          cells = [];
          for (const c of keep) cells[c] = excelValue(values[c + 1], date1904);
        }
        grid[index] = cells;
      }
      for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
      if (probe && !probe.ok) {
        tried.push({ tab, name, result: probe, hint: commandLineHint(probe) });
        continue;
      }
      const result = checkGrid(grid, options);
      if (result.ok) best = { tab, name, grid, result, lastUsedColumn };
      else tried.push({ tab, name, result, hint: commandLineHint(result) });
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${displayName} as an Excel workbook: ${oneLine(e)}`);
  }
  const sheetNames = (meta.model?.sheets ?? []).map((s) => s.name);
  if (best) {
    const rId = meta.model?.sheets?.find((s) => s.name === best!.name)?.rId;
    const target = meta.workbookRels?.find((r) => r.Id === rId)?.Target;
    const part = target === undefined ? undefined : target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    return { name: best.name, grid: best.grid, result: best.result, date1904: Boolean(meta.properties?.date1904), sheetNames, lastUsedColumn: best.lastUsedColumn, ...(part ? { part } : {}) };
  }
  if (wanted !== undefined && !tried.length) {
    throw new InputError(`${displayName} has no sheet named "${wanted}"; its sheets are ${sheetNames.map((n) => `"${n}"`).join(", ")}`);
  }
  tried.sort((a, b) => a.tab - b.tab);
  if (wanted !== undefined) throw unusableSheet(`sheet "${tried[0].name}" of ${displayName}: ${withHint(tried[0].result)}`, tried[0].result);
  throw noSchedule(tried, displayName);
}

export const oneLine = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0].slice(0, 300);

/** What to do about an unusable sheet, in this command's options (the engine's message says what is wrong). */
export function commandLineHint(result: ScheduleResult): string | undefined {
  if (result.problem?.code === "no-connector-or-application") {
    const { columns, notRead, fix } = mapDetail(result);
    const mapped = Object.entries(columns).map(([field, header]) => `"${header}" as ${FIELD_LABELS[field as Field]}`);
    return `${mapped.length ? `read ${mapped.join(", ")}` : "no column was recognised"}${notRead.length ? `; not read: ${notRead.map((h) => `"${h}"`).join(", ")}` : ""}; name the connector and application columns with ${fix}`;
  }
  if (result.problem?.code === "no-header" && !beyondSheet.has(result)) return "point at the header with --header-row N and name columns with --columns";
  return undefined;
}

/** The column map a failed check read, the headers it left, and the --columns option that would complete it. */
function mapDetail(result: ScheduleResult): { columns: Record<string, string>; notRead: string[]; fix: string } {
  const columns: Record<string, string> = {};
  for (const field of FIELDS) {
    const col = result.columns[field];
    if (col !== undefined) columns[field] = result.headers[col] || columnLetter(col);
  }
  const used = new Set(Object.values(result.columns));
  const notRead = result.headers.filter((h, c) => h && !used.has(c));
  const missing = (["connectorA", "connectorB", "application"] as const).map((f) => `${f}=<header>`);
  return { columns, notRead, fix: `--columns "${missing.join(",")}"` };
}

/** The InputError for a sheet the engine could not check, with what --json reports about it. */
export function unusableSheet(message: string, result: ScheduleResult): InputError {
  const code = result.problem?.code ?? "unusable";
  if (code !== "no-connector-or-application") return new InputError(message, { code });
  return new InputError(message, { code, ...(result.header ? { headerRow: result.header.row } : {}), ...mapDetail(result) });
}
