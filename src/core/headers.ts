import { distance } from "fastest-levenshtein";
import { parseAdapter } from "./channels/trace";
import { parseConnector } from "./connector";
import { roleFromLocation } from "./ends";
import { parseCount, type LengthUnit } from "./fields";
import { FIELDS, VALUE_SAMPLE_ROWS, type ColumnMap, type ColumnNote, type Field } from "./columns";
import { perDistinctText } from "./memo";

// The fields, their labels and column letters are in columns.ts (what the pane and the functions
// need without the header search); re-exported here, where the engine's modules look for them.
export { FIELDS, FIELD_LABELS, VALUE_SAMPLE_ROWS, columnLetter } from "./columns";
export type { ColumnMap, ColumnNote, Field } from "./columns";

/** Header words for each field, after normalising (lower case, fibre → fiber, punctuation → space). */
const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  cableId: ["cable id", "cable", "cable no", "cable number", "cable ref", "cable tag", "tag", "label", "id", "cable name", "ref", "reference"],
  endA: ["from", "source", "a end", "end a", "origin", "device a", "a device", "from device", "source device", "a side", "side a", "location a", "from location", "a end device", "source hostname", "from hostname", "a end location", "near end"],
  portA: ["from port", "source port", "port a", "a port", "a end port", "port from", "side a port"],
  endB: ["to", "destination", "dest", "b end", "end b", "device b", "b device", "to device", "destination device", "b side", "side b", "location b", "to location", "b end device", "destination hostname", "to hostname", "b end location", "far end", "target"],
  portB: ["to port", "destination port", "port b", "b port", "b end port", "port to", "side b port"],
  roleA: ["end a type", "a end type", "side a type", "a side type", "termination a type", "a termination type", "from type", "source type", "end a role", "a end role", "device role a", "a device role", "from device role", "source device role", "from role"],
  roleB: ["end b type", "b end type", "side b type", "b side type", "termination b type", "b termination type", "to type", "destination type", "end b role", "b end role", "device role b", "b device role", "to device role", "destination device role", "to role"],
  connectorA: ["connector a", "conn a", "conn end a", "connector end a", "a connector", "a end connector", "connector from", "from connector", "source connector", "termination a", "a termination", "connector a end", "end a connector", "connector side a", "plug a"],
  connectorB: ["connector b", "conn b", "conn end b", "connector end b", "b connector", "b end connector", "connector to", "to connector", "destination connector", "termination b", "b termination", "connector b end", "end b connector", "connector side b", "plug b"],
  connector: ["connector", "connectors", "connector type", "termination", "connectorization", "conn", "conn type", "connector style"],
  fiberType: ["fiber type", "media", "fiber", "fiber grade", "grade", "mode", "fiber mode", "cable type", "media type", "fiber category", "om grade", "glass"],
  fiberCount: ["fiber count", "strands", "strand count", "fibers", "no of fibers", "number of fibers", "core count", "cores", "count", "fiber qty", "fc"],
  length: ["length", "len", "distance", "cable length", "length m", "length ft", "length meters", "length metres", "length feet", "run length", "length mm"],
  application: ["application", "optic", "transceiver", "optics", "pmd", "interface", "protocol", "app", "optic type", "transceiver type", "module", "phy", "ethernet", "standard", "speed"],
  polarity: ["polarity", "polarity method", "polarity type", "method", "connectivity method", "pol"],
  matedPairs: ["mated pairs", "connections", "mated connections", "connector pairs", "mated pair count", "no of connections", "adapters", "mates"],
  splices: ["splices", "splice count", "no of splices", "fusion splices"],
  pairLoss: ["loss per mated pair", "connector loss", "pair loss", "il per pair", "mated pair loss", "connection loss", "loss per connection", "connector loss db", "insertion loss per pair"],
  lossGrade: ["loss grade", "il grade", "grade of connector", "connector grade", "insertion loss grade", "performance grade"],
  priority: ["priority", "design priority", "optimise for", "optimize for"],
  colour: ["colour", "color", "jacket colour", "jacket color", "sheath colour", "sheath color", "jacket"],
  quantity: ["qty", "quantity", "count off", "no off", "number", "pcs", "units"],
  partNumber: ["part number", "part no", "pn", "p n", "sku", "mpn", "manufacturer part number", "part", "order code", "catalog number", "catalogue number", "item code"],
  notes: ["notes", "note", "remarks", "comment", "comments", "description", "desc"],
  // Rows sharing a link id form one channel (transceiver to transceiver), in sequence order.
  linkId: ["link", "link id", "link no", "channel", "channel id", "circuit", "circuit id", "path", "path id", "link name", "channel name"],
  sequence: ["seq", "sequence", "seq no", "hop", "hop no", "segment", "segment no", "order", "step", "position in link"],
  // The adapter (Type A key-up/key-down, Type B key-up/key-up) or cassette at the row's end B: a type, never a count.
  adapter: ["adapter", "adapter type", "adaptor", "adaptor type", "coupler", "coupler type", "cassette", "adapter cassette", "adapter at end b", "end b adapter"],
  component: ["component", "component type", "type", "assembly", "assembly type", "item type", "cable kind"],
  // A harness's legs and the MPO positions each carries ("1/12, 2/11, 3/10, 4/9"): leg 1 first, its transmit fiber first.
  legMap: ["leg map", "legs map", "harness map", "harness leg map", "breakout map", "fan-out map", "fanout map", "fiber map", "fibre map", "leg to fiber map", "leg positions"],
};

