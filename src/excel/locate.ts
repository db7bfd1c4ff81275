/**
 * Where the add-in's owned columns are now, from the records in the workbook's settings: apart
 * from adapter.ts because the pane asks it when it opens (is Clear to be offered?), before any
 * Check, and the adapter is a chunk fetched on the first Check, Clear or re-read.
 */
import type { Box } from "./plan";
import type { WrittenRecord } from "./settings";

export const GEOMETRY = "address,rowIndex,columnIndex,rowCount,columnCount";

const sheetOf = (address: string) =>
  address
    .slice(0, address.lastIndexOf("!"))
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
export const boxOf = (r: Excel.Range): Box => ({ r: r.rowIndex, c: r.columnIndex, rows: r.rowCount, cols: r.columnCount });

/** Where a record's owned columns are now: found by their mark, else at the position written. */
export interface Located {
  rec: WrittenRecord;
  sheetName: string;
  /** Header row to last data row, three columns. */
  box: Box;
  /** The header cells still say what was written. */
  headersOk: boolean;
  /** The cells are gone (their rows or columns deleted, or the name removed and the headers with it). */
  gone: boolean;
  viaMark: boolean;
}

/** Two syncs at most: the marks' ranges, then their header cells. */
export async function locate(ctx: Excel.RequestContext, records: readonly WrittenRecord[]): Promise<Located[]> {
  if (records.length === 0) return [];
  // A first-format record has no mark: its columns are where they were written.
  const marks = records.map((r) => (r.legacy ? null : ctx.workbook.names.getItemOrNullObject(r.mark).getRangeOrNullObject().load(`${GEOMETRY}`)));
  const sheets = ctx.workbook.worksheets.load("items/name,items/id");
  await ctx.sync();
  const found = records.map((rec, i) => {
    const m = marks[i];
    if (m && !m.isNullObject) return { rec, sheetName: sheetOf(m.address), box: boxOf(m), viaMark: true };
    // By name; a first-format record also by the sheet id it kept (the same session only: ids change on reopen; the headers confirm).
    const sheet = sheets.items.find((s) => s.name === rec.sheetName) ?? (rec.legacy ? sheets.items.find((s) => s.id === rec.legacy?.sheetId) : undefined);
    return sheet ? { rec, sheetName: sheet.name, box: { r: rec.headerRow, c: rec.columns[0], rows: rec.rows + 1, cols: 3 }, viaMark: false } : null;
  });
  const headers = found.map((f) => (f ? ctx.workbook.worksheets.getItem(f.sheetName).getRangeByIndexes(f.box.r, f.box.c, 1, 3).load("values") : null));
  if (found.some(Boolean)) await ctx.sync();
  return records.map((rec, i) => {
    const f = found[i];
    if (!f) return { rec, sheetName: rec.sheetName, box: { r: 0, c: 0, rows: 0, cols: 3 }, headersOk: false, gone: true, viaMark: false };
    const headersOk = (headers[i] as Excel.Range).values[0].every((v, k) => v === rec.headers[k]);
    return { ...f, headersOk, gone: !f.viaMark && !headersOk };
  });
}
