import { isArray, positionsOf } from "../connector";
import type { ArrayType, PolarityMethod } from "../fields";
import { parseDecimal } from "../fields";
import { perDistinctText } from "../memo";
import type { EndContext } from "../rules/rule";
import { Connector, formatConnector } from "../connector";
import { arrayLegShape, cassetteLanding, harnessLegAtPort, harnessShape, legMapOf, legPositions, pairArrayLegs, pairLegs } from "./breakout";
import { isFanOut } from "./facts";
import type { AdapterAtEnd, CassettePort, ChannelRow, Component, Hop, Junction, LegOf, TracedChannel } from "./types";

/** Words that say "port" and nothing else: PP-A01 port 3, PP-A01 P3, front 3 / rear 3 of one adapter panel. */
const PORT_WORDS = new Set(["port", "prt", "front", "rear"]);

/**
 * One key for a port, however it is written: "PP-A01:3", "PP-A01 port 3", "pp-a01 P3" and
 * "PP-A01/03" are the same port. Case, spaces, punctuation and leading zeros are ignored.
 */
export const portKey = perDistinctText((text: string): string | undefined => (isAscii(text) ? asciiPortKey(text) : unicodePortKey(text)));

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * portKey for any text: the reference reading. Most port texts are plain ASCII and take
 * asciiPortKey, the same reading in one scan (no Unicode split and replaces per port: a
 * million-row schedule names a port on every row, nearly all distinct).
 */
export function unicodePortKey(text: string): string | undefined {
  const tokens: string[] = [];
  for (const raw of text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || PORT_WORDS.has(raw)) continue;
    const t = raw.replace(/^(?:p|port|prt)(\d+)$/, "$1").replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, ""));
    tokens.push(t);
  }
  return tokens.length ? tokens.join(" ") : undefined;
}

/** A letter or digit of ASCII (NFKC leaves ASCII as it is; in ASCII, \p{L} and \p{N} are these). */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** unicodePortKey for ASCII text, token by token. */
function asciiPortKey(text: string): string | undefined {
  let out = "";
  let any = false;
  for (let i = 0; i < text.length; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    const raw = text.slice(i, j).toLowerCase();
    i = j;
    if (PORT_WORDS.has(raw)) continue;
    const t = stripZeros(portNumber(raw));
    out = any ? `${out} ${t}` : t;
    any = true;
  }
  return any ? out : undefined;
}

/** "p3", "port3", "prt3" → "3" (as /^(?:p|port|prt)(\d+)$/ → "$1"); any other token as it is. */
function portNumber(raw: string): string {
  for (const prefix of ["p", "port", "prt"]) {
    if (raw.length <= prefix.length || !raw.startsWith(prefix)) continue;
    let k = prefix.length;
    while (k < raw.length && isDigitCode(raw.charCodeAt(k))) k++;
    if (k === raw.length) return raw.slice(prefix.length);
  }
  return raw;
}

/** Leading zeros off every run of digits, one digit kept ("a007b00" → "a7b0"). */
function stripZeros(t: string): string {
  if (!t.includes("0")) return t;
  let out = "";
  for (let i = 0; i < t.length; ) {
    if (!isDigitCode(t.charCodeAt(i))) {
      out += t[i++];
      continue;
    }
    let e = i;
    while (e < t.length && isDigitCode(t.charCodeAt(e))) e++;
    while (i < e - 1 && t.charCodeAt(i) === 48) i++;
    out += t.slice(i, e);
    i = e;
  }
  return out;
}

/** Reads an Adapter cell: "Type A", "key-up/key-down", "Type B adapter", "MPO-LC cassette (U1)", "24 to 2x12 conversion module". */
export function parseAdapter(value: unknown): AdapterAtEnd | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).trim().slice(0, 200);
  if (!text) return undefined;
  const s = text.toLowerCase().replace(/[\u2010-\u2015]/g, "-");
  const adapter: AdapterAtEnd = { text };
  if (/\bconver(sion|ter)\b|\b(24|16)\s*(-|to)\s*2\s*x\s*(12|8)\b/.test(s)) adapter.transition = "conversion-module";
  else if (/\b(cassette|module|transition|fan-?out|breakout)\b/.test(s)) adapter.transition = "cassette";
  const method = /\bmethod\s*-?\s*(a|b|c|u1|u2)\b/.exec(s) ?? /\b(u1|u2)\b/.exec(s);
  if (method) adapter.method = method[1].toUpperCase() as PolarityMethod;
  if (/key[\s-]*up\s*(?:\/|-|to)?\s*key[\s-]*down/.test(s)) adapter.type = "A";
  else if (/key[\s-]*up\s*(?:\/|-|to)?\s*key[\s-]*up/.test(s)) adapter.type = "B";
  else {
    const t = /\btype\s*-?\s*([abc])\b/.exec(s) ?? /^([ab])$/.exec(s);
    if (t) adapter.type = t[1].toUpperCase() as ArrayType;
  }
  return adapter;
}

