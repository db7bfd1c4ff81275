import * as fs from "fs";
import * as path from "path";
import { CheckOptions, FIELDS, Field, ProjectSpec, ScheduleResult, mergeSpecs, parseProjectSpec } from "../core";
import { EXIT, InputError } from "./errors";
import { MAX_INPUT_BYTES, checkOutTarget, loadExcelJS, readHead, readInput, statInput, toNewFile, writeAtomically } from "./files";
import { Progress } from "./progress";
import { DelimitedSheet, readDelimited, writeDelimited } from "./read-delimited";
import { checkGrid, oneLine, unusableSheet, withHint } from "./read-workbook";
import { ReportMeta, jsonReport, printable, safeJson, textReport } from "./report";
import { OwnedWrite, annotateDelimited, annotateWorksheet, planWrite } from "./write-copy";
import { patchWorkbook } from "./xlsx/patch";
import { readWorkbookSchedule } from "./xlsx/read-sheet";
import { workbookSpec } from "./load-schedule";

export interface CheckCommandOptions {
  sheet?: string;
  out?: string;
  json?: boolean;
  columns?: string;
  spec?: string;
  stream?: boolean;
  headerRow?: string;
  /** Replace an existing --out file. */
  force?: boolean;
}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

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
  const fieldOf = new Map<string, Field>();
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new InputError(`--columns: "${part}" is not field=Header (e.g. connectorA="Conn A")`);
    const name = part.slice(0, eq).trim();
    const field = FIELDS.find((f) => f.toLowerCase() === name.toLowerCase());
    if (!field) throw new InputError(`--columns: unknown field "${name}"; fields are ${FIELDS.join(", ")}`);
    const header = part.slice(eq + 1).trim();
    out[field] = header === "" || header === "-" ? null : header;
    if (out[field] === null) continue;
    // one column holds one field: the engine would keep only the last of the two
    const other = fieldOf.get(header.toLowerCase());
    if (other && other !== field) throw new InputError(`--columns: ${other} and ${field} both name "${header}"; the same header cannot serve two fields: name another column for one of them`);
    fieldOf.set(header.toLowerCase(), field);
  }
  return out;
}

