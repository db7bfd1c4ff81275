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

/**
 * One pass over the records as a CSV reader sees them (a field that starts with a quote runs
 * to the quote that is followed by the delimiter, a line break or the end; "" inside it is a
 * quote): the line breaks between records, which may be \r\n, \n and \r mixed in one file
 * (Papa expects one kind), become \n, and those inside quoted fields stay as they are. The
 * first record break is kept for the copy. A quote never closed is reported with its line.
 */
export function normaliseRecordBreaks(text: string, delimiter: Delimiter, fileName: string): { text: string; linebreak: string } {
  const QUOTE = 34, CR = 13, LF = 10;
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const pieces: string[] = [];
  let copiedTo = 0;
  let linebreak = "";
  let line = 1;
  let fieldStart = true;
  const countLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === QUOTE) {
      const openedOn = line;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          throw new InputError(`${fileName}, line ${openedOn}: a quoted field starts here and is never closed (a " is missing), so the rest of the file would be read as one cell: close the quote and check again`);
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          j = q + 2;
          continue;
        }
        let after = q + 1;
        while (after < n && text.charCodeAt(after) !== d && text.charCodeAt(after) !== CR && text.charCodeAt(after) !== LF && text[after].trim() === "") after++;
        const next = text.charCodeAt(after);
        if (after >= n || next === d || next === CR || next === LF) {
          countLines(i, q);
          i = q + 1;
          break;
        }
        j = q + 1; // a stray quote inside the field: read on, as Papa does
      }
      fieldStart = false;
      continue;
    }
    if (c === d) {
      fieldStart = true;
      i++;
    } else if (c === CR || c === LF) {
      const crlf = c === CR && text.charCodeAt(i + 1) === LF;
      const len = crlf ? 2 : 1;
      if (!linebreak) linebreak = crlf ? "\r\n" : c === CR ? "\r" : "\n";
      if (c === CR) {
        pieces.push(text.slice(copiedTo, i), "\n");
        copiedTo = i + len;
      }
      line++;
      fieldStart = true;
      i += len;
    } else {
      fieldStart = false;
      i++;
    }
  }
  if (copiedTo === 0) return { text, linebreak: linebreak || "\n" };
  pieces.push(text.slice(copiedTo));
  return { text: pieces.join(""), linebreak };
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
  const records = normaliseRecordBreaks(text, delimiter, fileName);
  const parsed = Papa.parse<string[]>(records.text, { delimiter, newline: "\n", skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === "MissingQuotes");
  if (unclosed) {
    const line = (records.text.slice(0, unclosed.index).match(/\n/g)?.length ?? 0) + 1;
    throw new InputError(`${fileName}, line ${line}: a quoted field starts here and is never closed (a " is missing): close the quote and check again`);
  }
  const grid = parsed.data;
  const linebreak = records.linebreak;
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
