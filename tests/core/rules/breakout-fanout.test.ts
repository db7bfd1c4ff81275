import { findingsOf } from "./harness";

const harness = (a: string, b: string, app?: string) => ({ from: "leaf01 Eth1/1", to: "PP-A01 P1", a, b, app });

describe("breakout-fanout (R25): breakout legs match the array's fibers", () => {
  describe("accept", () => {
    it.each([
      ["MPO-12 → 6 duplex LC", harness("MPO-12 female", "6x LC/UPC duplex")],
      ["MPO-8 → 4 duplex LC", harness("MPO-8 female", "4x LC/UPC duplex")],
      ["MPO-24 → 12 duplex LC", harness("MPO-24 female", "12x LC/UPC duplex")],
      ["40GBASE-SR4 on MPO-12 → 4 x 10GBASE-SR", harness("MPO-12 female", "4x LC/UPC duplex", "40GBASE-SR4")],
      ["400GBASE-DR4 → 4 x 100GBASE-DR", harness("MPO-12 APC female", "4x LC/APC duplex", "400GBASE-DR4")],
      ["800GBASE-DR8 on MPO-16 → 8 x 100GBASE-DR", harness("MPO-16 APC female", "8x LC/APC duplex", "800GBASE-DR8")],
      ["MPO-8 → 8 simplex LC", harness("MPO-8 female", "8x LC/UPC simplex")],
      ["legs written at end A", harness("6x LC/UPC duplex", "MPO-12 male")],
      ["no fan-out written", harness("MPO-12 female", "LC/UPC duplex")],
    ])("%s", (_name, row) => {
      expect(findingsOf("breakout-fanout", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("MPO-12 → 4 legs with no application to explain 8 fibers", () => {
      expect(findingsOf("breakout-fanout", [harness("MPO-12 female", "4x LC/UPC duplex")])).toEqual([
        { rule: "breakout-fanout", severity: "error", row: 2, columns: ["connectorB", "connectorA"], params: { end: "B", connector: "4x LC/UPC duplex", legs: 4, expected: "6 legs from MPO-12 female" } },
      ]);
    });
    it.each([
      ["MPO-8 → 6", "MPO-8 female", "6x LC/UPC duplex", undefined, "4 legs from MPO-8 female"],
      ["MPO-24 → 8", "MPO-24 female", "8x LC/UPC duplex", undefined, "12 legs from MPO-24 female"],
      ["SR4 on MPO-12 → 8", "MPO-12 female", "8x LC/UPC duplex", "100GBASE-SR4", "4 or 6 legs from MPO-12 female"],
    ])("%s", (_name, a, b, app, expected) => {
      expect(findingsOf("breakout-fanout", [harness(a, b, app)]).map((f) => [f.severity, f.params.expected])).toEqual([["error", expected]]);
    });
  });
});
