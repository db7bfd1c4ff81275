import { ParseResult, fail, ok } from "./parse-result";

export type ArrayFamily = "MPO" | "MTP";
export type SingleFamily = "LC" | "SC" | "FC" | "ST" | "CS" | "SN" | "MDC" | "E2000" | "MTRJ";
export type ConnectorFamily = ArrayFamily | SingleFamily;
export type Polish = "PC" | "UPC" | "APC";
/** male = pinned (two guide pins), female = unpinned. */
export type Gender = "male" | "female";
/** MPO key position: centre for rows of 12 (MPO-8/12/24), offset for rows of 16 (MPO-16/32). */
export type MpoKey = "centre" | "offset";

export interface Connector {
  family: ConnectorFamily;
  /** Fibers: the array count for MPO/MTP; 2 for duplex, 1 for simplex single-fiber connectors. */
  fiberCount?: number;
  gender?: Gender;
  polish?: Polish;
  key?: MpoKey;
  duplex?: boolean;
  /** Low-loss grade named in the text (MTP Elite, low-loss, ULL). */
  lowLoss?: boolean;
  /** Fan-out legs for a breakout end written as "4x LC duplex". */
  legs?: number;
}

export const isArrayFamily = (f: ConnectorFamily): f is ArrayFamily => f === "MPO" || f === "MTP";
export const isArray = (c: Connector): boolean => isArrayFamily(c.family);

/** Fiber counts made as standard MPO/MTP products (fact sheet §1.2). */
export const STANDARD_MPO_COUNTS: readonly number[] = [8, 12, 16, 24, 32, 48, 72];
/** Counts that exist but are unusual (fact sheet §1.2: 60, 96 and more; 4 to 72 per one source). */
export const UNUSUAL_MPO_COUNTS: readonly number[] = [4, 36, 60, 96, 144];

export const keyForCount = (n: number | undefined): MpoKey | undefined =>
  n === 16 || n === 32 ? "offset" : n === 8 || n === 12 || n === 24 ? "centre" : undefined;

/** Ferrule positions: an MPO-8 is a 12-position ferrule with positions 5 to 8 empty. */
export const positionsOf = (c: Connector): number | undefined =>
  c.fiberCount === 8 && isArray(c) ? 12 : c.fiberCount;

const EXPECTED =
  'a connector such as "MTP-12 APC female", "MPO-16 UPC male", "Base-8 MTP", "LC/UPC duplex" or "SC/APC"';

const FAMILY_WORDS: Record<string, ConnectorFamily> = {
  mpo: "MPO", mtp: "MTP", lc: "LC", sc: "SC", fc: "FC", st: "ST", cs: "CS", sn: "SN", mdc: "MDC",
  e2000: "E2000", lsh: "E2000", mtrj: "MTRJ",
};
const POLISH_WORDS: Record<string, Polish> = { pc: "PC", upc: "UPC", apc: "APC", spc: "PC" };
const MALE = new Set(["male", "m", "pinned", "pin", "pins", "withpins"]);
const FEMALE = new Set(["female", "f", "unpinned", "nonpinned", "pinless", "nopins", "withoutpins"]);
/** What follows a fiber count glued to it: "12F", "24fo", "12core". */
const FIBER_UNIT = /^(f|fo|fib|fiber|fibre|fibers|fibres|c|core|cores|strand|strands)$/;
const LOW_LOSS = new Set(["elite", "lowloss", "ll", "ull", "ultralowloss", "premium"]);
/** Words people add that say nothing the parser needs (colours, cable words, media hints). */
const FILLER = new Set([
  "connector", "connectors", "conn", "plug", "cable", "cord", "patch", "patchcord", "jumper", "trunk", "harness",
  "assembly", "fiber", "fibre", "fibers", "fibres", "type", "style", "aqua", "blue", "green", "beige", "black",
  "yellow", "violet", "lime", "grey", "gray", "white", "red", "multimode", "singlemode", "mm", "sm", "mmf", "smf",
  "om1", "om2", "om3", "om4", "om5", "os1", "os1a", "os2", "standard", "std", "grade", "polish", "polished", "end",
  "the", "with", "w", "and", "connectorized", "port", "receptacle", "®", "tm", "uniboot",
]);

