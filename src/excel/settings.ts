/**
 * What Connector Check remembers in the workbook (Office document settings, saved with the
 * file): the user's column-map corrections, and exactly what it wrote, so a second run reuses
 * the same columns and Clear puts every cell back as it was.
 */
import type { CheckOptions } from "../core";
import { FIELDS } from "../core";
import { FillRun, encodeFills, expandFillRuns } from "./plan";

export const CORRECTIONS_KEY = "connectorCheck.columns";
export const WRITTEN_KEY = "connectorCheck.written";

/** The prior fill of the status cells: none, one colour, or per row (encodeFills, from the first data row). */
export type PriorFills = { kind: "none" } | { kind: "solid"; color: string } | { kind: "rows"; fills: string };

/**
 * One block of results written on one sheet. Found again by `mark`, a workbook-scoped name over
 * the owned columns (header to last row): Excel moves and resizes it with inserted, deleted and
 * sorted rows and keeps it across sessions, unlike Worksheet.id, which "will change between
 * sessions" (office-js-docs #297; office-js #1390).
 */
export interface WrittenRecord {
  version: 2;
  mark: string;
  /** Where the mark was when written: for messages, and to find the columns if the name was removed. */
  sheetName: string;
  headerRow: number;
  columns: [number, number, number];
  /** Set when the schedule is a table; `tableColumnsAdded` then says the owned columns are table columns the add-in added. */
  table?: string;
  tableColumnsAdded: boolean;
  headers: [string, string, string];
  /** Data rows written below the header row. */
  rows: number;
  /** Column widths (points) before the first write. */
  widths: [number, number, number];
  /** Fills of the status cells before the first write (not used for added table columns: Clear deletes them). */
  fills: PriorFills;
  /** What was written, per column, order-free (owned.ts). */
  written: [string, string, string];
  /**
   * Migrated from the first format (WrittenRecordV1): no name marks the columns and no texts
   * were recorded, so they are found at the position written and the add-in's cells are told
   * by their shape (owned.ts, classifyLegacyCells).
   */
  legacy?: { sheetId: string };
}

/**
 * The first format of a record, written before the owned columns had a mark: keyed by
 * Worksheet.id (which changes between sessions) and without the texts written. Still read, so
 * that Clear and a re-run find what it describes.
 */
export interface WrittenRecordV1 {
  version: 1;
  sheetId: string;
  sheetName: string;
  table?: string;
  tableColumnsAdded: boolean;
  columns: [number, number, number];
  headers: [string, string, string];
  headerRow: number;
  rows: number;
  widths: [number, number, number];
  fills: { kind: "none" } | { kind: "solid"; color: string } | { kind: "runs"; runs: FillRun[] };
}

/** The records may use this much of the settings' ~2 MB (office-js #621), leaving room for others. */
export const WRITTEN_BUDGET_CHARS = 1_000_000;

const settings = (): Office.Settings | undefined =>
  typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;

const save = (s: Office.Settings): Promise<void> =>
  new Promise((resolve, reject) =>
    s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Failed ? reject(new Error(`Could not save the workbook's settings: ${r.error?.message ?? "unknown error"}`)) : resolve())),
  );

/**
 * Reads what other users saved: on the web each co-author works on an in-memory copy of the
 * settings and saveAsync writes all of it, so a read-modify-write without refreshing first
 * would overwrite their records (Office.Settings.refreshAsync, @types/office-js).
 */
const refresh = (s: Office.Settings): Promise<void> =>
  new Promise((resolve) => {
    if (typeof s.refreshAsync !== "function") return resolve();
    s.refreshAsync(() => resolve());
  });

type Corrections = NonNullable<CheckOptions["columns"]>;

