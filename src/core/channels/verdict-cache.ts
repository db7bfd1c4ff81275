// The channel part of the rule-result cache (src/core/rule-cache.ts), apart so that the rule
// registry, which the pane's page and CONNECTOR.CHECK load, does not carry it: only the channel
// judge, in the engine's chunk, keys channels.
import type { Finding } from "../findings";
import { HitRate } from "../memo";
import { CACHE_LIMIT, contentId, nameCode, numberSafe, onCheckStart, part, ruleCaching } from "../rule-cache";
import type { EndContext, RowContext } from "../rules/rule";
import { roleAssumption } from "../ends";

/* ---------- channel verdicts (the findings a traced channel's own checks give) ---------- */

/*
 * A large schedule traces thousands of channels of one shape (leaf cord, trunk, spine cord on
 * the same connectors, fibers and adapters): their verdicts (mated pairs, end rules, reach and
 * loss, channel rules) are worked out once per shape and relabelled with each channel's rows.
 * A channel is keyed by its rows' questions (the row cache's ids, which stand for everything
 * the row rules read), which way each is walked, and every other field of its rows, hops,
 * junctions and trace except the ones that name rows or places (ctx, order, link, element,
 * left, right): those are replaced by position. A verdict that quotes a row number, a location
 * or a link name anywhere but a finding's row and a pair's otherRow is not kept (it is worked
 * out again for every channel), so a new channel rule can only make the cache miss.
 */

/** What the channel verdict cache reads of a traced channel (channels/types.ts TracedChannel). */
interface ChannelShape {
  link: string;
  hops: ReadonlyArray<{ row: { ctx: RowContext; question?: number } & object; reversed: boolean; entry: EndContext; exit: EndContext } & object>;
  junctions: ReadonlyArray<{ left: { row: number }; right: { row: number }; cassetteRow?: number; element?: string } & object>;
}

interface ChannelEntry {
  /** The rows of the channel the verdict was worked out on, by position (see channelRows). */
  readonly rows: readonly number[];
  readonly found: readonly Finding[];
  /** Whether an assumption in `found` marks the channel's start's text, and its finish's (END_MARKS). */
  readonly marks?: readonly [boolean, boolean];
}

const channelResults = new Map<string, PartEntry[]>();
let channelHits = new HitRate();
onCheckStart(() => {
  channelHits = new HitRate();
});

/** Fields of a channel's parts that name rows or places: keyed by position, or by the row's question. */
const POSITIONAL = new Set([
  "ctx",
  "order",
  "question",
  "link",
  "splitFrom",
  "element",
  "left",
  "right",
  "row",
  "hops",
  "junctions",
  "entry",
  "exit",
  "cassetteRow",
]);

/** Every other field of an object, as text (undefined fields and functions left out, like JSON). */
function restKey(o: object): string {
  let k = "";
  for (const name in o) {
    if (POSITIONAL.has(name)) continue;
    const v = (o as Record<string, unknown>)[name];
    if (v === undefined) continue;
    k += `${nameCode(name)}${typeof v === "object" && v !== null ? objectText(v) : part(v)};`;
  }
  return k;
}

/**
 * An object field's text in a key. A frozen object (an Adapter cell's reading, shared by every
 * row with that text) is written out once and stands by the number of its content, as the row
 * cache keys it (rule-cache.ts contentId: same content, same number); a fresh one is written out.
 */
function objectText(v: object): string {
  return Object.isFrozen(v) ? `#${contentId(v)}` : JSON.stringify(v, numberSafe);
}

/** The rows a channel names, by position: each hop's row, then each junction's cassette row. */
function channelRows(ch: ChannelShape): number[] {
  const rows = ch.hops.map((h) => h.row.ctx.row);
  for (const j of ch.junctions) if (j.cassetteRow !== undefined) rows.push(j.cassetteRow);
  return rows;
}

function channelKey(ch: ChannelShape, spec: object): string | undefined {
  let k = `${contentId(spec)}|${restKey(ch)}|${"splitFrom" in ch && (ch as { splitFrom?: string }).splitFrom !== undefined ? "S" : ""}`;
  for (const h of ch.hops) {
    if (h.row.question === undefined) return undefined;
    // the row's question stands for its context; entry and exit follow from it and `reversed`,
    // except a fan-out leg's narrowed location (PP-Z:1-4 taken as PP-Z:3), which channelKeepable checks
    k += `[${h.row.question}${h.reversed ? "r" : "f"}${restKey(h.row)}${restKey(h)}${h.row.ctx.a.location === undefined ? "" : "a"}${h.row.ctx.b.location === undefined ? "" : "b"}]`;
  }
  for (const j of ch.junctions) k += `<${restKey(j)}${j.cassetteRow === undefined ? "" : "c"}>`;
  return k;
}

