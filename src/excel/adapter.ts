/**
 * Excel.run at the edge: read the schedule, check it with the engine, write the results into
 * the three owned columns, and clear them again. Everything is queued and synced in a few big
 * batches; the planning (which range, how big a block, did the sheet change) is in plan.ts.
 */
import { STATUS_FILL, annotationRows, asLiteralText, columnLetter, describeSpec, planOwnedColumns } from "../core";
import type { MergedArea, RowResult, ScheduleResult } from "../core";
import {
  Box,
  MAX_SHEET_COLUMNS,
  ONE_SYNC_READ_CELLS,
  PAYLOAD_BUDGET_BYTES,
  RowBlock,
  SAMPLE_ROWS,
  bytesPerRowFromSample,
  chooseSchedule,
  count,
  estimateBytes,
  decodeFills,
  encodeFills,
  planReadBlocks,
  planWriteBlocks,
  withoutColumns,
} from "./plan";
import { BagCounter, classifyLegacyCells, classifyOwnedCells, runsWhere } from "./owned";
import { checkInWorker, nextTurn } from "./run-check";
import { PriorFills, WrittenRecord, loadColumnCorrections, loadWritten, updateWritten } from "./settings";
import type { Progress, RunFailure, RunOptions, RunOutcome, ScheduleTarget } from "./types";
import { GEOMETRY, boxOf, locate, type Located } from "./locate";
import { readSpecSheet } from "./new-sheet"; // issue 15

/**
 * The one requirement set needed. 1.9 brings suspendScreenUpdatingUntilNextSync,
 * getCellProperties/setCellProperties and RangeFill.pattern; it includes everything older used
 * here (getRangeByIndexes 1.7, suspendApiCalculationUntilNextSync 1.6,
 * getUsedRangeOrNullObject and named table columns 1.4, protection and rowHidden 1.2).
 */
export const REQUIRED_SETS: readonly { name: string; version: string }[] = [{ name: "ExcelApi", version: "1.9" }];

/** Width (points) the owned columns get if narrower: status, findings, recommendation. */
const OWNED_WIDTHS = [72, 360, 260] as const;

class Cancelled extends Error {}
/** The user typed into cells the add-in was about to write: stop, and leave them. */
class OwnedCellsTaken extends Error {
  constructor(readonly cells: string[]) {
    super(`cells ${cells.slice(0, 8).join(", ")}${cells.length > 8 ? ` and ${cells.length - 8} more` : ""} were typed in while writing`);
  }
}

const supports = (version: string): boolean => typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);

/**
 * Every batch waits while the user is typing in a cell instead of failing ("When false, if the
 * user is in cell edit ... the batch automatically fails"), and where ExcelApi 1.20 has it, one
 * run is one undo step rather than one per sync (Excel.RunOptions, learn.microsoft.com).
 */
const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
  Excel.run({ delayForCellEdit: true, ...(supports("1.20") ? { mergeUndoGroup: true } : {}) }, batch);

const cellName = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;
const listCells = (cells: readonly string[]) => `${cells.slice(0, 12).join(", ")}${cells.length > 12 ? ` and ${cells.length - 12} more` : ""}`;
const isBlank = (v: unknown) => v === "" || v === null || v === undefined;
/** "Recalculate": calculation suspended through the API is the add-in's to resume (Application.suspendApiCalculationUntilNextSync). */
const recalculate = (ctx: Excel.RequestContext) => ctx.application.calculate("Recalculate" as Excel.CalculationType);

const a1 = (b: Box) => {
  const first = `${columnLetter(b.c)}${b.r + 1}`;
  return b.rows === 1 && b.cols === 1 ? first : `${first}:${columnLetter(b.c + b.cols - 1)}${b.r + b.rows}`;
};
const errorCode = (e: unknown): string | undefined => (e as { code?: string } | null)?.code;
const isPayloadError = (e: unknown): boolean =>
  errorCode(e) === "RequestPayloadSizeLimitExceeded" || errorCode(e) === "ResponsePayloadSizeLimitExceeded" || /payload size/i.test(String((e as Error)?.message ?? ""));
