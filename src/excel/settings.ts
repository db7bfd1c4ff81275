/**
 * What Connector Check remembers in the workbook (Office document settings, saved with the
 * file): the user's column-map corrections, and exactly what it wrote, so a second run reuses
 * the same columns and Clear puts every cell back as it was.
 */
import type { CheckOptions } from "../core";
import { FIELDS } from "../core";
import type { FillRun } from "./plan";

export const CORRECTIONS_KEY = "connectorCheck.columns";
export const WRITTEN_KEY = "connectorCheck.written";

/** The prior fill of the status cells: none, one colour, or runs (offset from the first data row). */
export type PriorFills = { kind: "none" } | { kind: "solid"; color: string } | { kind: "runs"; runs: FillRun[] };

/** One block of results written on one sheet. */
export interface WrittenRecord {
  version: 1;
  sheetId: string;
  sheetName: string;
  /** Set when the schedule is a table; `tableColumnsAdded` then says the owned columns are table columns the add-in added. */
  table?: string;
  tableColumnsAdded: boolean;
  /** 0-based sheet columns of status, findings, recommendation. */
  columns: [number, number, number];
  headers: [string, string, string];
  /** 0-based sheet row of the header cells written. */
  headerRow: number;
  /** Data rows written below the header row. */
  rows: number;
  /** Column widths (points) before the first write. */
  widths: [number, number, number];
  /** Fills of the status cells before the first write (not used for added table columns: Clear deletes them). */
  fills: PriorFills;
}

const settings = (): Office.Settings | undefined =>
  typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;

const save = (s: Office.Settings): Promise<void> =>
  new Promise((resolve, reject) =>
    s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Failed ? reject(new Error(`Could not save the workbook's settings: ${r.error?.message ?? "unknown error"}`)) : resolve())),
  );

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
  return !!x && x.version === 1 && typeof x.sheetId === "string" && Array.isArray(x.columns) && x.columns.length === 3 && Array.isArray(x.headers) && typeof x.headerRow === "number" && typeof x.rows === "number";
};

export function loadWritten(): WrittenRecord[] {
  const raw = settings()?.get(WRITTEN_KEY) as unknown;
  return Array.isArray(raw) ? raw.filter(isRecord) : [];
}

export async function saveWritten(records: readonly WrittenRecord[]): Promise<void> {
  const s = settings();
  if (!s) throw new Error("Office document settings are not available (is the add-in running inside Excel?).");
  if (records.length) s.set(WRITTEN_KEY, records);
  else s.remove(WRITTEN_KEY);
  await save(s);
}

/** The same schedule: the same sheet, and the same table (or both not a table). */
export const sameSchedule = (r: WrittenRecord, sheetId: string, table: string | undefined): boolean => r.sheetId === sheetId && (r.table ?? "") === (table ?? "");