/**
 * A header text lower-cased, NFKC-normalised, spelt one way and stripped of punctuation.
 * Once per distinct text: header detection, the foreign-schedule probe and the sided matcher
 * each read the same top rows, and CONNECTOR.CHANNEL reads them again on every recalculation.
 */
export const normaliseHeader = perDistinctText((text: string): string =>
  text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/fibre/g, "fiber")
    .replace(/colou?r/g, (m) => (m === "color" ? "colour" : m))
    .replace(/\bno\.\s*/g, "no ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " "),
);

const EXACT = new Map<string, Field>();
for (const f of FIELDS) for (const s of SYNONYMS[f]) if (!EXACT.has(s)) EXACT.set(s, f);
const SYNONYM_LIST: ReadonlyArray<[string, Field]> = [...EXACT.entries()];

const cache = new Map<string, { field: Field; score: number } | null>();

/**
 * The field a header text most likely names, with a confidence score (1 exact, lower for
 * near-misses and headers that carry extra words such as units). Misspellings within one or
 * two edits of a synonym count ("Conector A", "Fibre cuont").
 */
export function matchHeader(text: string): { field: Field; score: number } | null {
  const key = normaliseHeader(text).slice(0, 60);
  if (!key) return null;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = computeMatch(key);
  if (cache.size > 20000) cache.clear();
  cache.set(key, result);
  return result;
}

function computeMatch(key: string): { field: Field; score: number } | null {
  const exact = EXACT.get(key);
  if (exact) return { field: exact, score: 1 };
  // Drop a trailing unit or bracketed note: "Length (ft)" -> "length", "Connector A (MPO)" -> "connector a".
  const stripped = key.replace(/\b(m|ft|feet|metres|meters|db|mm|qty)\b/g, " ").replace(/\s+/g, " ").trim();
  const e2 = EXACT.get(stripped);
  if (e2) return { field: e2, score: 0.95 };
  if (key.length > 40) return null;
  // A near-miss must not cross ends: "Far end connector" is one edit pair from "a end connector".
  const side = sideOf(key);
  const crossesEnds = (field: Field): boolean => side !== undefined && FIELD_SIDE[field] !== undefined && FIELD_SIDE[field] !== side;
  let best: { field: Field; score: number } | null = null;
  for (const [syn, field] of SYNONYM_LIST) {
    if (Math.abs(syn.length - key.length) > 2 || syn.length < 5 || crossesEnds(field)) continue;
    const d = typoDistance(syn, key);
    const allowed = syn.length >= 9 ? 2 : 1;
    if (d <= allowed) {
      const score = 0.9 - d * 0.1;
      if (!best || score > best.score) best = { field, score };
    }
  }
  // Else a header that contains a synonym as whole words: the longest one wins ("A-End Connector Type" -> "a end connector").
  let bestLength = 0;
  for (const [syn, field] of best ? [] : SYNONYM_LIST) {
    if (syn.length > bestLength && syn.length >= 6 && syn.includes(" ") && !crossesEnds(field) && ` ${key} `.includes(` ${syn} `)) {
      best = { field, score: 0.7 };
      bestLength = syn.length;
    }
  }
  // A connector or port header that names an end is that end's: "Connector Type A", "Far end connector", "Far-end port".
  if (side && (!best || best.field === "connector" || FIELD_SIDE[best.field] !== undefined)) {
    const noun = SIDED_NOUNS.find(([words]) => words.test(key));
    if (noun) return { field: side === "A" ? noun[1] : noun[2], score: Math.min(best?.score ?? 0.7, 0.7) };
  }
  return best;
}

