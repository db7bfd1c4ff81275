import { direct, findingsOf, panels } from "./harness";

describe("dark-positions (R11): SR4/DR4 light 8 of an MPO-12's 12 positions", () => {
  describe("accept", () => {
    it.each([
      ["Base-8 carries only the lit fibers", { ...panels, a: "MPO-8 male", app: "100GBASE-SR4" }],
      ["SR8 lights all 16 of an MPO-16", { ...panels, a: "MPO-16 male", app: "400GBASE-SR8" }],
      ["MPO-24 is fiber-waste's business", { ...panels, a: "MPO-24 male", app: "100GBASE-SR4" }],
      ["duplex application", { ...panels, a: "LC/UPC duplex", app: "10GBASE-SR" }],
      ["no application", { ...panels, a: "MPO-12 male" }],
      ["an 8-strand cable (Base-8) on MPO-12 ferrules", { ...panels, a: "MPO-12 male", b: "MPO-12 male", app: "100GBASE-SR4", count: 8 }],
      ["not repeated on a connector that already has an error (male into the transceiver)", { ...direct, a: "MPO-12 male", b: "MPO-12 male", app: "100GBASE-SR4" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("dark-positions", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("SR4 on MPO-12 at both ends: one info for the row", () => {
      expect(findingsOf("dark-positions", [{ ...direct, a: "MPO-12 UPC female", b: "MPO-12 UPC female", app: "100GBASE-SR4" }])).toEqual([
        { rule: "dark-positions", severity: "info", row: 2, columns: ["connectorA"], params: { end: "A", connector: "MPO-12 UPC female", application: "100GBASE-SR4" } },
      ]);
    });

    it.each([
      ["400GBASE-DR4 on MTP-12 APC", "400GBASE-DR4"],
      ["100G PSM4", "100G PSM4"],
      ["400GBASE-SR4.2 (BiDi) also lights 8", "400GBASE-SR4.2"],
    ])("%s", (_name, app) => {
      expect(findingsOf("dark-positions", [{ ...panels, a: "LC/UPC duplex", b: "MTP-12 APC male", app }]).map((f) => [f.severity, f.params.end])).toEqual([["info", "B"]]);
    });
  });
});
