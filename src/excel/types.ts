/** Types of the Excel adapter's public API. */
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
  | { ok: true; target: ScheduleTarget; result: ScheduleResult; notice?: string; /** Which project spec the check used (issue 15). */ specUsed?: string }
  | { ok: false; reason: RunFailure; message: string; target?: ScheduleTarget; result?: ScheduleResult };

