import { CheckOptions, FIELDS, FIELD_LABELS, Field, ScheduleResult, checkSchedule, columnLetter } from "../core";
import { InputError } from "./errors";

export type Grid = unknown[][];


/** Results whose header row the user placed beyond the sheet's last row: the usual hint would not help. */
const beyondSheet = new WeakSet<ScheduleResult>();

/** checkSchedule, saying so when --header-row points below the sheet's last row. */
export function checkGrid(grid: Grid, options: CheckOptions): ScheduleResult {
  const result = checkSchedule(grid, options);
  const wanted = options.headerRow;
  if (result.ok || wanted === undefined || wanted <= grid.length) return result;
  const beyond: ScheduleResult = {
    ...result,
    problem: {
      code: "no-header",
      message: `--header-row ${wanted} is beyond the sheet, ${grid.length ? `whose last row is ${grid.length}` : "which is empty"}: give the row that names the columns.`,
    },
  };
  beyondSheet.add(beyond);
  return beyond;
}

/** The error for a workbook none of whose sheets could be checked. */
export function noSchedule(tried: ReadonlyArray<{ name: string; result: ScheduleResult; hint?: string }>, displayName: string): InputError {
  const message = noScheduleReason(tried, displayName);
  const telling = tried.find((t) => t.result.problem?.code === "no-connector-or-application") ?? tried[0];
  return telling ? unusableSheet(message, telling.result) : new InputError(message, { code: "no-worksheets" });
}

/** One line saying why no sheet could be checked, leading with the most telling problem. */
export function noScheduleReason(tried: ReadonlyArray<{ name: string; result: ScheduleResult; hint?: string }>, displayName: string): string {
  if (tried.length === 0) return `${displayName} has no worksheets`;
  const said = (t: (typeof tried)[number]) => `${t.result.problem?.message}${t.hint ? ` (${t.hint})` : ""}`;
  if (tried.length === 1) return `${displayName}, sheet "${tried[0].name}": ${said(tried[0])}`;
  const telling = tried.find((t) => t.result.problem?.code === "no-connector-or-application") ?? tried.find((t) => t.hint) ?? tried[0];
  return `no sheet of ${displayName} holds a cable schedule (sheets ${tried.map((t) => `"${t.name}"`).join(", ")}); sheet "${telling.name}": ${said(telling)}`;
}

/** The engine's reason, with what to do about it in this command's options. */
export function withHint(result: ScheduleResult): string {
  const hint = commandLineHint(result);
  return `${result.problem?.message}${hint ? ` (${hint})` : ""}`;
}

export const oneLine = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0].slice(0, 300);

/** What to do about an unusable sheet, in this command's options (the engine's message says what is wrong). */
export function commandLineHint(result: ScheduleResult): string | undefined {
  if (result.problem?.code === "no-connector-or-application") {
    const { columns, notRead, fix } = mapDetail(result);
    const mapped = Object.entries(columns).map(([field, header]) => `"${header}" as ${FIELD_LABELS[field as Field]}`);
    return `${mapped.length ? `read ${mapped.join(", ")}` : "no column was recognised"}${notRead.length ? `; not read: ${notRead.map((h) => `"${h}"`).join(", ")}` : ""}; name the connector and application columns with ${fix}`;
  }
  if (result.problem?.code === "no-header" && !beyondSheet.has(result)) return "point at the header with --header-row N and name columns with --columns";
  return undefined;
}

/** The column map a failed check read, the headers it left, and the --columns option that would complete it. */
function mapDetail(result: ScheduleResult): { columns: Record<string, string>; notRead: string[]; fix: string } {
  const columns: Record<string, string> = {};
  for (const field of FIELDS) {
    const col = result.columns[field];
    if (col !== undefined) columns[field] = result.headers[col] || columnLetter(col);
  }
  const used = new Set(Object.values(result.columns));
  const notRead = result.headers.filter((h, c) => h && !used.has(c));
  const missing = (["connectorA", "connectorB", "application"] as const).map((f) => `${f}=<header>`);
  return { columns, notRead, fix: `--columns "${missing.join(",")}"` };
}

/** The InputError for a sheet the engine could not check, with what --json reports about it. */
export function unusableSheet(message: string, result: ScheduleResult): InputError {
  const code = result.problem?.code ?? "unusable";
  if (code !== "no-connector-or-application") return new InputError(message, { code });
  return new InputError(message, { code, ...(result.header ? { headerRow: result.header.row } : {}), ...mapDetail(result) });
}
