import { checkSchedule } from "../../../src/core";
import { checkWith, polarityFindings as polarity, sortedLinks as links } from "./build";
import { findingMessage } from "../../../src/core/messages";

/**
 * A trunk with a harness at both ends and no link id (issue 12): harness A's LC legs on
 * leaf01's ports, its MPO on PP-A01:1; the trunk PP-A01:1 to PP-B01:1; harness B from PP-B01:1
 * to spine01's ports. Each leg pair is a channel of its own, the far leg found by following the
 * fibers through the polarity types.
 */
const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Component"];

function rows(o: { mpo?: number; legs?: number; trunk?: string; adapters?: string; harness?: string; app?: string } = {}): unknown[][] {
  const mpo = o.mpo ?? 12;
  const legs = o.legs ?? 6;
  const app = o.app ?? "10GBASE-SR";
  const h = o.harness ?? "Type A";
  const ad = o.adapters ?? "Type A";
  return [
    ["HA", `leaf01:Eth1/1-${legs}`, "PP-A01:1", `${legs}x LC/UPC duplex`, `MTP-${mpo} UPC female`, "OM4", "3 m", app, h, ad, "harness"],
    ["T1", "PP-A01:1", "PP-B01:1", `MTP-${mpo} UPC male`, `MTP-${mpo} UPC male`, "OM4", "40 m", app, o.trunk ?? "Type B", ad, "trunk"],
    ["HB", "PP-B01:1", `spine01:Eth1/1-${legs}`, `MTP-${mpo} UPC female`, `${legs}x LC/UPC duplex`, "OM4", "3 m", app, h, "", "harness"],
  ];
}

const check = (r: unknown[][]) => checkWith(HEADER, r);

describe("a trunk with a fan-out at both ends, traced by ports (issue 12)", () => {
  it("Type B trunk, Type A adapters and harnesses (Method U1): six leg pairs, leg k meets leg 7−k, judged right", () => {
    const r = check(rows());
    expect(r.channels).toHaveLength(6);
    expect(links(r.channels)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${7 - k}`));
    for (const c of r.channels) {
      expect(c).toMatchObject({ source: "ports", rows: [2, 3, 4], lengthM: 46, leg: { pairedBy: "positions" } });
      // the pairing rests on an assumed leg map: said, as a warning, and no other polarity finding
      expect(polarity(c).map((f) => [f.severity, /found by following the leg's fibers .* assumed leg map \(leg k on MPO positions 2k−1 and 2k/.test(findingMessage(f))])).toEqual([["warning", true]]);
      expect(c.status).toBe("WARNING");
    }
  });

  it("an MPO-8 (4 legs) trunk pairs legs k and k (lane k on positions k and 13−k)", () => {
    const r = check(rows({ mpo: 8, legs: 4, app: "40GBASE-SR4" }));
    expect(links(r.channels)).toEqual([1, 2, 3, 4].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${k}`));
  });

  it.each([
    [24, 12],
    [16, 8],
  ])("MPO-%i to %i legs at both ends: one channel per leg pair", (mpo, legs) => {
    const r = check(rows({ mpo, legs }));
    expect(r.channels).toHaveLength(legs);
    expect(links(r.channels)[0]).toBe(`leaf01:Eth1/1 ↔ spine01:Eth1/${legs}`);
  });

  it("Type A trunk with Type A adapters and harnesses and no A-to-A cord (Method A short of its cord): transmit meets transmit on every leg, a warning", () => {
    const r = check(rows({ trunk: "Type A" }));
    expect(links(r.channels)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${k}`));
    for (const c of r.channels) {
      const found = polarity(c);
      expect(found.map((f) => f.severity)).toEqual(["warning", "warning"]);
      expect(found.some((f) => /transmit meets transmit/.test(findingMessage(f)))).toBe(true);
    }
  });

  it("a trunk without a polarity type: legs paired by order only, and said so", () => {
    const r = check(rows({ trunk: "" }));
    expect(links(r.channels)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${k}`));
    for (const c of r.channels) {
      expect(c.leg?.pairedBy).toBe("order");
      expect(polarity(c).some((f) => f.severity === "warning" && /taken by order only/.test(findingMessage(f)))).toBe(true);
    }
  });

  it("Leg maps stated on both harnesses: the pairing is the schedule's own (no warning), and the channel is OK", () => {
    const map = "1/2, 3/4, 5/6, 7/8, 9/10, 11/12";
    const r = checkSchedule([[...HEADER, "Leg map"], ...rows({ harness: "" }).map((x, k) => [...x, k === 1 ? "" : map])]);
    expect(links(r.channels)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${7 - k}`));
    for (const c of r.channels) {
      expect(polarity(c)).toEqual([]);
      expect(c.status).toBe("OK");
    }
  });
});
