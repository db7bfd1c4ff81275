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
  /** Set when a header was already used by the user's data, so other names/columns were taken. */
  notice?: string;
}

const norm = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : "");

/**
 * Where the owned columns go. `previous` is where this tool wrote last time (kept by the
 * adapter: document settings in Excel, a defined name in a file); those are reused. Otherwise
 * the three columns right of the last non-empty header cell. A header the user already uses
 * gets a numbered name ("Check status 2") in the next free columns, and a notice says so.
 */
export function planOwnedColumns(headerRow: readonly unknown[], previous?: readonly number[]): OwnedColumnsPlan {
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
  let last = -1;
  headerRow.forEach((v, i) => {
    if (v !== "" && v !== null && v !== undefined) last = i;
  });
  const taken = new Set(headerRow.map(norm).filter(Boolean));
  let suffix = 1;
  const name = (h: string) => (suffix === 1 ? h : `${h} ${suffix}`);
  while (OWNED_HEADERS.some((h) => taken.has(name(h).toLowerCase()))) suffix++;
  const start = last + 1;
  const plan: OwnedColumnsPlan = {
    columns: [start, start + 1, start + 2],
    headers: [name(OWNED_HEADERS[0]), name(OWNED_HEADERS[1]), name(OWNED_HEADERS[2])],
  };
  if (suffix > 1) {
    plan.notice = `The sheet already has a column named "${OWNED_HEADERS.find((h) => taken.has(h.toLowerCase()))}", so results go in new columns headed "${plan.headers.join('", "')}".`;
  }
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
