import { direct, findingsOf, panels, RowSpec } from "./harness";

/** Where each position lands, from the fact sheet's permutations (§2.5): "1→a, 2→b, …". */
const landing = (f: (p: number) => number, n = 12) => Array.from({ length: n }, (_, i) => `${i + 1}→${f(i + 1)}`).join(", ");
const straight = (p: number) => p;
const pairFlip = (p: number) => (p % 2 ? p + 1 : p - 1);

const sr4 = (polarity: string, ends: Partial<RowSpec> = direct): RowSpec => ({ ...ends, a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4", polarity });

describe("parallel-polarity (R21): the path from transceiver to transceiver reverses positions", () => {
  describe("accept", () => {
    it.each([
      ["direct Type B cord", sr4("Type B")],
      ["Method A (Type A parts, one Type B cord)", sr4("Method A", panels)],
      ["Method B", sr4("Method B", panels)],
      ["path A,A,A,A,B", sr4("A,A,A,A,B", panels)],
      ["path B,A,B,A,B (R·I·R·I·R = R)", sr4("B,A,B,A,B", panels)],
      ["a Type A trunk between panels is not the whole path", sr4("Type A", panels)],
      ["U1 is a duplex method: duplex-polarity's business", sr4("Method U1", panels)],
      ["a duplex application is not parallel", { ...direct, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", polarity: "Type A" }],
      ["direct Type B on MPO-16 for SR8", { ...direct, a: "MPO-16 female", b: "MPO-16 female", app: "400GBASE-SR8", polarity: "B" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("parallel-polarity", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("direct Type A cord: position 1 lands on 1, transmit meets transmit", () => {
      expect(findingsOf("parallel-polarity", [sr4("Type A")])).toEqual([
        { rule: "parallel-polarity", severity: "error", row: 2, columns: ["polarity"], params: { polarity: "Type A", landing: landing(straight), application: "100GBASE-SR4" } },
      ]);
    });

    it("direct Type C cord: pairs flipped", () => {
      expect(findingsOf("parallel-polarity", [sr4("Type C")]).map((f) => f.params.landing)).toEqual([landing(pairFlip)]);
    });

    it("path A,A,A,A,A: no reversal anywhere", () => {
      expect(findingsOf("parallel-polarity", [sr4("A,A,A,A,A", panels)]).map((f) => [f.severity, f.params.polarity])).toEqual([["error", "A,A,A,A,A"]]);
    });

    it("Method C is not usable for parallel optics (pair flip, then reversal)", () => {
      const f = findingsOf("parallel-polarity", [sr4("Method C", panels)]);
      expect(f.map((x) => x.params.landing)).toEqual([landing((p) => 13 - pairFlip(p))]);
    });

    it("direct Type A on MPO-16 (SR8): 16 positions", () => {
      const f = findingsOf("parallel-polarity", [{ ...direct, a: "MPO-16 female", b: "MPO-16 female", app: "400GBASE-SR8", polarity: "Type A" }]);
      expect(f.map((x) => x.params.landing)).toEqual([landing(straight, 16)]);
    });
  });
});
