import { normaliseHeader } from "./headers";
import { safeText } from "./parse-result";

/**
 * Schedules other tools write, recognised by their headers and read without a column map:
 * NetBox's cable import/export CSV and patchwork's sessions.csv. Each becomes a grid in this
 * tool's own column names, with the same rows (so row numbers in findings stay right) and the
 * original columns in place; values NetBox keeps in its description are appended as columns
 * whose cells are named after the description cell they came from.
 */
export interface ForeignSchedule {
  format: "NetBox cable CSV" | "patchwork sessions.csv";
  grid: unknown[][];
  /** For appended columns: the grid column their values came from (for naming cells). */
  sourceColumn: Record<number, number>;
  notes: string[];
}

const SEARCH_ROWS = 10;

/** The description field carries what a NetBox cable cannot: "cc: A=MTP-12 female | B=… | fibers=12 | polarity=Type B". */
export const DESCRIPTION_PREFIX = "cc:";

export function translateForeignSchedule(grid: readonly (readonly unknown[])[]): ForeignSchedule | null {
  for (let r = 0; r < Math.min(grid.length, SEARCH_ROWS); r++) {
    const headers = (grid[r] ?? []).map((v) => (typeof v === "string" ? normaliseHeader(v) : ""));
    const at = (...names: string[]) => headers.findIndex((h) => names.includes(h));
    if (at("side a device", "device a") >= 0 && at("side b device", "device b") >= 0 && at("side a name", "termination a") >= 0) return netbox(grid, r, at);
    if (at("media") >= 0 && at("label a") >= 0 && at("label b") >= 0 && at("src rack") >= 0) return patchwork(grid, r, at);
  }
  return null;
}

type At = (...names: string[]) => number;
const str = (v: unknown) => (v === undefined || v === null ? "" : safeText(v).trim());

function netbox(input: readonly (readonly unknown[])[], headerRow: number, at: At): ForeignSchedule {
  const grid = input.map((r) => [...r]);
  const width = Math.max(...grid.slice(headerRow).map((r) => r.length));
  const header = grid[headerRow];
  const rename: Array<[number, string]> = [
    [at("side a device", "device a"), "From"],
    [at("side a name", "termination a"), "From port"],
    [at("side b device", "device b"), "To"],
    [at("side b name", "termination b"), "To port"],
    [at("type"), "Fiber type"],
    [at("label"), "Cable ID"],
    [at("color", "colour", "color name"), "Jacket colour"],
    [at("length"), "Length"],
    [at("description"), "Notes"],
  ];
  for (const [c, name] of rename) if (c >= 0) header[c] = name;
  const typeCol = at("type");
  const lengthCol = at("length");
  const unitCol = at("length unit");
  const descCol = at("description");
  const added = ["Connector A", "Connector B", "Fiber count", "Polarity"];
  const sourceColumn: Record<number, number> = {};
  if (descCol >= 0) added.forEach((name, i) => ((header[width + i] = name), (sourceColumn[width + i] = descCol)));
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r];
    if (typeCol >= 0) row[typeCol] = cableTypeAsGrade(str(row[typeCol]));
    // length with length_unit: "15" + "ft" is 15 ft; NetBox's table export writes "15.00 Meters"
    if (lengthCol >= 0 && str(row[lengthCol]) !== "" && unitCol >= 0 && str(row[unitCol])) row[lengthCol] = `${str(row[lengthCol])} ${str(row[unitCol])}`;
    if (descCol < 0) continue;
    const d = parseDescription(str(row[descCol]));
    if (d.grade && typeCol >= 0) row[typeCol] = d.grade;
    [d.a, d.b, d.fibers, d.polarity].forEach((v, i) => (row[width + i] = v ?? ""));
  }
  return { format: "NetBox cable CSV", grid, sourceColumn, notes: [] };
}

/** mmf-om4 → OM4, smf-os2 → OS2, "Multimode Fiber (OM4)" → OM4; copper and other types kept as given (the check reports them). */
function cableTypeAsGrade(t: string): string {
  const m = /^(mmf|smf)-(om[1-5]|os[12])$/i.exec(t) ?? /\((OM[1-5]|OS[12])\)/i.exec(t);
  if (m) return (m[2] ?? m[1]).toUpperCase();
  if (/^mmf$|^multimode fiber$/i.test(t)) return "MMF";
  if (/^smf$|^single-mode fiber$/i.test(t)) return "SMF";
  return t;
}

/** The fields this tool writes into a NetBox description ("cc: A=… | B=… | fibers=12 | polarity=Type B"). */
export function parseDescription(text: string): { a?: string; b?: string; fibers?: string; polarity?: string; grade?: string } {
  if (!text.startsWith(DESCRIPTION_PREFIX)) return {};
  const out: Record<string, string> = {};
  for (const part of text.slice(DESCRIPTION_PREFIX.length).split("|")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  return { a: out.a, b: out.b, fibers: out.fibers, polarity: out.polarity, grade: out.grade };
}

/** patchwork media: mpo12 trunks, LC duplex on MMF or SMF, and RJ45 copper (not fiber: not checked, counted). */
const PATCHWORK_MEDIA: Record<string, { connector: string; fiber: string } | null> = {
  mpo12: { connector: "MPO-12", fiber: "" },
  mmf_lc_duplex: { connector: "LC duplex", fiber: "MMF" },
  smf_lc_duplex: { connector: "LC duplex", fiber: "SMF" },
  utp_rj45: null,
};

function patchwork(input: readonly (readonly unknown[])[], headerRow: number, at: At): ForeignSchedule {
  const grid = input.map((r) => [...r]);
  const width = Math.max(...grid.slice(headerRow).map((r) => r.length));
  const header = grid[headerRow];
  const media = at("media");
  const cols = { labelA: at("label a"), labelB: at("label b"), cable: at("cable id"), adapter: at("adapter type") };
  // labels name the panel port (rack, U, slot, port); patchwork sessions run panel to panel
  header[cols.labelA] = "From";
  header[cols.labelB] = "To";
  if (cols.cable >= 0) header[cols.cable] = "Cable ID";
  if (cols.adapter >= 0) header[cols.adapter] = "Notes";
  header[media] = "Media (patchwork)";
  ["Connector A", "Connector B", "Fiber type"].forEach((n, i) => (header[width + i] = n));
  const sourceColumn: Record<number, number> = { [width]: media, [width + 1]: media, [width + 2]: media };
  const copper: number[] = [];
  const unknown: number[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r];
    const m = str(row[media]).toLowerCase();
    if (!m) continue;
    const known = PATCHWORK_MEDIA[m];
    if (known === null) {
      copper.push(r + 1);
      grid[r] = []; // copper is not fiber: nothing to check
      continue;
    }
    if (!known) unknown.push(r + 1);
    for (const c of [cols.labelA, cols.labelB]) if (str(row[c])) row[c] = `panel ${str(row[c])}`;
    [known?.connector ?? m, known?.connector ?? m, known?.fiber ?? ""].forEach((v, i) => (row[width + i] = v));
  }
  const notes: string[] = [];
  if (copper.length) notes.push(`${copper.length} copper session${copper.length === 1 ? "" : "s"} (utp_rj45) not fiber, not checked: row${copper.length === 1 ? "" : "s"} ${copper.slice(0, 10).join(", ")}${copper.length > 10 ? " …" : ""}`);
  if (unknown.length) notes.push(`media not known to patchwork's list (mpo12, mmf_lc_duplex, smf_lc_duplex, utp_rj45) on rows ${unknown.slice(0, 10).join(", ")}`);
  return { format: "patchwork sessions.csv", grid, sourceColumn, notes };
}
