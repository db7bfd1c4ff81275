import { DEFAULT_MATED_PAIRS } from "./catalog/loss-grades";
import { parseDecimal, parseLength } from "./fields";
import { columnLetter } from "./headers";
import { clip, safeText } from "./parse-result";
import { RULES } from "./rules";
import { ProjectSpec, ProjectSpecSchema, SpecSetting, unknownApplications } from "./spec";
import { SPEC_SHEET_NAME } from "./spec-basics";

/** The Spec sheet's header row; only the first two columns are read, the rest are comments. */
export const SPEC_SHEET_HEADERS = ["Setting", "Value", "Default", "Allowed values", "What it does"] as const;

type ValueKind = "list" | "choice" | "yes-no" | "number" | "count" | "length" | "severity";

/** One setting of the Spec sheet: its name there, how its value is read, and what the template says about it. */
export interface SpecTemplateRow {
  /** What column A says, e.g. "Allowed fiber grades", or "Severity mpo-gender". */
  label: string;
  setting: SpecSetting;
  /** For severity rows: the rule id the row sets. */
  ruleId?: string;
  kind: ValueKind;
  /** Allowed values: the data validation list for choice, yes-no and severity; the items a list may name. */
  allowed?: readonly string[];
  /** What applies when Value is blank. */
  defaultText: string;
  /** Allowed values in words, for the template and for error messages. */
  allowedText: string;
  explanation: string;
}

const CONNECTORS = ["MPO", "MTP", "LC", "SC", "FC", "ST", "CS", "SN", "MDC", "E2000", "MTRJ"] as const;
const GRADES = ["OM1", "OM2", "OM3", "OM4", "OM5", "OS1", "OS1a", "OS2"] as const;
const SEVERITIES = ["error", "warning", "info", "off"] as const;
const YES_NO = ["yes", "no"] as const;

const row = (r: Omit<SpecTemplateRow, "allowedText"> & { allowedText?: string }): SpecTemplateRow => ({
  ...r,
  allowedText: r.allowedText ?? (r.allowed ? r.allowed.join(", ") : ""),
});

/** Every setting the Spec sheet takes, in the order the template lists them. */
export const SPEC_TEMPLATE: readonly SpecTemplateRow[] = [
  row({ label: "Allowed fiber grades", setting: "allowedFiberGrades", kind: "list", allowed: GRADES, defaultText: "any grade", allowedText: `one or more of ${GRADES.join(", ")}, separated by commas`, explanation: "Rows with another fiber grade fail the spec." }),
  row({ label: "Allowed connectors", setting: "allowedConnectors", kind: "list", allowed: CONNECTORS, defaultText: "any connector", allowedText: `one or more of ${CONNECTORS.join(", ")}, separated by commas (MPO allows MTP too)`, explanation: "Connectors of another family fail the spec." }),
  row({ label: "Trunk connector family", setting: "trunkConnectorFamily", kind: "choice", allowed: ["MTP", "MPO"], defaultText: "either", explanation: "MTP: trunks (MPO/MTP at both ends, between panels) must be MTP; MPO: any MPO, MTP included." }),
  row({ label: "Trunk connector grade", setting: "trunkConnectorGrade", kind: "choice", allowed: ["low-loss", "standard"], defaultText: "either", explanation: "low-loss: trunk connectors must be low-loss (Elite) grade." }),
  row({ label: "Maximum loss per mated pair (dB)", setting: "maxPairLossDb", kind: "number", defaultText: "no limit", allowedText: "a number of dB from 0 to 5, e.g. 0.35", explanation: "A row stating a higher loss per mated pair fails the spec." }),
  row({ label: "Design loss per mated pair (dB)", setting: "pairLossDb", kind: "number", defaultText: "the TIA figure for the connector grade", allowedText: "a number of dB from 0 to 5, e.g. 0.35", explanation: "Loss per mated pair used in the loss budget when a row does not say (a vendor's warranted figure)." }),
  row({ label: "MPO/MTP must be low-loss", setting: "requireLowLossMpo", kind: "yes-no", allowed: YES_NO, defaultText: "no", explanation: "yes: every MPO/MTP connector, not only trunks, must be low-loss grade." }),
  row({ label: "Polarity method", setting: "polarityMethod", kind: "choice", allowed: ["A", "B", "C", "U1", "U2"], defaultText: "any method", explanation: "Rows naming another polarity method fail the spec." }),
  row({ label: "Single-mode polish", setting: "singleModePolish", kind: "choice", allowed: ["APC", "UPC", "PC"], defaultText: "any polish", explanation: "Single-mode connectors stating another polish fail the spec." }),
  row({ label: "Multimode MPO polish", setting: "multimodePolish", kind: "choice", allowed: ["UPC", "APC"], defaultText: "any polish", explanation: "Multimode MPO/MTP connectors stating another polish fail the spec." }),
  row({ label: "Pinned trunks", setting: "pinnedTrunks", kind: "yes-no", allowed: YES_NO, defaultText: "either", explanation: "yes: trunks are pinned (male) at both ends; no: unpinned (female) at both ends." }),
  row({ label: "Minimum loss margin (dB)", setting: "minMarginDb", kind: "number", defaultText: "0.5 dB", allowedText: "a number of dB from 0 to 10, e.g. 1.5", explanation: "Channels whose loss comes closer than this to the application's budget fail the spec." }),
  row({ label: "Maximum link length", setting: "maxLinkLengthM", kind: "length", defaultText: "no limit", allowedText: "a length such as 100 m or 300 ft (a bare number is metres)", explanation: "Cables longer than this fail the spec." }),
  row({ label: "Allowed applications", setting: "allowedApplications", kind: "list", defaultText: "any application", allowedText: "IEEE 802.3 names separated by commas, e.g. 100GBASE-SR4, 400GBASE-DR4", explanation: "Rows running another application fail the spec." }),
  row({ label: "Default mated pairs", setting: "defaultMatedPairs", kind: "count", defaultText: String(DEFAULT_MATED_PAIRS), allowedText: "a whole number from 0 to 20", explanation: "Mated pairs per channel for the loss budget when a row does not say." }),
  row({ label: "BOM stock length step (m)", setting: "bomStockStepM", kind: "number", defaultText: "1", allowedText: "a number of metres above 0, e.g. 0.5 or 5", explanation: "BOM lengths are rounded up to a multiple of this." }),
  row({ label: "Design priority", setting: "priority", kind: "choice", allowed: ["performance", "cost", "density"], defaultText: "none", explanation: "What recommendations favour when a row does not say." }),
  ...RULES.map((r) =>
    row({ label: `Severity ${r.id}`, setting: "severity", ruleId: r.id, kind: "severity", allowed: SEVERITIES, defaultText: r.severity, explanation: `Report "${r.title}" at another severity, or off.` }),
  ),
];

