/**
 * Reads a workbook's schedule by streaming the sheet XML through saxes: memory holds the shared
 * strings and the cells the engine reads, never the sheet's XML or a cell model. Values are
 * what Excel's Range.values gives the add-in: shared and inline strings (rich-text runs joined,
 * phonetic runs left out), numbers, booleans, error text, a formula's cached result, and dates
 * as their serial number (Range.values gives the serial; the number format only changes what
 * Range.text shows, so styles.xml is not needed to read values).
 */
import { CheckOptions, HEADER_SEARCH_ROWS, MAX_SHEET_COLUMNS, MergedArea, ScheduleResult, checkSchedule } from "../../core";
import { InputError } from "../errors";
import type { Grid } from "../read-workbook";
import { checkGrid, commandLineHint, noSchedule, unusableSheet, withHint } from "../read-workbook";
import { WorkbookSheet, WorkbookStructure, readStructure } from "./workbook";
import { XmlScan } from "./scan";
import { decodeXstring, scanXmlStream } from "./xml";
import { MAX_BUFFERED_PART, Package } from "./zip";

/** Excel's last row. */
export const MAX_SHEET_ROWS = 1048576;

const EMPTY_ROW: readonly unknown[] = Object.freeze([]);

/** The column (0-based) of the last reference cellRefAt read. */
let refCol = 0;

/**
 * cellRefAt over the bytes of an attribute value: the 1-based row (0 when the reference has no
 * digits), the column in refCol; -1 when it is not a reference within Excel's limits.
 */
function cellRefAt(b: Buffer, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const c = b[i] | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_SHEET_COLUMNS) return -1;
  }
  if (i === start) return -1;
  let row = 0;
  for (; i < end; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
    if (row > MAX_SHEET_ROWS) return -1;
  }
  refCol = col - 1;
  return row;
}

/** The number written in bytes [start, end) when they are 1 to 15 ASCII digits, else -1. */
function digitsAt(b: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** "AB12" as 0-based column and 1-based row; column only when the reference has no digits. */
export function parseCellRef(ref: string): { col: number; row: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_SHEET_COLUMNS) return undefined;
  }
  if (i === 0) return undefined;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
    if (row > MAX_SHEET_ROWS) return undefined;
  }
  return { col: col - 1, row };
}

/** The shared strings, streamed through the same scanner as the sheet (at a million rows the part is tens of MiB). */
export async function readSharedStrings(pkg: Package, partName: string | undefined): Promise<string[]> {
  const part = partName ? pkg.part(partName) : undefined;
  if (!part) return [];
  const strings: string[] = [];
  let text: string | undefined;
  let phonetic = 0;
  await scanXmlStream(await pkg.stream(part, MAX_BUFFERED_PART), part.name, pkg.displayName, {
    open(local, x) {
      if (local === "si") text = "";
      else if (local === "rPh") phonetic++;
      else if (local === "t" && !phonetic && text !== undefined) x.capture = true;
    },
    close(local, x) {
      if (local === "si") {
        strings.push(decodeXstring(text ?? ""));
        text = undefined;
      } else if (local === "rPh") phonetic--;
      else if (local === "t") x.capture = false;
    },
    text(x, start, end, cdata) {
      if (text !== undefined) text += cdata ? x.cdata(start, end) : x.text(start, end);
    },
  });
  return strings;
}

/** What a sheet holds besides its values that the owned-column placement needs. */
export interface SheetLayout {
  /** The last column (0-based) holding a value or a formula on any row, or -1. */
  lastUsedColumn: number;
  /** The last column (0-based) of any <c> element, even one with no value (a formatted blank), or -1. */
  lastCellColumn: number;
  /** Merged areas (<mergeCells>), 0-based from A1. */
  merges: MergedArea[];
  /** The last row number present. */
  lastRow: number;
}

export interface SheetRead {
  grid: Grid;
  layout: SheetLayout;
  /** Set when the probe found no schedule and reading stopped early. */
  probe?: ScheduleResult;
}

const EPOCH = { 1900: 25569, 1904: 24107 };

/**
 * Reads one worksheet. After the rows the header search looks at, a probe decides: no schedule
 * stops the read; a schedule keeps only the columns the engine reads (mapped), so memory grows
 * with those cells, whatever the sheet's width.
 */
