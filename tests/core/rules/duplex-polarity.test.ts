import { direct, findingsOf, panels } from "./harness";

describe("duplex-polarity (R22): a duplex link crosses transmit to receive", () => {
  describe("accept", () => {
    it.each([
      ["A-to-B cord between two transceivers", { ...direct, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", polarity: "A-to-B" }],
      ["A-to-A cord at a panel (Method A's second cord)", { from: "PP-A01 P1", to: "server01 eth0", a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", polarity: "A-to-A" }],
      ["U1 for a duplex application", { ...panels, a: "MPO-12 male", b: "MPO-12 male", app: "10GBASE-SR", polarity: "Method U1" }],
      ["Method B for a parallel application (a parallel method too)", { ...panels, a: "MPO-12 male", b: "MPO-12 male", app: "100GBASE-SR4", polarity: "Method B" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("duplex-polarity", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("A-to-A cord straight between two transceivers joins transmit to transmit", () => {
      const f = findingsOf("duplex-polarity", [{ ...direct, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", polarity: "A-to-A" }]);
      expect(f).toEqual([expect.objectContaining({ rule: "duplex-polarity", severity: "error", row: 2, columns: ["polarity"], params: expect.objectContaining({ polarity: "A-to-A" }) })]);
      expect(f[0].params.reason).toMatch(/transmit to transmit/);
    });

    it.each([
      ["Method U2 for SR4", "Method U2"],
      ["Method U1 for SR4", "U1"],
      ["an A-to-B duplex cord type for SR4", "A-to-B"],
    ])("%s: a duplex polarity on a parallel application", (_name, polarity) => {
      const f = findingsOf("duplex-polarity", [{ ...panels, a: "MPO-12 male", b: "MPO-12 male", app: "100GBASE-SR4", polarity }]);
      expect(f.map((x) => [x.severity, x.columns])).toEqual([["error", ["polarity", "application"]]]);
    });
  });
});
