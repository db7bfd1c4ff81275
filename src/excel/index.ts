/**
 * The Excel adapter: the only code that touches `Excel.*`. It reads the schedule from the
 * active sheet, runs the engine, and writes the findings into Connector Check's own three
 * columns, in a few large batches (never one round trip per cell).
 */
import type { CheckOptions, ScheduleResult } from "../core";

export type Stage = "reading" | "checking" | "writing" | "clearing";
/** text e.g. "Reading 40,000 rows", "Checking", "Writing block 3 of 8". */
export interface Progress {
  stage: Stage;
  done: number;
  total: number;
  text: string;
}
export interface RunOptions {
  columns?: CheckOptions["columns"];
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}
export interface ScheduleTarget {
  sheetName: string;
  tableName?: string;
  address: string;
  /** 1-based sheet row of grid[0]. */
  firstRow: number;
  /** 0-based sheet column of grid[..][0]. */
  firstColumn: number;
  rows: number;
}
export type RunFailure =
  | "protected"
  | "empty"
  | "no-header"
  | "no-connector-or-application"
  | "requirements"
  | "changed"
  | "cancelled"
  | "no-room"
  | "error";
export type RunOutcome =
  | { ok: true; target: ScheduleTarget; result: ScheduleResult; notice?: string }
  | { ok: false; reason: RunFailure; message: string; target?: ScheduleTarget; result?: ScheduleResult };

/** Reads the schedule on the active sheet, checks it with the engine, writes results back. */
export async function checkActiveSheet(_options: RunOptions = {}): Promise<RunOutcome> {
  return { ok: false, reason: "error", message: "Not implemented yet." }; // TODO: being built
}

/** Removes exactly what Connector Check wrote and restores those cells as they were. */
export async function clearResults(): Promise<{ ok: boolean; message: string }> {
  return { ok: false, message: "Not implemented yet." }; // TODO: being built
}

/** Selects one cell: row 1-based, column 0-based sheet column. */
export async function selectCell(_sheetName: string, _row: number, _column: number): Promise<void> {
  // TODO: being built
}

/** The user's column-map corrections remembered in this workbook. */
export function loadColumnCorrections(): CheckOptions["columns"] {
  return undefined; // TODO: being built
}

export async function saveColumnCorrections(_c: CheckOptions["columns"]): Promise<void> {
  // TODO: being built
}
