/**
 * Writing a sheet of the add-in's own (BOM, Spec template, NetBox export): always a new sheet,
 * never an existing one ("BOM", else "BOM (2)", ...), values in one batch, text made literal so
 * Excel never takes it for a formula. The user's sheets are only read.
 */
import { SPEC_SHEET_NAME, asLiteralText, columnLetter, type ProjectSpec, type ScheduleResult, type SpecSheetResult } from "../core";
import { estimateBytes, planWriteBlocks, withoutColumns } from "./plan";
import { loadColumnCorrections, loadWritten } from "./settings";
import { readGrid, syncInBlocks } from "./adapter";
import { locate } from "./locate";
import { checkInWorker } from "./run-check";

/** The first of "BOM", "BOM (2)", "BOM (3)"… that no sheet has (Excel compares sheet names ignoring case). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

const literal = (v: unknown): string | number => (typeof v === "number" && Number.isFinite(v) ? v : asLiteralText(v === undefined || v === null ? "" : String(v)));

export interface NewSheet {
  ws: Excel.Worksheet;
  name: string;
}

/**
 * Adds a new sheet named after `base` and writes `rows` from A1, in blocks under the request
 * payload limit (a NetBox export of a 100,000-row schedule is far over 5 MB); the caller syncs
 * what it queues after.
 */
export async function addSheetWith(ctx: Excel.RequestContext, base: string, rows: readonly (readonly unknown[])[]): Promise<NewSheet> {
  const sheets = ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const name = freeSheetName(base, sheets.items.map((s) => s.name));
  const ws = ctx.workbook.worksheets.add(name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const cells = rows.map((r) => Array.from({ length: width }, (_, i) => literal(r[i])));
  await syncInBlocks(ctx, planWriteBlocks(cells.map(estimateBytes)), (b) => {
    ws.getRangeByIndexes(b.start, 0, b.count, width).values = cells.slice(b.start, b.start + b.count);
    return () => undefined;
  });
  return { ws, name };
}

/** A1 address of a block from A1: rows × columns. */
export const blockAddress = (rows: number, columns: number): string => `A1:${columnLetter(Math.max(0, columns - 1))}${Math.max(1, rows)}`;

/**
 * Reads the workbook's Spec sheet, if it has one: null when there is none, else the spec or
 * every bad cell. The adapter calls this on every Check; a bad sheet stops the check.
 */
export async function readSpecSheet(ctx: Excel.RequestContext): Promise<SpecSheetResult | null> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(SPEC_SHEET_NAME).load("name");
  await ctx.sync();
  if (ws.isNullObject) return null;
  const used = ws.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  await ctx.sync();
  if (used.isNullObject) return { ok: true, spec: {}, settings: 0 };
  // The reader validates with zod: a chunk of its own (webpack.config.js), fetched only when the workbook has a Spec sheet.
  const { readSpecSheet: readSpecGrid } = await import(/* webpackChunkName: "spec-reader" */ "../core/spec-sheet");
  return readSpecGrid(used.values, { sheetName: SPEC_SHEET_NAME, firstRow: used.rowIndex + 1, firstColumn: used.columnIndex });
}

export type ActiveSchedule =
  | { ok: true; grid: unknown[][]; result: ScheduleResult; spec?: ProjectSpec; sheetName: string }
  | { ok: false; message: string };

/**
 * The active sheet's schedule, checked with the Spec sheet, for what is made from it (BOM,
 * NetBox). Read and checked as a Check does: the used range in blocks under the payload limit,
 * the engine in the worker (run-check.ts), so a 100,000-row sheet neither overflows a request
 * nor holds up the runtime the custom functions share. The add-in's own result columns are
 * left out of the read, as a Check leaves them.
 */
export async function checkedActiveSchedule(ctx: Excel.RequestContext): Promise<ActiveSchedule> {
  const spec = await readSpecSheet(ctx);
  if (spec && !spec.ok) return { ok: false, message: `The Spec sheet cannot be used: ${spec.errors.join("; ")}` };
  const ws = ctx.workbook.worksheets.getActiveWorksheet().load("name");
  const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  await ctx.sync();
  if (used.isNullObject) return { ok: false, message: `Sheet "${ws.name}" is empty: open the sheet holding the cable schedule.` };
  const box = { r: used.rowIndex, c: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  const values = await readGrid(ctx, ws, box, () => () => undefined, () => undefined);
  // the add-in's own columns, found by their mark (sheet ids change between sessions)
  const own = (await locate(ctx, await loadWritten()))
    .filter((l) => !l.gone && l.sheetName === ws.name)
    .flatMap((l) => [0, 1, 2].map((k) => l.box.c + k - box.c));
  const grid = withoutColumns(values, own);
  const engine = await checkInWorker(grid, {
    firstRow: box.r + 1,
    firstColumn: box.c,
    columns: loadColumnCorrections(),
    ...(spec?.ok && spec.settings ? { spec: spec.spec } : {}),
  });
  if (!engine.ok) return { ok: false, message: engine.cancelled ? "Cancelled." : `The check failed: ${engine.message}` };
  const result = engine.result;
  if (!result.ok) return { ok: false, message: result.problem?.message ?? "The schedule could not be read." };
  return { ok: true, grid, result, sheetName: ws.name, ...(spec?.ok && spec.settings ? { spec: spec.spec } : {}) };
}
