import { checkWith, polarityFindings, sortedLinks } from "./build";
import { findingMessage } from "../../../src/core/messages";

/**
 * A trunk with a harness to array legs at each end, no link id (issue 12): MPO-8 cords from two
 * SR4 ports to PP-A01:1 and :2, a harness from PP-A01:1-2 to an MPO-16 trunk, a harness from the
 * trunk to PP-B01:1-2, MPO-8 cords on to two far SR4 ports. Each leg pair is a channel of its
 * own, judged lane by lane.
 */
const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter"];

function rows(o: { trunk?: string; mpo?: number; legMpo?: number } = {}): unknown[][] {
  const [N, n] = [o.mpo ?? 16, o.legMpo ?? 8];
  const app = "400GBASE-SR4";
  return [
    ["L1", "leaf01 Eth1/1", "PP-A01:1", `MPO-${n} UPC female`, `MPO-${n} UPC male`, "OM4", "2 m", app, "Type B", "Type B"],
    ["L2", "leaf02 Eth1/1", "PP-A01:2", `MPO-${n} UPC female`, `MPO-${n} UPC male`, "OM4", "2 m", app, "Type B", "Type B"],
    ["H1", "PP-A01:1-2", "PP-A02:1", `2x MPO-${n} UPC female`, `MPO-${N} UPC male`, "OM4", "1 m", app, "Type B", "Type B"],
    ["T1", "PP-A02:1", "PP-B02:1", `MPO-${N} UPC female`, `MPO-${N} UPC female`, "OM4", "30 m", app, o.trunk ?? "Type B", "Type B"],
    ["H2", "PP-B02:1", "PP-B01:1-2", `MPO-${N} UPC male`, `2x MPO-${n} UPC male`, "OM4", "1 m", app, "Type B", "Type B"],
    ["M1", "PP-B01:1", "spine01 Eth1/1", `MPO-${n} UPC female`, `MPO-${n} UPC female`, "OM4", "2 m", app, "Type B", ""],
    ["M2", "PP-B01:2", "spine02 Eth1/1", `MPO-${n} UPC female`, `MPO-${n} UPC female`, "OM4", "2 m", app, "Type B", ""],
  ];
}

const check = (r: unknown[][]) => checkWith(HEADER, r);
const LINKS = ["leaf01 Eth1/1 ↔ spine01 Eth1/1", "leaf02 Eth1/1 ↔ spine02 Eth1/1"];

describe("a trunk with a harness to array legs at each end, traced by ports (issue 12)", () => {
  it.each([
    [16, 8],
    [24, 12],
  ])("MPO-%i to 2 × MPO-%i at each end, all Type B: two leg pairs, each delivering its lanes transmit to receive", (mpo, legMpo) => {
    const r = check(rows({ mpo, legMpo }));
    expect(sortedLinks(r.channels)).toEqual(LINKS);
    for (const c of r.channels) {
      const k = c.link.startsWith("leaf01") ? 0 : 1;
      expect(c).toMatchObject({ source: "ports", rows: [2 + k, 4, 5, 6, 7 + k], lengthM: 36, leg: { of: "PP-A01:1-2 ↔ PP-B01:1-2", sharedRows: [4, 5, 6], pairedBy: "positions" } });
      // only the pairing, which rests on the assumed lane map, is said
      expect(polarityFindings(c).map((f) => [f.severity, /^leg \d meets leg \d .*assumed lane map/.test(findingMessage(f))])).toEqual([["warning", true]]);
    }
  });

  it("a Type A trunk (an even count of Type B flips): transmit meets transmit on every lane, a warning on the assumed map, never an error", () => {
    const r = check(rows({ trunk: "Type A" }));
    expect(sortedLinks(r.channels)).toEqual(LINKS);
    for (const c of r.channels) {
      const found = polarityFindings(c);
      expect(found.map((f) => f.severity)).toEqual(["warning", "warning"]);
      expect(findingMessage(found[1])).toMatch(/near port position 1 \(lane 1\) arrives on position 1 of the far port, not (8|12) .*assumed leg map: leg k takes lanes/);
      expect(c.status).toBe("WARNING");
    }
  });

  it("a trunk without a polarity type: legs paired by order only, said so, and the polarity not checked", () => {
    const r = check(rows({ trunk: "" }));
    expect(sortedLinks(r.channels)).toEqual(LINKS);
    for (const c of r.channels) {
      expect(c.leg?.pairedBy).toBe("order");
      const found = polarityFindings(c);
      expect(found.some((f) => f.severity === "warning" && /taken by order only/.test(findingMessage(f)))).toBe(true);
      expect(found.some((f) => f.severity === "info" && /polarity not checked.*no polarity type for the trunk/.test(findingMessage(f)))).toBe(true);
    }
  });

  it("Leg maps stated on both harnesses: their wiring (types not applied), the pairing not warned about, and a wrong lane an error", () => {
    const map = [1, 2, 3, 4, 5, 6, 7, 8].map((l) => `${17 - l}/${l}`).join(", ");
    const withMaps = (trunk: string) => checkWith([...HEADER, "Leg map"], rows({ trunk }).map((x) => [...(x[0] === "H1" || x[0] === "H2" ? [...x.slice(0, 8), "", x[9]] : x), x[0] === "H1" || x[0] === "H2" ? map : ""]));
    const good = withMaps("Type B");
    expect(sortedLinks(good.channels)).toEqual(LINKS);
    for (const c of good.channels) expect(polarityFindings(c)).toEqual([]);
    for (const c of withMaps("Type A").channels) expect(polarityFindings(c).map((f) => [f.severity, /leg map: the Leg maps of harness rows 4 and 6/.test(findingMessage(f))])).toEqual([["error", true]]);
  });

  it("as one link id, the near legs its first rows and the far legs its last: each leg judged lane by lane across both harnesses, the pairing the link's own", () => {
    const seq = [1, 1, 2, 3, 4, 5, 5];
    const explicit = (trunk: string) => checkWith(["Link", "Seq", ...HEADER], rows({ trunk }).map((x, k) => ["B1", seq[k], ...x]));
    expect(explicit("Type B").channels.map((c) => [c.link, c.source, c.rows, polarityFindings(c)])).toEqual([
      ["B1 leg 1", "explicit", [2, 4, 5, 6, 7], []],
      ["B1 leg 2", "explicit", [3, 4, 5, 6, 8], []],
    ]);
    for (const c of explicit("Type A").channels) expect(polarityFindings(c).map((f) => [f.severity, /near port position 1 \(lane 1\) arrives on position 1 of the far port/.test(findingMessage(f))])).toEqual([["warning", true]]);
  });
});