const FIELD_SIDE: Partial<Record<Field, "A" | "B">> = { endA: "A", portA: "A", roleA: "A", connectorA: "A", endB: "B", portB: "B", roleB: "B", connectorB: "B" };
const SIDED_NOUNS: ReadonlyArray<[RegExp, Field, Field]> = [
  [/\b(connector|connectors|conn|termination|plug)\b/, "connectorA", "connectorB"],
  [/\b(port|interface)\b/, "portA", "portB"],
];

/** The end a header's words name, when they name exactly one: "Source port" A, "Far end connector" B. */
function sideOf(key: string): "A" | "B" | undefined {
  const a = /\b(a|from|source|near|origin)\b/.test(key);
  const b = /\b(b|to|far|destination|dest|target)\b/.test(key);
  return a === b ? undefined : a ? "A" : "B";
}

/**
 * Levenshtein distance, except that two neighbouring letters typed the wrong way round count
 * as one slip, not two ("Lenght"), as in Damerau's measure of typing errors.
 */
function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : d;
}

/** The default unit a length column's header names: "Length (ft)" means feet. */
export const lengthUnitFromHeader = (header: string): LengthUnit | undefined => {
  const h = normaliseHeader(header);
  if (/\b(ft|feet|foot)\b/.test(h)) return "ft";
  if (/\b(km|kilometres|kilometers)\b/.test(h)) return "km";
  if (/\b(cm|centimetres|centimeters)\b/.test(h)) return "cm";
  if (/\b(mi|miles)\b/.test(h)) return "mi";
  if (/\b(m|metres|meters|metre|meter|mtr|mtrs)\b/.test(h)) return "m";
  // Last, so the word "in" of "Length in m" does not read as inches: "Length (in)" does.
  if (/\b(inches|inch)\b/.test(h) || /\bin$/.test(h)) return "in";
  return undefined;
};

export interface HeaderDetection {
  /** 0-based index into the grid of the header row (the lower row of a two-row header). */
  rowIndex: number;
  /** Rows the header spans (1, or 2 where a group row such as "Source | Destination" sits above). */
  rowSpan: number;
  /** Header text per column as the engine read it (group label joined on for two-row headers). */
  headers: string[];
  columns: ColumnMap;
}

const GROUP_A = /^(source|from|a end|end a|a side|side a|origin|near end|a)$/;
const GROUP_B = /^(destination|dest|to|b end|end b|b side|side b|far end|target|b)$/;

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the header row: the row within the first 30 whose cells name the most fields, and
 * that names a connector or application field. A group row directly above ("Source", "",
 * "Destination") is folded in, so duplicate names such as "Hostname" become A and B ends.
 */