/**
 * Reads connector text as people type it into a schedule: "MTP-12 F APC", "MTP®24 female",
 * "mpo12/apc pinned", "12F MPO UPC male", "MPO-16 APC (F)", "Base-8 MTP", "LC/UPC duplex", "4x LC duplex".
 * Never throws.
 */
export function parseConnector(input: unknown): ParseResult<Connector> {
  const raw = typeof input === "number" ? String(input) : typeof input === "string" ? input : "";
  if (typeof input !== "string" && typeof input !== "number") return fail("connector", input, "not text", EXPECTED);
  const text = raw.trim();
  if (!text) return fail("connector", raw, "empty", EXPECTED);
  if (text.length > 200) return fail("connector", raw, "too long for a connector", EXPECTED);

  // Marks go before NFKC, which would turn "™" into letters glued to the family ("mtptm").
  let s = text
    // Invisible format marks (zero-width space, right-to-left marks) come in with text pasted from the web.
    .replace(/[®™©℠\p{Cf}]/gu, " ")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\bmt[\s-]?rj\b/g, "mtrj")
    .replace(/\be[\s-]?2000\b/g, "e2000")
    .replace(/\blow[\s-]?loss\b/g, "lowloss")
    .replace(/\bultra[\s-]?lowloss\b/g, "ultralowloss")
    .replace(/\b(non|un)[\s-]?pinned\b/g, "nonpinned")
    .replace(/\bno[\s-]?pins?\b/g, "nopins")
    .replace(/\b(w\/o|without)[\s-]?pins?\b/g, "withoutpins")
    .replace(/\bw\/\s?pins?\b/g, "withpins")
    .replace(/\bwith[\s-]pins?\b/g, "withpins")
    .replace(/\bbase[\s-]?(\d+)\b/g, "base$1");

  let legs: number | undefined;
  const lead = /^(\d{1,2})\s*[x×*]\s*(?=[a-z])/.exec(s);
  const trail = /\s[x×*]\s*(\d{1,2})$/.exec(s);
  if (lead) {
    legs = Number(lead[1]);
    s = s.slice(lead[0].length);
  } else if (trail) {
    legs = Number(trail[1]);
    s = s.slice(0, trail.index);
  }

  const tokens = s.split(/[\s/\\_,;:()[\]{}|+.-]+/).filter(Boolean);
  const families = new Set<ConnectorFamily>();
  let count: number | undefined;
  let gender: Gender | undefined;
  let polish: Polish | undefined;
  let duplex: boolean | undefined;
  let lowLoss = false;
  const unknown: string[] = [];
  const conflicts: string[] = [];

  const setCount = (n: number) => {
    if (count !== undefined && count !== n) conflicts.push(`fiber counts ${count} and ${n}`);
    count = n;
  };
  const setGender = (g: Gender) => {
    if (gender && gender !== g) conflicts.push("both male and female");
    gender = g;
  };
  const setPolish = (p: Polish) => {
    if (polish && polish !== p) conflicts.push(`both ${polish} and ${p}`);
    polish = p;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let m: RegExpExecArray | null;
    if (FAMILY_WORDS[t]) families.add(FAMILY_WORDS[t]);
    else if ((m = /^(mpo|mtp)(\d{1,3})([a-z]*)$/.exec(t))) {
      families.add(FAMILY_WORDS[m[1]]);
      setCount(Number(m[2]));
      // "MPO12F" reads like "12F MPO": an F glued to the count is the fiber unit, not female.
      if (m[3] && !FIBER_UNIT.test(m[3]) && !applyWord(m[3])) unknown.push(m[3]);
    } else if ((m = /^(lc|sc|fc|st)(upc|apc|pc)$/.exec(t))) {
      families.add(FAMILY_WORDS[m[1]]);
      setPolish(POLISH_WORDS[m[2]]);
    } else if ((m = /^base(\d{1,3})$/.exec(t))) setCount(Number(m[1]));
    else if ((m = /^(\d{1,3})([a-z]+)$/.exec(t)) && FIBER_UNIT.test(m[2])) setCount(Number(m[1]));
    else if (/^\d{1,3}$/.test(t)) {
      // "12 fiber", "12 strands": the word after the number is a unit, not a gender.
      const next = tokens[i + 1];
      if (next && /^(fiber|fibre|fibers|fibres|core|cores|strand|strands|fo)$/.test(next)) i++;
      setCount(Number(t));
    } else if (!applyWord(t)) unknown.push(t);
  }

  function applyWord(t: string): boolean {
    if (POLISH_WORDS[t]) setPolish(POLISH_WORDS[t]);
    else if (MALE.has(t)) setGender("male");
    else if (FEMALE.has(t)) setGender("female");
    else if (LOW_LOSS.has(t)) lowLoss = true;
    else if (t === "duplex" || t === "dx" || t === "dup" || t === "dplx") duplex = true;
    else if (t === "simplex" || t === "sx") duplex = false;
    else if (FILLER.has(t)) return true;
    else return false;
    return true;
  }

  if (families.size === 0) return fail("connector", raw, "no connector family found", EXPECTED);
  if (families.size > 1) {
    return fail("connector", raw, `names more than one connector (${[...families].join(", ")})`, `one connector per cell: ${EXPECTED}`);
  }
  if (unknown.length) return fail("connector", raw, `did not recognise "${unknown.join(" ")}"`, EXPECTED);
  if (conflicts.length) return fail("connector", raw, `contradicts itself (${conflicts.join("; ")})`, EXPECTED);

  const family = [...families][0];
  const c: Connector = { family };
  if (isArrayFamily(family)) {
    if (count !== undefined) {
      if (count < 2 || count > 144) return fail("connector", raw, `${count} fibers is not an MPO/MTP fiber count`, EXPECTED);
      c.fiberCount = count;
      const key = keyForCount(count);
      if (key) c.key = key;
    }
    if (lowLoss) c.lowLoss = true;
    if (polish) c.polish = polish;
    if (gender) c.gender = gender;
    if (duplex !== undefined) return fail("connector", raw, "MPO/MTP is an array connector, not duplex or simplex", EXPECTED);
  } else {
    if (gender === "female") return fail("connector", raw, `${family} has no pinned/unpinned gender`, EXPECTED);
    if (count !== undefined && count !== 1 && count !== 2) {
      return fail("connector", raw, `${family} carries one or two fibers, not ${count}`, EXPECTED);
    }
    if (polish) c.polish = polish;
    if (lowLoss) c.lowLoss = true;
    const inherentlyDuplex = family === "CS" || family === "SN" || family === "MDC" || family === "MTRJ";
    const isDuplex = duplex ?? (count === 2 ? true : count === 1 ? false : inherentlyDuplex ? true : undefined);
    if (isDuplex !== undefined) {
      c.duplex = isDuplex;
      c.fiberCount = isDuplex ? 2 : 1;
    }
  }
  if (legs !== undefined && legs > 1) c.legs = legs;
  return ok(c);
}

/**
 * Canonical text (the CONNECTOR.NORMALIZE grammar):
 *   MPO family: {MTP|MPO}-{N}[ low-loss][ {PC|UPC|APC}][ {male|female}]
 *   others:     {LC|SC|FC|ST|CS|SN|MDC|E2000|MTRJ}[/{PC|UPC|APC}][ duplex]
 * A breakout end keeps its fan-out as a prefix: "4x LC/UPC duplex".
 */
export function formatConnector(c: Connector): string {
  let s: string;
  if (isArrayFamily(c.family)) {
    s = c.fiberCount !== undefined ? `${c.family}-${c.fiberCount}` : c.family;
    if (c.lowLoss) s += " low-loss";
    if (c.polish) s += ` ${c.polish}`;
    if (c.gender) s += ` ${c.gender}`;
  } else {
    s = c.family;
    if (c.polish) s += `/${c.polish}`;
    if (c.duplex) s += " duplex";
  }
  return c.legs ? `${c.legs}x ${s}` : s;
}

/** Canonical text of typed connector text, or undefined when it is not a connector. */
export const normalizeConnectorText = (text: unknown): string | undefined => {
  const r = parseConnector(text);
  return r.ok ? formatConnector(r.value) : undefined;
};
