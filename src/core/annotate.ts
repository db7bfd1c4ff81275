import type { Status } from "./findings";
import type { ScheduleResult } from "./schedule";
import { renderFindings } from "./messages";

/**
 * The three columns Connector Check owns. Both the add-in and the command line write only
 * these, appended right of the schedule, so a user's own columns are never touched.
 */
export const OWNED_HEADERS = ["Check status", "Check findings", "Check recommendation"] as const;

/** Fill colours for the status cell (error red, warning amber, info blue, OK green); hex RGB. */
export const STATUS_FILL: Readonly<Record<Status, string>> = {
  ERROR: "#F4CCCC",
  WARNING: "#FFE599",
  INFO: "#CFE2F3",
  OK: "#D9EAD3",
};

/** Excel caps a cell at 32,767 characters. */
export const MAX_CELL_TEXT = 32767;

/**
 * Text Excel would read as a formula when typed or assigned through Range.values starts with
 * = + - or @ (and, per OWASP's CSV-injection guidance, a tab or carriage return). A leading
 * apostrophe makes Excel store the rest as literal text and hide the apostrophe.
 */
export const needsLiteralPrefix = (s: string): boolean => /^[=+\-@\t\r]/.test(s);
export const asLiteralText = (s: string): string => {
  const clipped = s.length > MAX_CELL_TEXT - 1 ? `${s.slice(0, MAX_CELL_TEXT - 2)}…` : s;
  return needsLiteralPrefix(clipped) ? `'${clipped}` : clipped;
};

export interface OwnedColumnsPlan {
  /** 0-based column indices (relative to the schedule grid) for status, findings, recommendation. */
  columns: [number, number, number];
  /** Header text to write in each. */
  headers: [string, string, string];
  /** Set when a header was already used by the user's data, or the columns had to move, so the user is told why. */
  notice?: string;
  /** Set when there is no room for three columns before the sheet's last column: nothing may be written. */
  noRoom?: string;
}

/** An area of merged cells, 0-based, in the same coordinates as the grid (rows and columns relative to its first cell). */
export interface MergedArea {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

/**
 * What is on the sheet beyond the schedule's header, so the owned columns can be placed right
 * of everything the user has. The add-in reads it from the worksheet's used range and merged
 * areas; the command line from the whole grid it read. Coordinates relative to the grid.
 */
export interface SheetExtent {
  /** The last column holding any value or formula anywhere on the sheet (-1 when none). */
  lastUsedColumn: number;
  /** Merged areas on the sheet: none may be split or written over. */
  merges?: readonly MergedArea[];
  /** Rows the owned columns will be written in (header row to last data row): a merge matters only where it meets them. */
  rows?: { first: number; last: number };
  /** Columns available from the grid's first column to the sheet's last (Excel: 16,384 less the grid's first column). */
  maxColumns?: number;
}

/** Excel's last column is XFD, the 16,384th. */
export const MAX_SHEET_COLUMNS = 16384;

const norm = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : "");
const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

/** The last column of a grid holding anything (a cell of any row, not only the header), or -1. */
export function lastUsedColumnOf(grid: readonly (readonly unknown[] | undefined)[]): number {
  let last = -1;
  for (const row of grid) {
    if (!row) continue;
    for (let i = row.length - 1; i > last; i--) {
      if (!isBlank(row[i])) {
        last = i;
        break;
      }
    }
  }
  return last;
}

/**
 * Where the owned columns go: the one decision the add-in and the command line share.
 * `previous` is where this tool wrote last time (found by the adapter from its own mark);
 * those are reused. Otherwise the three columns right of everything the user has on the sheet
 * (the header row, and every cell of every row: text, numbers and formulas right of the header
 * are the user's), moved further right past any merged area they would split or cover. A
 * header the user already uses gets a numbered name ("Check status 2"), and a notice says so.
 */
export function planOwnedColumns(headerRow: readonly unknown[], previous?: readonly number[], extent?: SheetExtent): OwnedColumnsPlan {
  if (previous && previous.length === 3) {
    return {
      columns: [previous[0], previous[1], previous[2]],
      headers: [
        headerAt(headerRow, previous[0], OWNED_HEADERS[0]),
        headerAt(headerRow, previous[1], OWNED_HEADERS[1]),
        headerAt(headerRow, previous[2], OWNED_HEADERS[2]),
      ],
    };
  }
  let lastHeader = -1;
  headerRow.forEach((v, i) => {
    if (!isBlank(v)) lastHeader = i;
  });
  const taken = new Set(headerRow.map(norm).filter(Boolean));
  let suffix = 1;
  const name = (h: string) => (suffix === 1 ? h : `${h} ${suffix}`);
  while (OWNED_HEADERS.some((h) => taken.has(name(h).toLowerCase()))) suffix++;
  let start = Math.max(lastHeader, extent?.lastUsedColumn ?? -1) + 1;
  const notices: string[] = [];
  if (start > lastHeader + 1) notices.push("The sheet has cells right of the header, so the results go right of them.");
  const rows = extent?.rows;
  const meets = (m: MergedArea) =>
    m.c + m.cols > start && m.c < start + 3 && (!rows || (m.r + m.rows > rows.first && m.r <= rows.last));
  for (let moved = true; moved; ) {
    moved = false;
    for (const m of extent?.merges ?? []) {
      if (meets(m)) {
        start = m.c + m.cols;
        moved = true;
      }
    }
    if (moved && !notices.some((n) => n.includes("merged"))) notices.push("Merged cells stand where the results would go, so they go right of them.");
  }
  const plan: OwnedColumnsPlan = {
    columns: [start, start + 1, start + 2],
    headers: [name(OWNED_HEADERS[0]), name(OWNED_HEADERS[1]), name(OWNED_HEADERS[2])],
  };
  if (suffix > 1) {
    notices.unshift(
      `The sheet already has a column named "${OWNED_HEADERS.find((h) => taken.has(h.toLowerCase()))}", so results go in new columns headed "${plan.headers.join('", "')}".`,
    );
  }
  if (notices.length) plan.notice = notices.join(" ");
  const maxColumns = extent?.maxColumns ?? MAX_SHEET_COLUMNS;
  if (start + 3 > maxColumns) plan.noRoom = "There is no room right of the sheet's last used column for Connector Check's three columns.";
  return plan;
}

const headerAt = (row: readonly unknown[], i: number, fallback: string): string =>
  typeof row[i] === "string" && (row[i] as string).trim() ? (row[i] as string) : fallback;

/** One row's three owned cells, as literal text safe to assign to Range.values. */
export interface RowAnnotation {
  rowIndex: number;
  row: number;
  status: Status;
  values: [string, string, string];
}

/**
 * The values to write for every data row the check looked at: status, the findings as cell
 * text ("ERROR mpo-gender: …; WARNING …", or empty when OK) and the recommendation.
 */
export function annotationRows(result: ScheduleResult): RowAnnotation[] {
  return result.rows.map((r) => ({
    rowIndex: r.rowIndex,
    row: r.row,
    status: r.status,
    values: [r.status, asLiteralText(renderFindings(r.findings, "cell")), asLiteralText(r.recommendation ?? "")],
  }));
}
