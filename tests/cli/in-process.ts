import * as fs from "fs";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import type { MergedArea } from "../../src/core";
import { main } from "../../src/cli/main";

export interface InProcessRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** The command run inside the test process (its write functions, no child process): many runs stay fast. */
export async function runInProcess(args: string[]): Promise<InProcessRun> {
  const collect = () => {
    const s = new PassThrough();
    const chunks: Buffer[] = [];
    s.on("data", (c: Buffer) => chunks.push(c));
    return { s, text: () => Buffer.concat(chunks).toString("utf8") };
  };
  const out = collect();
  const err = collect();
  const status = await main(["node", "connector-check", ...args], { stdout: out.s, stderr: err.s });
  return { status, stdout: out.text(), stderr: err.text() };
}

export type SheetCell = string | number | { formula: string; result?: string | number };

/** A one-sheet workbook from cells (row by row from A1; null empty) and merged areas. */
export async function writeSheet(file: string, cells: ReadonlyArray<ReadonlyArray<SheetCell | null>>, merges: readonly MergedArea[] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Schedule");
  cells.forEach((r, i) => r.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(i + 1, c + 1).value = v as ExcelJS.CellValue)));
  for (const m of merges) ws.mergeCells(m.r + 1, m.c + 1, m.r + m.rows, m.c + m.cols);
  await wb.xlsx.writeFile(file);
}

/** Every cell of the first sheet that holds something (merged cells other than the top-left skipped): address → value and formula. */
export async function userCells(file: string): Promise<{ cells: Map<string, unknown>; merges: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const cells = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells.set(cell.address, { value: cell.value, formula: cell.formula ?? null });
    }),
  );
  return { cells, merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort() };
}

/** The 0-based columns of the owned headers in a sheet's first row. */
export async function ownedColumnsOf(file: string): Promise<number[]> {
  if (/\.csv$/i.test(file)) {
    const header = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0].split(",");
    return ["Check status", "Check findings", "Check recommendation"].map((h) => header.indexOf(h));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const values = wb.worksheets[0].getRow(1).values as unknown[];
  return ["Check status", "Check findings", "Check recommendation"].map((h) => values.indexOf(h) - 1);
}