const describe = (e: unknown): string => {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${message} (${code})` : message;
};

/** Names the requirement sets this Excel lacks, or undefined when all are there. */
export function missingRequirements(): string | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) {
    return "Office.js is not available: Connector Check must run inside Excel.";
  }
  const missing = REQUIRED_SETS.filter((s) => !Office.context.requirements.isSetSupported(s.name, s.version));
  if (missing.length === 0) return undefined;
  return `This version of Excel does not support ${missing.map((s) => `${s.name} ${s.version}`).join(", ")}, which Connector Check needs to read and write the sheet in large batches. Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web.`;
}

/**
 * Runs `queueBlock` for each block, one sync per block. A block refused for payload size is
 * split in half and retried, and later blocks are kept to the size that worked.
 */
export async function syncInBlocks(
  ctx: Excel.RequestContext,
  blocks: readonly RowBlock[],
  queueBlock: (b: RowBlock) => (() => void) | Promise<() => void>,
  hooks: { signal?: AbortSignal; before?: (k: number, n: number) => void; after?: (done: number) => void } = {},
): Promise<void> {
  const work = [...blocks];
  let maxRows = Infinity;
  let k = 0;
  let done = 0;
  while (work.length) {
    if (hooks.signal?.aborted) throw new Cancelled();
    let b = work.shift() as RowBlock;
    if (b.count > maxRows) {
      work.unshift({ start: b.start + maxRows, count: b.count - maxRows });
      b = { start: b.start, count: maxRows };
    }
    hooks.before?.(k + 1, k + 1 + work.length);
    const collect = await queueBlock(b);
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || b.count <= 1) throw e;
      maxRows = Math.ceil(b.count / 2);
      work.unshift(b);
      continue;
    }
    k++;
    collect();
    done += b.count;
    hooks.after?.(done);
  }
}


interface Found {
  ws: Excel.Worksheet;
  sheetName: string;
  protected: boolean;
  box: Box;
  /** The sheet's used range (values only), for placing the owned columns right of everything. */
  used: Box | null;
  table?: string;
  /** The table's whole rows, header to totals row: adding a column inserts cells in all of them. */
  tableRows?: number;
  previous?: Located;
  notice?: string;
  problem?: string;
}

/**
 * Syncs 1–3: which range is the schedule, and where this tool wrote on it before. `at` stands
 * for the selection (a reopened pane re-reads the range an earlier check read).
 */
async function findSchedule(ctx: Excel.RequestContext, at?: Box): Promise<Found> {
  const wb = ctx.workbook;
  const first = (withSelection: boolean) => {
    const ws = wb.worksheets.getActiveWorksheet().load("name");
    ws.protection.load("protected");
    const selection = withSelection ? wb.getSelectedRange().load(GEOMETRY) : null;
    const used = ws.getUsedRangeOrNullObject(true).load(GEOMETRY);
    const tables = ws.tables.load("items/name,items/showHeaders,items/showTotals");
    return { ws, selection, used, tables };
  };
  let q = first(!at);
  let notice: string | undefined;
  try {
    await ctx.sync();
  } catch (e) {
    // "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange).
    q = first(false);
    await ctx.sync();
    notice = "Several ranges are selected, so Connector Check checked the sheet's used range (select one range, or a cell in a table, to choose).";
    void e;
  }
  const { ws, used, tables } = q;
  const records = await loadWritten();
  const located = (await locate(ctx, records)).filter((l) => !l.gone && l.headersOk && l.sheetName === ws.name);
  let tableBoxes: { name: string; box: Box; totals: boolean; headers: boolean }[] = [];
  if (tables.items.length) {
    const ranges = tables.items.map((t) => ({ t, range: t.getRange().load(GEOMETRY) }));
    await ctx.sync();
    tableBoxes = ranges.map(({ t, range }) => ({ name: t.name, box: boxOf(range), totals: t.showTotals, headers: t.showHeaders }));
  }
  const usedBox = used.isNullObject ? null : boxOf(used);
  const selection = at ?? (q.selection ? boxOf(q.selection) : undefined) ?? (usedBox ? { r: usedBox.r, c: usedBox.c, rows: 1, cols: 1 } : { r: 0, c: 0, rows: 1, cols: 1 });
  const source = chooseSchedule(selection, usedBox, tableBoxes);
  const base = { ws, sheetName: ws.name, protected: ws.protection.protected, used: usedBox, notice };
  if (!source) return { ...base, box: { r: 0, c: 0, rows: 0, cols: 0 } };
  const table = source.kind === "table" ? tableBoxes.find((t) => t.name === source.table) : undefined;
  if (table && !table.headers) {
    return { ...base, box: source.box, table: table.name, problem: `Table "${table.name}" has its header row hidden, so Connector Check cannot tell its columns apart or add its own. Turn it on (Table Design > Header Row) and check again. Nothing was written.` };
  }
  // A shown totals row is part of Table.getRange(), but not a cable: leave it out.
  const box = table?.totals ? { ...source.box, rows: source.box.rows - 1 } : source.box;
  const previous = located.find((l) => (l.rec.table ?? "") === (table?.name ?? "") && (table ? true : l.box.c >= box.c));
  return { ...base, box, table: table?.name, tableRows: table ? source.box.rows : undefined, previous };
}

/** Reads the schedule's values: one sync for an ordinary sheet, else sampled and read in row blocks. */
export async function readGrid(ctx: Excel.RequestContext, ws: Excel.Worksheet, box: Box, withFirst: () => () => void, progress: (p: Progress) => void, signal?: AbortSignal): Promise<unknown[][]> {
  const text = `Reading ${count(box.rows)} rows`;
  progress({ stage: "reading", done: 0, total: box.rows, text });
  let firstPending = true;
  const read = (start: number, n: number) => {
    const first = firstPending ? withFirst() : () => undefined;
    const range = ws.getRangeByIndexes(box.r + start, box.c, n, box.cols).load("values");
    return () => {
      first();
      firstPending = false;
      return range.values as unknown[][];
    };
  };
  const grid: unknown[][] = [];
  if (box.rows * box.cols <= ONE_SYNC_READ_CELLS) {
    const collect = read(0, box.rows);
    try {
      await ctx.sync();
      return collect();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
    }
  }
  // A big schedule: read a sample to learn the bytes per row, then blocks under the payload budget.
  if (signal?.aborted) throw new Cancelled();
  const sampleRows = Math.min(SAMPLE_ROWS, box.rows);
  const collectSample = read(0, sampleRows);
  await ctx.sync();
  grid.push(...collectSample());
  const from = sampleRows;
  progress({ stage: "reading", done: from, total: box.rows, text });
  const blocks = planReadBlocks(box.rows - from, box.cols, bytesPerRowFromSample(grid)).map((b) => ({ start: b.start + from, count: b.count }));
  await syncInBlocks(
    ctx,
    blocks,
    (b) => {
      const collect = read(b.start, b.count);
      return () => grid.push(...collect());
    },
    { signal, after: (done) => progress({ stage: "reading", done: from + done, total: box.rows, text }) },
  );
  return grid;
}

/** Cell values compare equal as Excel returns them (numbers and text kept apart; empty is empty). */
const sameValue = (a: unknown, b: unknown) => a === b || (isBlank(a) && isBlank(b));

/**
 * Re-reads every cell the check read (in the same blocks) and names the first that changed:
 * an edit to any checked cell, not only the key, would make the written verdicts wrong.
 */
async function firstChangedCell(ctx: Excel.RequestContext, ws: Excel.Worksheet, box: Box, grid: readonly (readonly unknown[])[], first: () => () => void, signal?: AbortSignal): Promise<{ cell: string; was: unknown; now: unknown } | null> {
  let changed: { cell: string; was: unknown; now: unknown } | null = null;
  let firstPending = true;
  await syncInBlocks(ctx, planReadBlocks(box.rows, box.cols, bytesPerRowFromSample(grid.slice(0, SAMPLE_ROWS))), (b) => {
    const extra = firstPending ? first() : () => undefined;
    const range = ws.getRangeByIndexes(box.r + b.start, box.c, b.count, box.cols).load("values");
    return () => {
      extra();
      firstPending = false;
      if (changed) return;
      range.values.forEach((row, i) => {
        if (changed) return;
        const was = grid[b.start + i] ?? [];
        for (let c = 0; c < box.cols; c++) {
          if (!sameValue(was[c], row[c])) {
            changed = { cell: cellName(box.r + b.start + i, box.c + c), was: was[c], now: row[c] };
            return;
          }
        }
      });
    };
  }, { signal });
  return changed;
}

/** Reads the status cells' fills before writing, as compactly as they allow. */
async function priorFills(ctx: Excel.RequestContext, ws: Excel.Worksheet, r: number, c: number, rows: number, fill: Excel.RangeFill | null): Promise<PriorFills> {
  if (!fill || rows === 0 || fill.pattern === "None") return { kind: "none" };
  if (fill.pattern === "Solid" && fill.color) return { kind: "solid", color: fill.color };
  const colors: (string | null)[] = [];
  await syncInBlocks(ctx, planReadBlocks(rows, 1, 64), (b) => {
    const props = ws.getRangeByIndexes(r + b.start, c, b.count, 1).getCellProperties({ format: { fill: { color: true, pattern: true } } });
    return () => props.value.forEach((row) => colors.push(row[0].format?.fill?.pattern === "None" ? null : (row[0].format?.fill?.color ?? null)));
  });
  return { kind: "rows", fills: encodeFills(colors) };
}

interface Removal {
  /** Data rows where something of the add-in's was removed. */
  rows: number;
  /** Cells in the owned columns that are the user's now, left as they are. */
  userCells: string[];
  /** Nothing of the add-in's was left to remove (undone, or cleared by hand). */
  nothingLeft: boolean;
  fillsNote?: string;
}

/**
 * Removes what is still the add-in's in a record's columns (owned.ts decides, cell by cell) and
 * puts back the status cells' prior fills; the user's cells stay. With `keepColumns` (before a
 * re-run) added table columns, widths and the mark are kept for reuse.
 */
async function removeOwned(ctx: Excel.RequestContext, loc: Located, keepColumns: boolean, onlyLook = false): Promise<Removal> {
  const { rec } = loc;
  const ws = ctx.workbook.worksheets.getItem(loc.sheetName);
  const dataRows = Math.max(0, loc.box.rows - 1);
  const values: unknown[][] = [];
  const fills: (string | null)[] = [];
  if (dataRows > 0) {
    await syncInBlocks(ctx, planReadBlocks(dataRows, 3, 1200), (b) => {
      const v = ws.getRangeByIndexes(loc.box.r + 1 + b.start, loc.box.c, b.count, 3).load("values");
      const p = ws.getRangeByIndexes(loc.box.r + 1 + b.start, loc.box.c, b.count, 1).getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return () => {
        values.push(...v.values);
        p.value.forEach((row) => fills.push(row[0].format?.fill?.pattern === "None" ? null : (row[0].format?.fill?.color ?? null)));
      };
    });
  }
  const kinds = rec.legacy ? classifyLegacyCells(values, fills) : classifyOwnedCells(values, fills, rec.written);
  const userCells: string[] = [];
  kinds.forEach((row, i) => row.forEach((k, j) => k === "user" && userCells.push(cellName(loc.box.r + 1 + i, loc.box.c + j))));
  const oursRows = kinds.filter((row) => row.includes("ours")).length;
  const headerOurs = loc.headersOk;
  const result: Removal = { rows: oursRows, userCells, nothingLeft: oursRows === 0 && !headerOurs };
  if (onlyLook) return result;

  const deleteTableColumns = rec.table && rec.tableColumnsAdded && !keepColumns && userCells.length === 0;
  if (deleteTableColumns) {
    // Only the columns that exist: a failed first write may have added none or some of them.
    const t = ws.tables.getItem(rec.table as string);
    const names = t.columns.load("items/name");
    await ctx.sync();
    [...rec.headers].reverse().forEach((h) => names.items.some((c) => c.name === h) && t.columns.getItem(h).delete());
  } else {
    if (headerOurs && !(rec.table && rec.tableColumnsAdded)) ws.getRangeByIndexes(loc.box.r, loc.box.c, 1, 3).clear("Contents");
    // Fills of the add-in's status cells back to what they were (by position while the rows are the ones written).
    const samePositions = dataRows === rec.rows;
    const prior = rec.fills.kind === "rows" ? decodeFills(rec.fills.fills) : null;
    if (prior && !samePositions) result.fillsNote = `rows were inserted or deleted since, so the status cells' earlier fills could not be put back by position and were removed`;
    const priorAt = (i: number): string | null =>
      rec.tableColumnsAdded ? null : rec.fills.kind === "solid" ? rec.fills.color : prior && samePositions ? (prior[i] ?? null) : null;
    const props = kinds.map((row, i) => {
      if (row[0] !== "ours") return [{}];
      const color = priorAt(i);
      return [{ format: { fill: color ? { color } : { pattern: "None" as Excel.FillPattern } } }];
    });
    // Row blocks, split further if Excel refuses one for size. Contents go as runs of the
    // add-in's cells per column, so no user cell is written at all.
    await syncInBlocks(ctx, planWriteBlocks(props.map((p) => estimateBytes(p) + 40)), (b) => {
      for (let j = 0; j < 3; j++) {
        for (const [from, n] of runsWhere(b.count, (i) => kinds[b.start + i][j] === "ours")) ws.getRangeByIndexes(loc.box.r + 1 + b.start + from, loc.box.c + j, n, 1).clear("Contents");
      }
      const slice = props.slice(b.start, b.start + b.count);
      if (slice.some((p) => Object.keys(p[0]).length)) ws.getRangeByIndexes(loc.box.r + 1 + b.start, loc.box.c, b.count, 1).setCellProperties(slice);
      return () => undefined;
    });
  }
  if (!keepColumns) {
    rec.widths.forEach((w, i) => (ws.getRangeByIndexes(0, loc.box.c + i, 1, 1).format.columnWidth = w));
  }
  if (!keepColumns && loc.viaMark) ctx.workbook.names.getItemOrNullObject(rec.mark).delete();
  await ctx.sync();
  return result;
}

