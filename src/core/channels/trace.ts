import type { ArrayType, PolarityMethod } from "../fields";
import { parseDecimal } from "../fields";
import { perDistinctText } from "../memo";
import type { EndContext } from "../rules/rule";
import { Connector, formatConnector } from "../connector";
import type { AdapterAtEnd, ChannelRow, Component, Hop, Junction, TracedChannel } from "./types";

/** Words that say "port" and nothing else: PP-A01 port 3, PP-A01 P3, front 3 / rear 3 of one adapter panel. */
const PORT_WORDS = new Set(["port", "prt", "front", "rear"]);

/**
 * One key for a port, however it is written: "PP-A01:3", "PP-A01 port 3", "pp-a01 P3" and
 * "PP-A01/03" are the same port. Case, spaces, punctuation and leading zeros are ignored.
 */
export const portKey = perDistinctText((text: string): string | undefined => {
  const tokens: string[] = [];
  for (const raw of text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || PORT_WORDS.has(raw)) continue;
    const t = raw.replace(/^(?:p|port|prt)(\d+)$/, "$1").replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, ""));
    tokens.push(t);
  }
  return tokens.length ? tokens.join(" ") : undefined;
});

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

/** The adapter at the junction after hop k: the Adapter cell of whichever of the two rows has its end B there. */
function junctionsOf(hops: readonly Hop[], override: ReadonlyMap<number, AdapterAtEnd> = new Map()): Junction[] {
  const out: Junction[] = [];
  for (let k = 0; k + 1 < hops.length; k++) {
    const h = hops[k];
    const n = hops[k + 1];
    const adapter =
      override.get(k) ?? (h.exit.end === "B" ? h.row.adapter : undefined) ?? (n.entry.end === "B" ? n.row.adapter : undefined) ?? transitionAt(h.exit, n.entry);
    out.push({ left: { row: h.row.ctx.row, end: h.exit }, right: { row: n.row.ctx.row, end: n.entry }, ...(adapter ? { adapter } : {}) });
  }
  return out;
}

/**
 * Where the ends meet at a location the row reader took for a cassette or conversion module
 * (src/core/ends.ts), that is the transition between them, even without an Adapter column.
 */
function transitionAt(a: EndContext, b: EndContext): AdapterAtEnd | undefined {
  const at = [a, b].find((e) => e.role?.role === "transition" && e.location);
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
 * from an end nothing else meets to the next such end. Linear in the number of rows (apart
 * from sorting rows within one link). A channel has at least two cables: a single row is
 * judged as a row.
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
  for (const list of explicit.values()) {
    if (list.some((r) => r.sequence !== undefined)) {
      list.sort((x, y) => (x.sequence ?? Infinity) - (y.sequence ?? Infinity) || x.order - y.order);
    }
    // A row that is a cassette or module is no cable: it is the transition between its neighbours.
    const hops: Hop[] = [];
    const transitions = new Map<number, AdapterAtEnd>();
    for (const r of list) {
      if (r.component === "cassette" && hops.length) {
        transitions.set(hops.length - 1, { ...(r.adapter ?? {}), text: r.adapter?.text ?? cassetteRowText(r), transition: r.adapter?.transition ?? "cassette", row: r.ctx.row });
      } else if (r.component !== "cassette") hops.push(hopOf(r, false));
    }
    if (hops.length < 2) continue;
    out.push({ link: (list[0].link as string).trim(), source: "explicit", hops, junctions: junctionsOf(hops, transitions) });
  }
  out.push(...tracePorts(byPorts));
  return out;
}

interface EndRef {
  i: number;
  end: "a" | "b";
}

function tracePorts(rows: readonly ChannelRow[]): TracedChannel[] {
  // Ends at each port (at most three kept: more than two is no adapter, and is not followed).
  const at = new Map<string, EndRef[]>();
  rows.forEach((r, i) => {
    for (const end of ["a", "b"] as const) {
      const e: EndContext = r.ctx[end];
      if (!e.location || e.atTransceiver) continue;
      const key = portKey(e.location);
      if (!key) continue;
      const list = at.get(key);
      if (!list) at.set(key, [{ i, end }]);
      else if (list.length < 3) list.push({ i, end });
    }
  });
  const partnerA: (EndRef | undefined)[] = new Array(rows.length);
  const partnerB: (EndRef | undefined)[] = new Array(rows.length);
  const partners = (ref: EndRef) => (ref.end === "a" ? partnerA : partnerB);
  for (const list of at.values()) {
    if (list.length !== 2 || list[0].i === list[1].i) continue;
    partners(list[0])[list[0].i] = list[1];
    partners(list[1])[list[1].i] = list[0];
  }
  const visited = new Uint8Array(rows.length);
  const out: TracedChannel[] = [];
  for (let i = 0; i < rows.length; i++) {
    // Start where a chain starts: a row with exactly one end met by another cable.
    if (visited[i] || !partnerA[i] === !partnerB[i]) continue;
    const hops: Hop[] = [];
    let cur: EndRef | undefined = { i, end: partnerA[i] ? "b" : "a" };
    while (cur && !visited[cur.i]) {
      visited[cur.i] = 1;
      hops.push(hopOf(rows[cur.i], cur.end === "b"));
      cur = (cur.end === "a" ? partnerB : partnerA)[cur.i];
    }
    const first = hops[0].entry.location ?? `row ${hops[0].row.ctx.row}`;
    const last = hops[hops.length - 1].exit.location ?? `row ${hops[hops.length - 1].row.ctx.row}`;
    out.push({ link: `${first} ↔ ${last}`, source: "ports", hops, junctions: junctionsOf(hops) });
  }
  return out;
}
