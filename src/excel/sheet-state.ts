/**
 * What the task pane needs to know about the active sheet when it opens and after each run:
 * whether Connector Check has results on it (so Clear is offered only then), the last check's
 * summary (kept in the workbook's settings, so a reopened pane shows it), and the cable IDs of
 * the rows with findings (the engine's result carries no cell text).
 */
import { columnLetter, type Summary } from "../core";
import { locate } from "./locate";
import { loadWritten } from "./settings";

export const LAST_RUN_KEY = "connectorCheck.lastRun";

/** The last check on a sheet, as the pane shows it before the next Check. */
export interface LastRun {
  sheetId: string;
  sheetName: string;
  address: string;
  summary: Summary;
  /** ISO time of the check. */
  at: string;
}

export interface SheetState {
  sheetId: string;
  sheetName: string;
  /** Connector Check's columns on this sheet (A1 letters, e.g. "J:L"), when it wrote any. */
  written?: string;
  lastRun?: LastRun;
}

const settings = (): Office.Settings | undefined => (typeof Office !== "undefined" ? Office.context?.document?.settings : undefined);

const isLastRun = (x: unknown): x is LastRun => {
  const r = x as LastRun;
  return !!r && typeof r.sheetId === "string" && typeof r.address === "string" && !!r.summary && typeof r.summary.rows === "number";
};

/** The active sheet, whether Connector Check's results are on it, and its last check. */
export async function activeSheetState(): Promise<SheetState> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getActiveWorksheet().load("name,id");
    await ctx.sync();
    // Results are found by their own mark (a workbook name over the owned columns), not by the
    // sheet's id, which Excel does not keep across sessions.
    const owned = (await locate(ctx, await loadWritten())).find((l) => !l.gone && l.sheetName === ws.name);
    const runs = settings()?.get(LAST_RUN_KEY) as unknown;
    const lastRun = Array.isArray(runs) ? runs.filter(isLastRun).find((r) => r.sheetName === ws.name) : undefined;
    const record = owned ? { columns: [owned.box.c, owned.box.c + 1, owned.box.c + 2] } : undefined;
    return {
      sheetId: ws.id,
      sheetName: ws.name,
      ...(record ? { written: `${columnLetter(record.columns[0])}:${columnLetter(record.columns[2])}` } : {}),
      ...(record && lastRun ? { lastRun } : {}),
    };
  });
}

/** Remembers a check's summary for its sheet (one entry per sheet), saved with the workbook. */
export async function saveLastRun(run: Omit<LastRun, "sheetId">): Promise<void> {
  const s = settings();
  if (!s) return;
  const sheetId = await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(run.sheetName).load("id");
    await ctx.sync();
    return ws.id;
  });
  const runs = s.get(LAST_RUN_KEY) as unknown;
  const kept = Array.isArray(runs) ? runs.filter(isLastRun).filter((r) => r.sheetId !== sheetId && r.sheetName !== run.sheetName) : [];
  s.set(LAST_RUN_KEY, [...kept, { ...run, sheetId }]);
  await new Promise<void>((resolve) => s.saveAsync(() => resolve()));
}

/** Forgets every sheet's last check (after Clear removed the results). */
export async function forgetLastRuns(): Promise<void> {
  const s = settings();
  if (!s || s.get(LAST_RUN_KEY) == null) return;
  s.remove(LAST_RUN_KEY);
  await new Promise<void>((resolve) => s.saveAsync(() => resolve()));
}

/** Rows read per sync: a cable ID column of this many rows stays far below the 5 MB payload limit. */
const ROWS_PER_READ = 20000;

/**
 * The text of one column for the given sheet rows (1-based), read in a few large blocks
 * spanning the first to the last row asked for.
 */
export async function readColumnText(sheetName: string, column: number, rows: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!rows.length) return out;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const wanted = new Set(rows);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheetName);
    for (let start = first; start <= last; start += ROWS_PER_READ) {
      const count = Math.min(ROWS_PER_READ, last - start + 1);
      const range = ws.getRangeByIndexes(start - 1, column, count, 1).load("values");
      await ctx.sync();
      range.values.forEach((v, i) => {
        const text = String(v[0] ?? "").trim();
        if (text && wanted.has(start + i)) out.set(start + i, text);
      });
    }
  });
  return out;
}
