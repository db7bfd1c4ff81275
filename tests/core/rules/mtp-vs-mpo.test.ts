import { direct, findingsOf, panels, RowSpec } from "./harness";

const sr4Trunk = (a: string, extra: Partial<RowSpec> = {}): RowSpec => ({ ...panels, a, b: a, app: "100GBASE-SR4", fiber: "OM4", length: "100 m", pairs: 2, ...extra });

describe("mtp-vs-mpo: MTP low-loss where the budget is tight or performance matters; generic MPO where cost wins", () => {
  describe("accept", () => {
    it.each([
      ["generic MPO with room and no priority", { ...direct, a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4", fiber: "OM4", length: "30 m" }],
      ["already low-loss where the budget is tight", sr4Trunk("MTP-12 Elite male")],
      ["neither grade fits: loss-budget says it", sr4Trunk("MPO-12 male", { pairs: 5 })],
      ["cost priority but under 1 dB of room with standard parts", sr4Trunk("MTP-12 Elite male", { priority: "cost", length: "50 m" })],
      ["duplex application", { ...panels, a: "MPO-24 male", app: "10GBASE-SR", fiber: "OM4", length: "100 m", priority: "performance" }],
      ["no array connector", { ...direct, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", priority: "performance" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("mtp-vs-mpo", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("generic MPO on a tight SR4 budget: standard pairs leave 0.05 dB, low-loss 0.85 dB", () => {
      expect(findingsOf("mtp-vs-mpo", [sr4Trunk("MPO-12 UPC male")])).toEqual([
        {
          rule: "mtp-vs-mpo", severity: "info", row: 2, columns: ["connectorA"],
          params: { end: "A", connector: "MPO-12 UPC male", suggestion: "MTP low-loss", reason: "tight-budget", marginStandardDb: 0.05, marginLowLossDb: 0.85 },
        },
      ]);
    });

    it("standard-grade MTP has the same 0.75 dB maximum: tight budget suggests low-loss too", () => {
      expect(findingsOf("mtp-vs-mpo", [sr4Trunk("MTP-12 male")]).map((f) => [f.params.suggestion, f.params.reason])).toEqual([["MTP low-loss", "tight-budget"]]);
    });

    it("the row asks for performance", () => {
      const f = findingsOf("mtp-vs-mpo", [{ ...direct, a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4", fiber: "OM4", length: "30 m", priority: "performance" }]);
      expect(f.map((x) => [x.severity, x.params.suggestion, x.params.reason])).toEqual([["info", "MTP low-loss", "performance"]]);
    });

    it("cost matters and the budget has room: generic MPO (400GBASE-SR8, 30 m, one pair: 1.05 dB margin)", () => {
      const f = findingsOf("mtp-vs-mpo", [{ ...panels, a: "MTP-16 Elite male", app: "400GBASE-SR8", fiber: "OM4", length: "30 m", pairs: 1, priority: "cost" }]);
      expect(f).toEqual([expect.objectContaining({ params: expect.objectContaining({ suggestion: "generic MPO", reason: "cost-room", marginStandardDb: 1.05 }) })]);
    });

    it("the project's priority applies where the row gives none; a standard MTP is a premium part too", () => {
      const row = { ...panels, a: "MTP-16 male", app: "400GBASE-SR8", fiber: "OM4", length: "30 m", pairs: 1 };
      expect(findingsOf("mtp-vs-mpo", [row], { spec: { priority: "cost" } }).map((f) => f.params.suggestion)).toEqual(["generic MPO"]);
    });
  });
});