/** The corrections kept in the workbook, dropping anything that is not field → index | header | null. */
export function loadColumnCorrections(): CheckOptions["columns"] {
  const raw = settings()?.get(CORRECTIONS_KEY) as unknown;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const out: Corrections = {};
  for (const [field, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!(FIELDS as readonly string[]).includes(field)) continue;
    if (v === null || typeof v === "string" || (typeof v === "number" && Number.isInteger(v) && v >= 0)) out[field as keyof Corrections] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

export async function saveColumnCorrections(c: CheckOptions["columns"]): Promise<void> {
  const s = settings();
  if (!s) throw new Error("Office document settings are not available (is the add-in running inside Excel?).");
  if (c && Object.keys(c).length) s.set(CORRECTIONS_KEY, c);
  else s.remove(CORRECTIONS_KEY);
  await save(s);
}

const isRecord = (r: unknown): r is WrittenRecord => {
  const x = r as WrittenRecord;
  return !!x && x.version === 2 && typeof x.mark === "string" && Array.isArray(x.columns) && x.columns.length === 3 && Array.isArray(x.headers) && Array.isArray(x.written) && typeof x.rows === "number";
};

const isRecordV1 = (r: unknown): r is WrittenRecordV1 => {
  const x = r as WrittenRecordV1;
  return (
    !!x && x.version === 1 && typeof x.sheetId === "string" && typeof x.sheetName === "string" && Array.isArray(x.columns) && x.columns.length === 3 &&
    Array.isArray(x.headers) && x.headers.length === 3 && typeof x.headerRow === "number" && typeof x.rows === "number" && Array.isArray(x.widths) && !!x.fills
  );
};

/** A first-format record in the current shape; its mark is only a key (never a name Excel holds: it has a ":"). */
export function migrateV1(r: WrittenRecordV1): WrittenRecord {
  const fills: PriorFills = r.fills.kind === "runs" ? { kind: "rows", fills: encodeFills(expandFillRuns(r.fills.runs)) } : r.fills;
  return {
    version: 2,
    mark: `v1:${r.sheetId}:${r.headerRow}:${r.columns[0]}`,
    sheetName: r.sheetName,
    headerRow: r.headerRow,
    columns: r.columns,
    ...(r.table ? { table: r.table } : {}),
    tableColumnsAdded: !!r.tableColumnsAdded,
    headers: r.headers,
    rows: r.rows,
    widths: r.widths,
    fills,
    written: ["", "", ""],
    legacy: { sheetId: r.sheetId },
  };
}

const readRecords = (raw: unknown): WrittenRecord[] =>
  Array.isArray(raw) ? raw.flatMap((r) => (isRecord(r) ? [r] : isRecordV1(r) ? [migrateV1(r)] : [])) : [];

/** The records as saved in the document now (refreshed first), first-format ones migrated. */
export async function loadWritten(): Promise<WrittenRecord[]> {
  const s = settings();
  if (!s) return [];
  await refresh(s);
  return readRecords(s.get(WRITTEN_KEY));
}

/**
 * Read-modify-write of the records: refreshed first so a co-author's records are kept, and
 * bounded so the save cannot fail for size (which would fail the Check with it).
 */
export async function updateWritten(change: (records: WrittenRecord[]) => WrittenRecord[]): Promise<void> {
  const s = settings();
  if (!s) throw new Error("Office document settings are not available (is the add-in running inside Excel?).");
  await refresh(s);
  // First-format records are kept (migrated), not dropped: they are all Clear has to find those columns by.
  const records = change(readRecords(s.get(WRITTEN_KEY)));
  const size = JSON.stringify(records).length;
  if (size > WRITTEN_BUDGET_CHARS) {
    throw new Error(`The record of what Connector Check writes would take ${size.toLocaleString("en-US")} characters of the workbook's settings, more than the ${WRITTEN_BUDGET_CHARS.toLocaleString("en-US")} it may use; clear results on other sheets and check again.`);
  }
  if (records.length) s.set(WRITTEN_KEY, records);
  else s.remove(WRITTEN_KEY);
  await save(s);
}

export const recordSize = (r: WrittenRecord): number => JSON.stringify(r).length;