/**
 * The channel's shape as the verdict cache keys it (channelKey), or undefined where channels
 * are not cached (caching off, too few hits so far, a row the row cache did not key). The
 * judge keys the view's figures on it too (judge.ts, shapeFigures).
 */
export function channelShapeKey(ch: ChannelShape, spec: object): string | undefined {
  return ruleCaching.enabled && channelHits.worthTrying() ? channelKey(ch, spec) : undefined;
}

/** Whether a value quotes one of the channel's rows (as a number or in text) or one of its texts. */
function quotesChannel(v: unknown, rows: ReadonlySet<number>, rowTexts: readonly string[], texts: readonly string[], depth = 0): boolean {
  if (typeof v === "string") return rowTexts.some((t) => v.includes(t)) || texts.some((t) => v.includes(t));
  if (typeof v === "number") return rows.has(v);
  if (v && typeof v === "object") return depth >= 4 || Object.values(v).some((x) => quotesChannel(x, rows, rowTexts, texts, depth + 1));
  return false;
}

/**
 * Marks standing, in a kept finding's assumption, for what the channel's start and finish ends
 * are assumed to be (`end A is a transceiver port, read from the interface name "leaf3 Eth1/1"`,
 * ends.ts roleAssumption): a channel of the same shape has ends of the same roles and letters,
 * and gets its own ends' texts back (as the row cache does for a row's ends).
 */
const END_MARKS = ["\u0000channel start\u0000", "\u0000channel finish\u0000"] as const;

/** The assumption texts of the channel's start and finish ends (undefined where nothing is assumed). */
function endAssumptions(ch: ChannelShape): [string | undefined, string | undefined] {
  const at = (e: EndContext) => (e.role ? roleAssumption(e.end === "B" ? "B" : "A", e.location, e.role) : undefined);
  return [at(ch.hops[0].entry), at(ch.hops[ch.hops.length - 1].exit)];
}

/**
 * A finding's assumption with the channel's end texts marked (END_MARKS), or undefined when the
 * marks could be put back ambiguously (the two texts the same, or one inside the other) or the
 * text holds a mark's character already.
 */
function markedAssumption(assumed: string, ends: readonly [string | undefined, string | undefined]): string | undefined {
  if (assumed.includes("\u0000")) return undefined;
  const [s, f] = ends;
  if (s !== undefined && f !== undefined && (s.includes(f) || f.includes(s))) return undefined;
  let out = assumed;
  if (s) out = out.split(s).join(END_MARKS[0]);
  if (f) out = out.split(f).join(END_MARKS[1]);
  return out;
}

/**
 * The verdict as kept, when rows appear only as a finding's row and a pair's otherRow, and no
 * text names the channel but an assumption about one of its two ends (then marked); else null.
 */
function keptVerdict(found: readonly Finding[], ch: ChannelShape, rowList: readonly number[]): readonly Finding[] | null {
  const rows = new Set(rowList);
  if (rows.size !== rowList.length) return null;
  const rowTexts = rowList.map(String);
  const texts: string[] = [ch.link];
  const split = (ch as { splitFrom?: string }).splitFrom;
  if (split) texts.push(split);
  for (const h of ch.hops) for (const e of [h.row.ctx.a, h.row.ctx.b, h.entry, h.exit]) if (e.location) texts.push(e.location);
  // an element's id is made from a location ("cassette pp-a01", lower-cased), so it is not a
  // substring of the location: a verdict naming it is the channel's own
  for (const j of ch.junctions) if (j.element) texts.push(j.element);
  let ends: [string | undefined, string | undefined] | undefined;
  const kept: Finding[] = [];
  for (const f of found) {
    if (!rows.has(f.row) || f.channel) return null;
    const { otherRow, ...rest } = f.params as { otherRow?: unknown };
    if (otherRow !== undefined && !(typeof otherRow === "number" && rows.has(otherRow))) return null;
    let g = f;
    if (f.assumed !== undefined) {
      const assumed = markedAssumption(f.assumed, (ends ??= endAssumptions(ch)));
      if (assumed === undefined) return null;
      if (assumed !== f.assumed) g = { ...f, assumed };
    }
    const { row: _row, params: _params, ...others } = g;
    if (quotesChannel(rest, rows, rowTexts, texts) || quotesChannel(others, rows, rowTexts, texts)) return null;
    kept.push(g);
  }
  return Object.freeze(kept);
}

/** Whether no row appears twice (a channel has a few rows: no Set needed). */
function distinct(rows: readonly number[]): boolean {
  for (let i = 1; i < rows.length; i++) for (let k = 0; k < i; k++) if (rows[i] === rows[k]) return false;
  return true;
}

