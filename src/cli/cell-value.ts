import type { CellValue } from "exceljs";

/** Days between Excel's day 0 (1899-12-30, 1900 date system) and the Unix epoch. */
const EPOCH_1900 = 25569;
/** The same for the 1904 date system (Mac workbooks). */
const EPOCH_1904 = 24107;

/**
 * The value Excel's Range.values would give for a cell read by ExcelJS, so the command line
 * feeds checkSchedule exactly what the add-in does: formulas give their cached result, rich
 * text and hyperlinks their text, dates their serial number, errors their "#N/A" text, and
 * empty cells "". ExcelJS represents each of these as a different object shape.
 */
export function excelValue(value: CellValue | unknown, date1904 = false): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return "#VALUE!";
    // ExcelJS reads serials as UTC dates; round away float noise below a millisecond.
    return Math.round((t / 86400000 + (date1904 ? EPOCH_1904 : EPOCH_1900)) * 1e8) / 1e8;
  }
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return v.error;
  if ("formula" in v || "sharedFormula" in v) return "result" in v ? excelValue(v.result, date1904) : "";
  if (Array.isArray(v.richText)) return v.richText.map((run) => (run && typeof run.text === "string" ? run.text : "")).join("");
  if ("hyperlink" in v || "text" in v) return "text" in v ? excelValue(v.text, date1904) : String(v.hyperlink ?? "");
  if ("checkbox" in v) return Boolean(v.checkbox);
  return "";
}

/**
 * A cell holds something of the user's: a value, or a formula (even one whose cached result is
 * empty: the user's formula is there all the same). The owned columns go right of every such cell.
 */
export function holdsUserData(value: CellValue | unknown): boolean {
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) return true;
  const v = excelValue(value);
  return v !== "";
}
