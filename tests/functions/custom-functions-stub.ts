/**
 * A stand-in for the Excel runtime's CustomFunctions global (Error and ErrorCode only, which is
 * all the functions use). Hand-written because office-addin-mock has no CustomFunctions model.
 * Importing this module installs it.
 */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: StubError, ErrorCode };

/** An error result as the tests compare it. */
export interface ErrorCell {
  code: string;
  message?: string;
}

export const isErrorCell = (v: unknown): v is ErrorCell => v instanceof StubError;

/** The single value of a 1x1 result. */
export function one(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0];
}

/** Asserts an error cell with the code and returns its message. */
export function errorOf(v: unknown, code: "#VALUE!" | "#N/A"): string {
  expect(isErrorCell(v)).toBe(true);
  const e = v as ErrorCell;
  expect(e.code).toBe(code);
  expect(typeof e.message).toBe("string");
  return e.message ?? "";
}

/** A single value as Excel passes it to a matrix parameter. */
export const cell = (v: unknown): unknown[][] => [[v]];
/** A column range. */
export const col = (...vs: unknown[]): unknown[][] => vs.map((v) => [v]);
