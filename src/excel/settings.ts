/**
 * What Connector Check remembers in the workbook (Office document settings, saved with the
 * file): the user's column-map corrections, and exactly what it wrote, so a second run reuses
 * the same columns and Clear puts every cell back as it was.
 */
import type { CheckOptions } from "../core";
import { FIELDS } from "../core";

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

/** The records as saved in the document now (refreshed first). */
export async function loadWritten(): Promise<WrittenRecord[]> {
  const s = settings();
  if (!s) return [];
  await refresh(s);
  const raw = s.get(WRITTEN_KEY) as unknown;
  return Array.isArray(raw) ? raw.filter(isRecord) : [];
}

/**
 * Read-modify-write of the records: refreshed first so a co-author's records are kept, and
 * bounded so the save cannot fail for size (which would fail the Check with it).
 */
export async function updateWritten(change: (records: WrittenRecord[]) => WrittenRecord[]): Promise<void> {
  const s = settings();
  if (!s) throw new Error("Office document settings are not available (is the add-in running inside Excel?).");
  await refresh(s);
  const raw = s.get(WRITTEN_KEY) as unknown;
  const records = change(Array.isArray(raw) ? raw.filter(isRecord) : []);
  const size = JSON.stringify(records).length;
  if (size > WRITTEN_BUDGET_CHARS) {
    throw new Error(`The record of what Connector Check writes would take ${size.toLocaleString("en-US")} characters of the workbook's settings, more than the ${WRITTEN_BUDGET_CHARS.toLocaleString("en-US")} it may use; clear results on other sheets and check again.`);
  }
  if (records.length) s.set(WRITTEN_KEY, records);
  else s.remove(WRITTEN_KEY);
  await save(s);
}

export const recordSize = (r: WrittenRecord): number => JSON.stringify(r).length;

