/**
 * Argument handling shared by the CONNECTOR.* custom functions: ranges, broadcasting and
 * errors. Every parameter is declared as a matrix, so Excel hands each argument over as a
 * 2-D array (a single value arrives as [[value]]); one call can then check a whole column
 * and return a spilled array instead of thousands of formulas recalculating one by one.
 */
import { ParseError, ParseResult, clip, describeParseError } from "../core";
import { PlainCell, readCell } from "./cell-values";

/** One cell value as the computations see it (null or "" for an empty cell); see cell-values.ts. */
export type CellValue = PlainCell;
/** One cell of a result: a value, or an error (#VALUE! / #N/A with its message, or an input's #DIV/0!, #NUM!, #NULL!). */
export type CellResult = string | number | boolean | CustomFunctions.Error;

/** A result cell that is an error; thrown inside a cell computation and caught by `broadcast`. */
class CellProblem {
  constructor(
    readonly code: ErrorName,
    readonly message?: string,
  ) {}
}

// The CustomFunctions.ErrorCode members a result can carry. Only #VALUE! and #N/A take a message;
// #NAME? and #REF! are accepted as inputs but not as results:
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
type ErrorName = "invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber" | "nullReference";
const TAKES_MESSAGE: ReadonlySet<ErrorName> = new Set(["invalidValue", "notAvailable"]);
/** Input errors a result repeats as they are, as Excel's own functions do; any other becomes #VALUE! naming it. */
const REPEATED: Readonly<Record<string, ErrorName>> = {
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

/** Stops the current cell with #VALUE! and a message naming the argument and what was expected. */
export const invalid = (message: string): never => {
  throw new CellProblem("invalidValue", message);
};

/** Stops the current cell with #N/A: the input is readable but the question has no answer. */
export const notAvailable = (reason: string): never => {
  throw new CellProblem("notAvailable", reason);
};

// CustomFunctions is a global of the Excel runtime; it is looked up when an error is made,
// never at import, so the module loads anywhere. Error is CustomFunctionsRuntime 1.2, the
// ErrorCode members 1.3 (the manifest declares the set; tests/manifest checks it).
function excelError(code: ErrorName, message?: string): CustomFunctions.Error {
  const codes: Record<ErrorName, CustomFunctions.ErrorCode> = {
    invalidValue: CustomFunctions.ErrorCode.invalidValue,
    notAvailable: CustomFunctions.ErrorCode.notAvailable,
    divisionByZero: CustomFunctions.ErrorCode.divisionByZero,
    invalidNumber: CustomFunctions.ErrorCode.invalidNumber,
    nullReference: CustomFunctions.ErrorCode.nullReference,
  };
  return TAKES_MESSAGE.has(code) ? new CustomFunctions.Error(codes[code], message) : new CustomFunctions.Error(codes[code]);
}

/**
 * One cell of an argument as the parsers take it: a data type as its display text or basic value.
 * An error cell stops the cell with that error (#N/A stays #N/A, naming the argument), so one bad
 * cell of a range spoils only its own result; a value with nothing to read gives #VALUE!.
 */
export function plainCell(argument: string, raw: unknown): CellValue {
  const cell = readCell(raw);
  if (cell.kind === "value") return cell.value;
  if (cell.kind === "unreadable") {
    const held = cell.type === "unknown" ? "a value" : `a ${cell.type} value`;
    return invalid(`${argument}: the cell holds ${held}, not text or a number`);
  }
  throw new CellProblem(REPEATED[cell.code] ?? "invalidValue", `${argument}: the cell holds ${cell.code}`);
}

/** A whole-range argument (not broadcast) with every cell read by `plainCell`. */
export const plainCells = (argument: string, raw: unknown): unknown =>
  Array.isArray(raw) ? raw.map((row: unknown) => (Array.isArray(row) ? row.map((c) => plainCell(argument, c)) : plainCell(argument, row))) : plainCell(argument, raw);

/** True for an omitted optional argument or an empty cell. */
export const isEmpty = (v: unknown): v is null | undefined | "" =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The parsed value, or #VALUE! naming the argument with the engine's own description of the problem. */
export function need<T>(argument: string, result: ParseResult<T>): T {
  if (result.ok) return result.value;
  return invalid(`${argument}: ${describeParseError(result.error)}`);
}

/** Like `need`, but an empty or omitted argument gives undefined (the engine's default). */
export function optional<T>(argument: string, value: unknown, parse: (v: unknown) => ParseResult<T>): T | undefined {
  return isEmpty(value) ? undefined : need(argument, parse(value));
}

/** #VALUE! in the engine's wording for a value that parsed but lacks a part the question needs. */
export const lacking = (argument: string, e: Omit<ParseError, "text"> & { text: unknown }): never =>
  invalid(`${argument}: ${describeParseError({ ...e, text: clip(String(e.text ?? "")) })}`);

export interface Argument {
  name: string;
  value: unknown;
}

interface Shape {
  rows: number;
  columns: number;
}

const shapeText = (s: Shape): string => `${s.rows}x${s.columns}`;

const isRectangular = (v: unknown[]): v is unknown[][] =>
  v.length > 0 && v.every((row) => Array.isArray(row) && row.length > 0 && row.length === (v[0] as unknown[]).length);

/** Rows x columns of a 2-D array argument; undefined for a single (non-array) value. */
const shapeOf = (a: Argument): Shape | undefined =>
  Array.isArray(a.value) ? { rows: a.value.length, columns: (a.value[0] as unknown[]).length } : undefined;

const cellOf = (a: Argument, shape: Shape | undefined, r: number, c: number): CellValue => {
  if (!shape) return plainCell(a.name, a.value);
  if (shape.rows === 1 && shape.columns === 1) return plainCell(a.name, (a.value as unknown[][])[0][0]);
  return plainCell(a.name, (a.value as unknown[][])[r][c]);
};

/** Runs one cell's computation, turning a CellProblem (or an unexpected failure) into an Excel error value. */
function guard(compute: () => CellResult): CellResult {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CellProblem) return excelError(e.code, e.message);
    // Not expected: the engine never throws on bad input. Still, a formula must show an error, not crash.
    return excelError("invalidValue", `internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Applies `cell` element-wise. Single values and 1x1 ranges broadcast against ranges; ranges
 * must all have the same shape, else the whole result is one #VALUE! naming the arguments.
 * Always returns a 2-D array (1x1 when every argument is a single value), with per-cell errors.
 */
export function broadcast(named: readonly Argument[] | Readonly<Record<string, unknown>>, cell: (values: CellValue[]) => CellResult): CellResult[][] {
  // Arguments may be given by name, as the function's own parameters: broadcast({ application, fiberType }, …).
  const args: readonly Argument[] = Array.isArray(named) ? named : Object.entries(named).map(([name, value]) => ({ name, value }));
  const ragged = args.find((a) => Array.isArray(a.value) && !isRectangular(a.value));
  if (ragged) return [[excelError("invalidValue", `${ragged.name}: not a rectangular range; expected a single value or a range of cells`)]];
  const shapes = args.map(shapeOf);
  const ranges = args.map((a, i) => ({ a, s: shapes[i] })).filter((x) => x.s && (x.s.rows > 1 || x.s.columns > 1));
  const out = ranges[0]?.s ?? { rows: 1, columns: 1 };
  const odd = ranges.filter((x) => x.s!.rows !== out.rows || x.s!.columns !== out.columns);
  if (odd.length) {
    const listed = ranges.map((x) => `${x.a.name} is ${shapeText(x.s!)}`).join(", ");
    return [[excelError("invalidValue", `ranges of different shapes: ${listed}; give same-shaped ranges or single values`)]];
  }
  const result: CellResult[][] = [];
  for (let r = 0; r < out.rows; r++) {
    const row: CellResult[] = [];
    for (let c = 0; c < out.columns; c++) row.push(guard(() => cell(args.map((a, i) => cellOf(a, shapes[i], r, c)))));
    result.push(row);
  }
  return result;
}

/** A single cell computation over a whole-argument value (no broadcasting), as a 1x1 result. */
export const single = (compute: () => CellResult): CellResult[][] => [[guard(compute)]];

/** A computation whose answer is a whole table; a problem gives one error cell in its place. */
export function table(compute: () => CellResult[][]): CellResult[][] {
  let rows: CellResult[][] = [];
  const first = guard(() => {
    rows = compute();
    return "";
  });
  return typeof first === "string" ? rows : [[first]];
}