export function detectHeader(grid: readonly (readonly unknown[])[], maxColumns = 512): HeaderDetection | null {
  // The best row naming a connector or application column; failing that, the best row that
  // clearly is a header (three or more fields) so the caller can say what the header lacks.
  let best: { score: number; det: HeaderDetection } | null = null;
  let bestUncheckable: { score: number; det: HeaderDetection } | null = null;
  const rows = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    if (!row.some((v) => typeof v === "string" && v.trim())) continue;
    for (const span of [1, 2]) {
      if (span === 2 && r === 0) continue;
      const headers = headerTexts(grid, r, span, maxColumns);
      if (!headers) continue;
      const { columns, score } = mapColumns(headers);
      const total = score + (span === 2 ? -0.01 : 0);
      const candidate = { score: total, det: { rowIndex: r, rowSpan: span, headers, columns } };
      if (isCheckable(columns)) {
        if (!best || total > best.score + 1e-9) best = candidate;
      } else if (!bestUncheckable || total > bestUncheckable.score + 1e-9) bestUncheckable = candidate;
    }
  }
  if (best && best.score >= 1.5) return best.det;
  return bestUncheckable && bestUncheckable.score >= 2.5 ? bestUncheckable.det : null;
}

/** A schedule can be checked when it has a connector or an application column. */
export const isCheckable = (columns: ColumnMap): boolean =>
  columns.connectorA !== undefined || columns.connectorB !== undefined || columns.connector !== undefined || columns.application !== undefined;

function headerTexts(grid: readonly (readonly unknown[])[], r: number, span: number, maxColumns: number): string[] | null {
  const row = grid[r] ?? [];
  const width = Math.min(row.length, maxColumns);
  if (span === 1) return rowTexts(row, width);
  const upper = rowTexts(grid[r - 1] ?? [], width);
  const filledUpper = upper.filter(Boolean).length;
  // A group row is sparse and names sides (Source / Destination), or carries names the lower row lacks.
  if (filledUpper === 0 || filledUpper > width / 2 + 1) return null;
  if (!upper.some((u) => GROUP_A.test(normaliseHeader(u)) || GROUP_B.test(normaliseHeader(u)))) return null;
  const lower = rowTexts(row, width);
  const out: string[] = [];
  let group = "";
  for (let c = 0; c < width; c++) {
    if (upper[c]) group = upper[c];
    if (!lower[c]) out.push(upper[c]);
    else if (group && (GROUP_A.test(normaliseHeader(group)) || GROUP_B.test(normaliseHeader(group)))) out.push(`${group} ${lower[c]}`);
    else out.push(lower[c]);
  }
  return out;
}

const cellText = (v: unknown): string => (typeof v === "string" ? v.trim().slice(0, 200) : "");

/** The first `width` cells of a row as header texts (a loop: Array.from over a length object is several times slower). */
function rowTexts(row: readonly unknown[], width: number): string[] {
  const out = new Array<string>(width);
  for (let c = 0; c < width; c++) out[c] = cellText(row[c]);
  return out;
}

interface Candidate {
  field: Field;
  col: number;
  score: number;
}

/** What a header cell names, once per distinct text (the top rows are read as header candidates on every check). */
const headerMatch = perDistinctText((h: string): { field: Field; score: number } | null => matchHeader(h) ?? matchSided(h));

const headerCandidates = (headers: readonly string[]): Candidate[] => {
  const candidates: Candidate[] = [];
  headers.forEach((h, col) => {
    if (!h) return;
    const m = headerMatch(h);
    if (m) candidates.push({ field: m.field, col, score: m.score });
  });
  return candidates;
};

/** Assigns each field to the column that names it best; each column serves one field. */
export function mapColumns(headers: readonly string[]): { columns: ColumnMap; score: number } {
  return assignColumns(headerCandidates(headers));
}

function assignColumns(given: readonly Candidate[]): { columns: ColumnMap; score: number } {
  const candidates = [...given].sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: ColumnMap = {};
  const usedCols = new Set<number>();
  let score = 0;
  for (const c of candidates) {
    if (columns[c.field] !== undefined || usedCols.has(c.col)) continue;
    columns[c.field] = c.col;
    usedCols.add(c.col);
    score += c.score;
  }
  return { columns, score };
}

/** Share of a column's non-blank sampled cells that must agree before the cells outweigh the header. */
const VALUES_WIN = 0.8;