/** `row` of the cached channel (its rows `from`) as the row at the same position of this one (`to`). */
const relabelled = (row: number, from: readonly number[], to: readonly number[]): number => to[from.indexOf(row)];

/** A cached finding with this channel's rows, and its ends' assumption texts where the kept one marks them. */
function relabelChannel(f: Finding, from: readonly number[], to: readonly number[], ends: readonly [string | undefined, string | undefined] | undefined): Finding {
  const otherRow = (f.params as { otherRow?: number }).otherRow;
  const g: Finding = ends && f.assumed?.includes("\u0000") ? { ...f, assumed: restoredAssumption(f.assumed, ends) } : f;
  if (otherRow === undefined) return { ...g, row: relabelled(f.row, from, to) };
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f.params)) params[k] = k === "otherRow" ? relabelled(v as number, from, to) : v;
  return { ...g, row: relabelled(f.row, from, to), params: Object.freeze(params) } as Finding;
}

/** Which end marks a kept verdict's assumptions hold (none: no field, the common case). */
function marksOf(kept: readonly Finding[]): { marks?: readonly [boolean, boolean] } {
  const marks: [boolean, boolean] = [kept.some((f) => !!f.assumed?.includes(END_MARKS[0])), kept.some((f) => !!f.assumed?.includes(END_MARKS[1]))];
  return marks[0] || marks[1] ? { marks } : {};
}

/** Whether this channel has an assumption text for every end mark the kept verdict holds. */
const canRestore = (marks: readonly [boolean, boolean] | undefined, ends: readonly [string | undefined, string | undefined]): boolean =>
  !!marks && (!marks[0] || ends[0] !== undefined) && (!marks[1] || ends[1] !== undefined);

const restoredAssumption = (assumed: string, [s, f]: readonly [string | undefined, string | undefined]): string => assumed.split(END_MARKS[0]).join(s ?? END_MARKS[0]).split(END_MARKS[1]).join(f ?? END_MARKS[1]);

/** Channels of a shape whose verdict quoted the channel are tried again this many times before the shape is given up (see cachedChannelVerdict). */
const KEEP_TRIES = 4;

/** One part's state for a shape: its kept verdict, or how many of its channels quoted themselves (given up at KEEP_TRIES). */
type PartEntry = ChannelEntry | number;

/**
 * The findings of a traced channel's own checks (`parts`, run in order and joined), once per
 * channel shape and part, relabelled with this channel's rows. Each part is kept apart, so that
 * a part whose findings quote the channel (a channel rule naming its harness rows) does not
 * make the others be worked out again for every channel. A part whose verdict quotes the
 * channel is not kept, and the next channels of the shape try again (a row number can appear
 * in a text by chance: row 2 in "MTP-12"), up to KEEP_TRIES times. A channel whose rows were
 * not all keyed by the row cache, or that names one row twice, is worked out on its own.
 */
export function cachedChannelVerdict(ch: ChannelShape, spec: object, parts: ReadonlyArray<() => Finding[]>, key: string | undefined = channelShapeKey(ch, spec)): Finding[] {
  if (key === undefined) return runAll(parts);
  let entries = channelResults.get(key);
  channelHits.record(entries !== undefined);
  if (entries === undefined) {
    if (channelResults.size >= CACHE_LIMIT) channelResults.clear();
    channelResults.set(key, (entries = new Array<PartEntry>(parts.length).fill(0)));
  }
  let rows: number[] | undefined;
  let unique: boolean | undefined;
  let shared = false;
  const out: Finding[] = [];
  for (let p = 0; p < parts.length; p++) {
    const hit = entries[p];
    if (typeof hit === "number" && hit >= KEEP_TRIES) {
      for (const f of parts[p]()) out.push(f);
      continue;
    }
    rows ??= channelRows(ch);
    unique ??= distinct(rows);
    if (typeof hit !== "number") {
      const ends = hit.marks ? endAssumptions(ch) : undefined;
      if (unique && (!ends || canRestore(hit.marks, ends))) {
        shared = true;
        for (const f of hit.found) out.push(relabelChannel(f, hit.rows, rows, ends));
        continue;
      }
      for (const f of parts[p]()) out.push(f);
      continue;
    }
    const found = parts[p]();
    for (const f of found) out.push(f);
    const kept = unique ? keptVerdict(found, ch, rows) : null;
    entries[p] = kept ? { rows, found: kept, ...marksOf(kept) } : hit + 1;
  }
  if (shared) ruleCaching.sharedChannelVerdicts++;
  return out;
}

function runAll(parts: ReadonlyArray<() => Finding[]>): Finding[] {
  const out: Finding[] = [];
  for (const run of parts) for (const f of run()) out.push(f);
  return out;
}
