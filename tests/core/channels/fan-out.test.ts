import { ChannelResult, checkSchedule } from "../../../src/core";
import { portRange } from "../../../src/core/channels";
import { HEADER, Style, rulesOf } from "./build";

/**
 * A 40G port broken out to four servers: an MTP trunk to a harness (MTP to 4 LC duplex legs)
 * or to an MPO-LC cassette, then one LC cord per leg. Explicit: one link id, the legs at one
 * sequence number; ports: the harness's legs land on PP-B01:1-4, the cassette's on CAS-1:1...
 */
function breakout(style: Style, via: "harness" | "cassette", opts: { trunk?: string; legLengths?: string[]; lowLoss?: boolean } = {}): unknown[][] {
  const ex = style === "explicit";
  const link = ex ? "B1" : "";
  const mtp = (g: string) => (opts.lowLoss ? `MTP-12 Elite UPC ${g}` : `MTP-12 UPC ${g}`);
  const lc = opts.lowLoss ? "LC/UPC low-loss duplex" : "LC/UPC duplex";
  const lengths = opts.legLengths ?? ["2 m", "2 m", "2 m", "2 m"];
  // the legs plug into 10G ports; the channel is judged at the 40G port's application
  const row = (id: string, seq: number, from: string, to: string, a: string, b: string, length: string, polarity: string, adapter: string, component: string) =>
    [id, link, ex ? seq : "", from, to, a, b, "OM4", length, component === "cord" ? "10GBASE-SR" : "40GBASE-SR4", polarity, adapter, component];
  const rows: unknown[][] = [];
  if (via === "harness") {
    rows.push(row("T1", 1, "leaf01 Eth1/5", "PP-A01:5", mtp("female"), mtp("male"), opts.trunk ?? "30 m", "Type B", "Type B", "trunk"));
    rows.push(row("H1", 2, "PP-A01:5", "PP-B01:1-4", mtp("female"), `4x ${lc}`, "1 m", "", "", "harness"));
    lengths.forEach((l, n) => rows.push(row(`L${n + 1}`, 3, ex ? `PP-B01:${n + 1}` : `pp-b01 port 0${n + 1}`, `srv0${n + 1} nic1`, lc, lc, l, "", "", "cord")));
  } else {
    rows.push(row("T1", 1, "leaf01 Eth1/5", "CAS-1", mtp("female"), mtp("male"), opts.trunk ?? "30 m", "", "", "trunk"));
    if (ex) rows.push(row("K1", 2, "CAS-1", "CAS-1", "", "", "", "", "MPO-LC cassette", "cassette"));
    lengths.forEach((l, n) => rows.push(row(`L${n + 1}`, 3, `CAS-1:${n + 1}`, `srv0${n + 1} nic1`, lc, lc, l, "", "", "cord")));
  }
  return rows;
}

const check = (rows: unknown[][]) => {
  const r = checkSchedule([HEADER, ...rows]);
  if (!r.ok) throw new Error(r.problem?.message);
  return r;
};
const legRows = (c: ChannelResult) => c.rows[c.rows.length - 1];