/** Reads a Component/Type cell: cord, trunk, harness (breakout, fan-out) or cassette (module). */
export function parseComponent(value: unknown): Component | undefined {
  const s = typeof value === "string" ? value.toLowerCase() : "";
  if (/\b(cassette|module)\b/.test(s)) return "cassette";
  if (/\b(harness|breakout|fan-?out)\b/.test(s)) return "harness";
  if (/\btrunk\b/.test(s)) return "trunk";
  if (/\b(cord|patch|jumper|lead)\b/.test(s)) return "cord";
  return undefined;
}

/** A Leg map cell: "1/12, 2/11, 3/10, 4/9" or "1-2 3-4 5-6": one pair of MPO positions per leg, in leg order. */
export function parseLegMap(value: unknown): Array<[number, number]> | undefined {
  if (typeof value !== "string") return undefined;
  const pairs = [...value.slice(0, 500).matchAll(/(\d{1,2})\s*(?:\/|-|&|:|and|to|→)\s*(\d{1,2})/gi)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
  return pairs.length ? pairs : undefined;
}

/** A sequence number: 1, "2", "3.0", "Hop 4". */
export function parseSequence(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const m = /(\d+(?:[.,]\d+)?)/.exec(value);
  return m ? parseDecimal(m[1]) : undefined;
}

const hopOf = (row: ChannelRow, reversed: boolean): Hop => ({
  row,
  reversed,
  entry: reversed ? row.ctx.b : row.ctx.a,
  exit: reversed ? row.ctx.a : row.ctx.b,
});

/** The element two ends meet in, named so that the same adapter or cassette has the same id in every channel through it. */
const endId = (row: number, end: EndContext): string => `${row}${end.end}`;
function elementOf(h: Hop, n: Hop, adapter: AdapterAtEnd | undefined, cassetteRow: number | undefined): string {
  if (cassetteRow !== undefined) return `cassette row ${cassetteRow}`;
  if (adapter?.transition) {
    const at = [h.exit, n.entry].find((e) => e.role?.role === "transition" && e.location) ?? [h.exit, n.entry].find((e) => e.location);
    const key = at?.location ? portKey(at.location) : undefined;
    if (key) return `${adapter.transition} ${deviceKey(key)}`;
  }
  const ends = [endId(h.row.ctx.row, h.exit), endId(n.row.ctx.row, n.entry)].sort();
  // joined into one flat string: a template leaves a tree of five pieces, kept with every channel
  return ["mated pair ", ends[0], "-", ends[1]].join("");
}

/** The adapter at the junction after hop k: the Adapter cell of whichever of the two rows has its end B there. */
function junctionsOf(hops: readonly Hop[], override: ReadonlyMap<number, AdapterAtEnd & { row?: number }> = new Map()): Junction[] {
  const out: Junction[] = [];
  for (let k = 0; k + 1 < hops.length; k++) {
    const h = hops[k];
    const n = hops[k + 1];
    const given = override.get(k);
    const cell = (h.exit.end === "B" ? h.row.adapter : undefined) ?? (n.entry.end === "B" ? n.row.adapter : undefined);
    // an MPO end and a duplex end at a cassette's ports meet in the cassette, whatever adapter type the cell gives (its rear's)
    const at = cell && !cell.transition && arrayMeetsDuplex(h.exit, n.entry) ? transitionAt(h.exit, n.entry) : undefined;
    const adapter = given ?? (at ? { ...at, text: cell?.text ?? at.text, ...(cell?.type ? { type: cell.type } : {}), ...(cell?.method ? { method: cell.method } : {}) } : cell) ?? transitionAt(h.exit, n.entry);
    const element = elementOf(h, n, adapter, given?.row);
    const clean = given ? { text: given.text, ...(given.type ? { type: given.type } : {}), ...(given.transition ? { transition: given.transition } : {}), ...(given.method ? { method: given.method } : {}), ...(given.row !== undefined ? { row: given.row } : {}) } : adapter;
    out.push({ left: { row: h.row.ctx.row, end: h.exit }, right: { row: n.row.ctx.row, end: n.entry }, element, ...(clean ? { adapter: clean } : {}), ...(given?.row !== undefined ? { cassetteRow: given.row } : {}) });
  }
  // copied to size: an array grown by push holds 17 slots, kept with every traced channel
  return out.slice();
}

const arrayMeetsDuplex = (a: EndContext, b: EndContext): boolean => !!a.connector && !!b.connector && isArray(a.connector) !== isArray(b.connector);

/**
 * Where the ends meet at a location the row reader took for a cassette or conversion module
 * (src/core/ends.ts), that is the transition between them, even without an Adapter column.
 */
function transitionAt(a: EndContext, b: EndContext): AdapterAtEnd | undefined {
  // named by its rear (the array end) where both ends name the cassette
  const named = [a, b].filter((e) => e.role?.role === "transition" && e.location);
  const at = named.find((e) => e.connector && isArray(e.connector)) ?? named[0];
  if (!at) return undefined;
  const parsed = parseAdapter(at.location);
  return { ...parsed, text: parsed?.text ?? String(at.location), transition: parsed?.transition ?? "cassette", fromName: true };
}

/** A cassette row without an Adapter cell is named by its own connectors: "MPO-12 male to LC/UPC duplex cassette (row 5)". */
const cassetteRowText = (r: ChannelRow): string => {
  const ends = [r.ctx.a.connector, r.ctx.b.connector].filter((c): c is Connector => !!c).map(formatConnector);
  return `${ends.length ? `${ends.join(" to ")} ` : ""}cassette (row ${r.ctx.row})`;
};

const linkKey = (link: string): string => link.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Rows into channels. Rows sharing a link id form one channel, in sequence order (else sheet
 * order), end B of each meeting end A of the next. Rows without a link id are followed by
 * their From/To: two cable ends at the same panel port meet in one adapter, and a chain runs
 * from an end nothing else meets to the next such end. Where a harness or cassette fans one
 * array out, each leg that goes on is a channel of its own, sharing the part before the split
 * (see traceLink and tracePorts). Linear in the number of rows (apart from sorting rows within
 * one link). A channel has at least two cables: a single row is judged as a row.
 */
export function traceChannels(rows: readonly ChannelRow[]): TracedChannel[] {
  const explicit = new Map<string, ChannelRow[]>();
  const byPorts: ChannelRow[] = [];
  for (const r of rows) {
    if (r.link === undefined) {
      byPorts.push(r);
      continue;
    }
    const key = linkKey(r.link);
    const list = explicit.get(key);
    if (list) list.push(r);
    else explicit.set(key, [r]);
  }
  const out: TracedChannel[] = [];
  for (const list of explicit.values()) for (const c of traceLink(list)) out.push(c);
  // one at a time: spreading a hundred thousand channels into push() overflows the stack
  for (const c of tracePorts(byPorts)) out.push(c);
  return out;
}

/** A stage of a link: the rows at one sequence number (several where a fan-out's legs go on), and the cassette row before it. */
interface Stage {
  rows: ChannelRow[];
  cassette?: ChannelRow;
}

/**
 * One link id's rows. Rows at the same sequence number are parallel: the legs of the harness
 * or cassette before them, each its own channel (`L7 leg 2`) with the part before the split.
 * A later stage with as many rows continues the legs, each row joined to the leg whose far end
 * names its near end's port (else in sheet order); a later single row is on every leg.
 */
function traceLink(list: ChannelRow[]): TracedChannel[] {
  if (list.some((r) => r.sequence !== undefined)) {
    list.sort((x, y) => (x.sequence ?? Infinity) - (y.sequence ?? Infinity) || x.order - y.order);
  }
  const stages: Stage[] = [];
  let cassette: ChannelRow | undefined;
  for (const r of list) {
    // A row that is a cassette or module is no cable: it is the transition between its neighbours.
    if (r.component === "cassette") {
      if (stages.length) cassette = r;
      continue;
    }
    const last = stages[stages.length - 1];
    if (last && !cassette && r.sequence !== undefined && last.rows[0].sequence === r.sequence) last.rows.push(r);
    else stages.push({ rows: [r], ...(cassette ? { cassette } : {}) });
    cassette = undefined;
  }
  const link = (list[0].link as string).trim();
  const split = stages.findIndex((s) => s.rows.length > 1);
  const paths: Array<{ stages: ChannelRow[]; cassettes: Array<ChannelRow | undefined> }> = [];
  if (split < 0) paths.push({ stages: stages.map((s) => s.rows[0]), cassettes: stages.map((s) => s.cassette) });
  else {
    const shared = stages.slice(0, split);
    for (const leg of stages[split].rows) paths.push({ stages: [...shared.map((s) => s.rows[0]), leg], cassettes: [...shared, stages[split]].map((s) => s.cassette) });
    for (const stage of stages.slice(split + 1)) {
      const taken = new Set<ChannelRow>();
      const parallel = stage.rows.length === paths.length;
      paths.forEach((p, n) => {
        const prev = p.stages[p.stages.length - 1];
        const key = prev.ctx.b.location ? portKey(prev.ctx.b.location) : undefined;
        const byPort = key ? stage.rows.find((r) => !taken.has(r) && r.ctx.a.location && portKey(r.ctx.a.location) === key) : undefined;
        const next = byPort ?? (stage.rows.length === 1 ? stage.rows[0] : parallel && !taken.has(stage.rows[n]) ? stage.rows[n] : undefined);
        if (!next) return;
        if (stage.rows.length > 1) taken.add(next);
        p.stages.push(next);
        p.cassettes.push(stage.cassette);
      });
    }
  }
  const out: TracedChannel[] = [];
  paths.forEach((p, n) => {
    if (p.stages.length < 2) return;
    const hops = p.stages.map((r) => hopOf(r, false));
    const transitions = new Map<number, AdapterAtEnd & { row?: number }>();
    p.cassettes.forEach((c, k) => {
      if (c && k > 0) transitions.set(k - 1, { ...(c.adapter ?? {}), text: c.adapter?.text ?? cassetteRowText(c), transition: c.adapter?.transition ?? "cassette", row: c.ctx.row });
    });
    // the leg of the harness just before the split (not of a cassette there: it is a junction, judged by its method)
    const fan = paths.length > 1 && split > 0 && !stages[split].cassette && isFanOut(hops[split - 1]) ? hops[split - 1] : undefined;
    // a harness to array legs at each end of a trunk, the near legs the link's first rows: both harnesses' legs
    const far = split === 0 && paths.length > 1 && arrayLegShape(hops[1])?.arrayAtEntry === false ? hops.findIndex((h, k) => k > 1 && k < hops.length - 1 && arrayLegShape(h)?.arrayAtEntry) : -1;
    const legs = fan
      ? { legs: [legOf(split - 1, fan.exit, hops[split].entry, n + 1, paths.length)] }
      : far > 0
        ? { legs: [legOf(1, hops[1].entry, hops[0].exit, n + 1, paths.length), legOf(far, hops[far].exit, hops[far + 1].entry, n + 1, paths.length)] }
        : {};
    out.push({ link: paths.length > 1 ? `${link} leg ${n + 1}` : link, source: "explicit", hops, junctions: junctionsOf(hops, transitions), ...(paths.length > 1 ? { splitFrom: link, sharedRows: split } : {}), ...legs });
  });
  return out;
}

interface EndRef {
  i: number;
  end: "a" | "b";
}

/** A cable end as one number (row index and end), for the trace's maps: no text built per end looked up. */
const endKey = (i: number, end: "a" | "b"): number => 2 * i + (end === "b" ? 1 : 0);
const endOfKey = (key: number): EndRef => ({ i: key >>> 1, end: key & 1 ? "b" : "a" });

/** A channel end's name in a traced link: its location, else its row. */
const endName = (h: Hop, e: EndContext): string => e.location ?? `row ${h.row.ctx.row}`;

/** "pp a01 3" → "pp a01": the port's panel or cassette, where the last word is the port number. */
const deviceKey = (key: string): string => key.replace(/ \d+$/, "");

const RANGE_OR_LIST_END = /\d\s*(?:-|–|\.\.|to|[,;&])\s*\d{1,3}\s*$/i;

/**
 * The ports a fan-out end names when it lands on several: "PP-B01:1-4", "PP-B01 ports 1-4",
 * "PP-B01:1,2,3,4" are ports 1 to 4 of PP-B01. undefined for one port.
 */
export function portRange(location: string): string[] | undefined {
  const r = rangeOf(location);
  return r && r.numbers.map((n) => `${r.key} ${n}`);
}

/** The ports of a fan-out end as written, one by one: "leaf01:Eth1/1-4" → "leaf01:Eth1/1" … "leaf01:Eth1/4". */
export function portRangeNames(location: string): string[] | undefined {
  const r = rangeOf(location);
  return r && r.numbers.map((n) => `${r.base}${r.sep.replace(/ports/i, "port")}${n}`);
}

function rangeOf(location: string): { base: string; key: string; sep: string; numbers: number[] } | undefined {
  // Both forms end in two numbers joined by a range or list sign: most locations (one port)
  // are told apart by this one anchored test, not the two patterns below with their lazy prefix.
  if (!RANGE_OR_LIST_END.test(location)) return undefined;
  const m = /^(.*?)([\s:/#-]+(?:ports?|p)?\s*)(\d{1,3})\s*(?:-|–|\.\.|to)\s*(\d{1,3})\s*$/i.exec(location.trim()) ?? undefined;
  const list = m ? undefined : /^(.*?)([\s:/#-]+(?:ports?|p)?\s*)(\d{1,3}(?:\s*[,;&]\s*\d{1,3})+)\s*$/i.exec(location.trim());
  const base = m?.[1] ?? list?.[1];
  const key = base ? portKey(base) : undefined;
  if (!base || !key) return undefined;
  let numbers: number[];
  if (m) {
    const [from, to] = [Number(m[3]), Number(m[4])];
    if (to <= from || to - from > 47) return undefined;
    numbers = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  } else numbers = (list as RegExpExecArray)[3].split(/\s*[,;&]\s*/).map(Number);
  return { base, key, sep: (m ?? (list as RegExpExecArray))[2], numbers };
}

/** Which leg of a harness a cable end takes: its port's place in the harness's port range, else `fallback`. */
function legNumber(fan: EndContext, leg: EndContext, fallback: number): number {
  const range = fan.location ? portRange(fan.location) : undefined;
  const key = leg.location ? portKey(leg.location) : undefined;
  const at = range && key ? range.indexOf(key) : -1;
  return at >= 0 ? at + 1 : fallback;
}

/** Harness hop `hop`'s leg that a cable end takes (legNumber), saying when only the order placed it. */
function legOf(hop: number, fan: EndContext, leg: EndContext, order: number, of: number): LegOf {
  const n = legNumber(fan, leg, 0);
  return n > 0 ? { hop, leg: n, of } : { hop, leg: order, of, byOrder: true };
}

/**
 * Rows without a link id, followed by their ports. Two ends at one port meet in an adapter.
 * A fan-out meets several: a harness end that names a port range (PP-B01:1-4) meets the
 * cable at each of those ports, and an array (MPO) end at a cassette (CAS-1) meets the duplex
 * cables at the cassette's ports (CAS-1:1, CAS-1:2...). Channels run from an end nothing else
 * meets, through every fan-out, to each leg's far end; a leg's own far end starts nothing
 * (its channel is the one from the trunk's side).
 */
function tracePorts(rows: readonly ChannelRow[]): TracedChannel[] {
  // Ends at each port (at most three kept: more than two is no adapter, and is not followed):
  // a port is a slot of three end keys (-1: none) in one flat list, so that a port costs no list
  // of its own and an end no object (most ends of a large schedule meet nothing).
  const at = new Map<string, number>();
  const slots: number[] = [];
  const fanEnds = new Map<number, EndRef>();
  const add = (key: string, ek: number) => {
    const slot = at.get(key);
    if (slot === undefined) {
      at.set(key, slots.length);
      slots.push(ek, -1, -1);
    } else if (slots[slot + 1] < 0) slots[slot + 1] = ek;
    else if (slots[slot + 2] < 0) slots[slot + 2] = ek;
  };
  const arrayAtCassette: Array<{ key: string; ref: EndRef }> = [];
  /** The MPO ends at a cassette's rear that meet its front ports' cords. */
  const cassetteRears = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const ctx = rows[i].ctx;
    for (let side = 0; side < 2; side++) {
      const end = side ? "b" : "a";
      const e: EndContext = side ? ctx.b : ctx.a;
      if (!e.location || e.atTransceiver) continue;
      const ek = endKey(i, end);
      const range = portRange(e.location);
      if (range) {
        fanEnds.set(ek, { i, end });
        for (const key of range) add(key, ek);
        continue;
      }
      const key = portKey(e.location);
      if (!key) continue;
      add(key, ek);
      if (e.connector && isArray(e.connector) && e.role?.role === "transition") arrayAtCassette.push({ key, ref: { i, end } });
    }
  }
  const partnerA: (EndRef | undefined)[] = new Array(rows.length);
  const partnerB: (EndRef | undefined)[] = new Array(rows.length);
  const partners = (ref: EndRef) => (ref.end === "a" ? partnerA : partnerB);
  /** The legs a fan-out end meets, in port order. */
  const legsOf = new Map<number, EndRef[]>();
  const addLeg = (fan: EndRef, leg: EndRef) => {
    const k = endKey(fan.i, fan.end);
    const list = legsOf.get(k);
    if (list) list.push(leg);
    else legsOf.set(k, [leg]);
    partners(leg)[leg.i] = fan;
  };
  for (let slot = 0; slot < slots.length; slot += 3) {
    // exactly two ends, of two rows
    const first = slots[slot];
    const other = slots[slot + 1];
    if (other < 0 || slots[slot + 2] >= 0 || first >>> 1 === other >>> 1) continue;
    const x = endOfKey(first);
    const y = endOfKey(other);
    const xFan = fanEnds.has(first);
    const yFan = fanEnds.has(other);
    if (xFan && yFan) continue;
    if (xFan) addLeg(x, y);
    else if (yFan) addLeg(y, x);
    else {
      partners(x)[x.i] = y;
      partners(y)[y.i] = x;
    }
  }
  // An MPO end alone at a cassette meets the duplex cables at that cassette's numbered ports.
  if (arrayAtCassette.length) {
    const front = new Map<string, EndRef[]>();
    for (const [key, slot] of at) {
      const device = deviceKey(key);
      if (device === key || slots[slot + 1] >= 0) continue;
      const only = endOfKey(slots[slot]);
      const e = rows[only.i].ctx[only.end];
      if (!e.connector || isArray(e.connector) || partners(only)[only.i]) continue;
      const f = front.get(device);
      if (f) f.push(only);
      else front.set(device, [only]);
    }
    for (const { key, ref } of arrayAtCassette) {
      const legs = front.get(key);
      const slot = at.get(key);
      if (!legs || slot === undefined || slots[slot + 1] >= 0 || partners(ref)[ref.i]) continue;
      fanEnds.set(endKey(ref.i, ref.end), ref);
      cassetteRears.add(endKey(ref.i, ref.end));
      for (const leg of legs) addLeg(ref, leg);
    }
  }
  const isFanEnd = (ref: EndRef) => legsOf.has(endKey(ref.i, ref.end));
  const met = (i: number, end: "a" | "b") => !!(end === "a" ? partnerA : partnerB)[i] || legsOf.has(endKey(i, end));
  const visited = new Uint8Array(rows.length);
  const out: TracedChannel[] = [];
  /** Whether walking on from row i's end `from` reaches a fan-out from its legs' side before anything else ends it. */
  const entersFanFromLeg = (i: number, from: "a" | "b"): boolean => {
    let cur: EndRef | undefined = { i, end: from };
    for (let steps = 0; cur && steps <= rows.length; steps++) {
      const exit: "a" | "b" = cur.end === "a" ? "b" : "a";
      if (legsOf.has(endKey(cur.i, exit))) return false;
      const next: EndRef | undefined = (exit === "a" ? partnerA : partnerB)[cur.i];
      if (!next) return false;
      if (isFanEnd(next)) return true;
      cur = next;
    }
    return false;
  };
  // Depth first through each fan-out: one channel per leg, the hops before the split shared.
  const walk = (path: readonly Hop[], cur: EndRef, shared: number, fans: readonly LegOf[], cassette?: CassettePort): void => {
    const hops = path.length ? path.slice() : [];
    let ref: EndRef | undefined = cur;
    while (ref && !visited[ref.i]) {
      visited[ref.i] = 1;
      hops.push(hopOf(rows[ref.i], ref.end === "b"));
      const exit: "a" | "b" = ref.end === "a" ? "b" : "a";
      const legs = legsOf.get(endKey(ref.i, exit));
      if (legs) {
        const fan = hops[hops.length - 1];
        // a cassette's rear reached from a harness at the channel's start: one channel per front port and the harness leg it meets
        const toCassette = !shared && cassetteRears.has(endKey(ref.i, exit)) && hops[0].entry.location && portRangeNames(hops[0].entry.location) && harnessShape(hops[0])?.arrayAtEntry === false;
        const ports = fan.exit.connector?.fiberCount ? Math.floor(fan.exit.connector.fiberCount / 2) : legs.length;
        legs.forEach((leg, n) => {
          const fanLeg = isFanOut(fan) ? [legOf(hops.length - 1, fan.exit, rows[leg.i].ctx[leg.end], n + 1, legs.length)] : [];
          const port = toCassette ? portNumberOf(rows[leg.i].ctx[leg.end].location) : undefined;
          walk(hops, leg, hops.length, [...fans, ...fanLeg], port === undefined ? undefined : { junction: hops.length - 1, port, of: ports });
        });
        return;
      }
      ref = (exit === "a" ? partnerA : partnerB)[ref.i];
    }
    if (hops.length < 2) return;
    const first = endName(hops[0], hops[0].entry);
    const split = shared ? { splitFrom: `${first} ↔ ${endName(hops[shared - 1], hops[shared - 1].exit)}`, sharedRows: shared } : {};
    const link = `${first} ↔ ${endName(hops[hops.length - 1], hops[hops.length - 1].exit)}`;
    const junctions = junctionsOf(hops);
    if (cassette) return legAtCassette(hops, cassette, split, out);
    if (!shared && fanLegsAtEnds(link, hops, junctions, out)) return;
    // hops copied to size (see junctionsOf)
    out.push({ link, source: "ports", hops: hops.slice(), junctions, ...split, ...(fans.length ? { legs: fans } : {}) });
  };
  for (let i = 0; i < rows.length; i++) {
    // Start where a chain starts: a row with exactly one end met by another cable, not a leg's far end.
    if (visited[i] || met(i, "a") === met(i, "b")) continue;
    const entry: "a" | "b" = met(i, "a") ? "b" : "a";
    if (entersFanFromLeg(i, entry)) continue;
    walk([], { i, end: entry }, 0, []);
  }
  if (cassetteRears.size) traceCassettePairs(rows, cassetteRears, legsOf, partners, visited, out);
  if (legsOf.size > cassetteRears.size) traceArrayLegPairs(rows, cassetteRears, legsOf, partners, visited, out);
  return out;
}

/** From a cable end, away from it, to where nothing else meets or a fan-out (its end's key); the rows passed are marked visited. */
function outwardFrom(rows: readonly ChannelRow[], legsOf: ReadonlyMap<number, EndRef[]>, partners: (ref: EndRef) => (EndRef | undefined)[], visited: Uint8Array) {
  return (from: EndRef): { hops: Hop[]; fan?: number } => {
    const hops: Hop[] = [];
    let cur: EndRef | undefined = from;
    for (let steps = 0; cur && !visited[cur.i] && steps <= rows.length; steps++) {
      visited[cur.i] = 1;
      hops.push(hopOf(rows[cur.i], cur.end === "b"));
      const exit: "a" | "b" = cur.end === "a" ? "b" : "a";
      if (legsOf.has(endKey(cur.i, exit))) return { hops, fan: endKey(cur.i, exit) };
      cur = partners({ i: cur.i, end: exit })[cur.i];
    }
    return { hops };
  };
}

/**
 * A trunk with an MPO-to-duplex cassette at each end (no chain above starts there: each cord
 * enters a cassette from its front). Each front-port pair is a channel of its own: the near
 * port's cords, the trunk, the far port's cords, the far port found by following the port's
 * fibers through the cassettes (taken as straight inside) and the trunk's polarity
 * (src/core/channels/breakout.ts), or by port number where a type is missing.
 */
function traceCassettePairs(
  rows: readonly ChannelRow[],
  rears: ReadonlySet<number>,
  legsOf: ReadonlyMap<number, EndRef[]>,
  partners: (ref: EndRef) => (EndRef | undefined)[],
  visited: Uint8Array,
  out: TracedChannel[],
): void {
  const outward = outwardFrom(rows, legsOf, partners, visited);
  const portOf = (ref: EndRef): number | undefined => portNumberOf(rows[ref.i].ctx[ref.end].location);
  for (const key of rears) {
    const ref = endOfKey(key);
    if (visited[ref.i]) continue;
    const run = outward(ref);
    // the run from this cassette's rear must end at another cassette's rear (not at a harness)
    if (run.fan === undefined || run.fan === key || !rears.has(run.fan)) continue;
    const core = run.hops;
    const nearEnd = rows[ref.i].ctx[ref.end].connector;
    const positions = nearEnd ? positionsOf(nearEnd) : undefined;
    const ports = nearEnd?.fiberCount ? Math.floor(nearEnd.fiberCount / 2) : undefined;
    const nearLegs = legsOf.get(key) ?? [];
    const farLegs = new Map<number, EndRef>();
    for (const leg of legsOf.get(run.fan) ?? []) {
      const p = portOf(leg);
      if (p !== undefined && !farLegs.has(p)) farLegs.set(p, leg);
    }
    // the far port each near port's transmit fiber reaches (cassettes taken as straight inside):
    // the cassettes' adapters as the trunk and one cord at each give them
    const anyFar = [...farLegs.values()][0];
    const probe: Hop[] | undefined = nearLegs[0] && anyFar ? [hopOf(rows[nearLegs[0].i], nearLegs[0].end === "a"), ...core, hopOf(rows[anyFar.i], anyFar.end === "b")] : undefined;
    const landing = probe && positions && ports ? cassetteLanding(probe, junctionsOf(probe), 1, core.length, positions) : undefined;
    const map = positions && ports ? legMapOf({ positions, legs: ports, arrayAtEntry: false }, false) : undefined;
    const farPort = (k: number): number | undefined => {
      if (!landing || !map || !positions || !ports) return k;
      const at = landing[legPositions(map, positions, k)[0] - 1];
      for (let l = 1; l <= ports; l++) if (legPositions(map, positions, l).includes(at)) return l;
      return undefined;
    };
    const name = (h: Hop, e: EndContext) => e.location ?? `row ${h.row.ctx.row}`;
    const splitFrom = `${name(core[0], core[0].entry)} ↔ ${name(core[core.length - 1], core[core.length - 1].exit)}`;
    for (const leg of nearLegs) {
      const k = portOf(leg);
      const m = k === undefined ? undefined : farPort(k);
      const farLeg = m === undefined ? undefined : farLegs.get(m);
      if (k === undefined || m === undefined || !farLeg) continue;
      const near = outward(leg);
      const far = outward(farLeg);
      // a side that runs into another fan-out is not followed
      if (near.fan !== undefined || far.fan !== undefined || !near.hops.length || !far.hops.length) continue;
      const hops = [...near.hops.reverse().map((h) => hopOf(h.row, !h.reversed)), ...core, ...far.hops];
      const junctions = junctionsOf(hops);
      const at = near.hops.length - 1;
      const link = `${name(hops[0], hops[0].entry)} ↔ ${name(hops[hops.length - 1], hops[hops.length - 1].exit)}`;
      out.push({
        link,
        source: "ports",
        hops,
        junctions,
        splitFrom,
        sharedFrom: at + 1,
        sharedRows: at + 1 + core.length,
        cassettePorts: [
          { junction: at, port: k, of: ports ?? nearLegs.length },
          { junction: at + core.length, port: m, of: ports ?? farLegs.size },
        ],
        pairedBy: landing ? "positions" : "order",
      });
    }
  }
}

/**
 * A trunk with a harness to array legs at each end (MPO-8 cords to PP-A01:1-2, a harness to an
 * MPO-16 trunk, a harness back to MPO-8 legs): no chain above starts there (every leg cord
 * enters a fan-out from its legs' side). Each near leg is a channel with the far leg its first
 * lane reaches through the polarity types (src/core/channels/breakout.ts), or the leg of the
 * same number where a type is missing.
 */
function traceArrayLegPairs(...args: Parameters<typeof traceCassettePairs>): void {
  const [rows, rears, legsOf, partners, visited, out] = args;
  const outward = outwardFrom(rows, legsOf, partners, visited);
  const name = (h: Hop, e: EndContext) => e.location ?? `row ${h.row.ctx.row}`;
  for (const key of legsOf.keys()) {
    const ref = endOfKey(key);
    if (visited[ref.i] || rears.has(key) || !arrayLegShape(hopOf(rows[ref.i], ref.end === "b"))) continue;
    // the rows reached here are in no channel traced above (those are visited)
    const run = outward(ref);
    if (run.fan === undefined || run.fan === key || rears.has(run.fan) || !arrayLegShape(run.hops[run.hops.length - 1])) continue;
    const core = run.hops;
    const [nearFan, farFan] = [core[0], core[core.length - 1]];
    const nearLegs = legsOf.get(key) ?? [];
    const farLegs = legsOf.get(run.fan) ?? [];
    const legAt = (fan: EndContext, legs: readonly EndRef[], k: number) => legs.find((l, n) => legNumber(fan, rows[l.i].ctx[l.end], n + 1) === k);
    const splitFrom = `${name(nearFan, nearFan.entry)} ↔ ${name(farFan, farFan.exit)}`;
    nearLegs.forEach((leg, n) => {
      const k = legNumber(nearFan.entry, rows[leg.i].ctx[leg.end], n + 1);
      const nearSide = outward(leg);
      if (nearSide.fan !== undefined || !nearSide.hops.length) return;
      const nearHops = nearSide.hops.reverse().map((h) => hopOf(h.row, !h.reversed));
      const probeHops = [...nearHops, ...core];
      const found = pairArrayLegs(probeHops, junctionsOf(probeHops), nearHops.length, probeHops.length - 1, k);
      const m = found ?? k;
      const farLeg = legAt(farFan.exit, farLegs, m);
      if (!farLeg || visited[farLeg.i]) return;
      const far = outward(farLeg);
      if (far.fan !== undefined || !far.hops.length) return;
      const hops = [...probeHops, ...far.hops];
      const at = nearHops.length;
      out.push({
        link: `${name(hops[0], hops[0].entry)} ↔ ${name(hops[hops.length - 1], hops[hops.length - 1].exit)}`,
        source: "ports",
        hops,
        junctions: junctionsOf(hops),
        splitFrom,
        sharedFrom: at,
        sharedRows: at + core.length,
        legs: [{ hop: at, leg: k, of: nearLegs.length }, { hop: at + core.length - 1, leg: m, of: farLegs.length }],
        pairedBy: found === undefined ? "order" : "positions",
      });
    });
  }
}

/** A port's number: the digits that end its key (CAS-A01:3 → 3). */
function portNumberOf(location: string | undefined): number | undefined {
  const m = /(\d+)$/.exec(portKey(location ?? "") ?? "");
  return m ? Number(m[1]) : undefined;
}

/**
 * A trunk with a harness at its start (hops[0], legs on equipment ports) and a cassette at the
 * other end: the channel from cassette front port `at.port` is the harness leg that port's
 * fibers reach through the trunk's polarity (src/core/channels/breakout.ts), or the leg of the
 * same number where a type is missing. A port no leg of the harness names is left to its row check.
 */
function legAtCassette(hops: Hop[], at: CassettePort, split: { splitFrom?: string; sharedRows?: number }, out: TracedChannel[]): void {
  const names = portRangeNames(hops[0].entry.location ?? "") ?? [];
  const found = harnessLegAtPort(hops, junctionsOf(hops), at.junction, at.port);
  const leg = found ?? at.port;
  const name = names[leg - 1];
  if (!name) return;
  const legHops = [{ ...hops[0], entry: { ...hops[0].entry, location: name } }, ...hops.slice(1)];
  const last = legHops[legHops.length - 1];
  out.push({
    link: `${name} ↔ ${last.exit.location ?? `row ${last.row.ctx.row}`}`,
    source: "ports",
    hops: legHops,
    junctions: junctionsOf(legHops),
    ...split,
    legs: [{ hop: 0, leg, of: names.length }],
    cassettePort: at,
    pairedBy: found === undefined ? "order" : "positions",
  });
}

/**
 * A chain whose first or last cable is a harness with its legs on equipment ports
 * ("leaf01:Eth1/1-4"): one channel per leg, named by the leg's port. Where both ends are such
 * harnesses (a trunk with a fan-out at each end), each near leg is paired with the far leg its
 * fibers reach through the polarity types (src/core/channels/breakout.ts), or by order where a
 * type is missing. false when neither end fans out so.
 */
function fanLegsAtEnds(link: string, hops: readonly Hop[], junctions: Junction[], out: TracedChannel[]): boolean {
  const last = hops.length - 1;
  const namesAt = (h: Hop, e: EndContext) => (e.location && harnessShape(h) ? portRangeNames(e.location) : undefined);
  const near = namesAt(hops[0], hops[0].entry);
  const far = namesAt(hops[last], hops[last].exit);
  if (!near && !far) return false;
  const narrowed = (k: number, side: "entry" | "exit", location: string): Hop => ({ ...hops[k], [side]: { ...hops[k][side], location } });
  const legHops = (n?: string, f?: string): Hop[] => {
    const out = [...hops];
    if (n) out[0] = narrowed(0, "entry", n);
    if (f) out[last] = narrowed(last, "exit", f);
    return out;
  };
  const base = { source: "ports" as const, junctions, splitFrom: link, sharedRows: hops.length };
  if (near && far) {
    const pairing = pairLegs(hops, junctions);
    near.forEach((n, k) => {
      const m = pairing ? pairing.far[k] : k + 1;
      if (!m || !far[m - 1]) return;
      out.push({ ...base, link: `${n} ↔ ${far[m - 1]}`, hops: legHops(n, far[m - 1]), legs: [{ hop: 0, leg: k + 1, of: near.length }, { hop: last, leg: m, of: far.length }], pairedBy: pairing?.by ?? "order" });
    });
    return true;
  }
  const names = (near ?? far) as string[];
  const other = near ? hops[last].exit.location ?? `row ${hops[last].row.ctx.row}` : hops[0].entry.location ?? `row ${hops[0].row.ctx.row}`;
  names.forEach((name, k) => {
    out.push({ ...base, link: near ? `${name} ↔ ${other}` : `${other} ↔ ${name}`, hops: near ? legHops(name) : legHops(undefined, name), legs: [{ hop: near ? 0 : last, leg: k + 1, of: names.length }] });
  });
  return true;
}