export async function readSheet(
  pkg: Package,
  sheet: WorkbookSheet,
  strings: readonly string[],
  date1904: boolean,
  options: CheckOptions,
  onBytes?: (n: number) => void,
  /** false for a sheet that is not a schedule (the Spec sheet): read it whole, keep every column */
  probeSchedule = true,
): Promise<SheetRead> {
  const part = pkg.need(sheet.part, `sheet "${sheet.name}"`);
  const where = `sheet "${sheet.name}" (${part.name})`;
  const bad = (what: string) => new InputError(`cannot read ${pkg.displayName}: ${where}: ${what}`);
  const grid: unknown[][] = [];
  const probeRows = Math.max(HEADER_SEARCH_ROWS, (options.headerRow ?? 0) + 1);
  let probe: ScheduleResult | undefined;
  let keep: Uint8Array | undefined;
  const layout: SheetLayout = { lastUsedColumn: -1, lastCellColumn: -1, merges: [], lastRow: 0 };

  let rowNumber = 0;
  let cells: unknown[] | undefined;
  let col = -1;
  let type = "";
  let hasFormula = false;
  let value = "";
  let pieces = 0;
  /** A shared string index read straight from the bytes of <v>, or -1. */
  let index = -1;
  let inInline = false;
  let phonetic = 0;
  let sawInline = false;

  const valueOf = (): unknown => {
    if (sawInline) return decodeXstring(value);
    if (pieces === 0) return "";
    switch (type) {
      case "s": {
        const i = index >= 0 ? index : Number(value);
        if (!Number.isInteger(i) || i < 0 || i >= strings.length) throw bad(`cell ${cellName()} points at shared string ${String(index >= 0 ? index : value).trim()}, which does not exist`);
        return strings[i];
      }
      case "str":
        return decodeXstring(value);
      case "inlineStr":
        return decodeXstring(value);
      case "b":
        return value.trim() === "1" || value.trim() === "true";
      case "e":
        return value;
      case "d": {
        const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
        return Number.isNaN(t) ? "#VALUE!" : t / 86400000 + EPOCH[date1904 ? 1904 : 1900];
      }
      default: {
        const n = Number(value);
        return Number.isFinite(n) ? n : value.trim() === "" ? "" : "#NUM!";
      }
    }
  };
  const cellName = () => `${columnName(col)}${rowNumber}`;
  /** The cell type (t=), as one of a few shared strings. */
  const typeOf = (x: XmlScan): string => {
    const i = x.attrIndex("t");
    if (i < 0) return "n";
    const s = x.attrStart[i];
    const n = x.attrEnd[i] - s;
    if (n === 1) {
      const c = x.buf[s];
      if (c === 0x73) return "s";
      if (c === 0x6e) return "n";
      if (c === 0x62) return "b";
      if (c === 0x65) return "e";
      if (c === 0x64) return "d";
    }
    return x.text(s, x.attrEnd[i]);
  };

  const stoppedEarly = await scanXmlStream(
    await pkg.stream(part),
    part.name,
    pkg.displayName,
    {
      open(local, x) {
        switch (local) {
          case "row": {
            const r = x.attr("r");
            const n = r === undefined ? rowNumber + 1 : Number(r);
            if (!Number.isInteger(n) || n < 1 || n > MAX_SHEET_ROWS) throw bad(`row number ${r} is beyond Excel's ${MAX_SHEET_ROWS.toLocaleString("en-US")} rows`);
            if (n <= rowNumber) throw bad(`row ${n} comes after row ${rowNumber}: rows out of order`);
            rowNumber = n;
            col = -1;
            if (probeSchedule && n - 1 >= probeRows && !probe) {
              probe = checkSchedule(filled(grid), options);
              if (probe.ok) {
                keep = new Uint8Array(MAX_SHEET_COLUMNS);
                for (const c of Object.values(probe.columns) as number[]) keep[c] = 1;
              }
            }
            cells = [];
            grid[n - 1] = cells;
            return;
          }
          case "c": {
            const ri = x.attrIndex("r");
            let c = col + 1;
            if (ri >= 0) {
              const refRow = cellRefAt(x.buf, x.attrStart[ri], x.attrEnd[ri]);
              if (refRow < 0 || (refRow !== 0 && refRow !== rowNumber)) throw bad(`cell reference "${x.text(x.attrStart[ri], x.attrEnd[ri])}" in row ${rowNumber} is beyond Excel's ${MAX_SHEET_COLUMNS.toLocaleString("en-US")} columns or not a cell of that row`);
              c = refCol;
            }
            if (c >= MAX_SHEET_COLUMNS) throw bad(`a cell of row ${rowNumber} is beyond Excel's ${MAX_SHEET_COLUMNS.toLocaleString("en-US")} columns`);
            if (c <= col) throw bad(`cell ${columnName(c)}${rowNumber} comes after ${columnName(col)}${rowNumber}: cells out of order`);
            if (rowNumber === 0) throw bad(`a cell stands outside any row`);
            col = c;
            if (c > layout.lastCellColumn) layout.lastCellColumn = c;
            type = typeOf(x);
            hasFormula = false;
            sawInline = false;
            value = "";
            pieces = 0;
            index = -1;
            return;
          }
          case "v":
            x.capture = !inInline;
            return;
          case "f":
            hasFormula = true;
            return;
          case "is":
            inInline = true;
            sawInline = true;
            return;
          case "rPh":
            phonetic++;
            return;
          case "t":
            x.capture = inInline && !phonetic;
            return;
          case "mergeCell": {
            const ref = x.attr("ref");
            const area = parseArea(ref ?? "");
            if (!area) throw bad(`merged area "${ref}" is not a range of cells`);
            layout.merges.push(area);
            return;
          }
        }
      },
      close(local, x) {
        switch (local) {
          case "c": {
            const v = valueOf();
            if ((v !== "" || hasFormula) && col > layout.lastUsedColumn) layout.lastUsedColumn = col;
            if (cells && (!keep || keep[col]) && v !== "") cells[col] = v;
            return;
          }
          case "v":
          case "t":
            x.capture = false;
            return;
          case "is":
            inInline = false;
            return;
          case "rPh":
            phonetic--;
            return;
          case "row":
            cells = undefined;
            return;
        }
      },
      text(x, start, end, cdata) {
        if (pieces === 0 && !cdata && type === "s" && !inInline) {
          index = digitsAt(x.buf, start, end);
          if (index >= 0) {
            pieces = 1;
            return;
          }
        } else if (index >= 0) {
          value = String(index); // <v> split by a comment: the text so far, then this piece
          index = -1;
        }
        value += cdata ? x.cdata(start, end) : x.text(start, end);
        pieces++;
      },
      done: () => probe !== undefined && !probe.ok,
    },
    onBytes,
  );
  layout.lastRow = rowNumber;
  if (stoppedEarly || (probe && !probe.ok)) return { grid: [], layout, probe };
  // Range.values gives "" for every cell of a merged area but its top-left one.
  for (const m of layout.merges) {
    for (let r = m.r; r < m.r + m.rows && r < grid.length; r++) {
      const row = grid[r];
      if (!row) continue;
      for (let c = m.c; c < m.c + m.cols && c < row.length; c++) if ((r !== m.r || c !== m.c) && row[c] !== undefined) row[c] = "";
    }
  }
  return { grid: filled(grid), layout };
}

