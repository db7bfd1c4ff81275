/**
 * The functions parse each distinct cell value once (functions.ts parsedOnce) and the header
 * reading keeps what it worked out per text (headers.ts): the answers must be the ones worked
 * out afresh, for every function, over a varied sample with repeats (so that a range meets its
 * own earlier cells in the caches), as single calls and as ranges, on the first call and again.
 */
import { cell, one } from "./custom-functions-stub";
import { ruleCaching } from "../../src/core/rule-cache";
import * as functions from "../../src/functions/functions";

const { parsing } = functions;

const CONNECTORS = [
  "MTP-12 UPC female", "MPO-12 UPC male", "mtp12 apc pinned", "MPO-16 APC (F)", "MPO-24 UPC male", "Base-8 MTP",
  "LC/UPC duplex", "lc upc duplex", "SC/APC", "4x LC/UPC duplex", "MTP-12 low-loss APC female", "MPO-12 female",
  "MPO-8 APC male", "CS duplex", "banana", "", 12, "MPO-12 UPC male female",
];
const FIBERS = ["OM3", "OM4", "OM5", "OS2", "OS1a", "MMF", "smf-os2", "50/125", "OM3/OM4", "", "copper", 4];
const APPLICATIONS = ["100GBASE-SR4", "400GBASE-DR4", "400GBASE-SR8", "10GBASE-SR", "40GBASE-SR4", "100G-SR4", "QSFP28 SR4", "SR4", "100GBASE-XR9", "", "fast"];
const LENGTHS = [3, 30, 70, 100, 150, 400, 2000, "30 m", "0.3 km", "100 ft", "", "long", -5, 0];
const POLARITIES = ["B", "Type A", "Method B", "A-to-B", "A,A,A,A,B", "A,B,A", "U1", "", "sideways"];
const COUNTS = [0, 1, 2, 4, "2", "", "two", 1.5];
const DBS = [0.35, 0.5, "0.75 dB", "", "lots"];
const WAVELENGTHS = [850, 1300, 1310, 1550, "", "1550 nm", 999];
const PRIORITIES = ["performance", "cost", "density", "", "speed"];

/** Sample values by parameter name, as bench/functions.js picks them. */
const SAMPLES: Record<string, readonly unknown[]> = {
  text: CONNECTORS,
  connector1: CONNECTORS,
  connector2: CONNECTORS,
  connectorA: CONNECTORS,
  connectorB: CONNECTORS,
  application: APPLICATIONS,
  fiberType: FIBERS,
  lengthM: LENGTHS,
  polarity: POLARITIES,
  path: POLARITIES,
  matedPairs: COUNTS,
  splices: COUNTS,
  pairLossDb: DBS,
  dbPerKm: DBS,
  wavelengthNm: WAVELENGTHS,
  priority: PRIORITIES,
};

/** A fixed pseudo-random walk (a linear congruential generator), so the sample is the same on every run. */
function picker(seed: number): <T>(xs: readonly T[]) => T {
  let s = seed;
  return (xs) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return xs[s % xs.length];
  };
}

const paramsOf = (fn: (...args: never[]) => unknown): string[] =>
  (/^[^(]*\(([^)]*)\)/.exec(fn.toString())?.[1] ?? "")
    .split(",")
    .map((p) => p.replace(/=.*$/, "").trim())
    .filter(Boolean);

type Fn = (...args: unknown[][][]) => unknown;
const CELL_FUNCTIONS = (Object.entries(functions) as Array<[string, unknown]>).filter(
  (e): e is [string, Fn] => typeof e[1] === "function" && e[0] !== "channel" && e[0] !== "applications" && e[0] !== "polarity",
);

/** One answer with every cache off (the rules run on every row, every text parsed again). */
function uncached<T>(run: () => T): T {
  parsing.cached = false;
  ruleCaching.enabled = false;
  try {
    return run();
  } finally {
    parsing.cached = true;
    ruleCaching.enabled = true;
  }
}

/** As uncached, for an answer that comes as a promise (CHANNEL fetches the engine's chunk first). */
async function uncachedAsync<T>(run: () => Promise<T>): Promise<T> {
  parsing.cached = false;
  ruleCaching.enabled = false;
  try {
    return await run();
  } finally {
    parsing.cached = true;
    ruleCaching.enabled = true;
  }
}

const ROWS = 300;

