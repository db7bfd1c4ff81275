import { ChannelResult, FIELD_LABELS, Field, Finding, Citation, RuleId, ScheduleResult, citationOf, columnLetter, columnNoteMessage, findingColumn as columnOfFinding, findingMessage, ruleById } from "../core";

export interface ReportMeta {
  /** The file as the user named it. */
  file: string;
  /** Sheet name; for a .csv/.tsv the file name. */
  sheet: string;
  out?: string;
  /** Why the copy could not be written (the report is printed all the same). */
  error?: string;
}

export const WIDTH = 80;

/**
 * Characters a terminal acts on rather than shows: C0 and C1 controls (escape sequences can
 * retitle the window, move the cursor or hide text) and the bidi controls that reorder what is
 * shown. Cell text reaches the report, so each is written as its \u escape, as JSON does.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are escaped before reaching a terminal
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text safe to print to a terminal: every control character visible as \uXXXX. */
export const printable = (text: string): string => text.replace(TERMINAL_CONTROL, escapeChar);
/** TERMINAL_CONTROL without the global flag (and its lastIndex), to test without replacing. */
const HAS_TERMINAL_CONTROL = new RegExp(TERMINAL_CONTROL.source);

/** JSON.stringify, with the C1 and bidi controls (which JSON leaves raw) escaped as well: the same value, safe on a terminal. */
const JSON_RAW_CONTROL = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
export const safeJson = (value: unknown, indent?: number): string => JSON.stringify(value, null, indent).replace(JSON_RAW_CONTROL, escapeChar);

/** Text whose words are one space apart, with none before or after: wrap would give it back as it is. */
const ONE_LINE = /^\S+(?: \S+)*$/;