const normalise = (s: string): string =>
  s.toLowerCase().replace(/\([^)]*\)/g, " ").replace(/[^a-z0-9]+/g, " ").trim();

const BY_NAME = new Map<string, SpecTemplateRow>();
for (const t of SPEC_TEMPLATE) {
  BY_NAME.set(normalise(t.label), t);
  if (!t.ruleId) BY_NAME.set(normalise(t.setting), t);
  else BY_NAME.set(normalise(`severity.${t.ruleId}`), t);
}

export type SpecSheetResult =
  | { ok: true; spec: ProjectSpec; /** Settings read, for the pane to show which spec was used. */ settings: number }
  | { ok: false; errors: string[] };

export interface SpecSheetOptions {
  sheetName?: string;
  /** Sheet row number of grid[0] (default 1). */
  firstRow?: number;
  /** Sheet column index (0-based) of grid[..][0] (default 0). */
  firstColumn?: number;
}

const ERROR_VALUE = /^#[A-Z0-9/!?_]+[!?]?$/;
const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Reads a Spec sheet (a header row "Setting | Value", then one setting a row; further columns
 * are comments) into a project spec whose origins name each setting's cell. Any bad row makes
 * the whole sheet unusable, with one message per bad cell: a check never runs on half a spec.
 */
export function readSpecSheet(grid: readonly (readonly unknown[])[], options: SpecSheetOptions = {}): SpecSheetResult {
  const sheet = options.sheetName ?? SPEC_SHEET_NAME;
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const cell = (r: number, c: number) => `${quoted}!${columnLetter(firstColumn + c)}${firstRow + r}`;
  const errors: string[] = [];

  const headerIndex = grid.findIndex((r) => Array.isArray(r) && r.some((v) => !isBlank(v)));
  if (headerIndex < 0) return { ok: true, spec: {}, settings: 0 };
  const header = grid[headerIndex];
  if (normalise(safeText(header[0])) !== "setting" || normalise(safeText(header[1])) !== "value") {
    return { ok: false, errors: [`${cell(headerIndex, 0)}: expected the header row "Setting | Value" (a third column may hold comments)`] };
  }

  const json: Record<string, unknown> = {};
  const severity: Record<string, string> = {};
  const origins: Record<string, string> = {};
  const seen = new Map<string, string>();
  let settings = 0;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = Array.isArray(grid[i]) ? grid[i] : [];
    const [name, value] = [cells[0], cells[1]];
    if (isBlank(name) && isBlank(value)) continue;
    if (isBlank(name)) {
      errors.push(`${cell(i, 0)}: a value in ${cell(i, 1)} needs a setting name in column ${columnLetter(firstColumn)}`);
      continue;
    }
    const t = BY_NAME.get(normalise(safeText(name)));
    if (!t) {
      errors.push(`${cell(i, 0)}: "${clip(safeText(name))}" is not a setting; settings are ${SPEC_TEMPLATE.filter((x) => !x.ruleId).map((x) => x.label).join(", ")}, and "Severity <rule id>"`);
      continue;
    }
    const id = t.ruleId ? `severity.${t.ruleId}` : t.setting;
    const earlier = seen.get(id);
    if (earlier) {
      errors.push(`${cell(i, 0)}: "${t.label}" is set twice (also ${earlier}); keep one`);
      continue;
    }
    seen.set(id, cell(i, 0));
    if (isBlank(value)) continue; // blank: the default applies
    const read = readValue(t, value);
    if (!read.ok) {
      errors.push(`${cell(i, 1)}: ${read.message}`);
      continue;
    }
    settings++;
    if (t.ruleId) severity[t.ruleId] = read.value as string;
    else json[t.setting] = read.value;
    origins[t.setting === "severity" ? `severity.${t.ruleId}` : t.setting] = `cell ${cell(i, 1)}`;
  }
  if (Object.keys(severity).length) json.severity = severity;
  if (errors.length) return { ok: false, errors };
  // zod has the last word on ranges and shapes; its path names the setting, mapped back to its cell.
  const r = ProjectSpecSchema.safeParse(json);
  if (!r.success) {
    return {
      ok: false,
      errors: r.error.issues.map((iss) => {
        const key = iss.path[0] === "severity" ? `severity.${String(iss.path[1])}` : String(iss.path[0]);
        return `${origins[key]?.replace(/^cell /, "") ?? sheet}: ${iss.message}`;
      }),
    };
  }
  return { ok: true, spec: { ...r.data, origins }, settings };
}