/** Rows prepared per event-loop turn: a few ms of work each, so the functions sharing the runtime keep answering. */
const PREPARE_ROWS_PER_TURN = 1000;
/**
 * Rows of one write block queued per event-loop turn. A block is up to 4 MB of request; queued
 * as one range, the add-in's thread would build all of it at once. As ranges of this many rows,
 * still sent in the block's one sync, each turn handles a few hundred KB.
 */
export const WRITE_ROWS_PER_TURN = 5000;

const STATUSES = Object.keys(STATUS_FILL) as (keyof typeof STATUS_FILL)[];
const NO_STATUS = 255;
const FILL_OF = STATUSES.map((st) => [{ format: { fill: { color: STATUS_FILL[st] } } }, {}, {}] as Excel.SettableCellProperties[]);
const NO_FILL: Excel.SettableCellProperties[] = [{}, {}, {}];

/**
 * The cells to write for data rows first..first+rows-1 of the grid: their texts, each row's
 * status as a byte (the fills are made per write slice, not held for every row), the record's
 * bags of written texts and each row's request bytes. For 100,000 rows seconds of work, so done
 * in slices between event-loop turns.
 */
async function prepareWrite(result: ScheduleResult, first: number, rows: number) {
  const values: string[][] = new Array(rows);
  const statuses = new Uint8Array(rows).fill(NO_STATUS);
  const rowBytes = new Float64Array(rows);
  const bags = [new BagCounter(), new BagCounter(), new BagCounter()];
  // The engine gives rows in sheet order; a walk replaces a 100,000-entry map built in one go.
  const ordered = result.rows.every((r, i, all) => i === 0 || all[i - 1].rowIndex < r.rowIndex) ? result.rows : [...result.rows].sort((a, b) => a.rowIndex - b.rowIndex);
  let next = 0;
  const fillBytes = FILL_OF.map((f) => estimateBytes(f));
  for (let from = 0; from < rows; from += PREPARE_ROWS_PER_TURN) {
    if (from > 0) await nextTurn();
    const to = Math.min(rows, from + PREPARE_ROWS_PER_TURN);
    const slice: RowResult[] = [];
    const at: number[] = [];
    while (next < ordered.length && ordered[next].rowIndex < first + to) {
      const r = ordered[next++];
      if (r.rowIndex >= first + from) {
        slice.push(r);
        at.push(r.rowIndex - first);
      }
    }
    const annotations = annotationRows({ ...result, rows: slice });
    for (let i = from; i < to; i++) values[i] = ["", "", ""];
    annotations.forEach((a, k) => {
      values[at[k]] = [...a.values];
      statuses[at[k]] = STATUSES.indexOf(a.status);
    });
    for (let i = from; i < to; i++) {
      const v = values[i];
      v.forEach((t, j) => bags[j].add(t));
      rowBytes[i] = estimateBytes(v) + (statuses[i] === NO_STATUS ? 10 : fillBytes[statuses[i]]) + 2;
    }
  }
  const statusFills = (from: number, to: number) => Array.from(statuses.subarray(from, to), (st) => (st === NO_STATUS ? NO_FILL : FILL_OF[st]));
  return { values, statusFills, rowBytes, written: bags.map((b) => b.bag()) as [string, string, string] };
}

