import ExcelJS from "exceljs";
import { OWNED_HEADERS, STATUS_FILL, ScheduleResult, annotationRows, lastUsedColumnOf, needsLiteralPrefix, planOwnedColumns } from "../core";
import type { MergedArea, OwnedColumnsPlan, RowAnnotation } from "../core";
import type { Grid } from "./read-workbook";

/**
 * Where this tool wrote before: the three owned headers side by side in the header row (a
 * copy that was checked already). Reusing them keeps a re-check from adding "Check status 2".
 */
export function previousOwnedColumns(headerRow: readonly unknown[]): number[] | undefined {
  for (let i = 0; i + 2 < headerRow.length; i++) {
    if (OWNED_HEADERS.every((h, k) => typeof headerRow[i + k] === "string" && (headerRow[i + k] as string).trim() === h)) return [i, i + 1, i + 2];
  }
  return undefined;
}

export interface OwnedWrite {
  plan: OwnedColumnsPlan;
  rows: RowAnnotation[];
  /** Rows below the header where a previous check wrote and this one has nothing: cleared. */
  previous: boolean;
}

/** What the reader saw of the sheet beyond the grid it kept: cells (formulas too) and merged areas. */
export interface SheetBeyondGrid {
  lastUsedColumn?: number;
  merges?: readonly MergedArea[];
}

/**
 * Where the owned columns go (core's planOwnedColumns, shared with the add-in) and what goes in
 * them. The extent is every cell of the grid plus what the reader saw beyond it, so the columns
 * land right of everything the user has, clear of merged areas in the rows written.
 */
export function planWrite(grid: Grid, result: ScheduleResult, beyond: SheetBeyondGrid = {}): OwnedWrite {
  const headerIndex = result.header?.rowIndex ?? 0;
  const headerRow = grid[headerIndex] ?? [];
  const previous = previousOwnedColumns(headerRow);
  let lastRow = headerIndex;
  for (const r of result.rows) if (r.rowIndex > lastRow) lastRow = r.rowIndex;
  const extent = {
    lastUsedColumn: Math.max(beyond.lastUsedColumn ?? -1, lastUsedColumnOf(grid)),
    merges: beyond.merges ?? [],
    rows: { first: headerIndex, last: lastRow },
  };
  // Findings and recommendations repeat from row to row; sharing one string per distinct
  // text keeps a million annotated rows small.
  const seen = new Map<string, string>();
  const shared = (v: string) => seen.get(v) ?? (seen.set(v, v), v);
  const rows = annotationRows(result);
  for (const { values: v } of rows) for (let k = 0; k < 3; k++) v[k] = shared(v[k]);
  return { plan: planOwnedColumns(headerRow, previous, extent), rows, previous: previous !== undefined };
}

/** The same for the recommendations kept in a result: one string per distinct text. */
export function shareRecommendations(result: ScheduleResult): void {
  const seen = new Map<string, string>();
  for (const r of result.rows) {
    if (r.recommendation === undefined) continue;
    const s = seen.get(r.recommendation);
    if (s === undefined) seen.set(r.recommendation, r.recommendation);
    else r.recommendation = s;
  }
}

/**
 * An .xlsx cell holds typed text, so it is never evaluated as a formula and the apostrophe
 * that makes Range.values take text literally would show; drop it there.
 */
export const xlsxText = (s: string): string => (s.startsWith("'") && needsLiteralPrefix(s.slice(1)) ? s.slice(1) : s);

const fillFor = (hex: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex.replace("#", "").toUpperCase()}` } });

const COLUMN_WIDTHS = [12, 70, 60];

/**
 * Writes the owned columns into a loaded worksheet: header cells styled like the last
 * header cell, status cells filled by status. Nothing else in the workbook is touched.
 */
export function annotateWorksheet(ws: ExcelJS.Worksheet, result: ScheduleResult, write: OwnedWrite): void {
  const headerRowNumber = result.header?.row ?? 1;
  const { plan, rows } = write;
  const headerRow = ws.getRow(headerRowNumber);
  let styleFrom: ExcelJS.Cell | undefined;
  headerRow.eachCell({ includeEmpty: false }, (cell, col) => {
    if (!plan.columns.includes(col - 1) && cell.value !== null && cell.value !== "") styleFrom = cell;
  });
  plan.columns.forEach((c, k) => {
    const cell = headerRow.getCell(c + 1);
    if (styleFrom && !write.previous) cell.style = structuredClone(styleFrom.style);
    cell.value = plan.headers[k];
    const column = ws.getColumn(c + 1);
    if (!write.previous && !column.width) column.width = COLUMN_WIDTHS[k];
  });
  if (write.previous) {
    const written = new Set(rows.map((r) => r.row));
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n <= headerRowNumber || written.has(n)) return;
      for (const c of plan.columns) {
        const cell = row.getCell(c + 1);
        if (cell.value !== null) {
          cell.value = null;
          cell.style = {};
        }
      }
    });
  }
  for (const a of rows) {
    const row = ws.getRow(a.row);
    plan.columns.forEach((c, k) => {
      const cell = row.getCell(c + 1);
      cell.value = a.values[k] === "" ? null : xlsxText(a.values[k]);
      if (k === 0) cell.fill = fillFor(STATUS_FILL[a.status]);
    });
  }
}

/** Rows of a delimited file with the owned columns set (text stays literal-safe for Excel). */
export function annotateDelimited(grid: readonly string[][], result: ScheduleResult, write: OwnedWrite): string[][] {
  const rows = grid.map((r) => [...r]);
  const set = (rowIndex: number, values: readonly string[]) => {
    const r = rows[rowIndex] ?? (rows[rowIndex] = []);
    const last = write.plan.columns[2];
    while (r.length <= last) r.push("");
    write.plan.columns.forEach((c, k) => (r[c] = values[k]));
  };
  const headerIndex = result.header?.rowIndex ?? 0;
  set(headerIndex, write.plan.headers);
  const written = new Set(write.rows.map((a) => a.rowIndex));
  if (write.previous) {
    rows.forEach((r, i) => {
      if (i > headerIndex && !written.has(i) && r.length > write.plan.columns[0]) set(i, ["", "", ""]);
    });
  }
  for (const a of write.rows) set(a.rowIndex, a.values);
  return rows;
}
