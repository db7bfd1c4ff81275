/**
 * What one cell of an argument holds, read the way the user sees it.
 *
 * The metadata sets allowCustomDataForDataTypeAny (CustomFunctionsRuntime 1.4) and
 * allowErrorForDataTypeAny (see scripts/functions-metadata.js), so Excel hands a cell that holds
 * a data type or an error to an `any` parameter as its JSON object, the same schema as the Excel
 * JavaScript API's Excel.CellValue, instead of plain text or a failed call:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts
 * https://learn.microsoft.com/javascript/api/excel/excel.cellvalue
 */

/** One cell as the parsers take it: plain text, a number, a boolean, or empty. */
export type PlainCell = string | number | boolean | null | undefined;

export type CellReading =
  | { kind: "value"; value: PlainCell }
  /** The cell holds an Excel error; `code` as Excel shows it, e.g. "#N/A". */
  | { kind: "error"; code: string }
  /** A value with no text to read (an image, a LAMBDA, …); `type` as Excel names it. */
  | { kind: "unreadable"; type: string };

// Excel.ErrorCellValueType to the error as shown in the cell, for an error value that carries
// only its errorType: https://learn.microsoft.com/javascript/api/excel/excel.errorcellvaluetype
const ERROR_SHOWN: Record<string, string> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  External: "#EXTERNAL!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  NotAvailable: "#N/A",
  Name: "#NAME?",
  Null: "#NULL!",
  Num: "#NUM!",
  Placeholder: "#BUSY!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Value: "#VALUE!",
};

const isPlain = (v: unknown): v is PlainCell =>
  v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** Reads one cell value as Excel passes it, plain or as a data-type object. */
export function readCell(raw: unknown): CellReading {
  if (isPlain(raw)) return { kind: "value", value: raw };
  if (typeof raw !== "object" || Array.isArray(raw)) return { kind: "unreadable", type: typeof raw };
  const cell = raw as { type?: unknown; basicType?: unknown; basicValue?: unknown; text?: unknown; errorType?: unknown; code?: unknown };
  // Should a host hand an error over in the shape of CustomFunctions.Error ({ code: "#N/A" }), it is still that error.
  if (cell.type === undefined && typeof cell.code === "string" && cell.code.startsWith("#")) return { kind: "error", code: cell.code };
  const type = typeof cell.type === "string" ? cell.type : "unknown";
  if (type === "Error") {
    // ErrorCellValue: basicValue is the error as shown ("#N/A"); errorType names it ("NotAvailable").
    const shown = typeof cell.basicValue === "string" && cell.basicValue.startsWith("#") ? cell.basicValue : undefined;
    return { kind: "error", code: shown ?? ERROR_SHOWN[String(cell.errorType)] ?? "#VALUE!" };
  }
  if (type === "Entity" || type === "LinkedEntity") {
    // An entity's basicValue is "#VALUE!"; `text` is what the cell shows (EntityCellValue.text,
    // LinkedEntityCellValue.text): https://learn.microsoft.com/javascript/api/excel/excel.entitycellvalue
    return typeof cell.text === "string" ? { kind: "value", value: cell.text } : { kind: "unreadable", type };
  }
  if (type === "Empty") return { kind: "value", value: null };
  // Double, String, Boolean, FormattedNumber: basicValue is what Range.values would give.
  // WebImage, Function and the like have basicType Error (basicValue "#VALUE!"): nothing to read.
  if (cell.basicType !== "Error" && cell.basicValue !== undefined && isPlain(cell.basicValue)) return { kind: "value", value: cell.basicValue };
  return { kind: "unreadable", type };
}
