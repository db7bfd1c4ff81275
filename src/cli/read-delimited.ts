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

/**
 * Reads delimited text. The delimiter is sniffed among comma, semicolon and tab (papaparse
 * tries each and keeps the one giving a consistent field count) unless the file is .tsv.
 */
export function readDelimited(bytes: Uint8Array, fileName: string): DelimitedSheet {
  const decoded = decodeText(bytes);
  const { text } = decoded;
  if (/\u0000/.test(text.slice(0, 65536))) {
    throw new InputError(`${fileName} is not a spreadsheet: it holds binary data, not delimited text (expected .xlsx, .xlsm, .csv or .tsv)`);
  }
  if (!text.trim()) throw new InputError(`${fileName} is empty: expected a cable schedule with a header row`);
  const forced: Delimiter | undefined = /\.tsv$/i.test(fileName) ? "\t" : undefined;
  const parsed = Papa.parse<string[]>(text, {
    delimiter: forced ?? "",
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: false,
  });
  const grid = parsed.data;
  const linebreak = parsed.meta.linebreak || "\n";
  const trailingNewline = text.endsWith("\n") || text.endsWith("\r");
  const last = grid[grid.length - 1];
  if (trailingNewline && last && last.length === 1 && last[0] === "") grid.pop();
  const d = parsed.meta.delimiter;
  const delimiter: Delimiter = d === ";" || d === "\t" ? d : ",";
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