describe.each(["explicit", "ports"] as const)("each leg of a fan-out is its own channel (issue 12), %s", (style) => {
  it("a harness to four legs: four channels, each with the trunk and the harness, judged whole", () => {
    const r = check(breakout(style, "harness", { lowLoss: true }));
    expect(r.channels).toHaveLength(4);
    expect(r.channels.map((c) => c.rows).sort((x, y) => x[2] - y[2])).toEqual([[2, 3, 4], [2, 3, 5], [2, 3, 6], [2, 3, 7]]);
    for (const c of r.channels) {
      expect(c).toMatchObject({ source: style, lengthM: 33, leg: { sharedRows: [2, 3] } });
      expect(rulesOf(c.findings, "error")).toEqual([]);
    }
    // one leg name per channel, one split they share
    expect(new Set(r.channels.map((c) => c.link)).size).toBe(4);
    expect(new Set(r.channels.map((c) => c.leg?.of)).size).toBe(1);
  });

  it("the trunk's length and mated pair count on every leg: a long trunk fails all four, a long cord only its own leg", () => {
    const long = check(breakout(style, "harness", { trunk: "160 m", lowLoss: true }));
    expect(long.channels.map((c) => c.status)).toEqual(["ERROR", "ERROR", "ERROR", "ERROR"]);
    for (const c of long.channels) expect(rulesOf(c.findings, "error")).toContain("reach");
    const one = check(breakout(style, "harness", { lowLoss: true, legLengths: ["2 m", "140 m", "2 m", "2 m"] }));
    const failing = one.channels.filter((c) => c.status === "ERROR");
    expect(failing.map(legRows)).toEqual([5]);
    expect(failing[0].lengthM).toBe(171);
    // the trunk row carries the failing leg's reach finding, naming that channel
    const trunk = one.rows.find((x) => x.row === 2)!;
    expect(trunk.findings.filter((f) => f.rule === "reach").map((f) => f.channel?.link)).toEqual([failing[0].link]);
  });

  it("standard pairs: trunk, harness and cord over 40GBASE-SR4's 1.5 dB on every leg, the loss counted the same on each", () => {
    const r = check(breakout(style, "harness"));
    expect(r.channels.map((c) => [c.lossDb, c.budgetDb, c.status])).toEqual(Array(4).fill([1.62, 1.5, "ERROR"]));
  });

  it("the adapter before the split is one element in every leg; each leg has its own after it", () => {
    const r = check(breakout(style, "harness"));
    const ids = r.channels.map((c) => c.elements.map((e) => e.id));
    expect(new Set(ids.map((x) => x[0])).size).toBe(1);
    expect(new Set(ids.map((x) => x[1])).size).toBe(4);
    expect(r.channels[0].elements[0]).toMatchObject({ kind: "mated-pair", rows: [2, 3] });
  });

  it("an MPO-LC cassette shared by four legs: one cassette element, two pairs of loss on each leg", () => {
    const r = check(breakout(style, "cassette", { lowLoss: true }));
    expect(r.channels).toHaveLength(4);
    const cassettes = new Set(r.channels.flatMap((c) => c.elements.filter((e) => e.kind === "cassette").map((e) => e.id)));
    expect(cassettes.size).toBe(1);
    const std = check(breakout(style, "cassette"));
    // 32 m of OM4 at 3.5 dB/km and the cassette's two standard mated pairs: 0.11 + 1.5 dB, over 1.5
    expect(std.channels.map((c) => [c.lossDb, c.status])).toEqual(Array(4).fill([1.61, "ERROR"]));
    for (const c of r.channels) expect(c.lossDb).toBeLessThan(1.5);
  });
});

describe("fan-out by ports: what is not a fan-out", () => {
  it.each([
    ["PP-B01:1-4", ["pp b1 1", "pp b1 2", "pp b1 3", "pp b1 4"]],
    ["PP-B01 ports 1-4", ["pp b1 1", "pp b1 2", "pp b1 3", "pp b1 4"]],
    ["pp-b01:1,2", ["pp b1 1", "pp b1 2"]],
    ["PP-B01:3", undefined],
    ["PP-B01 port 03", undefined],
    ["PP-B01:4-1", undefined],
    ["leaf01 Eth1/1", undefined],
  ])("a fan-out end at %s lands on ports %j", (text, ports) => {
    expect(portRange(text)).toEqual(ports);
  });

  it("two cables at one cassette port still meet one to one (no fan-out)", () => {
    const r = check([
      ["C1", "", "", "leaf01 Eth1/1", "CAS-1", "MTP-12 UPC female", "MTP-12 UPC male", "OM4", "3 m", "40GBASE-SR4", "", "", ""],
      ["C2", "", "", "CAS-1", "spine01 Eth1/1", "MTP-12 UPC female", "MTP-12 UPC female", "OM4", "3 m", "40GBASE-SR4", "", "", ""],
    ]);
    expect(r.channels).toHaveLength(1);
    expect(r.channels[0].leg).toBeUndefined();
  });
});
