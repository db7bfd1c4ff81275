import * as fs from "fs";
import ExcelJS from "exceljs";
import { STATUS_FILL } from "../core";
import { toNewFile } from "./files";
import type { OwnedWrite } from "./write-copy";
import { xlsxText } from "./write-copy";

/**
 * The annotated copy of a workbook too large to load whole: every sheet is read row by row
 * and written row by row (ExcelJS streaming reader and writer), so memory stays bounded.
 * Kept: every sheet, cell value, formula (with its cached result), cell format and column
 * width (text is written inline: a shared-string table would hold every distinct string in
 * memory). Not kept on this path (the streaming writer cannot carry them): defined names,
 * merged cells, data validation, conditional formats, tables, images, comments, and the tab
 * order when the package stores sheets out of order.
 */
export async function streamAnnotatedCopy(inPath: string, outPath: string, sheetName: string, headerRow: number, write: OwnedWrite): Promise<void> {
  const input = fs.createReadStream(inPath, { highWaterMark: 1 << 20 });
  try {
    await toNewFile(outPath, (stream) => copy(input, stream, sheetName, headerRow, write));
  } finally {
    input.destroy(); // a failed write must not leave the input being read
  }
}

async function copy(input: fs.ReadStream, output: fs.WriteStream, sheetName: string, headerRow: number, write: OwnedWrite): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "ignore",
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const byRow = new Map(write.rows.map((a) => [a.row, a]));
  const { plan } = write;
  for await (const ws of reader as unknown as AsyncIterable<ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>>) {
    const target = ws.name === sheetName;
    const out = writer.addWorksheet(ws.name);
    const cols = (ws as unknown as { columns?: Array<{ width?: number }> | null }).columns;
    if (cols) cols.forEach((c, i) => c?.width && (out.getColumn(i + 1).width = c.width));
    if (target) plan.columns.forEach((c, k) => !out.getColumn(c + 1).width && (out.getColumn(c + 1).width = [12, 70, 60][k]));
    for await (const row of ws) {
      const copy = out.getRow(row.number);
      if (row.height) copy.height = row.height;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (target && plan.columns.includes(col - 1)) return; // owned cells are rewritten below
        const c = copy.getCell(col);
        c.value = cell.value;
        if (cell.style && Object.keys(cell.style).length) c.style = cell.style;
      });
      if (target && row.number === headerRow) plan.columns.forEach((c, k) => (copy.getCell(c + 1).value = plan.headers[k]));
      const a = target ? byRow.get(row.number) : undefined;
      if (a) {
        plan.columns.forEach((c, k) => {
          const cell = copy.getCell(c + 1);
          cell.value = a.values[k] === "" ? null : xlsxText(a.values[k]);
          if (k === 0) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${STATUS_FILL[a.status].slice(1)}` } };
        });
      }
      copy.commit();
    }
    out.commit();
  }
  await writer.commit();
}