describe("answers with the parse cache are the answers worked out afresh", () => {
  it("covers the functions (a new one joins this test by being exported)", () => {
    expect(CELL_FUNCTIONS.map(([name]) => name).sort()).toEqual(["budget", "check", "fibers", "loss", "margin", "mates", "mdi", "normalize", "reach", "recommend"]);
  });

  it.each(CELL_FUNCTIONS)("%s: as ranges and as single calls, first and again", (name, fn) => {
    const params = paramsOf(fn as (...args: never[]) => unknown);
    for (const p of params) expect(SAMPLES[p]).toBeDefined();
    const pick = picker(name.length * 7919 + 17);
    const rows = Array.from({ length: ROWS }, () => params.map((p) => pick(SAMPLES[p])));
    const columns = params.map((_, i) => rows.map((r) => [r[i]]));
    const fresh = uncached(() => fn(...columns)) as unknown[][];
    expect(fresh).toHaveLength(ROWS);
    // the sample meets every kind of answer: a value, a #VALUE! and (for most) a #N/A or a finding
    expect(fresh.some(([v]) => typeof v !== "object")).toBe(true);
    expect(fresh.some(([v]) => typeof v === "object")).toBe(true);
    expect(fn(...columns)).toEqual(fresh);
    expect(fn(...columns)).toEqual(fresh);
    rows.slice(0, 60).forEach((r, i) => {
      const args = r.map(cell);
      expect(one(fn(...args) as unknown[][])).toEqual(fresh[i][0]);
      expect(fn(...args)).toEqual(uncached(() => fn(...args)));
    });
  });

  it("applications and polarity: each of their arguments, first and again", () => {
    for (const f of [...FIBERS, undefined]) {
      const args = f === undefined ? [] : [cell(f)];
      const fresh = uncached(() => functions.applications(...args));
      expect(functions.applications(...args)).toEqual(fresh);
      expect(functions.applications(...args)).toEqual(fresh);
    }
    for (const p of [...POLARITIES, [["A", "A", "A", "A", "B"]], [["A", "B"]]]) {
      const arg = Array.isArray(p) ? p : cell(p);
      const fresh = uncached(() => functions.polarity(arg));
      expect(functions.polarity(arg)).toEqual(fresh);
      expect(functions.polarity(arg)).toEqual(fresh);
    }
  });
});

describe("CHANNEL with the header reading kept per text", () => {
  // A two-row header (Source / Destination over Hostname / Port), and a From/To pair that
  // holds connectors (weighed as connector columns): both read the top rows' texts the caches keep.
  const grouped = [
    ["", "Source", "", "", "Destination", "", "", "", "", ""],
    ["Link", "Hostname", "Port", "Connector", "Hostname", "Port", "Connector", "Fiber type", "Length", "Application"],
    ["L1", "leaf1", "Eth1/1", "MTP-12 UPC female", "PP-A1", "1", "MTP-12 UPC female", "OM4", "3 m", "100GBASE-SR4"],
    ["L1", "PP-A1", "1", "MTP-12 UPC male", "PP-B1", "1", "MTP-12 UPC male", "OM4", "40 m", "100GBASE-SR4"],
    ["L1", "PP-B1", "1", "MTP-12 UPC female", "spine1", "Eth1/1", "MTP-12 UPC female", "OM4", "3 m", "100GBASE-SR4"],
  ];
  const weighed = [
    ["Cable ID", "Link", "Seq", "From", "To", "Fiber", "Length", "Optic", "Polarity"],
    ["C1", "L1", 1, "MTP-12 UPC female", "MTP-12 UPC female", "OM4", 3, "100GBASE-SR4", "B"],
    ["C2", "L1", 2, "MTP-12 UPC male", "MTP-12 UPC male", "OM4", 400, "100GBASE-SR4", "B"],
    ["C3", "L1", 3, "MTP-12 UPC female", "MTP-12 UPC female", "OS2", 3, "100GBASE-SR4", "A"],
  ];
  it.each([
    ["a two-row header", grouped],
    ["location columns that hold connectors", weighed],
  ])("%s: the same table on the first call, again, and with the rules run on every row", async (_label, grid) => {
    const first = await functions.channel(grid);
    expect(first.length).toBeGreaterThan(1);
    expect(await functions.channel(grid)).toEqual(first);
    expect(await uncachedAsync(() => functions.channel(grid))).toEqual(first);
  });
});
