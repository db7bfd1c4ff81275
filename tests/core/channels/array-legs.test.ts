import { findingMessage } from "../../../src/core/messages";
import { checkWith, polarityFindings, sortedLinks } from "./build";

/**
 * Polarity across a harness to array legs (issue 12): a parallel port's MPO-16 (or MPO-24)
 * trunk to PP-A01:1, a harness from there to two MPO-8 (MPO-12) legs at PP-B01:1-2, one array
 * cord per leg to its own parallel port. Each leg is judged lane by lane on the assumed map.
 */
const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter"];

function rows(o: { trunk?: string; harness?: string; leg?: string; mpo?: number; legMpo?: number } = {}): unknown[][] {
  const mpo = o.mpo ?? 16;
  const legMpo = o.legMpo ?? 8;
  return [
    ["T1", "spine01 Eth1/1", "PP-A01:1", `MPO-${mpo} UPC female`, `MPO-${mpo} UPC male`, "OM4", "30 m", "800GBASE-SR8", o.trunk ?? "Type B", "Type B"],
    ["H1", "PP-A01:1", "PP-B01:1-2", `MPO-${mpo} UPC female`, `2x MPO-${legMpo} UPC male`, "OM4", "1 m", "800GBASE-SR8", o.harness ?? "Type B", "Type B"],
    ["L1", "PP-B01:1", "leaf01 Eth1/1", `MPO-${legMpo} UPC female`, `MPO-${legMpo} UPC female`, "OM4", "2 m", "400GBASE-SR4", o.leg ?? "Type B", ""],
    ["L2", "PP-B01:2", "leaf02 Eth1/1", `MPO-${legMpo} UPC female`, `MPO-${legMpo} UPC female`, "OM4", "2 m", "400GBASE-SR4", o.leg ?? "Type B", ""],
  ];
}

const check = (r: unknown[][]) => checkWith(HEADER, r);

describe("polarity across a harness to array legs (issue 12)", () => {
  it.each([
    [16, 8],
    [24, 12],
  ])("MPO-%i to 2 × MPO-%i, all Type B: each leg delivers its lanes transmit to receive; a Type A cord on leg 2 fails leg 2 alone", (mpo, legMpo) => {
    const r = check(rows({ mpo, legMpo }));
    expect(sortedLinks(r.channels)).toEqual(["spine01 Eth1/1 ↔ leaf01 Eth1/1", "spine01 Eth1/1 ↔ leaf02 Eth1/1"]);
    for (const c of r.channels) expect(polarityFindings(c)).toEqual([]);
    const bad = check(rows({ mpo, legMpo }).map((x) => (x[0] === "L2" ? [...x.slice(0, 8), "Type A", ""] : x)));
    const byLink = (link: string) => polarityFindings(bad.channels.find((c) => c.link === link) as (typeof bad.channels)[number]);
    expect(byLink("spine01 Eth1/1 ↔ leaf01 Eth1/1")).toEqual([]);
    expect(byLink("spine01 Eth1/1 ↔ leaf02 Eth1/1").map((f) => [f.severity, /lane \d+'s transmit arrives on position \d+ of leg 2's far port/.test(findingMessage(f))])).toEqual([["warning", true]]);
  });

  it.each([
    [16, 8],
    [24, 12],
  ])("MPO-%i to 2 × MPO-%i with a Type A harness: transmit meets transmit on each leg, a warning naming the assumed map (never an error)", (mpo, legMpo) => {
    const r = check(rows({ mpo, legMpo, harness: "Type A" }));
    expect(r.channels).toHaveLength(2);
    for (const c of r.channels) {
      const found = polarityFindings(c);
      expect(found.map((f) => f.severity)).toEqual(["warning"]);
      expect(findingMessage(found[0])).toMatch(new RegExp(`lane \\d+'s transmit arrives on position \\d+ of leg \\d's far port, not its receive position .*assumed leg map: leg k takes lanes \\(k−1\\)·${mpo / 4}\\+1 to k·${mpo / 4}`));
    }
  });

  it("as one link id, the legs at one sequence number: the same verdicts", () => {
    const explicit = (harness: string) =>
      checkWith(["Link", "Seq", ...HEADER], rows({ harness }).map((x, k) => ["B1", k < 2 ? k + 1 : 3, ...x]));
    const good = explicit("Type B");
    expect(good.channels.map((c) => [c.link, c.source, polarityFindings(c)])).toEqual([
      ["B1 leg 1", "explicit", []],
      ["B1 leg 2", "explicit", []],
    ]);
    for (const c of explicit("Type A").channels) expect(polarityFindings(c).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("a leg cord without a polarity type: the leg is not checked, and said so", () => {
    const r = check(rows({ leg: "" }));
    for (const c of r.channels) expect(polarityFindings(c).map((f) => [f.severity, /polarity not checked.*no polarity type for the cord \(row [45]\)/.test(findingMessage(f))])).toEqual([["info", true]]);
  });

  describe("a Leg map column on the harness (lane by lane, leg 1's lanes first: the MPO positions going to the lane's transmit and receive on its leg)", () => {
    const withMap = (map: string, o: Parameters<typeof rows>[0] = {}) => checkWith([...HEADER, "Leg map"], rows(o).map((x) => [...x, x[0] === "H1" ? map : ""]));
    // what a Type B harness on the assumed map is: lane l from MPO positions 17−l and l
    const typeB = [1, 2, 3, 4, 5, 6, 7, 8].map((l) => `${17 - l}/${l}`).join(", ");
    const typeA = [1, 2, 3, 4, 5, 6, 7, 8].map((l) => `${l}/${17 - l}`).join(", ");

    it("a stated map is the harness's wiring, its Polarity cell not needed: each leg judged on it, and right", () => {
      const r = withMap(typeB, { harness: "" });
      expect(r.channels).toHaveLength(2);
      for (const c of r.channels) expect(polarityFindings(c)).toEqual([]);
    });

    it("a stated map that brings transmit to transmit is an error on each leg, naming the Leg map (the harness's type not applied)", () => {
      const r = withMap(typeA, { harness: "Type B" });
      for (const c of r.channels) {
        const found = polarityFindings(c);
        expect(found.map((f) => f.severity)).toEqual(["error"]);
        expect(findingMessage(found[0])).toMatch(/lane \d+'s transmit arrives on position \d+ of leg \d's far port.*leg map: the Leg map of harness row 3/);
      }
    });

    it("a map swapping the two legs' lanes: each leg's lanes arrive on the other leg, an error", () => {
      const swapped = [5, 6, 7, 8, 1, 2, 3, 4].map((l) => `${17 - l}/${l}`).join(", ");
      for (const c of withMap(swapped).channels) expect(polarityFindings(c).map((f) => [f.severity, /arrives on leg \d, not on leg \d/.test(findingMessage(f))])).toEqual([["error", true]]);
    });

    it("a map short of a lane is not read: the assumed map, as before", () => {
      const r = withMap(typeA.split(", ").slice(0, 7).join(", "), { harness: "Type A" });
      for (const c of r.channels) expect(polarityFindings(c).map((f) => f.severity)).toEqual(["warning"]);
    });
  });
});
