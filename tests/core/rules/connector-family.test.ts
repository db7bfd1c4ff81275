import { direct, findingsOf, viaPanel } from "./harness";

describe("connector-family: the connector fits what it plugs into", () => {
  describe("accept", () => {
    it.each([
      ["LC into a 10GBASE-SR transceiver", { ...direct, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR" }],
      ["MTP into an SR4 transceiver (MTP is an MPO)", { ...direct, a: "MTP-12 female", b: "MPO-12 female", app: "100GBASE-SR4" }],
      ["breakout: the LC legs plug into the 10G optics, not the 40G one", { from: "leaf01 Eth1/1", to: "server01 eth0", a: "MPO-12 UPC female", b: "4x LC/UPC duplex", app: "40GBASE-SR4" }],
      ["no application: nothing to compare a transceiver with", { ...direct, a: "SC/UPC", b: "SC/UPC" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("connector-family", [row])).toEqual([]);
    });

    it("MTP meets MPO at a panel", () => {
      expect(findingsOf("connector-family", viaPanel({ a: "MTP-12 female", b: "MTP-12 female" }, { a: "MPO-12 male", b: "MPO-12 male" }))).toEqual([]);
    });
    it("LC/UPC against LC/APC is a polish problem, not a family one", () => {
      expect(findingsOf("connector-family", viaPanel({ a: "LC/UPC duplex", b: "LC/UPC duplex" }, { a: "LC/APC duplex", b: "LC/APC duplex" }))).toEqual([]);
    });
  });

  describe("reject", () => {
    it("LC cord into an SR4 (MPO) transceiver, at both ends", () => {
      const f = findingsOf("connector-family", [{ ...direct, a: "LC/UPC duplex", b: "LC duplex", app: "100GBASE-SR4" }]);
      expect(f).toEqual([
        { rule: "connector-family", severity: "error", row: 2, columns: ["connectorA"], params: { end: "A", connector: "LC/UPC duplex", against: "the MPO interface of a 100GBASE-SR4 transceiver" }, assumed: 'end A is a transceiver port, read from the interface name "leaf01 Eth1/1"' },
        { rule: "connector-family", severity: "error", row: 2, columns: ["connectorB"], params: { end: "B", connector: "LC duplex", against: "the MPO interface of a 100GBASE-SR4 transceiver" }, assumed: 'end B is a transceiver port, read from the interface name "spine01 Eth1/1"' },
      ]);
    });

    it("MPO into a 10GBASE-SR (LC) transceiver", () => {
      const f = findingsOf("connector-family", [{ from: "leaf01 Eth1/1", to: "PP-1 P1", a: "MPO-12 female", b: "MPO-12 female", app: "10GBASE-SR" }]);
      expect(f.map((x) => [x.columns, x.params.against])).toEqual([[["connectorA"], "the LC interface of a 10GBASE-SR transceiver"]]);
    });

    it("SC meets LC in a panel adapter: both rows", () => {
      const f = findingsOf("connector-family", viaPanel({ a: "LC/UPC duplex", b: "LC/UPC duplex" }, { a: "SC/UPC duplex", b: "SC/UPC duplex" }));
      expect(f.map((x) => [x.row, x.columns[0], x.params.against, x.params.otherRow])).toEqual([
        [2, "connectorB", "SC/UPC duplex", 3],
        [3, "connectorA", "LC/UPC duplex", 2],
      ]);
    });

    it("MPO meets LC at a panel port", () => {
      const f = findingsOf("connector-family", viaPanel({ a: "MPO-12 female", b: "MPO-12 female" }, { a: "LC/UPC duplex", b: "LC/UPC duplex" }));
      expect(f).toHaveLength(2);
      expect(f.every((x) => x.severity === "error")).toBe(true);
    });
  });
});
