import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CheckOptions, FIELDS, Field, ProjectSpec, ScheduleResult, checkSchedule, mergeSpecs, parseProjectSpec } from "../core";
import { workbookSpec } from "./load-schedule";
import { EXIT, InputError } from "./errors";
import { Progress } from "./progress";
import { DelimitedSheet, readDelimited, writeDelimited } from "./read-delimited";
import { isDate1904, loadWorkbook, oneLine, pickSheet, sheetGrid, streamSchedule, withHint } from "./read-workbook";
import { ReportMeta, jsonReport, textReport } from "./report";
import { streamAnnotatedCopy } from "./stream-copy";
import { annotateDelimited, annotateWorksheet, droppedParts, planWrite, shareRecommendations } from "./write-copy";

export interface CheckCommandOptions {
  sheet?: string;
  out?: string;
  json?: boolean;
  columns?: string;
  spec?: string;
  stream?: boolean;
  headerRow?: string;
}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * Workbooks larger than these are read row by row instead of loaded whole. Loading is what
 * keeps every format and defined name in an --out copy, so it is kept longer there; a plain
 * check loses nothing by streaming. (ExcelJS holds about 2 GB for a 7 MB, 100,000-row book.)
 */
export const STREAM_ABOVE_BYTES = { check: 5 * 1024 * 1024, out: 20 * 1024 * 1024 } as const;
/** Inputs at least this large get a progress bar (when stderr is a terminal). */
const PROGRESS_ABOVE_BYTES = 2 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);
const DELIMITED = /\.(csv|tsv|txt)$/i;
const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Reads --columns "connectorA=Conn A,length=Len (m),notes=" into checkSchedule's corrections. */
export function parseColumnsOption(text: string): Partial<Record<Field, string | null>> {
  const out: Partial<Record<Field, string | null>> = {};
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new InputError(`--columns: "${part}" is not field=Header (e.g. connectorA="Conn A")`);
    const name = part.slice(0, eq).trim();
    const field = FIELDS.find((f) => f.toLowerCase() === name.toLowerCase());
    if (!field) throw new InputError(`--columns: unknown field "${name}"; fields are ${FIELDS.join(", ")}`);
    const header = part.slice(eq + 1).trim();
    out[field] = header === "" || header === "-" ? null : header;
  }
  return out;
}

export function readSpec(file: string): ProjectSpec {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(`--spec ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `not valid JSON (${oneLine(e)})`}`);
  }
  const r = parseProjectSpec(json, path.basename(file));
  if (!r.ok) throw new InputError(`--spec ${file}: ${r.message}`);
  return r.spec;
}

const samePath = (a: string, b: string): boolean => {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b) || path.resolve(a) === path.resolve(b);
};

/** A --columns header that matched no column would silently be ignored; say so instead. */
function checkRequestedColumns(requested: Partial<Record<Field, string | null>>, result: ScheduleResult): void {
  for (const [field, header] of Object.entries(requested) as Array<[Field, string | null]>) {
    if (header === null) continue;
    const col = result.columns[field];
    if (col === undefined || (result.headers[col] ?? "").trim().toLowerCase() !== header.trim().toLowerCase()) {
      throw new InputError(
        `--columns ${field}=${header}: no column headed "${header}" in the header row (row ${result.header?.row ?? 1}); headers are ${result.headers.filter(Boolean).map((h) => `"${h}"`).join(", ")}`,
      );
    }
  }
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}

