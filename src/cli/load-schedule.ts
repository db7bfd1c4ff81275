import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CheckOptions, ProjectSpec, asLiteralText, SPEC_SHEET_NAME, ScheduleResult, checkSchedule, mergeSpecs, readSpecSheet } from "../core";
import { InputError } from "./errors";
import { MAX_INPUT_BYTES, readInput } from "./files";
import { readDelimited } from "./read-delimited";
import { Grid, isDate1904, loadWorkbook, pickSheet, sheetGrid, withHint } from "./read-workbook";

/**
 * The project spec a workbook carries on its Spec sheet, or undefined when it has none. A
 * Spec sheet with a bad setting stops the command (exit 2) naming each bad cell: a check
 * never runs on half a spec.
 */
export function workbookSpec(wb: ExcelJS.Workbook, displayName: string): ProjectSpec | undefined {
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === SPEC_SHEET_NAME.toLowerCase());
  if (!ws) return undefined;
  const r = readSpecSheet(sheetGrid(ws, isDate1904(wb)), { sheetName: ws.name });
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
  if (!fs.existsSync(file)) throw new InputError(`cannot read ${file}: no such file`);
  if (fs.statSync(file).isDirectory()) throw new InputError(`${file} is a folder, not a spreadsheet`);
  const name = path.basename(file);
  if (/\.(xlsx|xlsm)$/i.test(file)) {
    const wb = await loadWorkbook(readInput(file, file, MAX_INPUT_BYTES.workbook), name);
    const spec = mergeSpecs(workbookSpec(wb, name), opts.spec);
    const options: CheckOptions = { ...(spec ? { spec } : {}), ...(opts.columns ? { columns: opts.columns } : {}) };
    const date1904 = isDate1904(wb);
    const pick = pickSheet(wb.worksheets.map((ws) => ({ sheet: ws, name: ws.name, grid: () => sheetGrid(ws, date1904) })), options, opts.sheet, name);
    return { grid: pick.grid, result: pick.result, sheet: pick.name, ...(spec ? { spec } : {}) };
  }
  if (/\.(csv|tsv|txt)$/i.test(file)) {
    const sheet = readDelimited(readInput(file, file, MAX_INPUT_BYTES.delimited), name);
    const result = checkSchedule(sheet.grid, { ...(opts.spec ? { spec: opts.spec } : {}), ...(opts.columns ? { columns: opts.columns } : {}) });
    if (!result.ok) throw new InputError(`${name}: ${withHint(result)}`);
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
