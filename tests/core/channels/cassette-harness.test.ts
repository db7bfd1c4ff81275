import { checkSchedule } from "../../../src/core";
import { checkWith, polarityFindings, sortedLinks } from "./build";
import { findingMessage } from "../../../src/core/messages";
import { ruleCaching } from "../../../src/core/rule-cache";

/**
 * A trunk with a cassette at one end and a harness at the other, no link id (issue 12): LC cords
 * from leaf01's ports to cassette CAS-A01's front ports, the trunk from CAS-A01's rear to
 * PP-B01:1, a harness from PP-B01:1 to spine01's ports. Each front port ↔ harness leg is a
 * channel of its own, the leg found by following the port's fibers through the trunk's polarity.
 */
const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Component"];
const LC = "LC/UPC duplex";

function rows(o: { trunk?: string; harness?: string; cord?: string; flipTrunk?: boolean; ports?: number } = {}): unknown[][] {
  const n = o.ports ?? 6;
  const ends = ["CAS-A01 rear", "PP-B01:1"];
  const out: unknown[][] = [
    ["T1", ...(o.flipTrunk ? [...ends].reverse() : ends), "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "40 m", "10GBASE-SR", o.trunk ?? "Type B", "Type A", "trunk"],
    o.flipTrunk
      ? ["HB", "spine01:Eth1/1-6", "PP-B01:1", "6x LC/UPC duplex", "MTP-12 UPC female", "OM4", "3 m", "10GBASE-SR", o.harness ?? "Type A", "Type A", "harness"]
      : ["HB", "PP-B01:1", "spine01:Eth1/1-6", "MTP-12 UPC female", "6x LC/UPC duplex", "OM4", "3 m", "10GBASE-SR", o.harness ?? "Type A", "", "harness"],
  ];
  for (let k = 1; k <= n; k++) out.push([`A${k}`, `leaf01:Eth1/${k}`, `CAS-A01:${k}`, LC, LC, "OM4", "1 m", "10GBASE-SR", o.cord ?? "A-to-B", "Type A", "cord"]);
  return out;
}

const check = (r: unknown[][]) => checkWith(HEADER, r);
const pairs = (f: (k: number) => number) => [1, 2, 3, 4, 5, 6].map((k) => `spine01:Eth1/${f(k)} ↔ leaf01:Eth1/${k}`).sort((x, y) => x.localeCompare(y, "en", { numeric: true }));
const pairingSaid = /^leg \d of harness row 3 meets front port \d of the cassette at CAS-A01 rear: found by following the leg's fibers .* the cassette taken as straight inside/;

describe("a trunk with a cassette at one end and a harness at the other, traced by ports (issue 12)", () => {
  it("Type B trunk, Type A adapters and harness, A-to-B cords (Method U1): six channels, front port k meets leg 7−k, judged right", () => {
    const r = check(rows());
    expect(r.channels).toHaveLength(6);
    expect(sortedLinks(r.channels)).toEqual(pairs((k) => 7 - k));
    for (const c of r.channels) {
      const k = Number(/leaf01:Eth1\/(\d)/.exec(c.link)?.[1]);
      expect(c).toMatchObject({ source: "ports", rows: [3, 2, 3 + k], lengthM: 44, leg: { of: "spine01:Eth1/1-6 ↔ CAS-A01 rear", sharedRows: [3, 2], pairedBy: "positions" } });
      expect(c.elements?.filter((e) => e.kind === "cassette")).toHaveLength(1);
      // the pairing rests on assumptions: one warning that says so, and no other polarity finding
      expect(polarityFindings(c).map((f) => [f.severity, pairingSaid.test(findingMessage(f))])).toEqual([["warning", true]]);
      expect(c.status).toBe("WARNING");
    }
  });

  it("the trunk and the harness written from the harness's side (each adapter on the row arriving at it): the same channels, judged the same", () => {
    const r = check(rows({ flipTrunk: true }));
    expect(sortedLinks(r.channels)).toEqual(pairs((k) => 7 - k));
    for (const c of r.channels) expect(polarityFindings(c).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("Method A short of its A-to-A cord (Type A trunk, A-to-B cords): port k meets leg k, transmit meets transmit, a warning and never an error", () => {
    const r = check(rows({ trunk: "Type A" }));
    expect(sortedLinks(r.channels)).toEqual(pairs((k) => k));
    for (const c of r.channels) {
      const found = polarityFindings(c);
      expect(found.map((f) => f.severity)).toEqual(["warning", "warning"]);
      expect(findingMessage(found[1])).toMatch(/leg \d's transmit \(position \d+\) arrives on position \d+, the transmit fiber of front port \d: transmit meets transmit .*the cassette taken as straight inside/);
      expect(c.status).toBe("WARNING");
    }
    // an A-to-A cord at the cassette's side completes Method A: only the pairing is said
    for (const c of check(rows({ trunk: "Type A", cord: "A-to-A" })).channels) expect(polarityFindings(c).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("a trunk without a polarity type: ports paired with legs by number only, said so, and the polarity not checked", () => {
    const r = check(rows({ trunk: "" }));
    expect(sortedLinks(r.channels)).toEqual(pairs((k) => k));
    for (const c of r.channels) {
      expect(c.leg?.pairedBy).toBe("order");
      const found = polarityFindings(c);
      expect(found.some((f) => f.severity === "warning" && /taken by number only/.test(findingMessage(f)))).toBe(true);
      expect(found.some((f) => f.severity === "info" && /polarity not checked.*no polarity type for the trunk/.test(findingMessage(f)))).toBe(true);
      expect(found.some((f) => f.severity === "error")).toBe(false);
    }
  });

  it("a stated Leg map on the harness is its wiring: the pairing follows it", () => {
    // leg k on positions 13−2k and 14−2k: the reverse of the sequential map, so under Method U1 port k meets leg k
    const map = "11/12, 9/10, 7/8, 5/6, 3/4, 1/2";
    const r = checkSchedule([[...HEADER, "Leg map"], ...rows({ harness: "" }).map((x) => [...x, x[0] === "HB" ? map : ""])]);
    expect(sortedLinks(r.channels)).toEqual(pairs((k) => k));
    for (const c of r.channels) expect(polarityFindings(c).map((f) => [f.severity, /the harness's stated Leg map/.test(findingMessage(f))])).toEqual([["warning", true]]);
  });

  it("cords on 4 of the cassette's 6 front ports: four channels, the other legs none", () => {
    const r = check(rows({ ports: 4 }));
    expect(sortedLinks(r.channels)).toEqual([1, 2, 3, 4].map((k) => `spine01:Eth1/${7 - k} ↔ leaf01:Eth1/${k}`).sort((x, y) => x.localeCompare(y, "en", { numeric: true })));
  });

  it("the channel shape cache gives each channel the findings of an uncached check (two such trunks, one of them Method A)", () => {
    const second = rows({ trunk: "Type A" }).map((x) => x.map((v) => (typeof v === "string" ? v.replace(/A01|B01/g, (m) => m.replace("01", "02")).replace(/^(leaf|spine)01/, "$102").replace(/^([ATH])/, "$1-2") : v)));
    const grid = [...rows(), ...second];
    const cached = check(grid);
    ruleCaching.enabled = false;
    try {
      expect(JSON.stringify(cached.channels)).toBe(JSON.stringify(check(grid).channels));
    } finally {
      ruleCaching.enabled = true;
    }
    expect(cached.channels).toHaveLength(12);
  });
});
