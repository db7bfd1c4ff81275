import { ChannelResult, Finding, checkSchedule } from "../../../src/core";
import { findingMessage } from "../../../src/core/messages";
import { HEADER, Style } from "./build";

/**
 * Polarity across a harness (issue 12): a parallel port, an MTP trunk, a harness to duplex
 * legs, one LC cord per leg. Explicit: one link id, the legs at one sequence number; ports:
 * the harness's legs land on PP-B01:1-N.
 */
interface Opts {
  trunk?: string;
  adapter?: string;
  harness?: string;
  mpo?: number;
  legs?: number;
  app?: string;
  legApp?: string;
  fiber?: string;
  /** Duplex cord type per leg (index from 0). */
  cords?: Record<number, string>;
  /** The harness's Leg map cell (a column is added for it). */
  legMap?: string;
}

function breakout(style: Style, o: Opts = {}): unknown[][] {
  const ex = style === "explicit";
  const n = o.legs ?? 4;
  const mpo = o.mpo ?? 12;
  const app = o.app ?? "40GBASE-SR4";
  const row = (id: string, seq: number, from: string, to: string, a: string, b: string, length: string, a2: string, polarity: string, adapter: string, component: string) =>
    [id, ex ? "B1" : "", ex ? seq : "", from, to, a, b, o.fiber ?? "OM4", length, a2, polarity, adapter, component];
  const rows: unknown[][] = [
    row("T1", 1, "leaf01 Eth1/5", "PP-A01:5", `MTP-${mpo} UPC female`, `MTP-${mpo} UPC male`, "30 m", app, o.trunk ?? "Type B", o.adapter ?? "Type B", "trunk"),
    row("H1", 2, "PP-A01:5", `PP-B01:1-${n}`, `MTP-${mpo} UPC female`, `${n}x LC/UPC duplex`, "1 m", app, o.harness ?? "Type B", "", "harness"),
  ];
  for (let k = 0; k < n; k++) {
    rows.push(row(`L${k + 1}`, 3, ex ? `PP-B01:${k + 1}` : `pp-b01 port 0${k + 1}`, `srv0${k + 1} nic1`, "LC/UPC duplex", "LC/UPC duplex", "2 m", o.legApp ?? app, o.cords?.[k] ?? "", "", "cord"));
  }
  return o.legMap === undefined ? rows : rows.map((r, k) => [...r, k === 1 ? o.legMap : ""]);
}

const check = (rows: unknown[][]) => {
  const r = checkSchedule([rows[0].length > HEADER.length ? [...HEADER, "Leg map"] : HEADER, ...rows]);
  if (!r.ok) throw new Error(r.problem?.message);
  return r;
};
const polarity = (c: ChannelResult): Finding[] => c.findings.filter((f) => f.rule === "channel-polarity");
const byLeg = (channels: readonly ChannelResult[]) => [...channels].sort((x, y) => x.rows[x.rows.length - 1] - y.rows[y.rows.length - 1]);

