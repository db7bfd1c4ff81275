/**
 * Input the command cannot use (missing file, not a spreadsheet, no schedule in it, a bad
 * option value). Reported as one line on stderr with exit status 2, never as a stack trace.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

export const EXIT = { clean: 0, rowErrors: 1, unusable: 2 } as const;
