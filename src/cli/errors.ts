/** What --json says about input it cannot use, beyond the message. */
export interface InputErrorDetail {
  code: string;
  /** The sheet row of the header, when one was found. */
  headerRow?: number;
  /** The column map that was read (field → header text). */
  columns?: Record<string, string>;
  /** Headers of the header row that no field reads. */
  notRead?: string[];
  /** The option that would complete the map, e.g. --columns "connectorA=<header>". */
  fix?: string;
}

/**
 * Input the command cannot use (missing file, not a spreadsheet, no schedule in it, a bad
 * option value). Reported as one line on stderr with exit status 2, never as a stack trace.
 */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(
    message: string,
    readonly detail?: InputErrorDetail,
  ) {
    super(message);
  }
}

export const EXIT = { clean: 0, rowErrors: 1, unusable: 2 } as const;