describe.each(["explicit", "ports"] as const)("polarity across a harness, leg by leg (issue 12), %s", (style) => {
  it.each([
    // [trunk, adapter, harness, passes]: the MPO part must compose to Type B (reversed) into the legs
    ["Type B", "Type B", "Type B", true],
    ["Type A", "Type A", "Type B", true],
    ["Type B", "Type A", "Type A", true],
    ["Type A", "Type A", "Type A", false],
    ["Type B", "Type B", "Type A", false],
    ["Type B", "Type A", "Type B", false],
  ])("%s trunk, %s adapter, %s harness: passes %s, and the other harness type does the opposite (a wrong leg is a warning on the assumed leg map, never an error)", (trunk, adapter, harness, passes) => {
    const other = harness === "Type A" ? "Type B" : "Type A";
    for (const [h, ok] of [[harness, passes], [other, !passes]] as const) {
      const r = check(breakout(style, { trunk, adapter, harness: h }));
      expect(r.channels).toHaveLength(4);
      for (const c of r.channels) {
        const found = polarity(c);
        if (ok) expect(found).toEqual([]);
        else {
          expect(found.map((f) => f.severity)).toEqual(["warning"]);
          expect(findingMessage(found[0])).toMatch(/assumed leg map: leg k on MPO positions k and 13−k/);
          expect(findingMessage(found[0])).toMatch(/transmit meets transmit/);
        }
        expect(c.findings.filter((f) => f.severity === "error").map((f) => f.rule)).not.toContain("channel-polarity");
      }
    }
  });

  it("an A-to-A cord on one leg swaps that leg's fibers: only that leg is wrong", () => {
    const r = check(breakout(style, { cords: { 1: "A-to-A", 2: "A-to-B" } }));
    const wrong = byLeg(r.channels).map((c) => polarity(c).length);
    expect(wrong).toEqual([0, 1, 0, 0]);
    expect(findingMessage(polarity(byLeg(r.channels)[1])[0])).toMatch(/A-to-A cord on the leg/);
  });

  it("a harness without a polarity type: not checked, said so (info)", () => {
    const r = check(breakout(style, { harness: "" }));
    for (const c of r.channels) expect(polarity(c).map((f) => [f.severity, /no polarity type for the harness \(row 3\)/.test(findingMessage(f))])).toEqual([["info", true]]);
  });

  it.each([
    [8, 4, "40GBASE-SR4", "10GBASE-SR"],
    [12, 4, "100GBASE-SR4", "25GBASE-SR"],
    [16, 8, "400GBASE-SR8", undefined],
  ])("MPO-%i to %i LC duplex legs (%s): right with Type B throughout, wrong with a Type A harness", (mpo, legs, app, legApp) => {
    const ok = check(breakout(style, { mpo, legs, app, ...(legApp ? { legApp } : {}) }));
    expect(ok.channels).toHaveLength(legs);
    for (const c of ok.channels) expect(polarity(c)).toEqual([]);
    const bad = check(breakout(style, { mpo, legs, app, harness: "Type A", ...(legApp ? { legApp } : {}) }));
    for (const c of bad.channels) expect(polarity(c).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("a Leg map column states the harness's wiring: on a stated map a wrong leg is an error, the right map passes", () => {
    const typed = { 0: "A-to-B", 1: "A-to-B", 2: "A-to-B", 3: "A-to-B" };
    const wrong = check(breakout(style, { trunk: "Type A", adapter: "Type A", legMap: "1/12, 2/11, 3/10, 4/9", cords: typed }));
    for (const c of wrong.channels) {
      const found = polarity(c);
      expect(found.map((f) => f.severity)).toEqual(["error"]);
      expect(findingMessage(found[0])).toMatch(/leg map: the Leg map of harness row 3/);
      expect(findingMessage(found[0])).not.toMatch(/assumed/);
    }
    const right = check(breakout(style, { trunk: "Type A", adapter: "Type A", legMap: "12/1, 11/2, 10/3, 9/4", cords: typed }));
    for (const c of right.channels) expect(polarity(c)).toEqual([]);
  });

  it("on a stated map, a leg cord that gives no type is taken as A-to-B: an assumption, so a wrong leg is a warning that says so", () => {
    const wrong = check(breakout(style, { trunk: "Type A", adapter: "Type A", legMap: "1/12, 2/11, 3/10, 4/9" }));
    for (const c of wrong.channels) {
      const found = polarity(c);
      expect(found.map((f) => f.severity)).toEqual(["warning"]);
      expect(findingMessage(found[0])).toMatch(/leg map: the Leg map of harness row 3 . a leg cord with no type was taken as A-to-B, so this is a warning/);
    }
  });

  it("on a stated map, a leg placed only by its order (the harness's end names no port range) is an assumption: a warning that says so", () => {
    const typed = { 0: "A-to-B", 1: "A-to-B", 2: "A-to-B", 3: "A-to-B" };
    const rows = breakout(style, { trunk: "Type A", adapter: "Type A", legMap: "1/12, 2/11, 3/10, 4/9", cords: typed }).map((r, k) =>
      k === 1 ? r.map((v, i) => (i === 4 ? "PP-B01" : v)) : k > 1 ? r.map((v, i) => (i === 3 ? (style === "explicit" ? "PP-B01" : v) : v)) : r,
    );
    const wrong = check(rows);
    expect(wrong.channels.length).toBeGreaterThan(0);
    for (const c of wrong.channels) {
      const found = polarity(c);
      expect(found.map((f) => f.severity)).toEqual(["warning"]);
      // by link id the legs are the link's rows, placed by their order; by ports they are not traced as legs at all
      if (style === "explicit") expect(findingMessage(found[0])).toMatch(/leg map: the Leg map of harness row 3 . the leg was placed by its order among the harness's legs/);
    }
  });
});
