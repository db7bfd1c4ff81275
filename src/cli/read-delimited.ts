import Papa from "papaparse";
import { DecodedText, decodeText } from "./decode";
import { InputError } from "./errors";

export type Delimiter = "," | ";" | "\t";

/** A .csv/.tsv as a grid of text cells, with what is needed to write a copy the same way. */
export interface DelimitedSheet {
  grid: string[][];
  delimiter: Delimiter;
  linebreak: string;
  encoding: DecodedText["encoding"];
  bom: boolean;
  /** The last record ended with a line break. */
  trailingNewline: boolean;
}

const CANDIDATES: readonly Delimiter[] = [",", ";", "\t"];

/**
 * The delimiter among comma, semicolon and tab that splits the first records into the most
 * consistent number of fields (more than one). Papa's own guess counts a trailing blank
 * line against the right delimiter and cannot break ties, so the choice is made here:
 * most consistent first, then most fields, then comma before semicolon before tab.
 */
export function sniffDelimiter(text: string): Delimiter {
  let best: { d: Delimiter; consistency: number; fields: number } | undefined;
  for (const d of CANDIDATES) {
    const rows = Papa.parse<string[]>(text, { delimiter: d, preview: 100, skipEmptyLines: "greedy" }).data;
    if (!rows.length) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [fields, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (fields < 2) continue;
    const consistency = n / rows.length;
    if (!best || consistency > best.consistency + 1e-9 || (Math.abs(consistency - best.consistency) < 1e-9 && fields > best.fields)) best = { d, consistency, fields };
  }
  return best?.d ?? ",";
}

/** Reads delimited text: the delimiter is sniffed unless the file is .tsv. */
export function readDelimited(bytes: Uint8Array, fileName: string): DelimitedSheet {
  const decoded = decodeText(bytes);
  const { text } = decoded;
  if (text.slice(0, 65536).includes("\u0000")) {
    throw new InputError(`${fileName} is not a spreadsheet: it holds binary data, not delimited text (expected .xlsx, .xlsm, .csv or .tsv)`);
  }
  if (!text.trim()) throw new InputError(`${fileName} is empty: expected a cable schedule with a header row`);
  const delimiter = /\.tsv$/i.test(fileName) ? "\t" : sniffDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const grid = parsed.data;
  const linebreak = parsed.meta.linebreak || "\n";
  const trailingNewline = text.endsWith("\n") || text.endsWith("\r");
  const last = grid[grid.length - 1];
  if (trailingNewline && last && last.length === 1 && last[0] === "") grid.pop();
  return { grid, delimiter, linebreak, encoding: decoded.encoding, bom: decoded.bom, trailingNewline };
}

/**
 * The copy of a delimited file: same delimiter and line breaks. Text that was not UTF-8 is
 * written as UTF-8 with a byte-order mark, so Excel and other readers decode it unchanged.
 */
export function writeDelimited(sheet: DelimitedSheet, rows: string[][]): Buffer {
  let text = Papa.unparse(rows, { delimiter: sheet.delimiter, newline: sheet.linebreak, quotes: false });
  if (sheet.trailingNewline) text += sheet.linebreak;
  const bom = sheet.bom || sheet.encoding !== "utf-8";
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]);
}