type ReadValue = { ok: true; value: unknown } | { ok: false; message: string };

function readValue(t: SpecTemplateRow, value: unknown): ReadValue {
  const text = safeText(value).trim();
  const bad = (why: string): ReadValue => ({ ok: false, message: `"${clip(text)}" ${why} for ${t.label}; allowed: ${t.allowedText}` });
  if (typeof value === "string" && ERROR_VALUE.test(text)) return { ok: false, message: `the cell holds the error ${text}; expected ${t.allowedText} for ${t.label}` };
  const pick = (s: string) => t.allowed?.find((a) => a.toLowerCase() === s.toLowerCase());
  switch (t.kind) {
    case "choice":
    case "severity": {
      const v = pick(text.replace(/^(method|type)\s+/i, ""));
      return v ? { ok: true, value: v } : bad("is not allowed");
    }
    case "yes-no": {
      if (typeof value === "boolean") return { ok: true, value };
      if (/^(yes|y|true|1)$/i.test(text)) return { ok: true, value: true };
      if (/^(no|n|false|0)$/i.test(text)) return { ok: true, value: false };
      return bad("is not yes or no");
    }
    case "list": {
      const items = text.split(/\s*[,;\n]\s*/).filter(Boolean);
      if (!items.length) return bad("names nothing");
      if (t.setting === "allowedApplications") {
        const unknown = unknownApplications(items);
        return unknown ? { ok: false, message: `${unknown}, for ${t.label}` } : { ok: true, value: items };
      }
      const out: string[] = [];
      for (const item of items) {
        const v = pick(item);
        if (!v) return { ok: false, message: `"${clip(item)}" is not allowed in ${t.label}; allowed: ${t.allowedText}` };
        out.push(v);
      }
      return { ok: true, value: out };
    }
    case "number":
    case "count": {
      const n = typeof value === "number" ? value : parseDecimal(text.replace(/\s*(db|m|metres|meters)$/i, ""));
      if (n === undefined || !Number.isFinite(n)) return bad("is not a number");
      if (t.kind === "count" && !Number.isInteger(n)) return bad("is not a whole number");
      return { ok: true, value: n };
    }
    case "length": {
      const r = parseLength(value, "m");
      return r.ok ? { ok: true, value: Math.round(r.value.metres * 1000) / 1000 } : bad(`is not a length (${r.error.reason})`);
    }
  }
}

/** The template as rows for a writer: the header row, then every setting with a blank Value. */
export function specTemplateGrid(): string[][] {
  return [[...SPEC_SHEET_HEADERS], ...SPEC_TEMPLATE.map((t) => [t.label, "", t.defaultText, t.allowedText, t.explanation])];
}
