/**
 * Excel.run at the edge: read the schedule, check it with the engine, write the results into
 * the three owned columns, and clear them again. Everything is queued and synced in a few big
 * batches; the planning (which range, how big a block, did the sheet change) is in plan.ts.
 */
import { FIELDS, STATUS_FILL, annotationRows, asLiteralText, checkSchedule, columnLetter, describeSpec, planOwnedColumns } from "../core";
import type { Field, ScheduleResult } from "../core";
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
  expandFillRuns,
  fillRuns,
  firstChangedRow,
  planReadBlocks,
  planWriteBlocks,
  withoutColumns,
} from "./plan";
import { PriorFills, WrittenRecord, loadColumnCorrections, loadWritten, sameSchedule, saveWritten } from "./settings";
import type { Progress, RunFailure, RunOptions, RunOutcome, ScheduleTarget } from "./types";
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
const GEOMETRY = "address,rowIndex,columnIndex,rowCount,columnCount";

class Cancelled extends Error {}

const boxOf = (r: Excel.Range): Box => ({ r: r.rowIndex, c: r.columnIndex, rows: r.rowCount, cols: r.columnCount });
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
async function syncInBlocks(
  ctx: Excel.RequestContext,
  blocks: readonly RowBlock[],
  queueBlock: (b: RowBlock) => () => void,
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
    const collect = queueBlock(b);
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
  sheetId: string;
  sheetName: string;
  protected: boolean;
  box: Box;
  table?: string;
  previous?: WrittenRecord;
}

/** Sync 1 (and 2 when the sheet has tables or earlier results): which range is the schedule. */
async function findSchedule(ctx: Excel.RequestContext): Promise<Found | null> {
  const wb = ctx.workbook;
  const ws = wb.worksheets.getActiveWorksheet().load("name,id");
  ws.protection.load("protected");
  const selection = wb.getSelectedRange().load(GEOMETRY);
  const used = ws.getUsedRangeOrNullObject(true).load(GEOMETRY);
  const tables = ws.tables.load("items/name");
  await ctx.sync();
  const records = loadWritten().filter((r) => r.sheetId === ws.id);
  let tableBoxes: { name: string; box: Box }[] = [];
  const headerChecks = new Map<WrittenRecord, Excel.Range>();
  if (tables.items.length || records.length) {
    const ranges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load(GEOMETRY) }));
    for (const r of records) headerChecks.set(r, ws.getRangeByIndexes(r.headerRow, r.columns[0], 1, 3).load("values"));
    await ctx.sync();
    tableBoxes = ranges.map((x) => ({ name: x.name, box: boxOf(x.range) }));
  }
  const source = chooseSchedule(boxOf(selection), used.isNullObject ? null : boxOf(used), tableBoxes);
  if (!source) return { ws, sheetId: ws.id, sheetName: ws.name, protected: ws.protection.protected, box: { r: 0, c: 0, rows: 0, cols: 0 } };
  const table = source.kind === "table" ? source.table : undefined;
  // Earlier results are reused only where the header cells still say what was written there.
  const previous = records.find((r) => sameSchedule(r, ws.id, table) && headerChecks.get(r)?.values[0].every((v, i) => v === r.headers[i]));
  return { ws, sheetId: ws.id, sheetName: ws.name, protected: ws.protection.protected, box: source.box, table, previous };
}

