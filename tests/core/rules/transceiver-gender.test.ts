import { direct, findingsOf } from "./harness";

describe("transceiver-gender (R3): the cord end into a transceiver is female", () => {
  describe("accept", () => {
    it.each([
      ["female at both transceivers", { ...direct, a: "MPO-12 UPC female", b: "MTP-12 UPC female", app: "100GBASE-SR4" }],
      ["male end at a panel, female at the switch", { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-12 female", b: "MPO-12 male", app: "100GBASE-SR4" }],
      ["gender not given", { ...direct, a: "MPO-12 UPC", b: "MPO-12 UPC", app: "100GBASE-SR4" }],
      ["a panel word wins over an equipment word", { from: "leaf01 patch panel P3", to: "PP-B01 P1", a: "MPO-12 male", b: "MPO-12 male" }],
      ["LC has no gender", { ...direct, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR" }],
      ["a 10GBASE-SR optic has an LC interface, no pins: connector-family says what is wrong", { ...direct, a: "MPO-12 male", b: "MPO-12 male", app: "10GBASE-SR" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("transceiver-gender", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("pinned cord end into an SR4 transceiver", () => {
      expect(findingsOf("transceiver-gender", [{ ...direct, a: "MPO-12 UPC male", b: "MPO-12 UPC female", app: "100GBASE-SR4" }])).toEqual([
        { rule: "transceiver-gender", severity: "error", row: 2, columns: ["connectorA"], params: { end: "A", connector: "MPO-12 UPC male", application: "100GBASE-SR4" }, assumed: 'end A is a transceiver port, read from the interface name "leaf01 Eth1/1"' },
      ]);
    });

    it("a QSFP port name is equipment too; no application still errors", () => {
      const f = findingsOf("transceiver-gender", [{ from: "PP-A01 P1", to: "spine02 QSFP28-7", a: "MTP-16 female", b: "MTP-16 APC male" }]);
      expect(f).toEqual([expect.objectContaining({ row: 2, severity: "error", columns: ["connectorB"], params: { end: "B", connector: "MTP-16 APC male", application: "parallel-optic" } })]);
    });
  });
});