/** Rows the sheet does not have are one shared empty row: a sheet whose only row is 1,000,000 costs one array slot per row number, not a row. */
function filled(grid: unknown[][]): Grid {
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = EMPTY_ROW as unknown[];
  return grid;
}

export const columnName = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function parseArea(ref: string): MergedArea | undefined {
  const [a, b = a] = ref.split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q || p.row === 0 || q.row === 0) return undefined;
  const r = Math.min(p.row, q.row) - 1;
  const c = Math.min(p.col, q.col);
  return { r, c, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

/** The sheet chosen for checking, with what --out needs to patch it. */
export interface WorkbookSchedule {
  name: string;
  grid: Grid;
  result: ScheduleResult;
  sheetNames: string[];
  /** The worksheet part checked, e.g. xl/worksheets/sheet1.xml. */
  sheetPart: string;
  /** The sheet part's CRC-32, so the copy is made from the same sheet that was checked. */
  sheetCrc32: number;
  layout: SheetLayout;
  structure: WorkbookStructure;
}

/**
 * The sheet to check: the one named by --sheet, else the first (in tab order) whose rows hold
 * a schedule. When none does, the reason names each sheet tried.
 */
export async function readWorkbookSchedule(
  file: string,
  options: CheckOptions,
  wanted: string | undefined,
  displayName: string,
  onProgress?: (done: number, total: number) => void,
): Promise<WorkbookSchedule> {
  const pkg = await Package.open(file, displayName);
  try {
    const structure = await readStructure(pkg);
    const names = structure.sheets.map((s) => s.name);
    let candidates = structure.sheets;
    if (wanted !== undefined) {
      const match = candidates.find((c) => c.name === wanted) ?? candidates.find((c) => c.name.toLowerCase() === wanted.trim().toLowerCase());
      if (!match) throw new InputError(`${displayName} has no sheet named "${wanted}"; its sheets are ${names.map((n) => `"${n}"`).join(", ")}`);
      candidates = [match];
    }
    const strings = await readSharedStrings(pkg, structure.sharedStrings);
    const tried: Array<{ name: string; result: ScheduleResult; hint?: string }> = [];
    for (const sheet of candidates) {
      const size = pkg.part(sheet.part)?.entry.uncompressedSize ?? 0;
      let read = 0;
      const s = await readSheet(pkg, sheet, strings, structure.date1904, options, onProgress && ((n) => onProgress((read += n), size)));
      const result = s.probe && (s.probe.ok || options.headerRow === undefined) ? s.probe : checkGrid(s.grid, options);
      if (result.ok) return { name: sheet.name, grid: s.grid, result, sheetNames: names, sheetPart: pkg.need(sheet.part, "sheet").name, sheetCrc32: pkg.need(sheet.part, "sheet").entry.crc32, layout: s.layout, structure };
      if (wanted !== undefined) throw unusableSheet(`sheet "${sheet.name}" of ${displayName}: ${withHint(result)}`, result);
      tried.push({ name: sheet.name, result, hint: commandLineHint(result) });
    }
    throw noSchedule(tried, displayName);
  } finally {
    pkg.close();
  }
}

/** The cells of a sheet found by name (any case), read whole, or undefined when the workbook has no such sheet. */
export async function readNamedSheetGrid(file: string, sheetName: string, displayName: string): Promise<Grid | undefined> {
  const pkg = await Package.open(file, displayName);
  try {
    const structure = await readStructure(pkg);
    const sheet = structure.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) return undefined;
    const strings = await readSharedStrings(pkg, structure.sharedStrings);
    return (await readSheet(pkg, sheet, strings, structure.date1904, {}, undefined, false)).grid;
  } finally {
    pkg.close();
  }
}
