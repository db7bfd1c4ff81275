import * as fs from "fs";
import ExcelJS from "exceljs";
import { CheckOptions, HEADER_SEARCH_ROWS, ScheduleResult, checkSchedule } from "../core";
import { excelValue } from "./cell-value";
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

export async function loadWorkbook(path: string, displayName: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${displayName} as an Excel workbook: ${oneLine(e)}`);
  }
  return wb;
}

export const isDate1904 = (wb: ExcelJS.Workbook): boolean => Boolean((wb.properties as { date1904?: boolean }).date1904);

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
    const result = checkSchedule(grid, options);
    if (!result.ok) throw new InputError(`sheet "${match.name}" of ${displayName}: ${withHint(result)}`);
    return { sheet: match.sheet, name: match.name, grid, result };
  }
  const tried: Array<{ name: string; result: ScheduleResult; hint?: string }> = [];
  for (const c of candidates) {
    const grid = c.grid();
    const result = checkSchedule(grid, options);
    if (result.ok) return { sheet: c.sheet, name: c.name, grid, result };
    tried.push({ name: c.name, result, hint: commandLineHint(result) });
  }
  throw new InputError(noScheduleReason(tried, displayName));
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
  const meta = reader as unknown as { model?: { sheets?: Array<{ name: string }> }; properties?: { date1904?: boolean } };
  let best: { tab: number; name: string; grid: Grid; result: ScheduleResult } | undefined;
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
      for await (const row of ws) {
        const index = row.number - 1;
        if (index >= HEADER_SEARCH_ROWS && !probe) {
          probe = checkSchedule(grid, options);
          keep = probe.ok ? [...new Set(Object.values(probe.columns) as number[])] : undefined;
        }
        if (probe && !probe.ok) continue;
        const values = row.values as unknown[];
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
      const result = checkSchedule(grid, options);
      if (result.ok) best = { tab, name, grid, result };
      else tried.push({ tab, name, result, hint: commandLineHint(result) });
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${displayName} as an Excel workbook: ${oneLine(e)}`);
  }
  const sheetNames = (meta.model?.sheets ?? []).map((s) => s.name);
  if (best) return { name: best.name, grid: best.grid, result: best.result, date1904: Boolean(meta.properties?.date1904), sheetNames };
  if (wanted !== undefined && !tried.length) {
    throw new InputError(`${displayName} has no sheet named "${wanted}"; its sheets are ${sheetNames.map((n) => `"${n}"`).join(", ")}`);
  }
  tried.sort((a, b) => a.tab - b.tab);
  if (wanted !== undefined) throw new InputError(`sheet "${tried[0].name}" of ${displayName}: ${tried[0].result.problem?.message}${tried[0].hint ? ` (${tried[0].hint})` : ""}`);
  throw new InputError(noScheduleReason(tried, displayName));
}

export const oneLine = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0].slice(0, 300);

/** What to do about an unusable sheet, in this command's options (the engine's message says what is wrong). */
export function commandLineHint(result: ScheduleResult): string | undefined {
  if (result.problem?.code === "no-connector-or-application") {
    return `name them with --columns "connectorA=<header>,connectorB=<header>,application=<header>"`;
  }
  if (result.problem?.code === "no-header") return "point at the header with --header-row N and name columns with --columns";
  return undefined;
}
