import { findingsOf, panels } from "./harness";

describe("connector-fiber-count (R9): the connector carries the fibers the application lights", () => {
  describe("accept", () => {
    it.each([
      ["MPO-16 for SR8 (16 fibers)", { ...panels, a: "MPO-16 male", app: "400GBASE-SR8" }],
      ["MPO-8 for SR4: exactly the 8 fibers lit", { ...panels, a: "MPO-8 male", app: "100GBASE-SR4" }],
      ["MPO-24 for SR10 (20 fibers)", { ...panels, a: "MPO-24 male", app: "100GBASE-SR10" }],
      ["LC duplex for a duplex application", { ...panels, a: "LC/UPC duplex", app: "10GBASE-SR" }],
      ["breakout: LC legs are not the 8 fibers' connector", { from: "leaf01 Eth1/1", to: "server01 eth0", a: "MPO-12 female", b: "4x LC/UPC duplex", app: "40GBASE-SR4" }],
      ["24-fiber cable for SR8", { ...panels, a: "MPO-24 male", app: "400GBASE-SR8", count: 24 }],
      ["fiber count written with its unit", { ...panels, app: "100GBASE-SR4", count: "12 fibers" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("connector-fiber-count", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("SR8 lights 16 fibers: MPO-12 is not enough (the fact sheet's example)", () => {
      expect(findingsOf("connector-fiber-count", [{ ...panels, a: "MPO-12 male", app: "400GBASE-SR8" }])).toEqual([
        { rule: "connector-fiber-count", severity: "error", row: 2, columns: ["connectorA", "application"], params: { end: "A", connector: "MPO-12 male", fibers: 12, application: "400GBASE-SR8", needed: 16 } },
      ]);
    });

    it.each([
      ["800GBASE-DR8 on MPO-12 APC", "MPO-12 APC male", "800GBASE-DR8", 12, 16],
      ["100GBASE-SR10 on MPO-12", "MPO-12 male", "100GBASE-SR10", 12, 20],
      ["40GBASE-SR4 on a duplex LC", "LC/UPC duplex", "40GBASE-SR4", 2, 8],
    ])("%s", (_name, conn, app, fibers, needed) => {
      expect(findingsOf("connector-fiber-count", [{ ...panels, b: conn, app }]).map((f) => [f.columns[0], f.params.fibers, f.params.needed])).toEqual([["connectorB", fibers, needed]]);
    });

    it("the cable's fiber count, where no connector says", () => {
      expect(findingsOf("connector-fiber-count", [{ ...panels, app: "400GBASE-SR8", count: 8 }])).toEqual([
        expect.objectContaining({ severity: "error", columns: ["fiberCount", "application"], params: { connector: "the cable", fibers: 8, application: "400GBASE-SR8", needed: 16 } }),
      ]);
    });
  });
});