/** Text such as "PP-A01:3" or "leaf01 Eth1/1": a place, even where a connector name would also parse. */
const NAMES_A_PLACE = (text: string): boolean => /[:/]\s*\d|\bport\b|\bp\d+\b/i.test(text) || roleFromLocation(text).role !== "unknown";
/** Once per distinct text: a location column's cells are weighed on every check, and their texts repeat. */
const connectorNotPlace = perDistinctText((text: string): boolean => parseConnector(text).ok && !NAMES_A_PLACE(text));
const readsAsConnector = (v: unknown): boolean => typeof v === "string" && connectorNotPlace(v);
const readsAsAdapterType = (v: unknown): boolean => {
  if (typeof v === "number" || (typeof v === "string" && parseCount(v, "").ok)) return false;
  const a = parseAdapter(v);
  return !!a && (a.type !== undefined || a.transition !== undefined || a.method !== undefined);
};

/** Header fields whose cells are weighed, and what they are read as when the cells say so. */
const VALUE_REMAP: ReadonlyArray<{ from: Field; to: Field; cells: ColumnNote["cells"]; test: (v: unknown) => boolean }> = [
  { from: "endA", to: "connectorA", cells: "connectors", test: readsAsConnector },
  { from: "endB", to: "connectorB", cells: "connectors", test: readsAsConnector },
  { from: "matedPairs", to: "adapter", cells: "adapter types", test: readsAsAdapterType },
];

/**
 * The column map with the cells weighed as well as the headers: a location column (From/To,
 * End A/End B) whose cells read as connectors is that end's connector column, and a count
 * column (Adapters, Connections) whose cells name adapter types is the Adapter column. Where
 * header and cells disagree the cells win, and a note says so. A column named for the field it
 * is remapped to keeps that field ("Connector A" beside an "End A" of connectors): the other
 * column is then not read. Mixed columns (fewer than 80 % of the non-blank cells agreeing)
 * keep their header's reading.
 */
export function weighColumns(grid: readonly (readonly unknown[])[], detection: Pick<HeaderDetection, "rowIndex" | "headers">): { columns: ColumnMap; notes: ColumnNote[] } {
  const candidates = headerCandidates(detection.headers);
  const start = detection.rowIndex + 1;
  const end = Math.min(grid.length, start + VALUE_SAMPLE_ROWS);
  const notes: ColumnNote[] = [];
  const weighed = candidates.map((c) => {
    const remap = VALUE_REMAP.find((r) => r.from === c.field);
    if (!remap) return c;
    let sampled = 0;
    let matched = 0;
    for (let i = start; i < end; i++) {
      const v = grid[i]?.[c.col];
      if (v === null || v === undefined || (typeof v === "string" && !v.trim()) || v === "") continue;
      sampled++;
      if (remap.test(v)) matched++;
    }
    if (!sampled || matched < sampled * VALUES_WIN) return c;
    notes.push({ column: c.col, header: detection.headers[c.col] ?? "", headerField: c.field, field: remap.to, read: false, cells: remap.cells, sampled, matched });
    // Just under the header's own score, so a column named for that field keeps it.
    return { field: remap.to, col: c.col, score: c.score - 0.01 };
  });
  const { columns } = assignColumns(weighed);
  for (const n of notes) n.read = columns[n.field] === n.column;
  return { columns, notes };
}

/** "Source Hostname" / "Destination Port" style headers produced by a group row. */
function matchSided(h: string): { field: Field; score: number } | null {
  const n = normaliseHeader(h);
  const m = /^(source|from|a end|end a|a side|side a|origin|a|destination|dest|to|b end|end b|b side|side b|far end|target|b)\s+(.+)$/.exec(n);
  if (!m) return null;
  const sideA = GROUP_A.test(m[1]);
  const rest = m[2];
  if (/^(hostname|host|device|node|equipment|rack|location|name|switch|server|panel)$/.test(rest)) return { field: sideA ? "endA" : "endB", score: 0.85 };
  if (/^(port|interface|port no|port number)$/.test(rest)) return { field: sideA ? "portA" : "portB", score: 0.85 };
  if (/^(connector|conn|connector type|termination|plug)$/.test(rest)) return { field: sideA ? "connectorA" : "connectorB", score: 0.9 };
  if (/^(optic|transceiver|module|optic type)$/.test(rest)) return sideA ? { field: "application", score: 0.8 } : null;
  return null;
}