/** Word-wraps text to the width, every line after the first indented. */
export function wrap(text: string, width = WIDTH, indent = "", firstIndent = indent): string[] {
  // most lines already fit: words one space apart, nothing to escape
  if (firstIndent.length + text.length <= width && ONE_LINE.test(text) && !HAS_TERMINAL_CONTROL.test(text)) return [firstIndent + text];
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  // line breaks and tabs in a cell become spaces; any other control character is shown escaped
  const words = text.split(/\s+/);
  const controls = HAS_TERMINAL_CONTROL.test(text);
  for (const raw of words) {
    if (!raw) continue;
    const word = controls ? printable(raw) : raw;
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    if (empty && word.length > width - line.length) {
      // a word longer than a line (a path, a long part number): cut it
      let rest = word;
      while (rest.length > width - line.length) {
        lines.push(line + rest.slice(0, width - line.length));
        rest = rest.slice(width - line.length);
        line = indent;
      }
      line += rest;
    } else line += (empty ? "" : " ") + word;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/** The header text of the column a finding points at, or undefined when that field has no column. */
export function findingColumn(f: Finding, result: ScheduleResult): string | undefined {
  const col = columnOfFinding(f, result.columns);
  return col === undefined ? undefined : result.headers[col] || columnLetter(col);
}

const mappedFields = (result: ScheduleResult): Array<[Field, number]> =>
  (Object.entries(result.columns) as Array<[Field, number]>).sort((a, b) => a[1] - b[1]);

/** The printable report: column map, findings row by row, summary. */
export function* textReport(result: ScheduleResult, meta: ReportMeta, notices: readonly string[] = []): Generator<string> {
  const sheetPart = meta.sheet && meta.sheet !== meta.file ? `, sheet "${meta.sheet}"` : "";
  yield* wrap(`Checked ${meta.file}${sheetPart}; header in row ${result.header?.row ?? 1}${result.header && result.header.rowSpan > 1 ? ` (with the group row above)` : ""}.`);
  yield "";
  yield "Columns read:";
  const mapped = mappedFields(result);
  const headerWidth = Math.min(28, Math.max(6, ...mapped.map(([, c]) => (result.headers[c] ?? "").length)));
  for (const [field, col] of mapped) {
    const header = printable(result.headers[col] ?? "");
    const shown = header.length > headerWidth ? `${header.slice(0, headerWidth - 1)}…` : header.padEnd(headerWidth);
    yield `  ${columnLetter(col).padEnd(3)} ${shown}  -> ${FIELD_LABELS[field]}`;
  }
  const used = new Set(mapped.map(([, c]) => c));
  const unused = result.headers.map((h, c) => (h && !used.has(c) ? h : "")).filter(Boolean);
  if (unused.length) yield* wrap(`Not read: ${unused.join(", ")}`, WIDTH, "    ", "  ");
  for (const n of result.columnNotes ?? []) yield* wrap(`Column ${columnLetter(n.column)}: ${printable(columnNoteMessage(n))}`, WIDTH, "    ", "  ");
  yield* wrap(`Lengths without a unit are read as ${result.lengthUnit === "ft" ? "feet" : result.lengthUnit === "m" ? "metres" : result.lengthUnit}.`, WIDTH, "  ", "  ");
  for (const n of notices) yield* wrap(`Note: ${n}`, WIDTH, "  ", "  ");
  yield "";
  const withFindings = result.rows.filter((r) => r.findings.length);
  const wrappedMessages = new Map<string, string[]>();
  if (withFindings.length === 0) yield "No findings.";
  else yield "Findings:";
  for (const r of withFindings) {
    for (const f of r.findings) {
      const column = findingColumn(f, result) ?? `(${FIELD_LABELS[f.columns[0]] ?? "row"})`;
      yield* wrap(`Row ${r.row} | ${column} | ${f.severity.toUpperCase()} | ${f.rule}`, WIDTH, "    ", "  ");
      // messages repeat from row to row: wrap each distinct one once
      const message = findingMessage(f);
      let lines = wrappedMessages.get(message);
      if (!lines) {
        lines = wrap(message, WIDTH, "    ");
        if (wrappedMessages.size < 10000) wrappedMessages.set(message, lines);
      }
      yield* lines;
    }
  }
  yield* channelsSection(result);
  yield "";
  const s = result.summary;
  // Rows count once, by their worst finding; so a row's warning under an error is in the finding counts only.
  const apart = [
    ...(s.notChecked ? [`${s.notChecked} with nothing to check`] : []),
    ...(s.notFiber ? [`${s.notFiber} not fiber links (not checked)`] : []),
  ];
  yield* wrap(
    `Summary: ${s.rows} cable rows checked; by their worst finding: rows with an error: ${s.error}, with a warning: ${s.warning}, with info only: ${s.info}, OK: ${s.ok}${apart.length ? `; ${apart.join(", ")}` : ""}.`,
  );
  yield* wrap(`Findings: ${s.findings.error} ERROR, ${s.findings.warning} WARNING, ${s.findings.info} INFO.`);
  if (meta.out) yield* wrap(`Annotated copy written to ${meta.out}.`);
  if (meta.error) yield* wrap(`No copy written: ${meta.error}.`);
}

/**
 * The --json document (keys fixed by the command's contract; more may be added), produced
 * in pieces so that a million rows never have to sit in one string.
 */
export function* jsonReport(result: ScheduleResult, meta: ReportMeta): Generator<string> {
  const columns: Record<string, string> = {};
  for (const [field, col] of mappedFields(result)) columns[field] = result.headers[col] ?? "";
  const head = {
    file: meta.file,
    sheet: meta.sheet,
    headerRow: result.header?.row ?? null,
    lengthUnit: result.lengthUnit,
    columns,
    columnNotes: (result.columnNotes ?? []).map((n) => ({ column: columnLetter(n.column), header: n.header, headerField: n.headerField, field: n.read ? n.field : null, cells: n.cells, message: columnNoteMessage(n) })),
    ...(meta.out ? { out: meta.out } : {}),
    ...(meta.error ? { error: { code: "cannot-write", message: meta.error } } : {}),
  };
  const headText = safeJson(head, 2);
  yield `${headText.slice(0, -2)},\n  "rows": [`;
  let chunk: string[] = [];
  const fired = new Set<RuleId>();
  for (let i = 0; i < result.rows.length; i++) {
    const r = result.rows[i];
    for (const f of r.findings) fired.add(f.rule);
    const row = {
      row: r.row,
      status: r.status,
      ...(r.recommendation !== undefined ? { recommendation: r.recommendation } : {}),
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        column: findingColumn(f, result) ?? null,
        message: findingMessage(f),
      })),
    };
    chunk.push(`${i === 0 ? "" : ","}\n    ${safeJson(row)}`);
    if (chunk.length >= 1000) {
      yield chunk.join("");
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join("");
  const s = result.summary;
  yield `${result.rows.length ? "\n  " : ""}],\n  "channels": [`;
  for (let i = 0; i < result.channels.length; i += 1000) {
    yield result.channels
      .slice(i, i + 1000)
      .map((c, k) => `${i + k === 0 ? "" : ","}\n    ${JSON.stringify(channelJson(c, result))}`)
      .join("");
  }
  yield `${result.channels.length ? "\n  " : ""}],\n  "rules": ${JSON.stringify(rulesCited(fired))},\n  "summary": ${JSON.stringify({ rows: s.rows, error: s.error, warning: s.warning, info: s.info, ok: s.ok, notChecked: s.notChecked, notFiber: s.notFiber, findings: s.findings })}\n}\n`;
}

const fmt = (n: number | undefined, unit: string): string => (n === undefined ? "?" : `${n} ${unit}`);

/** The text report's channels section: one line per traced channel, worst first, with its first finding. */
export function* channelsSection(result: ScheduleResult): Generator<string> {
  if (!result.channels.length) return;
  yield "";
  yield "Channels (traced across rows, worst first):";
  for (const c of result.channels) {
    const rows = c.rows.length > 6 ? `${c.rows.slice(0, 3).join(", ")} … ${c.rows[c.rows.length - 1]}` : c.rows.join(", ");
    const length = c.lengthM === undefined ? "length ?" : `${Math.round(c.lengthM * 10) / 10} m`;
    const figures = c.lossDb !== undefined ? ` | loss ${fmt(c.lossDb, "dB")} of ${fmt(c.budgetDb, "dB")}, margin ${fmt(c.marginDb, "dB")}` : "";
    yield* wrap(`${c.status.padEnd(7)} ${c.link} (${c.source === "explicit" ? "link id" : "by ports"})`, WIDTH, "          ", "  ");
    yield* wrap(`rows ${rows} | ${length}${figures}`, WIDTH, "          ", "          ");
    const first = c.findings[0];
    if (first) yield* wrap(`${first.rule}: ${findingMessage(first)}${c.findings.length > 1 ? ` (+${c.findings.length - 1} more)` : ""}`, WIDTH, "          ", "          ");
  }
}

/** One channel in the --json document. */
export function channelJson(c: ChannelResult, result: ScheduleResult) {
  return {
    link: c.link,
    status: c.status,
    source: c.source,
    rows: c.rows,
    application: c.application ?? null,
    lengthM: c.lengthM ?? null,
    lossDb: c.lossDb ?? null,
    budgetDb: c.budgetDb ?? null,
    marginDb: c.marginDb ?? null,
    ...(c.leg ? { leg: c.leg } : {}),
    elements: c.elements,
    findings: c.findings.map((f) => ({ rule: f.rule, severity: f.severity, row: f.row, column: findingColumn(f, result) ?? null, message: findingMessage(f) })),
  };
}

/** The rules that spoke, each with its sources: the standard clause first, then the page it was read on. */
function rulesCited(ids: ReadonlySet<RuleId>): Record<string, { title: string; sources: Citation[] }> {
  const out: Record<string, { title: string; sources: Citation[] }> = {};
  for (const id of [...ids].sort()) {
    const rule = ruleById(id);
    if (!rule) continue;
    out[id] = {
      title: rule.title,
      sources: rule.sources.map(citationOf),
    };
  }
  return out;
}
