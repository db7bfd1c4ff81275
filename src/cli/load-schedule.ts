import * as path from "path";
import { CheckOptions, ProjectSpec, asLiteralText, SPEC_SHEET_NAME, ScheduleResult, mergeSpecs, readSpecSheet } from "../core";
import { InputError } from "./errors";
import { MAX_INPUT_BYTES, readInput, statInput } from "./files";
import { readDelimited } from "./read-delimited";
import { Grid, checkGrid, unusableSheet, withHint } from "./read-workbook";
import { readNamedSheetGrid, readWorkbookSchedule } from "./xlsx/read-sheet";

/**
 * The project spec a workbook carries on its Spec sheet, or undefined when it has none. A
 * Spec sheet with a bad setting stops the command (exit 2) naming each bad cell: a check
 * never runs on half a spec.
 */
export async function workbookSpec(file: string, displayName: string): Promise<ProjectSpec | undefined> {
  const grid = await readNamedSheetGrid(file, SPEC_SHEET_NAME, displayName);
  if (!grid) return undefined;
  const r = readSpecSheet(grid, { sheetName: SPEC_SHEET_NAME });
  if (!r.ok) throw new InputError(`${displayName}: the Spec sheet cannot be used: ${r.errors.join("; ")}`);
  return r.spec;
}

export interface LoadedSchedule {
  grid: Grid;
  result: ScheduleResult;
  sheet: string;
  spec?: ProjectSpec;
}

/** Reads and checks the schedule of an .xlsx/.xlsm or .csv/.tsv, with the workbook's Spec sheet and a --spec file (which wins). */
export async function loadSchedule(file: string, opts: { sheet?: string; spec?: ProjectSpec; columns?: CheckOptions["columns"] }): Promise<LoadedSchedule> {
  const name = path.basename(file);
  statInput(file, file, MAX_INPUT_BYTES.workbook);
  if (/\.(xlsx|xlsm)$/i.test(file)) {
    const spec = mergeSpecs(await workbookSpec(file, name), opts.spec);
    const options: CheckOptions = { ...(spec ? { spec } : {}), ...(opts.columns ? { columns: opts.columns } : {}) };
    const s = await readWorkbookSchedule(file, options, opts.sheet, name);
    return { grid: s.grid, result: s.result, sheet: s.name, ...(spec ? { spec } : {}) };
  }
  if (/\.(csv|tsv|txt)$/i.test(file)) {
    const sheet = readDelimited(readInput(file, file, MAX_INPUT_BYTES.delimited), name);
    const result = checkGrid(sheet.grid, { ...(opts.spec ? { spec: opts.spec } : {}), ...(opts.columns ? { columns: opts.columns } : {}) });
    if (!result.ok) throw unusableSheet(`${name}: ${withHint(result)}`, result);
    return { grid: sheet.grid, result, sheet: name, ...(opts.spec ? { spec: opts.spec } : {}) };
  }
  throw new InputError(`${file} is not a spreadsheet this tool reads: expected .xlsx, .xlsm, .csv or .tsv`);
}

/** One CSV field: quoted when needed, and made literal when a spreadsheet would take it for a formula. */
export function csvField(v: unknown): string {
  const s = v === undefined || v === null ? "" : typeof v === "number" ? String(v) : asLiteralText(String(v));
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvText = (rows: readonly (readonly unknown[])[]): string => rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