let markCounter = 0;
/** A name Excel accepts and a user recognises in Name Manager. */
const newMark = () => `ConnectorCheck_${Date.now().toString(36)}${(markCounter++).toString(36)}`;

async function runCheck(ctx: Excel.RequestContext, options: RunOptions): Promise<RunOutcome> {
  const progress = (p: Progress) => options.onProgress?.(p);
  const signal = options.signal;
  const found = await findSchedule(ctx);
  if (found.box.rows === 0) {
    return { ok: false, reason: "empty", message: `Sheet "${found.sheetName}" is empty: select the cable schedule, or a cell in the table it is in.` };
  }
  const { ws, box, table, previous } = found;
  const target: ScheduleTarget = { sheetName: found.sheetName, ...(table ? { tableName: table } : {}), address: a1(box), firstRow: box.r + 1, firstColumn: box.c, rows: box.rows };
  const fail = (reason: RunFailure, message: string, result?: ScheduleResult): RunOutcome => ({ ok: false, reason, message, target, result });
  if (found.problem) return fail("no-header", found.problem);
  const cancelledNothing = () => fail("cancelled", "Cancelled: nothing was written.");
  if (signal?.aborted) return cancelledNothing();

  // Read (the schedule's rows hidden or shown are noted so a filter applied before writing is caught).
  let hiddenAtRead: Excel.Range | undefined;
  let grid: unknown[][];
  try {
    grid = await readGrid(ctx, ws, box, () => {
      const r = ws.getRangeByIndexes(box.r, box.c, box.rows, 1).load("rowHidden");
      return () => (hiddenAtRead = r);
    }, progress, signal);
  } catch (e) {
    if (e instanceof Cancelled) return cancelledNothing();
    throw e;
  }
  const rowHidden = hiddenAtRead?.rowHidden ?? null;

  // Check. The add-in's own earlier columns are blanked so they are not read as schedule data.
  progress({ stage: "checking", done: 0, total: box.rows, text: "Checking" });
  const own = previous ? [0, 1, 2].map((k) => previous.box.c + k - box.c) : [];
  // issue 15: the workbook's Spec sheet, read on every Check; a bad one stops the check
  const specSheet = await readSpecSheet(ctx);
  if (specSheet && !specSheet.ok) return fail("error", `The Spec sheet cannot be used, so nothing was checked: ${specSheet.errors.join("; ")}`);
  const spec = specSheet?.ok && specSheet.settings ? specSheet.spec : undefined;
  // Off the main thread where a Worker exists (run-check.ts): the custom functions share this runtime.
  const engine = await checkInWorker(
    withoutColumns(grid, own),
    { ...(spec ? { spec } : {}), firstRow: box.r + 1, firstColumn: box.c, columns: options.columns ?? loadColumnCorrections() },
    { signal, onProgress: (done, total) => progress({ stage: "checking", done, total, text: "Checking" }) },
  );
  if (!engine.ok) return engine.cancelled ? cancelledNothing() : fail("error", `The check failed: ${engine.message}. Nothing was written.`);
  const result = engine.result;
  if (!result.ok || !result.header) return fail(result.problem?.code ?? "error", result.problem?.message ?? "The schedule could not be checked.", result);
  if (found.protected) {
    return fail("protected", `Sheet "${found.sheetName}" is protected, so Connector Check wrote nothing. The findings are listed here; to have them written into the sheet, unprotect it (Review > Unprotect Sheet) and check again.`, result);
  }
  if (signal?.aborted) return cancelledNothing();

  // Where the results go. A table's header row holds the column names, wherever the engine found the schedule's header.
  const headerIndex = table ? 0 : result.header.rowIndex + result.header.rowSpan - 1;
  const headerRow = box.r + headerIndex;
  const dataRows = grid.length - headerIndex - 1;
  let plan: { columns: number[]; headers: string[]; notice?: string; noRoom?: string };
  if (previous) plan = { columns: own, headers: previous.rec.headers };
  else if (table) plan = planOwnedColumns(result.headers, [box.cols, box.cols + 1, box.cols + 2]);
  else plan = { columns: [], headers: [] };
  // Merged areas meeting the rows to be written (Range.getMergedAreasOrNullObject, ExcelApi 1.13),
  // loaded with the re-read below; without the set (or past its 512 areas) the check of the
  // target cells still keeps clear of values.
  const placeByExtent = !previous && !table;
  let wantMerges = placeByExtent && supports("1.13") && !!found.used;
  let merges: MergedArea[] = [];

  // Before writing: every cell the check read must still hold what it read.
  let protectedNow = false;
  let hiddenNow: boolean | null = null;
  let tableNow: Box | undefined;
  let changed: Awaited<ReturnType<typeof firstChangedCell>>;
  const reread = () => firstChangedCell(ctx, ws, box, grid, () => {
      const areas = wantMerges ? ws.getRangeByIndexes(headerRow, box.c, dataRows + 1, MAX_SHEET_COLUMNS - box.c).getMergedAreasOrNullObject() : null;
      const items = areas?.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      const protection = ws.protection.load("protected");
      const hidden = ws.getRangeByIndexes(box.r, box.c, box.rows, 1).load("rowHidden");
      const t = table ? ws.tables.getItem(table) : undefined;
      const tableRange = t?.getRange().load(GEOMETRY);
      t?.load("showTotals");
      return () => {
        if (areas && items && !areas.isNullObject) merges = items.items.map((m) => ({ r: m.rowIndex - box.r, c: m.columnIndex - box.c, rows: m.rowCount, cols: m.columnCount }));
        protectedNow = protection.protected;
        hiddenNow = hidden.rowHidden;
        tableNow = tableRange && t ? boxOf(tableRange) : undefined;
        if (tableNow && t?.showTotals) tableNow.rows--;
      };
    }, signal);
  try {
    try {
      changed = await reread();
    } catch (e) {
      if (!wantMerges || e instanceof Cancelled) throw e;
      wantMerges = false;
      changed = await reread();
    }
  } catch (e) {
    if (e instanceof Cancelled) return cancelledNothing();
    throw e;
  }
  if (placeByExtent) {
    const used = found.used;
    plan = planOwnedColumns(result.headers, undefined, {
      lastUsedColumn: used ? used.c + used.cols - 1 - box.c : -1,
      merges,
      rows: { first: headerIndex, last: grid.length - 1 },
      maxColumns: MAX_SHEET_COLUMNS - box.c,
    });
  }
  if (plan.noRoom) return fail("no-room", `${plan.noRoom} Nothing was written.`, result);
  let start = box.c + plan.columns[0];
  if (changed) {
    return fail("changed", `The sheet changed after it was read (cell ${changed.cell} was "${String(changed.was ?? "")}", now "${String(changed.now ?? "")}"): it was edited or sorted. Nothing was written; check again.`, result);
  }
  if (hiddenNow !== rowHidden) return fail("changed", "Rows of the schedule were hidden or shown (filtered?) after it was read. Nothing was written; check again.", result);
  if (tableNow && (tableNow.r !== box.r || tableNow.c !== box.c || tableNow.rows !== box.rows || tableNow.cols !== box.cols)) {
    return fail("changed", `Table "${table}" changed size after it was read. Nothing was written; check again.`, result);
  }
  if (protectedNow) return fail("protected", `Sheet "${found.sheetName}" was protected after it was read. Nothing was written.`, result);
  if (signal?.aborted) return cancelledNothing();

  // A re-run: the user's cells typed into the owned columns stop it; otherwise the earlier results go (the columns stay).
  if (previous) {
    const look = await removeOwned(ctx, previous, true, true);
    if (look.userCells.length) {
      return fail("changed", `Connector Check's columns hold text that it did not write (${listCells(look.userCells)}), so it wrote nothing. Choose Clear: it removes only its own results and keeps those cells; then check again.`, result);
    }
    await removeOwned(ctx, previous, true);
  }

  // Look at the target cells: empty (values), and for a table nothing right of it that adding columns would move.
  let moved: string | undefined;
  let formattedRight: string | undefined;
  let widths: number[] = [];
  let fills: PriorFills = { kind: "none" };
  const addColumns = !!table && !previous;
  const tableRows = found.tableRows ?? box.rows;
  const ownTableColumns = !!table;
  for (let attempt = 0; ; attempt++) {
    if (start + 3 > MAX_SHEET_COLUMNS || attempt > 8) return fail("no-room", "There is no room right of the schedule for Connector Check's three columns. Nothing was written.", result);
    // Right of a table: its totals row too, since adding a column inserts cells in every row of the table.
    const right = addColumns ? ws.getRangeByIndexes(box.r, start, tableRows, MAX_SHEET_COLUMNS - start) : null;
    const band = right
      ? right.getUsedRangeOrNullObject(true).load(GEOMETRY)
      : ws.getRangeByIndexes(table ? headerRow + 1 : headerRow, start, table ? Math.max(1, dataRows) : dataRows + 1, 3).getUsedRangeOrNullObject(true).load(GEOMETRY);
    // Formatted-only cells right of a table move too when columns are added (and count against the web's operation limit):
    // getUsedRange(valuesOnly = false) counts them, valuesOnly = true does not (Range.getUsedRange, ExcelApi 1.2).
    const formatted = right ? right.getUsedRangeOrNullObject(false).load(GEOMETRY) : null;
    const fill = !ownTableColumns && dataRows > 0 ? ws.getRangeByIndexes(headerRow + 1, start, dataRows, 1).format.fill.load("color,pattern") : null;
    const widthRanges = [0, 1, 2].map((i) => ws.getRangeByIndexes(0, start + i, 1, 1).format.load("columnWidth"));
    await ctx.sync();
    if (!band.isNullObject && !(table && previous && dataRows === 0)) {
      const taken = `${columnLetter(band.columnIndex)}${band.rowIndex + 1}`;
      if (addColumns) {
        return fail("no-room", `Table "${table}" has data to its right (cell ${taken}). Connector Check adds three columns to the table, which would move that data; move it elsewhere and check again. Nothing was written.`, result);
      }
      const next = band.columnIndex + band.columnCount;
      moved = `Columns ${columnLetter(start)}:${columnLetter(start + 2)} right of the schedule hold data (cell ${taken}), so the results go in ${columnLetter(next)}:${columnLetter(next + 2)}.`;
      start = next;
      continue;
    }
    if (formatted && !formatted.isNullObject) {
      formattedRight = columnLetter(formatted.columnIndex + formatted.columnCount - 1);
      const shifted = tableRows * (formatted.columnIndex + formatted.columnCount - start);
      if (formatted.columnIndex + formatted.columnCount + 3 > MAX_SHEET_COLUMNS || shifted > OPERATION_CELL_LIMIT) {
        return fail("no-room", `Table "${table}" has formatted cells to its right (up to column ${columnLetter(formatted.columnIndex + formatted.columnCount - 1)}) that adding three columns would have to move, more than Excel allows in one operation. Clear those formats or move the table, and check again. Nothing was written.`, result);
      }
    }
    widths = widthRanges.map((w) => w.columnWidth);
    if (!ownTableColumns) fills = await priorFills(ctx, ws, headerRow + 1, start, dataRows, fill);
    break;
  }
  const columns: [number, number, number] = [start, start + 1, start + 2];
  const headers: [string, string, string] = [plan.headers[0], plan.headers[1], plan.headers[2]];

  // Write: values and status fills in blocks under the payload budget, one sync each.
  const { values, statusFills, written: writtenBags, rowBytes } = await prepareWrite(result, headerIndex + 1, dataRows);

  // Remember what is about to be written before writing it, so Clear can always undo it.
  const record: WrittenRecord = {
    version: 2,
    // A first-format record had no name over its columns: this run gives them one.
    mark: previous && !previous.rec.legacy ? previous.rec.mark : newMark(),
    sheetName: found.sheetName,
    headerRow,
    columns,
    table,
    tableColumnsAdded: !!table,
    headers,
    rows: dataRows,
    widths: previous ? previous.rec.widths : [widths[0], widths[1], widths[2]],
    fills: previous ? previous.rec.fills : fills,
    written: writtenBags,
  };
  const here: Located = { rec: record, sheetName: found.sheetName, box: { r: headerRow, c: start, rows: dataRows + 1, cols: 3 }, headersOk: true, gone: false, viaMark: true };
  try {
    await updateWritten((all) => [...all.filter((r) => r.mark !== record.mark && r.mark !== previous?.rec.mark), record]);
  } catch (e) {
    return fail("error", `${describe(e)} Nothing was written.`, result);
  }

  const blocks = dataRows > 0 ? planWriteBlocks(rowBytes, PAYLOAD_BUDGET_BYTES) : [{ start: 0, count: 0 }];
  let setupDone = false;
  let written = 0;
  // The owned cells of the next block, loaded with each write: they must still be empty when their turn comes.
  let ahead: { start: number; range: Excel.Range } | null = null;
  const loadAhead = (from: number, n: number) => (n > 0 ? { start: from, range: ws.getRangeByIndexes(headerRow + 1 + from, start, n, 3).load("values") } : null);
  try {
    await syncInBlocks(
      ctx,
      blocks,
      async (b) => {
        if (ahead) {
          const taken: string[] = [];
          ahead.range.values.forEach((row, i) => {
            const at = ahead!.start + i;
            if (at >= b.start && at < b.start + b.count) row.forEach((v, j) => !isBlank(v) && taken.push(cellName(headerRow + 1 + at, start + j)));
          });
          if (taken.length) throw new OwnedCellsTaken(taken);
        }
        ctx.application.suspendApiCalculationUntilNextSync();
        if (!setupDone) {
          // Once per Check: repeated calls make the screen flicker (Application.suspendScreenUpdatingUntilNextSync, ExcelApi 1.9).
          ctx.application.suspendScreenUpdatingUntilNextSync();
          if (addColumns) {
            const t = ws.tables.getItem(table as string);
            headers.forEach((h) => t.columns.add(undefined, undefined, h));
          } else if (!table) {
            ws.getRangeByIndexes(headerRow, start, 1, 3).values = [headers.map(asLiteralText)];
          }
          widths.forEach((w, i) => {
            if (w < OWNED_WIDTHS[i]) ws.getRangeByIndexes(0, start + i, 1, 1).format.columnWidth = OWNED_WIDTHS[i];
          });
          if (!previous || previous.rec.legacy) ctx.workbook.names.add(record.mark, ws.getRangeByIndexes(headerRow, start, dataRows + 1, 3), "Connector Check's results: Clear uses this name to find them.");
        }
        for (let from = b.start; from < b.start + b.count; from += WRITE_ROWS_PER_TURN) {
          if (from > b.start) await nextTurn();
          const n = Math.min(WRITE_ROWS_PER_TURN, b.start + b.count - from);
          // One range per slice (proxies stay a few per block): the fill goes to the status cell, the other two get none.
          const slice = ws.getRangeByIndexes(headerRow + 1 + from, start, n, 3);
          slice.values = values.slice(from, from + n);
          slice.setCellProperties(statusFills(from, from + n));
        }
        const next = b.start + b.count;
        const nextAhead = loadAhead(next, Math.min(dataRows - next, b.count || 1));
        return () => {
          setupDone = true;
          written += b.count;
          ahead = nextAhead;
        };
      },
      {
        signal,
        before: (k, n) => progress({ stage: "writing", done: written, total: dataRows, text: `Writing block ${k} of ${n}` }),
        after: (done) => progress({ stage: "writing", done, total: dataRows, text: `Wrote ${count(done)} of ${count(dataRows)} rows` }),
      },
    );
    recalculate(ctx);
    await ctx.sync();
  } catch (e) {
    // Nothing half-written: remove this run's cells in a fresh context (this one may be the one
    // that failed), keeping any cell the user typed meanwhile.
    const why =
      e instanceof Cancelled
        ? "Cancelled"
        : e instanceof OwnedCellsTaken
          ? `Stopped: ${e.message}, and were left as typed`
          : isCellLimit(e)
            ? `Excel refused to add the table's three columns: that moves more cells than it allows in one operation${formattedRight ? ` (cells right of the table are formatted up to column ${formattedRight}, and move too)` : ""}. Clear those formats or move the table, and check again`
            : `Writing failed: ${describe(e)}`;
    const reason: RunFailure = e instanceof Cancelled ? "cancelled" : e instanceof OwnedCellsTaken ? "changed" : isCellLimit(e) ? "no-room" : "error";
    try {
      await run(async (fresh) => {
        await removeOwned(fresh, here, false);
        recalculate(fresh);
        await fresh.sync();
      });
      await updateWritten((all) => all.filter((r) => r.mark !== record.mark));
      return fail(reason, `${why}. ${written > 0 || setupDone ? "What had been written was removed" : "Nothing was written"}${previous ? " (and the earlier results were cleared)" : ""}.`, result);
    } catch (undo) {
      return fail(reason, `${why} after ${count(written)} of ${count(dataRows)} rows, and removing them failed (${describe(undo)}). Clear removes them.`, result);
    }
  }
  const formatsMoved =
    addColumns && formattedRight
      ? `Cells right of table "${table}" that hold only formatting (up to column ${formattedRight}) moved three columns right as the table gained Connector Check's columns; Clear moves them back.`
      : undefined;
  const notice = [found.notice, plan.notice, moved, formatsMoved].filter(Boolean).join(" ") || undefined;
  return { ok: true, target, result, notice, specUsed: describeSpec(spec, specSheet?.ok ? specSheet.settings : undefined) }; // issue 15
}

