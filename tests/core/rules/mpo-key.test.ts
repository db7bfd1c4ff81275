import { direct, findingsOf, viaPanel } from "./harness";

describe("mpo-key (R7): offset-key MPO-16/32 cannot mate centre-key MPO-8/12/24", () => {
  describe("accept", () => {
    it.each([
      ["MPO-16 into an SR8 transceiver", { ...direct, a: "MPO-16 UPC female", b: "MTP-16 UPC female", app: "400GBASE-SR8" }],
      ["MPO-12 into an SR4 transceiver", { ...direct, a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4" }],
      ["MPO-8 into an SR4 transceiver (same centre key)", { ...direct, a: "Base-8 MTP female", b: "MPO-8 female", app: "40GBASE-SR4" }],
      ["count unknown: key unknown", { ...direct, a: "MPO female", b: "MPO female", app: "400GBASE-SR8" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("mpo-key", [row])).toEqual([]);
    });

    it.each([
      ["MPO-16 meets MTP-16", "MPO-16 female", "MTP-16 male"],
      ["MPO-8 meets MPO-12", "MPO-8 female", "MPO-12 male"],
      ["MPO-12 meets MPO-24 (same key; mpo-rows says what is wrong)", "MPO-12 female", "MPO-24 male"],
    ])("at a panel: %s", (_name, cordB, trunkA) => {
      expect(findingsOf("mpo-key", viaPanel({ a: "MPO-16 female", b: cordB }, { a: trunkA, b: "MPO-16 male" }))).toEqual([]);
    });
  });

  describe("reject", () => {
    it("MPO-16 meets MPO-12 in an adapter: both rows", () => {
      const f = findingsOf("mpo-key", viaPanel({ a: "MPO-16 female", b: "MPO-16 female" }, { a: "MPO-12 male", b: "MPO-12 male" }));
      expect(f).toEqual([
        { rule: "mpo-key", severity: "error", row: 2, columns: ["connectorB"], params: { end: "B", connector: "MPO-16 female", otherConnector: "MPO-12 male", otherRow: 3 } },
        { rule: "mpo-key", severity: "error", row: 3, columns: ["connectorA"], params: { end: "A", connector: "MPO-12 male", otherConnector: "MPO-16 female", otherRow: 2 } },
      ]);
    });

    it("MPO-32 meets MPO-24", () => {
      expect(findingsOf("mpo-key", viaPanel({ a: "MPO-16 female", b: "MPO-32 female" }, { a: "MPO-24 male", b: "MPO-24 male" }))).toHaveLength(2);
    });

    it("MPO-16 cord into an SR4 transceiver (MPO-12 interface)", () => {
      expect(findingsOf("mpo-key", [{ from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-16 UPC female", b: "MPO-16 UPC female", app: "100GBASE-SR4" }])).toEqual([
        { rule: "mpo-key", severity: "error", row: 2, columns: ["connectorA"], params: { end: "A", connector: "MPO-16 UPC female", otherConnector: "the MPO-12 interface of 100GBASE-SR4" }, assumed: 'end A is a transceiver port, read from the interface name "leaf01 Eth1/1"' },
      ]);
    });

    it("MPO-12 cord into an 800GBASE-DR8 transceiver (MPO-16 interface)", () => {
      const f = findingsOf("mpo-key", [{ from: "PP-A01 P1", to: "spine01 Eth1/1", a: "MPO-12 APC female", b: "MPO-12 APC female", app: "800GBASE-DR8" }]);
      expect(f.map((x) => [x.columns[0], x.severity, x.params.otherConnector])).toEqual([["connectorB", "error", "the MPO-16 interface of 800GBASE-DR8"]]);
    });

    it("MPO-24 into a 400GBASE-SR8: the fact sheet calls an MPO-24 SR8 interface UNCONFIRMED, so a warning", () => {
      const f = findingsOf("mpo-key", [{ from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-24 UPC female", b: "MPO-24 UPC female", app: "400GBASE-SR8" }]);
      expect(f.map((x) => [x.columns[0], x.severity, x.unconfirmed])).toEqual([["connectorA", "warning", true]]);
    });
  });
});