export function readSpec(file: string): ProjectSpec {
  const what = `--spec ${file}`;
  // a spec saved by Notepad starts with a byte-order mark, which JSON.parse rejects
  const text = readInput(file, what, MAX_INPUT_BYTES.spec).toString("utf8").replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what}: not valid JSON (${oneLine(e)})`);
  }
  const r = parseProjectSpec(json, path.basename(file));
  if (!r.ok) throw new InputError(`${what}: ${r.message}`);
  return r.spec;
}

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
  let reported = false;
  try {
    return await checkAndReport(file, opts, io, () => (reported = true));
  } catch (e) {
    // --json promises one JSON document on stdout: input it cannot use is an error object
    if (opts.json && !reported && e instanceof InputError) {
      await write(io.stdout, `${safeJson({ file, error: { code: e.detail?.code ?? "unusable-input", message: e.message, ...e.detail } }, 2)}\n`);
    }
    throw e;
  }
}

async function checkAndReport(file: string, opts: CheckCommandOptions, io: Io, onReport: () => void): Promise<number> {
  const stat = statInput(file, file, MAX_INPUT_BYTES.workbook);
  if (stat.size === 0) throw new InputError(`${file} is empty (0 bytes): expected a cable schedule (.xlsx, .xlsm, .csv or .tsv)`);
  if (opts.out !== undefined) {
    checkOutTarget(opts.out, file, Boolean(opts.force));
    if (!/\.(xlsx|xlsm|csv|tsv|txt)$/i.test(opts.out)) throw new InputError(`--out ${opts.out}: expected a name ending .xlsx, .xlsm (for a workbook with macros), .csv or .tsv`);
  }
  const requested = opts.columns ? parseColumnsOption(opts.columns) : undefined;
  const headerRow = opts.headerRow === undefined ? undefined : Number(opts.headerRow);
  if (headerRow !== undefined && !(Number.isSafeInteger(headerRow) && headerRow >= 1)) throw new InputError(`--header-row ${opts.headerRow}: expected a sheet row number such as 5`);
  const spec = opts.spec ? readSpec(opts.spec) : undefined;

  const head = readHead(file, file, 8);
  const name = path.basename(file);
  const progress = new Progress(io.stderr, stat.size >= PROGRESS_ABOVE_BYTES);
  const options: CheckOptions = { ...(requested ? { columns: requested } : {}), ...(headerRow ? { headerRow } : {}), ...(spec ? { spec } : {}), onProgress: (done, total) => progress.rows(done, total) };
  const notices: string[] = [];

  let result: ScheduleResult;
  let sheetName: string;
  let writeOut: ((temp: string) => Promise<void>) | undefined;
  let plan: OwnedWrite["plan"] | undefined;
  try {
    if (startsWith(head, OLE)) {
      const bytes = readInput(file, file, MAX_INPUT_BYTES.workbook);
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
      // a package without xl/workbook.xml, or with a missing or damaged part, is named by the reader
      // the workbook's own Spec sheet; --spec wins setting by setting
      const merged = mergeSpecs(await workbookSpec(file, name), options.spec);
      if (merged) options.spec = merged;
      if (opts.out && path.extname(opts.out).toLowerCase() !== (/\.xl[st]m$/i.test(file) ? ".xlsm" : ".xlsx")) {
        throw new InputError(`--out ${opts.out}: the copy of ${name} must end ${/\.xl[st]m$/i.test(file) ? ".xlsm (it keeps the macros)" : ".xlsx"}`);
      }
      progress.start("reading", stat.size);
      const s = await readWorkbookSchedule(file, options, opts.sheet, name, (done, total) => progress.bytes(Math.round((done / Math.max(1, total)) * stat.size)));
      result = s.result;
      sheetName = s.name;
      if (opts.out) {
        const write = planWrite(s.grid, result, { lastUsedColumn: s.layout.lastUsedColumn, merges: s.layout.merges });
        plan = write.plan;
        if (write.plan.notice) notices.push(write.plan.notice);
        // written to a temporary file beside the target and renamed into place when complete
        writeOut = (temp) => patchWorkbook(file, temp, s, result.header?.row ?? 1, write, name);
      }
      s.grid = []; // the grid is no longer needed: free it before the copy and the report
    } else if (DELIMITED.test(file)) {
      const sheet: DelimitedSheet = readDelimited(readInput(file, file, MAX_INPUT_BYTES.delimited), name);
      result = checkGrid(sheet.grid, options);
      if (!result.ok) throw unusableSheet(`${name}: ${withHint(result)}`, result);
      sheetName = name;
      if (sheet.encoding !== "utf-8") notices.push(`${name} is not UTF-8; read as ${sheet.encoding === "windows-1252" ? "Windows-1252" : sheet.encoding.toUpperCase()}`);
      if (opts.out) {
        const out = opts.out;
        // a long row's extra fields are the user's too, even empty ones
        const write = planWrite(sheet.grid, result, { lastUsedColumn: sheet.grid.reduce((n, r) => Math.max(n, r.length), 0) - 1 });
        plan = write.plan;
        if (write.plan.notice) notices.push(write.plan.notice);
        writeOut = /\.xlsx$/i.test(out)
          ? async (temp) => {
              const wb = new (loadExcelJS().Workbook)();
              const ws = wb.addWorksheet(path.parse(name).name.slice(0, 31).replace(/[\\/?*[\]:]/g, "_") || "Schedule");
              sheet.grid.forEach((r, i) => r.length && (ws.getRow(i + 1).values = r));
              annotateWorksheet(ws, result, write);
              await toNewFile(temp, (stream) => wb.xlsx.write(stream));
            }
          : async (temp) => fs.writeFileSync(temp, writeDelimited(sheet, annotateDelimited(sheet.grid, result, write)), { flag: "wx" });
      }
    } else {
      throw new InputError(`${file} is not a spreadsheet this tool reads: expected .xlsx, .xlsm, .csv or .tsv`);
    }
  } finally {
    progress.stop();
  }
  if (requested) checkRequestedColumns(requested, result);

  // The copy is written before the report so the report can say it was; when it cannot be
  // written the report is still printed, then the reason, and the exit status is 2.
  let writeError: InputError | undefined;
  if (writeOut && opts.out !== undefined) {
    const out = opts.out;
    try {
      if (plan?.noRoom) throw new InputError(`cannot write ${out}: ${plan.noRoom.replace(/\.$/, "")}`);
      await writeAtomically(out, file, writeOut);
    } catch (e) {
      writeError = e instanceof InputError ? e : new InputError(`cannot write ${out}: ${oneLine(e)}`);
    }
  }
  const meta: ReportMeta = { file, sheet: sheetName, ...(opts.out && !writeError ? { out: opts.out } : {}), ...(writeError ? { error: writeError.message } : {}) };
  onReport();
  if (opts.json) {
    for (const piece of jsonReport(result, meta)) await write(io.stdout, piece);
    for (const n of notices) await write(io.stderr, `connector-check: note: ${printable(n)}\n`);
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
  if (writeError) throw writeError;
  return result.summary.error > 0 ? EXIT.rowErrors : EXIT.clean;
}