/** Excel.ErrorCodes.operationCellsExceedLimit: "The attempted operation affects more than the limit of 33554000 cells." */
const OPERATION_CELL_LIMIT = 33_554_000;
const isCellLimit = (e: unknown) => errorCode(e) === "OperationCellsExceedLimit";

/** Reads the schedule on the active sheet, checks it with the engine, writes results back. */
export async function checkActiveSheet(options: RunOptions = {}): Promise<RunOutcome> {
  const missing = missingRequirements();
  if (missing) return { ok: false, reason: "requirements", message: missing };
  try {
    return await run((ctx) => runCheck(ctx, options));
  } catch (e) {
    return { ok: false, reason: "error", message: `Excel reported an error: ${describe(e)}` };
  }
}

/**
 * Removes what Connector Check wrote, in every sheet, and only that: cells the user has typed
 * over stay and are listed; the status cells' fills and the column widths are put back.
 */
export async function clearResults(onProgress?: (p: Progress) => void): Promise<{ ok: boolean; message: string; userCells?: string[] }> {
  const missing = missingRequirements();
  if (missing) return { ok: false, message: missing };
  try {
    const records = await loadWritten();
    if (records.length === 0) return { ok: true, message: "There are no Connector Check results to clear." };
    return await run(async (ctx) => {
      onProgress?.({ stage: "clearing", done: 0, total: records.length, text: "Clearing" });
      const located = await locate(ctx, records);
      const removed: string[] = [];
      const notes: string[] = [];
      const userCells: string[] = [];
      for (const [i, loc] of located.entries()) {
        const where = `${loc.sheetName}!${columnLetter(loc.box.c)}:${columnLetter(loc.box.c + 2)}`;
        if (loc.gone) {
          notes.push(`The results once on sheet "${loc.rec.sheetName}" are gone (their sheet, rows or columns were deleted)`);
          continue;
        }
        const r = await removeOwned(ctx, loc, false);
        if (!r.nothingLeft) removed.push(`${count(r.rows)} row${r.rows === 1 ? "" : "s"} in ${where}`);
        if (r.fillsNote) notes.push(`In ${where} ${r.fillsNote}`);
        if (r.userCells.length) {
          userCells.push(...r.userCells.map((c) => `${loc.sheetName}!${c}`));
          notes.push(`Left as you have them, because they no longer hold what Connector Check wrote: ${listCells(r.userCells)} on sheet "${loc.sheetName}"`);
        }
        onProgress?.({ stage: "clearing", done: i + 1, total: records.length, text: "Clearing" });
      }
      await updateWritten((all) => all.filter((r) => !records.some((x) => x.mark === r.mark)));
      const message = [removed.length ? `Removed Connector Check's results: ${removed.join("; ")}, and restored those cells.` : "There were no Connector Check results left to remove (undone or cleared already).", ...notes.map((n) => `${n}.`)].join(" ");
      return { ok: userCells.length === 0, message, ...(userCells.length ? { userCells } : {}) };
    });
  } catch (e) {
    return { ok: false, message: `Clearing failed: ${describe(e)}` };
  }
}