/** Reads the schedule's values: one sync for an ordinary sheet, else sampled and read in row blocks. */
async function readGrid(ctx: Excel.RequestContext, f: Found, withFirst: () => () => void, progress: (p: Progress) => void, signal?: AbortSignal): Promise<unknown[][]> {
  const { ws, box } = f;
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
  let from = 0;
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
  from = sampleRows;
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

/** Key column: the cable ID, else the leftmost mapped column. */
function keyColumn(result: ScheduleResult): { field: Field; index: number } {
  if (result.columns.cableId !== undefined) return { field: "cableId", index: result.columns.cableId };
  const mapped = FIELDS.filter((fd) => result.columns[fd] !== undefined).sort((x, y) => (result.columns[x] as number) - (result.columns[y] as number));
  return { field: mapped[0], index: result.columns[mapped[0]] as number };
}

/** Queues putting back what a record says was written: full (Clear) or keeping added table columns (before a re-run). */
function restoreBatches(ws: Excel.Worksheet, rec: WrittenRecord, keepTableColumns: boolean): (() => void)[] {
  const batches: (() => void)[] = [];
  const [c0] = rec.columns;
  const widths = () => rec.widths.forEach((w, i) => (ws.getRangeByIndexes(0, rec.columns[i], 1, 1).format.columnWidth = w));
  if (rec.table && rec.tableColumnsAdded) {
    if (!keepTableColumns) {
      batches.push(() => {
        const t = ws.tables.getItem(rec.table as string);
        [...rec.headers].reverse().forEach((h) => t.columns.getItem(h).delete());
        widths();
      });
      return batches;
    }
    batches.push(() => {
      if (rec.rows > 0) {
        ws.getRangeByIndexes(rec.headerRow + 1, c0, rec.rows, 3).clear("Contents");
        ws.getRangeByIndexes(rec.headerRow + 1, c0, rec.rows, 1).format.fill.clear();
      }
      widths();
    });
    return batches;
  }
  const status = () => ws.getRangeByIndexes(rec.headerRow + 1, c0, rec.rows, 1);
  batches.push(() => {
    ws.getRangeByIndexes(rec.headerRow, c0, rec.rows + 1, 3).clear("Contents");
    if (rec.rows > 0) {
      if (rec.fills.kind === "solid") status().format.fill.color = rec.fills.color;
      else status().format.fill.clear();
    }
    widths();
  });
  if (rec.fills.kind === "runs" && rec.rows > 0) {
    const fills = expandFillRuns(rec.fills.runs);
    const props = fills.map((color) => [color ? { format: { fill: { color } } } : {}]);
    for (const b of planWriteBlocks(props.map((p) => estimateBytes(p) + 1))) {
      batches.push(() => ws.getRangeByIndexes(rec.headerRow + 1 + b.start, c0, b.count, 1).setCellProperties(props.slice(b.start, b.start + b.count)));
    }
  }
  return batches;
}

const sameRecord = (a: WrittenRecord, b: WrittenRecord) => sameSchedule(a, b.sheetId, b.table) && a.headerRow === b.headerRow && a.columns[0] === b.columns[0];

async function runBatches(ctx: Excel.RequestContext, batches: readonly (() => void)[]): Promise<void> {
  for (const b of batches) {
    b();
    await ctx.sync();
  }
}

/** Reads the status cells' fills before writing, as compactly as they allow. */
async function priorFills(ctx: Excel.RequestContext, ws: Excel.Worksheet, r: number, c: number, rows: number, fill: Excel.RangeFill | null): Promise<PriorFills> {
  if (!fill || rows === 0 || fill.pattern === "None") return { kind: "none" };
  if (fill.pattern === "Solid" && fill.color) return { kind: "solid", color: fill.color };
  const colors: (string | null)[] = [];
  const perRow = 64;
  await syncInBlocks(ctx, planReadBlocks(rows, 1, perRow), (b) => {
    const props = ws.getRangeByIndexes(r + b.start, c, b.count, 1).getCellProperties({ format: { fill: { color: true, pattern: true } } });
    return () => props.value.forEach((row) => colors.push(row[0].format?.fill?.pattern === "None" ? null : (row[0].format?.fill?.color ?? null)));
  });
  return { kind: "runs", runs: fillRuns(colors) };
}

async function runCheck(ctx: Excel.RequestContext, options: RunOptions): Promise<RunOutcome> {
  const progress = (p: Progress) => options.onProgress?.(p);
  const signal = options.signal;
  const found = await findSchedule(ctx);
  if (!found || found.box.rows === 0) {
    return { ok: false, reason: "empty", message: `Sheet "${found?.sheetName ?? "?"}" is empty: select the cable schedule, or a cell in the table it is in.` };
  }
  const { ws, box, table, previous } = found;
  const target: ScheduleTarget = { sheetName: found.sheetName, ...(table ? { tableName: table } : {}), address: a1(box), firstRow: box.r + 1, firstColumn: box.c, rows: box.rows };
  const fail = (reason: RunFailure, message: string, result?: ScheduleResult): RunOutcome => ({ ok: false, reason, message, target, result });
  const cancelledNothing = () => fail("cancelled", "Cancelled: nothing was written.");
  if (signal?.aborted) return cancelledNothing();

  // Read (the schedule's rows hidden or shown are noted so a filter applied before writing is caught).
  let hiddenAtRead: Excel.Range | undefined;
  let grid: unknown[][];
  try {
    grid = await readGrid(ctx, found, () => {
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
  const own = previous ? previous.columns.map((c) => c - box.c) : [];
  // issue 15: the workbook's Spec sheet, read on every Check; a bad one stops the check
  const specSheet = await readSpecSheet(ctx);
  if (specSheet && !specSheet.ok) return fail("error", `The Spec sheet cannot be used, so nothing was checked: ${specSheet.errors.join("; ")}`);
  const spec = specSheet?.ok && specSheet.settings ? specSheet.spec : undefined;
  const result = checkSchedule(withoutColumns(grid, own), {
    ...(spec ? { spec } : {}),
    firstRow: box.r + 1,
    firstColumn: box.c,
    columns: options.columns ?? loadColumnCorrections(),
    onProgress: (done, total) => progress({ stage: "checking", done, total, text: "Checking" }),
  });
  if (!result.ok || !result.header) return fail(result.problem?.code ?? "error", result.problem?.message ?? "The schedule could not be checked.", result);
  if (found.protected) {
    return fail("protected", `Sheet "${found.sheetName}" is protected, so Connector Check wrote nothing. The findings are listed here; to have them written into the sheet, unprotect it (Review > Unprotect Sheet) and check again.`, result);
  }
  if (signal?.aborted) return cancelledNothing();

  // Where the results go.
  // A table's header row holds the column names, wherever the engine found the schedule's header.
  const headerIndex = table ? 0 : result.header.rowIndex + result.header.rowSpan - 1;
  const headerRow = box.r + headerIndex;
  const dataRows = grid.length - headerIndex - 1;
  const plan = previous
    ? { columns: previous.columns.map((c) => c - box.c), headers: previous.headers, notice: undefined as string | undefined }
    : planOwnedColumns(result.headers);
  let start = table && !previous ? box.c + box.cols : box.c + plan.columns[0];

  // Before writing: re-read the key column and compare (one sync for most schedules).
  const key = keyColumn(result);
  const before = grid.map((row) => row[key.index]);
  const after: unknown[] = [];
  let protectedNow = false;
  let hiddenNow: boolean | null = null;
  let tableNow: Box | undefined;
  let firstCheck = true;
  try {
    await syncInBlocks(ctx, planWriteBlocks(before.map((v) => estimateBytes(v) + 3)), (b) => {
      const range = ws.getRangeByIndexes(box.r + b.start, box.c + key.index, b.count, 1).load("values");
      let extra = () => {};
      if (firstCheck) {
        const protection = ws.protection.load("protected");
        const hidden = ws.getRangeByIndexes(box.r, box.c, box.rows, 1).load("rowHidden");
        const tableRange = table ? ws.tables.getItem(table).getRange().load(GEOMETRY) : undefined;
        extra = () => {
          protectedNow = protection.protected;
          hiddenNow = hidden.rowHidden;
          tableNow = tableRange ? boxOf(tableRange) : undefined;
          firstCheck = false;
        };
      }
      return () => {
        extra();
        after.push(...range.values.map((row) => row[0]));
      };
    }, { signal });
  } catch (e) {
    if (e instanceof Cancelled) return cancelledNothing();
    throw e;
  }
  const changed = firstChangedRow(before, after);
  if (changed >= 0) {
    const cell = `${columnLetter(box.c + key.index)}${box.r + changed + 1}`;
    return fail("changed", `The sheet changed after it was read (cell ${cell} was "${String(before[changed] ?? "")}", now "${String(after[changed] ?? "")}"): it was edited or sorted. Nothing was written; check again.`, result);
  }
  if (hiddenNow !== rowHidden) return fail("changed", "Rows of the schedule were hidden or shown (filtered?) after it was read. Nothing was written; check again.", result);
  if (tableNow && (tableNow.r !== box.r || tableNow.c !== box.c || tableNow.rows !== box.rows || tableNow.cols !== box.cols)) {
    return fail("changed", `Table "${table}" changed size after it was read. Nothing was written; check again.`, result);
  }
  if (protectedNow) return fail("protected", `Sheet "${found.sheetName}" was protected after it was read. Nothing was written.`, result);
  if (signal?.aborted) return cancelledNothing();

  // Put back what an earlier run wrote (keeping added table columns), then look at the target cells.
  const restore = previous ? restoreBatches(ws, previous, true) : [];
  await runBatches(ctx, restore.slice(0, -1));
  restore[restore.length - 1]?.();
  let moved: string | undefined;
  let widths: number[] = [];
  let fills: PriorFills = { kind: "none" };
  const ownTableColumns = !!table;
  for (let attempt = 0; ; attempt++) {
    if (start + 3 > MAX_SHEET_COLUMNS || attempt > 8) return fail("no-room", "There is no room right of the schedule for Connector Check's three columns. Nothing was written.", result);
    const band =
      table && !previous
        ? ws.getRangeByIndexes(box.r, start, box.rows, MAX_SHEET_COLUMNS - start).getUsedRangeOrNullObject(true).load(GEOMETRY)
        : ws.getRangeByIndexes(table ? headerRow + 1 : headerRow, start, table ? Math.max(1, dataRows) : dataRows + 1, 3).getUsedRangeOrNullObject(true).load(GEOMETRY);
    const fill = !ownTableColumns && dataRows > 0 ? ws.getRangeByIndexes(headerRow + 1, start, dataRows, 1).format.fill.load("color,pattern") : null;
    const widthRanges = [0, 1, 2].map((i) => ws.getRangeByIndexes(0, start + i, 1, 1).format.load("columnWidth"));
    await ctx.sync();
    if (!band.isNullObject && !(table && previous && dataRows === 0)) {
      const taken = `${columnLetter(band.columnIndex)}${band.rowIndex + 1}`;
      if (table && !previous) {
        return fail("no-room", `Table "${table}" has data to its right (cell ${taken}). Connector Check adds three columns to the table, which would move that data; move it elsewhere and check again. Nothing was written.`, result);
      }
      const next = band.columnIndex + band.columnCount;
      moved = `Columns ${columnLetter(start)}:${columnLetter(start + 2)} right of the schedule hold data (cell ${taken}), so the results go in ${columnLetter(next)}:${columnLetter(next + 2)}.`;
      start = next;
      continue;
    }
    widths = widthRanges.map((w) => w.columnWidth);
    if (!ownTableColumns) fills = await priorFills(ctx, ws, headerRow + 1, start, dataRows, fill);
    break;
  }
  const columns: [number, number, number] = [start, start + 1, start + 2];
  const headers: [string, string, string] = [plan.headers[0], plan.headers[1], plan.headers[2]];

  // Remember what is about to be written before writing it, so Clear can always undo it.
  const record: WrittenRecord = {
    version: 1,
    sheetId: found.sheetId,
    sheetName: found.sheetName,
    table,
    tableColumnsAdded: !!table,
    columns,
    headers,
    headerRow,
    rows: dataRows,
    widths: [widths[0], widths[1], widths[2]],
    fills,
  };
  const others = loadWritten().filter((r) => !(previous && sameRecord(r, previous)));
  await saveWritten([...others, record]);

  // Write: values and status fills in blocks under the payload budget, one sync each.
  const byIndex = new Map(annotationRows(result).map((a) => [a.rowIndex, a]));
  const values: string[][] = [];
  const statusFills: Excel.SettableCellProperties[][] = [];
  for (let i = 0; i < dataRows; i++) {
    const a = byIndex.get(headerIndex + 1 + i);
    values.push(a ? [...a.values] : ["", "", ""]);
    statusFills.push([a ? { format: { fill: { color: STATUS_FILL[a.status] } } } : {}]);
  }
  const rowBytes = values.map((v, i) => estimateBytes(v) + estimateBytes(statusFills[i]) + 2);
  const blocks = dataRows > 0 ? planWriteBlocks(rowBytes, PAYLOAD_BUDGET_BYTES) : [{ start: 0, count: 0 }];
  let setupDone = false;
  let written = 0;
  try {
    await syncInBlocks(
      ctx,
      blocks,
      (b) => {
        ctx.application.suspendApiCalculationUntilNextSync();
        ctx.application.suspendScreenUpdatingUntilNextSync();
        if (!setupDone) {
          if (table && !previous) {
            const t = ws.tables.getItem(table);
            headers.forEach((h) => t.columns.add(undefined, undefined, h));
          } else if (!table) {
            ws.getRangeByIndexes(headerRow, start, 1, 3).values = [headers.map(asLiteralText)];
          }
          widths.forEach((w, i) => {
            if (w < OWNED_WIDTHS[i]) ws.getRangeByIndexes(0, start + i, 1, 1).format.columnWidth = OWNED_WIDTHS[i];
          });
        }
        if (b.count > 0) {
          ws.getRangeByIndexes(headerRow + 1 + b.start, start, b.count, 3).values = values.slice(b.start, b.start + b.count);
          ws.getRangeByIndexes(headerRow + 1 + b.start, start, b.count, 1).setCellProperties(statusFills.slice(b.start, b.start + b.count));
        }
        return () => {
          setupDone = true;
          written += b.count;
        };
      },
      {
        signal,
        before: (k, n) => progress({ stage: "writing", done: written, total: dataRows, text: `Writing block ${k} of ${n}` }),
        after: (done) => progress({ stage: "writing", done, total: dataRows, text: `Wrote ${count(done)} of ${count(dataRows)} rows` }),
      },
    );
  } catch (e) {
    // Nothing half-written: undo this run's writes (the record says exactly what they are).
    const why = e instanceof Cancelled ? "Cancelled" : `Writing failed: ${describe(e)}`;
    try {
      // Before the first block landed, a first run has written nothing; a re-run has already put back the earlier results.
      if (setupDone || previous) await runBatches(ctx, restoreBatches(ws, record, false));
      await saveWritten(others);
      return fail(e instanceof Cancelled ? "cancelled" : "error", `${why}. ${written > 0 || setupDone ? "What had been written was removed" : "Nothing was written"}${previous ? " (and the earlier results were cleared)" : ""}.`, result);
    } catch (undo) {
      return fail(e instanceof Cancelled ? "cancelled" : "error", `${why} after ${count(written)} of ${count(dataRows)} rows, and removing them failed (${describe(undo)}). Clear removes them.`, result);
    }
  }
  const notice = [plan.notice, moved].filter(Boolean).join(" ") || undefined;
  return { ok: true, target, result, notice, specUsed: describeSpec(spec, specSheet?.ok ? specSheet.settings : undefined) }; // issue 15
}

/** Reads the schedule on the active sheet, checks it with the engine, writes results back. */
export async function checkActiveSheet(options: RunOptions = {}): Promise<RunOutcome> {
  const missing = missingRequirements();
  if (missing) return { ok: false, reason: "requirements", message: missing };
  try {
    return await Excel.run((ctx) => runCheck(ctx, options));
  } catch (e) {
    return { ok: false, reason: "error", message: `Excel reported an error: ${describe(e)}` };
  }
}

/** Removes exactly what Connector Check wrote, in every sheet, and restores those cells as they were. */
export async function clearResults(onProgress?: (p: Progress) => void): Promise<{ ok: boolean; message: string }> {
  const missing = missingRequirements();
  if (missing) return { ok: false, message: missing };
  const records = loadWritten();
  if (records.length === 0) return { ok: true, message: "There are no Connector Check results to clear." };
  try {
    return await Excel.run(async (ctx) => {
      onProgress?.({ stage: "clearing", done: 0, total: records.length, text: "Clearing" });
      const sheets = ctx.workbook.worksheets.load("items/name,id");
      await ctx.sync();
      const kept: WrittenRecord[] = [];
      const skipped: string[] = [];
      const live = records.filter((r) => sheets.items.some((s) => s.id === r.sheetId));
      const headerCells = live.map((r) => ctx.workbook.worksheets.getItem(r.sheetId).getRangeByIndexes(r.headerRow, r.columns[0], 1, 3).load("values"));
      if (live.length) await ctx.sync();
      let cleared = 0;
      for (const [i, r] of live.entries()) {
        const where = `${r.sheetName}!${columnLetter(r.columns[0])}${r.headerRow + 1}:${columnLetter(r.columns[2])}${r.headerRow + 1}`;
        if (!headerCells[i].values[0].every((v, j) => v === r.headers[j])) {
          skipped.push(`${where} no longer holds the headers Connector Check wrote (were columns or rows inserted or deleted?), so it was left alone`);
          kept.push(r);
          continue;
        }
        await runBatches(ctx, restoreBatches(ctx.workbook.worksheets.getItem(r.sheetId), r, false));
        cleared++;
        onProgress?.({ stage: "clearing", done: cleared, total: records.length, text: "Clearing" });
      }
      await saveWritten(kept);
      const message = [cleared ? `Removed Connector Check's results (${cleared} block${cleared === 1 ? "" : "s"}) and restored those cells.` : "", ...skipped.map((s) => `${s}.`)].filter(Boolean).join(" ");
      return { ok: skipped.length === 0, message: message || "There are no Connector Check results to clear (their sheets were deleted)." };
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
