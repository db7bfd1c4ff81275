/** Outcome of reading a value a person typed: the value, or why it could not be read. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

export interface ParseError {
  /** What kind of value was being read ("connector", "fiber type", "length", ...). */
  what: string;
  /** The text as given (cut to 80 characters). */
  text: string;
  /** Why it could not be read, in a few words. */
  reason: string;
  /** What would have been accepted, with examples. */
  expected: string;
}

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export const fail = <T = never>(what: string, text: unknown, reason: string, expected: string): ParseResult<T> => ({
  ok: false,
  error: { what, text: clip(safeText(text)), reason, expected },
});

/** Text of any value for a message; never throws (a host object may have no usable toString). */
export const safeText = (v: unknown): string => {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v === null || v === undefined) return "";
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

export const clip = (s: string, max = 80): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** One sentence for a person: what was wrong and what was expected. */
export const describeParseError = (e: ParseError): string =>
  `${e.what} "${e.text}": ${e.reason}; expected ${e.expected}`;