/** `connector-check check`: returns the exit status; throws InputError for unusable input. */
export async function runCheck(file: string, opts: CheckCommandOptions, io: Io): Promise<number> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`cannot read ${file}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${file} is a folder, not a spreadsheet`);
  if (opts.out !== undefined) {
    if (samePath(opts.out, file)) throw new InputError(`--out ${opts.out} names the input file; the input is never modified: choose another name`);
    if (!/\.(xlsx|csv|tsv|txt)$/i.test(opts.out)) throw new InputError(`--out ${opts.out}: expected a name ending .xlsx, .csv or .tsv (macros cannot be written, so not .xlsm)`);
  }
  const requested = opts.columns ? parseColumnsOption(opts.columns) : undefined;
  const headerRow = opts.headerRow === undefined ? undefined : Number(opts.headerRow);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1)) throw new InputError(`--header-row ${opts.headerRow}: expected a sheet row number such as 5`);
  const spec = opts.spec ? readSpec(opts.spec) : undefined;

  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 8, 0);
  } finally {
    fs.closeSync(fd);
  }
  const name = path.basename(file);
  const progress = new Progress(io.stderr, stat.size >= PROGRESS_ABOVE_BYTES);
  const options: CheckOptions = { ...(requested ? { columns: requested } : {}), ...(headerRow ? { headerRow } : {}), ...(spec ? { spec } : {}), onProgress: (done, total) => progress.rows(done, total) };
  const notices: string[] = [];

  let result: ScheduleResult;
  let sheetName: string;
  let writeOut: (() => Promise<void>) | undefined;
  try {
    if (startsWith(head, OLE)) {
      const bytes = fs.readFileSync(file);
      const encrypted = bytes.includes(Buffer.from("EncryptionInfo", "utf16le"));
      throw new InputError(
        encrypted
          ? `${file} is encrypted (password-protected): save an unprotected copy and check that`
          : `${file} is a legacy Excel 97-2003 (.xls) or other OLE file: save it as .xlsx and check that`,
      );
    }
    if (startsWith(head, ZIP)) {
      if (DELIMITED.test(file)) throw new InputError(`${file} is a zip package, not delimited text: rename it .xlsx if it is a workbook`);
      if (!WORKBOOK.test(file) && !/\.(xltx|xltm)$/i.test(file)) throw new InputError(`${file} is not a spreadsheet this tool reads: expected .xlsx, .xlsm, .csv or .tsv`);
      if (opts.stream || stat.size > STREAM_ABOVE_BYTES[opts.out ? "out" : "check"]) {
        progress.start("reading", stat.size);
        if (opts.out && !/\.xlsx$/i.test(opts.out)) throw new InputError(`--out ${opts.out}: a workbook's annotated copy must be .xlsx`);
        const s = await streamSchedule(file, options, opts.sheet, name, (n) => progress.bytes(n));
        result = s.result;
        sheetName = s.name;
        shareRecommendations(result);
        if (opts.out) {
          const out = opts.out;
          notices.push("large workbook read row by row: the copy keeps values, formulas, cell formats and column widths, but not defined names, merged cells, validation, conditional formats, tables, images or comments");
          const write = planWrite(s.grid, result);
          writeOut = () => streamAnnotatedCopy(file, out, s.name, result.header?.row ?? 1, write);
        }
        s.grid = []; // the grid is no longer needed: free it before the copy and the report
      } else {
        const wb = await loadWorkbook(file, name);
        // the workbook's own Spec sheet; --spec wins setting by setting
        const merged = mergeSpecs(workbookSpec(wb, name), spec);
        if (merged) options.spec = merged;
        const date1904 = isDate1904(wb);
        const pick = pickSheet(
          wb.worksheets.map((ws) => ({ sheet: ws, name: ws.name, grid: () => sheetGrid(ws, date1904) })),
          options,
          opts.sheet,
          name,
        );
        result = pick.result;
        sheetName = pick.name;
        if (opts.out) {
          const out = opts.out;
          if (!/\.xlsx$/i.test(out)) throw new InputError(`--out ${out}: a workbook's annotated copy must be .xlsx`);
          const dropped = droppedParts(fs.readFileSync(file));
          if (dropped.length) notices.push(`the copy does not keep the workbook's ${dropped.join(", ")} (the .xlsx writer cannot carry them); the input is unchanged`);
          const write = planWrite(pick.grid, result);
          if (write.plan.notice) notices.push(write.plan.notice);
          writeOut = async () => {
            annotateWorksheet(pick.sheet, result, write);
            await wb.xlsx.writeFile(out);
          };
        }
      }
    } else if (DELIMITED.test(file)) {
      const sheet: DelimitedSheet = readDelimited(fs.readFileSync(file), name);
      result = checkSchedule(sheet.grid, options);
      if (!result.ok) throw new InputError(`${name}: ${withHint(result)}`);
      sheetName = name;
      if (sheet.encoding !== "utf-8") notices.push(`${name} is not UTF-8; read as ${sheet.encoding === "windows-1252" ? "Windows-1252" : sheet.encoding.toUpperCase()}`);
      if (opts.out) {
        const out = opts.out;
        const write = planWrite(sheet.grid, result);
        if (write.plan.notice) notices.push(write.plan.notice);
        writeOut = /\.xlsx$/i.test(out)
          ? async () => {
              const wb = new ExcelJS.Workbook();
              const ws = wb.addWorksheet(path.parse(name).name.slice(0, 31).replace(/[\\/?*[\]:]/g, "_") || "Schedule");
              sheet.grid.forEach((r, i) => r.length && (ws.getRow(i + 1).values = r));
              annotateWorksheet(ws, result, write);
              await wb.xlsx.writeFile(out);
            }
          : async () => fs.writeFileSync(out, writeDelimited(sheet, annotateDelimited(sheet.grid, result, write)));
      }
    } else {
      throw new InputError(`${file} is not a spreadsheet this tool reads: expected .xlsx, .xlsm, .csv or .tsv`);
    }
  } finally {
    progress.stop();
  }
  if (requested) checkRequestedColumns(requested, result);

  if (writeOut) {
    try {
      await writeOut();
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`cannot write ${opts.out}: ${oneLine(e)}`);
    }
  }
  const meta: ReportMeta = { file, sheet: sheetName, ...(opts.out ? { out: opts.out } : {}) };
  if (opts.json) {
    for (const piece of jsonReport(result, meta)) await write(io.stdout, piece);
    for (const n of notices) await write(io.stderr, `connector-check: note: ${n}\n`);
  } else {
    let batch: string[] = [];
    for (const line of textReport(result, meta, notices)) {
      batch.push(line);
      if (batch.length >= 2000) {
        await write(io.stdout, `${batch.join("\n")}\n`);
        batch = [];
      }
    }
    if (batch.length) await write(io.stdout, `${batch.join("\n")}\n`);
  }
  return result.summary.error > 0 ? EXIT.rowErrors : EXIT.clean;
}
