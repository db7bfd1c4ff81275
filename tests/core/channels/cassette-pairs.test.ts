import { ChannelResult } from "../../../src/core";
import { checkWith, polarityFindings as polarity, sortedLinks as links } from "./build";
import { findingMessage } from "../../../src/core/messages";

/**
 * A trunk with an MPO-to-LC cassette at each end and no link id (issue 12): LC cords from
 * leaf01's ports to cassette CAS-A01's front ports, the trunk from CAS-A01's rear to CAS-B01's,
 * LC cords from CAS-B01's front ports to spine01's. Each front-port pair is a channel of its own,
 * the far port found by following the port's fibers through the trunk's polarity.
 */
const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter"];
const LC = "LC/UPC duplex";

function rows(o: { trunk?: string; adapter?: string; nearCord?: string; farCord?: string; ports?: number; patch?: boolean } = {}): unknown[][] {
  const n = o.ports ?? 6;
  const out: unknown[][] = [["T1", "CAS-A01 rear", "CAS-B01 rear", "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "40 m", "10GBASE-SR", o.trunk ?? "Type B", o.adapter ?? "Type A"]];
  for (let k = 1; k <= n; k++) {
    if (o.patch) {
      // leaf01 to a patch panel, then the panel to the cassette's front
      out.push([`P${k}`, `leaf01:Eth1/${k}`, `PP-A01:${k}`, LC, LC, "OM4", "2 m", "10GBASE-SR", o.nearCord ?? "A-to-B", ""]);
      out.push([`A${k}`, `pp-a01 port 0${k}`, `CAS-A01:${k}`, LC, LC, "OM4", "1 m", "10GBASE-SR", "A-to-B", o.adapter ?? "Type A"]);
    } else out.push([`A${k}`, `leaf01:Eth1/${k}`, `CAS-A01:${k}`, LC, LC, "OM4", "1 m", "10GBASE-SR", o.nearCord ?? "A-to-B", o.adapter ?? "Type A"]);
  }
  for (let k = 1; k <= n; k++) out.push([`B${k}`, `CAS-B01:${k}`, `spine01:Eth1/${k}`, LC, LC, "OM4", "1 m", "10GBASE-SR", o.farCord ?? "A-to-B", ""]);
  return out;
}

const check = (r: unknown[][]) => checkWith(HEADER, r);

describe("a trunk with a cassette at each end, traced by ports (issue 12)", () => {
  it("Method U1 (Type B trunk, Type A adapters, A-to-B cords): six front-port pairs, port k meets port 7−k, each its own channel", () => {
    const r = check(rows());
    expect(r.channels).toHaveLength(6);
    expect(links(r.channels)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${7 - k}`));
    for (const c of r.channels) {
      const k = Number(/Eth1\/(\d)/.exec(c.link)?.[1]);
      expect(c).toMatchObject({ source: "ports", rows: [2 + k, 2, 15 - k], lengthM: 42, leg: { of: "CAS-A01 rear ↔ CAS-B01 rear", sharedRows: [2], pairedBy: "positions" } });
      // two cassettes along the path, the same two elements in every channel
      expect(c.elements?.filter((e) => e.kind === "cassette").map((e) => e.id)).toEqual(["cassette cas a1", "cassette cas b1"]);
      // the pairing rests on the cassettes' assumed internals: a warning that says so, and no other polarity finding
      expect(polarity(c).map((f) => [f.severity, /front port \d of the cassette at CAS-A01 rear meets front port \d of the cassette at CAS-B01 rear: found by following .* taken as straight inside/.test(findingMessage(f))])).toEqual([["warning", true]]);
    }
  });

  it("Method A (Type A trunk and adapters) pairs port k with port k, and A-to-B cords at both ends are an error (the method's cords, not the assumption)", () => {
    const r = check(rows({ trunk: "Type A" }));
    expect(links(r.channels)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${k}`));
    for (const c of r.channels) {
      expect(polarity(c).map((f) => f.severity).sort()).toEqual(["error", "warning"]);
      expect(polarity(c).some((f) => f.severity === "error" && /Method A .* needs an A-to-B cord at one end and an A-to-A cord at the other/.test(findingMessage(f)))).toBe(true);
    }
    // with the A-to-A cord at one end the method is met: only the pairing is warned about
    const fixed = check(rows({ trunk: "Type A", farCord: "A-to-A" }));
    for (const c of fixed.channels) expect(polarity(c).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("a trunk without a polarity type: ports paired by number only, and said so", () => {
    const r = check(rows({ trunk: "", adapter: "" }));
    expect(links(r.channels)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${k}`));
    for (const c of r.channels) {
      expect(c.leg?.pairedBy).toBe("order");
      expect(polarity(c).some((f) => f.severity === "warning" && /taken by port number only/.test(findingMessage(f)))).toBe(true);
    }
  });

  it("a patch panel before the cassette: the cords on the near side are followed to the equipment port", () => {
    const r = check(rows({ patch: true }));
    expect(r.channels).toHaveLength(6);
    const c = r.channels.find((x) => x.link === "leaf01:Eth1/1 ↔ spine01:Eth1/6") as ChannelResult;
    expect(c).toMatchObject({ rows: [3, 4, 2, 20], lengthM: 44, leg: { sharedRows: [2] } });
    expect(c.elements?.map((e) => e.kind)).toEqual(["mated-pair", "cassette", "cassette"]);
  });

  it("as one link id: an Adapter cell giving a type at a cassette's ports is the cassette's rear adapter, not an LC-to-MPO mated pair", () => {
    const link = [rows()[1], rows()[0], rows()[12]].map((x, k) => ["L1", k + 1, ...x]);
    const r = checkWith(["Link", "Seq", ...HEADER], link);
    expect(r.channels.map((c) => [c.link, c.elements?.map((e) => e.kind)])).toEqual([["L1", ["cassette", "cassette"]]]);
    expect(r.channels[0].findings.filter((f) => f.rule === "connector-family")).toEqual([]);
  });

  it("a far front port the trunk's fibers reach but no cord leaves: that near port's cord is left to its row check", () => {
    const r = check(rows().filter((x) => x[0] !== "B6"));
    expect(links(r.channels)).toEqual([2, 3, 4, 5, 6].map((k) => `leaf01:Eth1/${k} ↔ spine01:Eth1/${7 - k}`));
  });
});
