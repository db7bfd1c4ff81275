import { checkSchedule, ScheduleResult } from "../../src/core";
import { ruleCaching } from "../../src/core/rule-cache";
import { READS_LENGTH, READS_TEXT, RULES } from "../../src/core/rules";
import type { Finding, RuleId } from "../../src/core/findings";
import { cachedChannelVerdict } from "../../src/core/channels/verdict-cache";
import type { RowContext, Rule } from "../../src/core/rules/rule";

/*
 * The engine answers each distinct question once (src/core/rule-cache.ts) and relabels the
 * answer for every row that asks it. These tests check that a varied schedule gets, row by
 * row, exactly the findings of the rules run on every row.
 */

const HEADER = ["Cable ID", "Link", "Seq", "From", "To", "Connector A", "Connector B", "Fiber type", "Fiber count", "Length", "Application", "Polarity", "Adapter", "Mated pairs", "Notes"];

const CONNECTORS = [
  "MTP-8 APC female", "MTP-8 APC male", "MTP-12 UPC female", "MTP-12 UPC male", "MPO-24 UPC female", "MPO-16 APC female", "MPO-12 male",
  "LC/UPC duplex", "LC/APC duplex", "SC/APC", "4x LC/UPC duplex", "MTP-12 Elite female", "MPO-32 male", "LC duplex", "banana plug", "",
];
const FIBERS = ["OS2", "OM4", "OM3", "OM5", "OS1a", "MMF", "SMF", "OM3/OM4", "OM1", ""];
const APPS = ["400GBASE-DR4", "100GBASE-SR4", "10GBASE-SR", "400GBASE-SR8", "100GBASE-LR4", "40GBASE-SR4", "200GBASE-FR4", "foo", ""];
const POLARITY = ["Type B", "Type A", "Type C", "A-to-B", "A-to-A", "Method B", "Method A", "", "sideways"];
const ADAPTERS = ["", "", "Type A", "Type B", "MPO-LC cassette"];
const NOTES = ["", "", "MTP is better than MPO", "spine cord", "MPO is a brand", "breakout"];
const LENGTHS = ["3 m", "10 ft", "150 m", "280 ft", "2 km", "0.5", "12 furlongs", "", "90 m", "1,5 m"];

