/**
 * Pure planning for the Excel adapter: which range is the schedule, how to split reads and
 * writes into blocks that stay under Excel's limits, and whether the sheet changed between
 * read and write. No Office.js here, so all of it is unit-tested directly.
 */

/** A block of cells by 0-based sheet indexes. */
export interface Box {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

/** Excel on the web refuses requests and responses over 5 MB; stay well under. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/** Excel reads at most 5,000,000 cells at a time; above a million we read in row blocks. */
export const READ_BLOCK_CELLS = 1_000_000;
/** Up to this many cells (an ordinary schedule) are read in one sync without sampling first. */
export const ONE_SYNC_READ_CELLS = 200_000;
/** Rows read first from a big schedule to estimate bytes per row. */
export const SAMPLE_ROWS = 200;
export { MAX_SHEET_COLUMNS } from "../core/annotate";

export const contains = (b: Box, r: number, c: number): boolean => r >= b.r && r < b.r + b.rows && c >= b.c && c < b.c + b.cols;

export function intersect(a: Box, b: Box): Box | null {
  const r = Math.max(a.r, b.r);
  const c = Math.max(a.c, b.c);
  const r1 = Math.min(a.r + a.rows, b.r + b.rows);
  const c1 = Math.min(a.c + a.cols, b.c + b.cols);
  return r1 > r && c1 > c ? { r, c, rows: r1 - r, cols: c1 - c } : null;
}

export type ScheduleSource = { kind: "table"; box: Box; table: string } | { kind: "selection"; box: Box } | { kind: "used-range"; box: Box };

/**
 * The schedule is the table the selection is in, else the selection when it spans several rows
 * (clipped to the used range, so selecting whole columns works), else the used range.
 */
export function chooseSchedule(selection: Box, used: Box | null, tables: readonly { name: string; box: Box }[]): ScheduleSource | null {
  const table = tables.find((t) => contains(t.box, selection.r, selection.c));
  if (table) return { kind: "table", box: table.box, table: table.name };
  if (selection.rows > 1) {
    const clipped = used ? intersect(selection, used) : null;
    return clipped ? { kind: "selection", box: clipped } : null;
  }
  return used ? { kind: "used-range", box: used } : null;
}

export const estimateBytes = (v: unknown): number => (v === undefined ? 0 : JSON.stringify(v).length);

export interface RowBlock {
  /** Offset of the first row within the rows being planned. */
  start: number;
  count: number;
}

/** Equal row blocks under both a cell limit and a byte budget, given an estimate of bytes per row. */
export function planReadBlocks(rows: number, cols: number, bytesPerRow: number, budget = PAYLOAD_BUDGET_BYTES, maxCells = READ_BLOCK_CELLS): RowBlock[] {
  const perBlock = Math.max(1, Math.min(Math.floor(maxCells / Math.max(1, cols)), Math.floor(budget / Math.max(1, bytesPerRow))));
  const blocks: RowBlock[] = [];
  for (let start = 0; start < rows; start += perBlock) blocks.push({ start, count: Math.min(perBlock, rows - start) });
  return blocks;
}

/** Consecutive blocks of rows whose summed byte estimates stay within budget (a single huge row gets its own block). */
export function planWriteBlocks(rowBytes: ArrayLike<number>, budget = PAYLOAD_BUDGET_BYTES): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    const b = rowBytes[i];
    if (i > start && bytes + b > budget) {
      blocks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (rowBytes.length > start) blocks.push({ start, count: rowBytes.length - start });
  return blocks;
}

/** Bytes per row to plan reads with, from a sample: the mean with a safety margin, never below the largest sampled row. */
export function bytesPerRowFromSample(sample: readonly (readonly unknown[])[]): number {
  if (sample.length === 0) return 1;
  const sizes = sample.map((row) => estimateBytes(row) + 1);
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  return Math.ceil(Math.max(mean * 1.5, ...sizes));
}

/** Cell values compare equal as Excel returns them (numbers and text kept apart). */
const same = (a: unknown, b: unknown) => a === b || ((a === null || a === undefined || a === "") && (b === null || b === undefined || b === ""));

/** Index of the first row whose key cell differs between the read and the re-read, or -1. */
export function firstChangedRow(before: readonly unknown[], after: readonly unknown[]): number {
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) if (!same(before[i], after[i])) return i;
  return -1;
}

/** A copy of the grid with the given columns emptied (the add-in's own earlier results must not be read as schedule data). */
export function withoutColumns(grid: readonly (readonly unknown[])[], columns: readonly number[]): unknown[][] {
  const drop = columns.filter((c) => c >= 0);
  if (drop.length === 0) return grid as unknown[][];
  return grid.map((row) => {
    if (!drop.some((c) => c < row.length)) return row as unknown[];
    const copy = [...row];
    for (const c of drop) if (c < copy.length) copy[c] = "";
    return copy;
  });
}

/** Run-length form of a column of fills: [offset, count, colour or null for no fill]. */
export type FillRun = [number, number, string | null];

export function fillRuns(fills: readonly (string | null)[]): FillRun[] {
  const runs: FillRun[] = [];
  fills.forEach((f, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === f) last[1]++;
    else runs.push([i, 1, f]);
  });
  return runs;
}

export function expandFillRuns(runs: readonly FillRun[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (const [, count, f] of runs) for (let i = 0; i < count; i++) out.push(f);
  return out;
}

/** "40,000" in the user's locale-neutral form used in progress text. */
export const count = (n: number): string => n.toLocaleString("en-US");

/**
 * A column of fills in compact text: a palette, then runs "count.colour" where colour indexes
 * the palette (0 = no fill), with a repeated group of up to four runs written once and counted
 * ("(1.1 1.0)*50000" for alternating row fills), so banded formats stay small in the settings.
 */
export function encodeFills(fills: readonly (string | null)[]): string {
  const palette: (string | null)[] = [null];
  const runs = fillRuns(fills).map(([, n, f]) => {
    let i = palette.indexOf(f);
    if (i < 0) i = palette.push(f) - 1;
    return `${n}.${i}`;
  });
  const out: string[] = [];
  for (let i = 0; i < runs.length; ) {
    let best = { period: 1, times: 1 };
    for (let p = 1; p <= 4 && i + 2 * p <= runs.length; p++) {
      let times = 1;
      while (i + (times + 1) * p <= runs.length && runs.slice(i + times * p, i + (times + 1) * p).join() === runs.slice(i, i + p).join()) times++;
      if (times > 1 && times * p > best.times * best.period) best = { period: p, times };
    }
    const unit = runs.slice(i, i + best.period).join(" ");
    out.push(best.times > 1 ? `(${unit})*${best.times}` : unit);
    i += best.period * best.times;
  }
  return `${palette.slice(1).join(";")}|${out.join(" ")}`;
}

export function decodeFills(text: string): (string | null)[] {
  const bar = text.indexOf("|");
  const palette: (string | null)[] = [null, ...(bar > 0 ? text.slice(0, bar).split(";") : [])];
  const fills: (string | null)[] = [];
  const run = (t: string) => {
    const [n, i] = t.split(".").map(Number);
    for (let k = 0; k < n; k++) fills.push(palette[i] ?? null);
  };
  for (const m of text.slice(bar + 1).matchAll(/\(([^)]*)\)\*(\d+)|(\d+\.\d+)/g)) {
    if (m[3]) run(m[3]);
    else for (let k = 0; k < Number(m[2]); k++) m[1].split(" ").forEach(run);
  }
  return fills;
}