/** Selects one cell (row 1-based, column 0-based), activating its sheet. */
export async function selectCell(sheetName: string, row: number, column: number): Promise<void> {
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheetName);
    ws.activate();
    ws.getRangeByIndexes(row - 1, column, 1, 1).select();
    await ctx.sync();
  });
}

/** "B2:K40" (or "B2") as a box; undefined for anything else. */
export function boxOfAddress(address: string): Box | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return undefined;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c0 = col(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? col(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  if (r0 < 0 || r1 < 0) return undefined;
  return { r: Math.min(r0, r1), c: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

export type ReviewOutcome = { ok: true; target: ScheduleTarget; result: ScheduleResult } | { ok: false; message: string };

/**
 * The active sheet's schedule as it is now, checked again read-only: the range an earlier check
 * read (`address`), read and checked as Check does it (Spec sheet, column corrections, the
 * add-in's own columns left out), and nothing written: no cell, no format, no setting. For a
 * reopened pane, which shows the findings and channels of the sheet instead of a bare summary.
 */
export async function reviewActiveSheet(address: string, options: { signal?: AbortSignal } = {}): Promise<ReviewOutcome> {
  const missing = missingRequirements();
  if (missing) return { ok: false, message: missing };
  const at = boxOfAddress(address);
  if (!at) return { ok: false, message: `The earlier check's range "${address}" is not a range address.` };
  try {
    return await Excel.run({ delayForCellEdit: true }, async (ctx): Promise<ReviewOutcome> => {
      const found = await findSchedule(ctx, at);
      if (found.box.rows === 0 || found.problem) return { ok: false, message: found.problem ?? `Sheet "${found.sheetName}" is empty.` };
      const { ws, box, table, previous } = found;
      const grid = await readGrid(ctx, ws, box, () => () => undefined, () => undefined, options.signal);
      const own = previous ? [0, 1, 2].map((k) => previous.box.c + k - box.c) : [];
      const specSheet = await readSpecSheet(ctx);
      if (specSheet && !specSheet.ok) return { ok: false, message: `The Spec sheet cannot be used: ${specSheet.errors.join("; ")}` };
      const spec = specSheet?.settings ? specSheet.spec : undefined;
      const engine = await checkInWorker(withoutColumns(grid, own), { ...(spec ? { spec } : {}), firstRow: box.r + 1, firstColumn: box.c, columns: loadColumnCorrections() }, { signal: options.signal });
      if (!engine.ok) return { ok: false, message: engine.cancelled ? "Cancelled." : `The check failed: ${engine.message}` };
      if (!engine.result.ok) return { ok: false, message: engine.result.problem?.message ?? "The schedule could not be checked." };
      const target: ScheduleTarget = { sheetName: found.sheetName, ...(table ? { tableName: table } : {}), address: a1(box), firstRow: box.r + 1, firstColumn: box.c, rows: box.rows };
      return { ok: true, target, result: engine.result };
    });
  } catch (e) {
    if (e instanceof Cancelled) return { ok: false, message: "Cancelled." };
    return { ok: false, message: `Excel reported an error: ${describe(e)}` };
  }
}

/**
 * Selects a channel's rows across the schedule's columns, in one sync: one block when the rows
 * are adjacent, else several areas where Excel can select them (RangeAreas.select, ExcelApi
 * 1.18), else the first run of adjacent rows. Says what it selected.
 */
export async function selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columns: number): Promise<{ rows: number[]; all: boolean }> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  if (!runs.length) return { rows: [], all: true };
  const width = Math.max(1, columns);
  const span = (r0: number, r1: number) => `${columnLetter(firstColumn)}${r0}:${columnLetter(firstColumn + width - 1)}${r1}`;
  const several = runs.length > 1 && supports("1.18");
  const chosen = runs.length === 1 || several ? runs : runs.slice(0, 1);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheetName);
    ws.activate();
    if (chosen.length === 1) ws.getRange(span(chosen[0][0], chosen[0][1])).select();
    else ws.getRanges(chosen.map(([r0, r1]) => span(r0, r1)).join(",")).select();
    await ctx.sync();
  });
  const selected = chosen.flatMap(([r0, r1]) => Array.from({ length: r1 - r0 + 1 }, (_, i) => r0 + i));
  return { rows: selected, all: selected.length === sorted.length };
}