/** A deterministic pseudo-random stream (mulberry32), so a failure can be replayed. */
function randoms(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A schedule mixing everything the rules look at, with rows that ask the same question from
 * different places (so that answers are shared), panel ports met by two ends (mated pairs and
 * traced channels), ports met by three, equipment ports used twice, and explicit links.
 */
function variedSchedule(rows: number, seed: number): unknown[][] {
  const rnd = randoms(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const place = (i: number): string => {
    const r = rnd();
    if (r < 0.25) return `leaf${Math.floor(rnd() * 8)} Eth1/${Math.floor(rnd() * 6)}`;
    if (r < 0.35) return `srv-${i} nic1`;
    if (r < 0.45) return `spine0${Math.floor(rnd() * 3)}`;
    if (r < 0.8) return `PP-${Math.floor(rnd() * rows * 0.3)} P${Math.floor(rnd() * 3)}`;
    if (r < 0.85) return `cassette C${Math.floor(rnd() * 4)}`;
    if (r < 0.9) return `room ${i}`;
    return "";
  };
  const grid: unknown[][] = [HEADER];
  const kinds: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    // half the rows repeat an earlier row's question from another place
    const question =
      kinds.length && rnd() < 0.5
        ? pick(kinds)
        : [pick(CONNECTORS), pick(CONNECTORS), pick(FIBERS), pick(["", 8, 12, 24, "12f"]), pick(LENGTHS), pick(APPS), pick(POLARITY), pick(ADAPTERS), pick(["", "", 2, 4]), pick(NOTES)];
    if (kinds.length < 60) kinds.push(question);
    const [ca, cb, fiber, count, length, app, polarity, adapter, pairs, notes] = question;
    const link = rnd() < 0.15 ? `L${Math.floor(rnd() * rows * 0.05)}` : "";
    grid.push([rnd() < 0.02 ? "C-1" : `C-${i}`, link, link ? Math.floor(rnd() * 4) : "", place(i), place(i), ca, cb, fiber, count, length, app, polarity, adapter, pairs, notes]);
  }
  return grid;
}

function checkedBoth(grid: unknown[][]): { plain: ScheduleResult; cold: ScheduleResult; warm: ScheduleResult } {
  ruleCaching.enabled = false;
  let plain: ScheduleResult;
  try {
    plain = checkSchedule(grid);
  } finally {
    ruleCaching.enabled = true;
  }
  const cold = checkSchedule(grid);
  const warm = checkSchedule(grid);
  return { plain, cold, warm };
}

describe("rule results shared between rows that ask the same thing", () => {
  it.each([1, 2])("give every row of a varied schedule the findings of the rules run on it alone (seed %i)", (seed) => {
    const grid = variedSchedule(1000, seed);
    const { plain, cold, warm } = checkedBoth(grid);
    // the schedule exercises what the sharing must get right: findings resting on an end's
    // location, mated pairs naming the other row, channels, and many rows sharing answers
    const all = plain.rows.flatMap((r) => r.findings);
    expect(all.filter((f) => f.assumed?.includes("read from the interface name")).length).toBeGreaterThan(20);
    expect(all.filter((f) => typeof (f.params as { otherRow?: unknown }).otherRow === "number").length).toBeGreaterThan(20);
    expect(plain.channels.length).toBeGreaterThan(20);
    expect(new Set(all.map((f) => f.rule)).size).toBeGreaterThan(25);
    for (const result of [cold, warm]) {
      expect(result.rows.length).toBe(plain.rows.length);
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
      expect(result.channels).toEqual(plain.channels);
      expect(result.summary).toEqual(plain.summary);
      expect(result.matedPairs).toEqual(plain.matedPairs);
    }
  });

  it("gives the same findings when every row is distinct and the cache is passed by, and after it", () => {
    // distinct notes make every row its own question: past a few thousand rows the cache stops
    // looking (src/core/memo.ts HitRate); the varied rows that follow must come out the same
    const distinct = variedSchedule(5000, 3).map((r, i) => (i === 0 ? r : [...r.slice(0, -1), `note ${i}`]));
    const grid = [...distinct, ...variedSchedule(600, 4).slice(1)];
    const { plain, cold, warm } = checkedBoth(grid);
    for (const result of [cold, warm]) {
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
      expect(result.channels).toEqual(plain.channels);
    }
  });

  it("quotes each row's own location in an assumption, not the first row's", () => {
    const grid = [
      ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application"],
      ["C1", "leaf01 Eth1/1", "leaf02 Eth1/1", "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "3 m", "100GBASE-SR4"],
      ["C2", "leaf03 Eth1/7", "leaf04 Eth1/9", "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "3 m", "100GBASE-SR4"],
    ];
    const r = checkSchedule(grid);
    const assumed = (row: number) => r.rows.find((x) => x.row === row)?.findings.map((f) => f.assumed ?? "").join(" / ");
    expect(assumed(2)).toContain('"leaf01 Eth1/1"');
    expect(assumed(2)).not.toContain("leaf03");
    expect(assumed(3)).toContain('"leaf03 Eth1/7"');
    expect(assumed(3)).toContain('"leaf04 Eth1/9"');
    expect(assumed(3)).not.toContain("leaf01");
  });

  it("reads each cassette's type from its own name when the same cord lands at differently named cassettes", () => {
    const grid = [
      ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application"],
      ["C1", "leaf01 Eth1/1", "CAS-01 MPO-LC cassette", "LC/UPC duplex", "SC/UPC duplex", "OM4", "3 m", "10GBASE-SR"],
      ["C2", "leaf01 Eth1/2", "CAS-02 MPO-LC cassette", "LC/UPC duplex", "SC/UPC duplex", "OM4", "3 m", "10GBASE-SR"],
      ["C3", "leaf01 Eth1/3", "CM-03 24 to 2x12 conversion module", "LC/UPC duplex", "SC/UPC duplex", "OM4", "3 m", "10GBASE-SR"],
    ];
    const { plain, cold, warm } = checkedBoth(grid);
    const sides = (r: ScheduleResult) => r.rows.map((x) => x.findings.filter((f) => f.rule === "cassette-side").map((f) => f.params.expected));
    expect(sides(plain)).toEqual([["LC on the cord side"], ["LC on the cord side"], [expect.stringContaining("MPO")]]);
    expect(sides(cold)).toEqual(sides(plain));
    expect(sides(warm)).toEqual(sides(plain));
    for (const result of [cold, warm]) plain.rows.forEach((r, i) => expect(result.rows[i]).toEqual(r));
  });
});

/**
 * Channels of a few shapes repeated over many rows (src/core/rule-cache.ts, channel verdicts):
 * cord, trunk and cord between panel ports, explicit links in sequence, cassettes named by
 * their location, fan-outs over port ranges, with wrong genders, reach and polarity mistakes.
 */
function repeatedChannels(channels: number, seed: number): unknown[][] {
  const rnd = randoms(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const grid: unknown[][] = [HEADER];
  const row = (r: Partial<Record<string, unknown>>) => grid.push(HEADER.map((h) => r[h] ?? ""));
  for (let c = 0; c < channels; c++) {
    const smf = rnd() < 0.5;
    const app = smf ? "400GBASE-DR4" : pick(["100GBASE-SR4", "400GBASE-SR8"]);
    const fiber = smf ? "OS2" : pick(["OM4", "OM4", "OM3"]);
    const polish = smf ? "APC" : "UPC";
    const cord = pick([`MTP-8 ${polish} female`, `MTP-8 ${polish} female`, `MTP-8 ${polish} male`, `MTP-12 ${polish} female`]);
    const trunk = pick([`MTP-8 ${polish} male`, `MTP-8 ${polish} male`, `MTP-8 ${polish} female`]);
    const adapter = pick(["Type A", "Type B", ""]);
    const polarity = pick(["Type B", "Type A"]);
    const length = pick(["50 m", "400 m"]);
    const leaf = `leaf${c % 16} Eth1/${c}`;
    const spine = `spine0${c % 4} Eth1/${c}`;
    const kind = rnd();
    const base = { "Fiber type": fiber, Application: app, Polarity: polarity };
    if (kind < 0.55) {
      row({ ...base, "Cable ID": `A-${c}`, From: leaf, To: `PP-A${c} P1`, "Connector A": cord, "Connector B": cord, Length: "3 m", Adapter: adapter });
      row({ ...base, "Cable ID": `B-${c}`, From: `PP-A${c} P1`, To: `PP-B${c} P1`, "Connector A": trunk, "Connector B": trunk, Length: length, Adapter: adapter });
      row({ ...base, "Cable ID": `C-${c}`, From: `PP-B${c} P1`, To: spine, "Connector A": cord, "Connector B": cord, Length: "10 ft" });
    } else if (kind < 0.75) {
      const link = `L${c}`;
      row({ ...base, "Cable ID": `A-${c}`, Link: link, Seq: 1, From: leaf, To: `PP-A${c}`, "Connector A": cord, "Connector B": cord, Length: "3 m", Adapter: adapter });
      row({ ...base, "Cable ID": `B-${c}`, Link: link, Seq: 2, From: `PP-A${c}`, To: spine, "Connector A": trunk, "Connector B": cord, Length: length });
    } else if (kind < 0.9) {
      // an MPO trunk into a cassette named by its location, LC cords out to a server
      row({ ...base, "Cable ID": `A-${c}`, From: leaf, To: `CAS-${c} MPO-LC cassette`, "Connector A": cord, "Connector B": trunk, Length: length, Application: "100GBASE-SR4" });
      row({ ...base, "Cable ID": `B-${c}`, From: `CAS-${c} MPO-LC cassette:1`, To: `srv-${c} nic1`, "Connector A": "LC/UPC duplex", "Connector B": "LC/UPC duplex", Length: "3 m", Application: "10GBASE-SR" });
    } else {
      // a harness fanning out over a panel's ports
      row({ ...base, "Cable ID": `H-${c}`, From: leaf, To: `PP-F${c}:1-4`, "Connector A": cord, "Connector B": "4x LC/UPC duplex", Length: "5 m", Application: "10GBASE-SR" });
      for (let p = 1; p <= 4; p++) row({ ...base, "Cable ID": `F-${c}-${p}`, From: `PP-F${c}:${p}`, To: `srv-${c}-${p} nic1`, "Connector A": "LC/UPC duplex", "Connector B": "LC/UPC duplex", Length: "3 m", Application: "10GBASE-SR" });
    }
  }
  return grid;
}

describe("channel verdicts shared between channels of one shape", () => {
  it.each([5, 6])("give every channel and row the findings of a channel judged alone (seed %i)", (seed) => {
    const grid = repeatedChannels(600, seed);
    const shared = ruleCaching.sharedChannelVerdicts;
    const { plain, cold, warm } = checkedBoth(grid);
    // the schedule exercises what the sharing must get right: many channels sharing a verdict,
    // mated-pair findings naming the other row, errors at the channel's ends, reach over the channel
    expect(ruleCaching.sharedChannelVerdicts - shared).toBeGreaterThan(50);
    const all = plain.rows.flatMap((r) => r.findings);
    expect(all.filter((f) => typeof (f.params as { otherRow?: unknown }).otherRow === "number").length).toBeGreaterThan(20);
    expect(all.filter((f) => f.channel && f.severity === "error").length).toBeGreaterThan(50);
    expect(new Set(all.filter((f) => f.channel).map((f) => f.rule)).size).toBeGreaterThan(4);
    expect(plain.channels.filter((c) => c.leg).length).toBeGreaterThan(20);
    for (const result of [cold, warm]) {
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
      expect(result.channels).toEqual(plain.channels);
      expect(result.summary).toEqual(plain.summary);
    }
  });
});

describe("channel verdicts and a fan-out leg's own place", () => {
  it("quote each leg's own panel port, not the port of another harness's leg of the same shape", () => {
    // far from row 1, so that no row number appears inside the port texts by chance
    const filler = Array.from({ length: 120 }, (_, k) => [`F${k}`, "", "", `srv${k} nic1`, `srv${k} nic2`, "LC/UPC duplex", "LC/UPC duplex", "OM4", 2, "3 m", "10GBASE-SR", "A-to-B", "", "", ""]);
    const harness = (side: string, sw: string) => [
      [`T${side}`, "", "", `${sw} Eth1/1`, `PP-Y${side}:1`, "MTP-12 UPC female", "MTP-12 UPC male", "OM4", 12, "30 m", "40GBASE-SR4", "Type B", "Type B", "", ""],
      [`H${side}`, "", "", `PP-Y${side}:1`, `PP-Z${side}:1-4`, "MTP-12 UPC female", "4x LC/UPC duplex", "OM4", 8, "1 m", "40GBASE-SR4", "Type B", "", "", ""],
    ];
    const { plain, cold, warm } = checkedBoth([HEADER, ...filler, ...harness("A", "leaf01"), ...harness("B", "leaf02")]);
    const quoted = plain.channels.flatMap((c) => c.findings.map((f) => JSON.stringify(f.params))).filter((p) => /PP-Z[AB]:\d/.test(p));
    expect(quoted.length).toBeGreaterThan(0); // the schedule exercises a finding that quotes a leg's narrowed port
    for (const result of [cold, warm]) {
      expect(result.channels).toEqual(plain.channels);
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
    }
  });
});

describe("rule results keyed on what each tier of rules reads", () => {
  it("lists every row rule that reads a row's length or myth text, so that no tier's key leaves out what its rules read", () => {
    // every row rule is watched through a proxy while the engine runs over varied rows and channels
    const readers = { length: new Set<string>(), text: new Set<string>() };
    const originals = RULES.map((r) => r.checkRow);
    ruleCaching.enabled = false;
    try {
      for (const rule of RULES) {
        const check = rule.checkRow;
        if (!check) continue;
        const watch = {
          get(target: RowContext, name: string | symbol, receiver: unknown) {
            if (name === "length" || name === "text") readers[name].add(rule.id);
            return Reflect.get(target, name, receiver);
          },
        };
        (rule as Rule).checkRow = (ctx: RowContext) => check(new Proxy(ctx, watch));
      }
      checkSchedule(variedSchedule(1500, 7));
      checkSchedule(repeatedChannels(300, 8));
    } finally {
      RULES.forEach((r, i) => ((r as Rule).checkRow = originals[i]));
      ruleCaching.enabled = true;
    }
    // the watch saw the readers it must see (else it proves nothing)
    expect([...readers.length]).toEqual(expect.arrayContaining(["reach", "loss-budget"]));
    expect([...readers.text]).toContain("mpo-myth");
    for (const id of readers.length) expect([id, READS_LENGTH.has(id as RuleId) || READS_TEXT.has(id as RuleId)]).toEqual([id, true]);
    for (const id of readers.text) expect([id, READS_TEXT.has(id as RuleId)]).toEqual([id, true]);
  });

  it("gives every row the findings of the rules run on it alone when lengths and notes differ on every row", () => {
    // the first tier's answers are shared across rows whose lengths and notes all differ
    const grid = variedSchedule(3000, 9).map((r, i) => (i === 0 ? r : r.map((v, c) => (HEADER[c] === "Length" && v !== "" ? `${(1 + i * 0.1537).toFixed(3)} m` : HEADER[c] === "Notes" ? (i % 3 ? `${v} #${i}` : `MPO takes only 24 fibers, row ${i}`) : v))));
    const { plain, cold, warm } = checkedBoth(grid);
    const all = plain.rows.flatMap((r) => r.findings);
    expect(all.filter((f) => f.rule === "mpo-myth").length).toBeGreaterThan(20);
    expect(all.filter((f) => f.rule === "reach" || f.rule === "loss-budget").length).toBeGreaterThan(20);
    for (const result of [cold, warm]) {
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
      expect(result.channels).toEqual(plain.channels);
    }
  });
});

describe("channel verdicts and an assumption about a channel's end", () => {
  it("quote each channel's own transceiver port where the verdict rests on reading it from the name", () => {
    // a male MPO cord into a port taken for a transceiver by its interface name, on many
    // channels of one shape: the end rule's assumption quotes that channel's own port
    const filler = Array.from({ length: 120 }, (_, k) => [`F${k}`, "", "", `srv${k} nic1`, `srv${k} nic2`, "LC/UPC duplex", "LC/UPC duplex", "OM4", 2, "3 m", "10GBASE-SR", "A-to-B", "", "", ""]);
    const channels = Array.from({ length: 40 }, (_, c) => [
      [`A${c}`, "", "", `leaf${c} Eth1/${c + 1}`, `PP-A${c} P1`, "MTP-12 UPC male", "MTP-12 UPC female", "OM4", 12, "3 m", "100GBASE-SR4", "Type B", "Type B", "", ""],
      [`B${c}`, "", "", `PP-A${c} P1`, `PP-B${c} P1`, "MTP-12 UPC male", "MTP-12 UPC male", "OM4", 12, "40 m", "100GBASE-SR4", "Type B", "Type B", "", ""],
      [`C${c}`, "", "", `PP-B${c} P1`, `spine${c} Eth2/${c + 1}`, "MTP-12 UPC female", "MTP-12 UPC male", "OM4", 12, "3 m", "100GBASE-SR4", "Type B", "", "", ""],
    ]).flat();
    const shared = ruleCaching.sharedChannelVerdicts;
    const { plain, cold, warm } = checkedBoth([HEADER, ...filler, ...channels]);
    // channels after the first of the shape share its verdict (assumptions and all)
    expect(ruleCaching.sharedChannelVerdicts - shared).toBeGreaterThan(60);
    const assumptions = plain.channels.flatMap((c) => c.findings.filter((f) => f.assumed).map((f) => [c.link, f.assumed]));
    expect(assumptions.length).toBeGreaterThanOrEqual(80); // both ends of every channel
    for (const [link, assumed] of assumptions) expect(link).toContain(/"([^"]*)"/.exec(assumed as string)?.[1]);
    for (const result of [cold, warm]) {
      expect(result.channels).toEqual(plain.channels);
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
    }
  });
});

describe("channel verdicts kept per part, tried again after a chance quote", () => {
  const CHAIN_HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Component"];

  it("share a shape whose first channel's rows appear in its texts by chance (row 2 in MTP-12)", () => {
    // rows 2, 3, 4 start the sheet: the first channel's verdict quotes "2" and "4" in its connector and application texts
    const grid: unknown[][] = [CHAIN_HEADER];
    for (let c = 0; c < 40; c++) {
      grid.push([`A${c}`, `leaf${c} Eth1/${c + 1}`, `PP-A${c}:1`, "MTP-12 UPC female", "MTP-12 UPC female", "OM4", "3 m", "100GBASE-SR4", "Type B", "Type B", ""]);
      grid.push([`B${c}`, `PP-A${c}:1`, `PP-B${c}:1`, "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "40 m", "100GBASE-SR4", "Type B", "Type B", ""]);
      grid.push([`C${c}`, `PP-B${c}:1`, `spine${c} Eth1/${c + 1}`, "MTP-12 UPC female", "MTP-12 UPC female", "OM4", "3 m", "100GBASE-SR4", "Type B", "", ""]);
    }
    const shared = ruleCaching.sharedChannelVerdicts;
    const { plain, cold, warm } = checkedBoth(grid);
    expect(plain.channels.length).toBe(40);
    expect(plain.channels[0].findings.length).toBeGreaterThan(0);
    expect(ruleCaching.sharedChannelVerdicts - shared).toBeGreaterThan(30);
    for (const result of [cold, warm]) {
      expect(result.channels).toEqual(plain.channels);
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
    }
  });

  it("share the pairs, ends, reach and loss of a shape whose channel rule names the channel's rows", () => {
    // a harness at each end of a trunk: channel-polarity names the harness rows of each leg pair
    const grid: unknown[][] = [CHAIN_HEADER];
    for (let c = 0; c < 30; c++) {
      grid.push([`HA${c}`, `leaf${c}:Eth1/1-6`, `PP-A${c}:1`, "6x LC/UPC duplex", "MTP-12 UPC female", "OM4", "3 m", "10GBASE-SR", "Type A", "Type A", "harness"]);
      grid.push([`T${c}`, `PP-A${c}:1`, `PP-B${c}:1`, "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "390 m", "10GBASE-SR", "Type B", "Type A", "trunk"]);
      grid.push([`HB${c}`, `PP-B${c}:1`, `spine${c}:Eth1/1-6`, "MTP-12 UPC female", "6x LC/UPC duplex", "OM4", "3 m", "10GBASE-SR", "Type A", "", "harness"]);
    }
    const shared = ruleCaching.sharedChannelVerdicts;
    const { plain, cold, warm } = checkedBoth(grid);
    expect(plain.channels.length).toBe(180);
    // the schedule exercises a channel rule quoting its rows, and findings of the other parts
    const all = plain.channels.flatMap((c) => c.findings);
    expect(all.some((f) => f.rule === "channel-polarity" && /rows \d+ and \d+/.test(JSON.stringify(f.params)))).toBe(true);
    expect(all.some((f) => f.rule !== "channel-polarity")).toBe(true);
    expect(ruleCaching.sharedChannelVerdicts - shared).toBeGreaterThan(100);
    for (const result of [cold, warm]) {
      expect(result.channels).toEqual(plain.channels);
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
    }
  });
});

describe("a channel's figures worked out once per channel shape", () => {
  // Channels of one shape share their application, grades, summed length and loss figures
  // (channels/judge.ts shapeFigures); every field those read must be in the key: each variant
  // below differs from the first in one of them (on the trunk's row, the loss grade on all three).
  const VARIANTS: Array<Partial<Record<"length" | "fiber" | "app" | "splices" | "pairLoss" | "lossGrade" | "spineEnd", string>>> = [
    {},
    { length: "40.4 m" },
    { length: "131 ft" },
    { fiber: "OM3" },
    { app: "40GBASE-SR4" },
    { splices: "2" },
    { pairLoss: "0.5" },
    { lossGrade: "low-loss" },
    { spineEnd: "PP-Z" },
  ];
  const HEAD = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Splices", "Loss per mated pair", "Loss grade"];
  function grid(): unknown[][] {
    const g: unknown[][] = [HEAD];
    for (let ch = 0; ch < 90; ch++) {
      const v = VARIANTS[ch % VARIANTS.length];
      const spine = v.spineEnd ? `${v.spineEnd}${ch}:1` : `spine${ch % 4} Eth1/${ch}`;
      g.push([`C-${ch}a`, `leaf${ch % 8} Eth1/${ch}`, `PP-A${ch}:1`, "MTP-12 UPC female", "MTP-12 UPC female", "OM4", "3 m", "100GBASE-SR4", "Type B", "Type B", "", "", v.lossGrade ?? ""]);
      g.push([`C-${ch}b`, `PP-A${ch}:1`, `PP-B${ch}:1`, "MTP-12 UPC male", "MTP-12 UPC male", v.fiber ?? "OM4", v.length ?? "40 m", v.app ?? "100GBASE-SR4", "Type B", "Type B", v.splices ?? "", v.pairLoss ?? "", v.lossGrade ?? ""]);
      g.push([`C-${ch}c`, `PP-B${ch}:1`, spine, "MTP-12 UPC female", "MTP-12 UPC female", "OM4", "3 m", "100GBASE-SR4", "Type B", "", "", "", v.lossGrade ?? ""]);
    }
    return g;
  }

  it("gives every channel the figures it has judged alone, though its shape differs from another only in one row's length, fiber, application, splices, pair loss, loss grade or end", () => {
    const { plain, cold, warm } = checkedBoth(grid());
    expect(plain.channels.length).toBe(90);
    // the variants do change the figures (else the test could not fail)
    const figures = (c: ScheduleResult["channels"][number]) => JSON.stringify([c.application, c.lengthM, c.lossDb, c.budgetDb, c.findings.map((f) => f.rule)]);
    expect(new Set(plain.channels.map(figures)).size).toBe(VARIANTS.length);
    for (const result of [cold, warm]) {
      expect(result.channels).toEqual(plain.channels);
      plain.rows.forEach((r, i) => expect([r.row, result.rows[i]]).toEqual([r.row, r]));
    }
  });
});

describe("channel verdicts that name an element", () => {
  it("are not lent to a channel of the same shape through another cassette", () => {
    // an element's id is built from a location ("cassette pp-a01", lower-cased): not a substring
    // of the location text, so the verdict cache must know it as the channel's own name
    const channel = (first: number, element: string) => {
      const end = (e: "A" | "B") => ({ end: e, field: e === "A" ? "connectorA" : "connectorB", atTransceiver: false });
      const ctx = (row: number) => ({ row, a: end("A"), b: end("B"), text: "", spec: {} }) as unknown as RowContext;
      const hop = (row: number) => ({ row: { ctx: ctx(row), question: 987654321 }, reversed: false, entry: ctx(row).a, exit: ctx(row).b });
      return { link: `L${first}`, hops: [hop(first), hop(first + 1)], junctions: [{ left: { row: first }, right: { row: first + 1 }, element }] };
    };
    const verdict = (row: number, element: string) => () => [{ rule: "channel-polarity", severity: "warning", row, columns: ["polarity"], params: { path: "polarity not checked", reason: `pairing at ${element} assumed` } }] as Finding[];
    const a = channel(10, "cassette pp-a01");
    const b = channel(20, "cassette pp-b07");
    expect(cachedChannelVerdict(a, {}, [verdict(10, "cassette pp-a01")])[0].params).toMatchObject({ reason: "pairing at cassette pp-a01 assumed" });
    expect(cachedChannelVerdict(b, {}, [verdict(20, "cassette pp-b07")])[0].params).toMatchObject({ reason: "pairing at cassette pp-b07 assumed" });
  });
});
