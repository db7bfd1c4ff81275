import { direct, findingsOf, viaPanel } from "./harness";

describe("mpo-rows (R8): MPO-24 does not mate MPO-12 directly", () => {
  describe("accept", () => {
    it.each([
      ["MPO-8 meets MPO-12 (both 12-position ferrules)", "MPO-8 female", "MPO-12 male"],
      ["MTP-24 meets MPO-24", "MTP-24 female", "MPO-24 male"],
      ["MPO-16 meets MPO-12: a key problem, said by mpo-key", "MPO-16 female", "MPO-12 male"],
      ["count unknown", "MPO female", "MPO-24 male"],
    ])("%s", (_name, cordB, trunkA) => {
      expect(findingsOf("mpo-rows", viaPanel({ a: "MPO-12 female", b: cordB }, { a: trunkA, b: "MPO-24 male" }))).toEqual([]);
    });

    it.each([
      ["MPO-24 into an SR10 transceiver", { ...direct, a: "MPO-24 female", b: "MPO-24 female", app: "100GBASE-SR10" }],
      ["MPO-8 into an SR4 transceiver", { ...direct, a: "MPO-8 female", b: "MPO-8 female", app: "100GBASE-SR4" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("mpo-rows", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("MPO-24 trunk meets an MPO-12 cord in an adapter: both rows", () => {
      const f = findingsOf("mpo-rows", viaPanel({ a: "MPO-12 female", b: "MPO-12 female" }, { a: "MPO-24 male", b: "MPO-24 male" }));
      expect(f).toEqual([
        { rule: "mpo-rows", severity: "error", row: 2, columns: ["connectorB"], params: { end: "B", connector: "MPO-12 female", otherConnector: "MPO-24 male", otherRow: 3 } },
        { rule: "mpo-rows", severity: "error", row: 3, columns: ["connectorA"], params: { end: "A", connector: "MPO-24 male", otherConnector: "MPO-12 female", otherRow: 2 } },
      ]);
    });

    it("MPO-32 meets MPO-16 (same offset key, two rows against one)", () => {
      expect(findingsOf("mpo-rows", viaPanel({ a: "MPO-16 female", b: "MPO-16 female" }, { a: "MPO-32 male", b: "MPO-32 male" }))).toHaveLength(2);
    });

    it("MPO-24 cord into an SR4 transceiver (MPO-12 interface)", () => {
      expect(findingsOf("mpo-rows", [{ from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-24 female", b: "MPO-24 female", app: "100GBASE-SR4" }])).toEqual([
        { rule: "mpo-rows", severity: "error", row: 2, columns: ["connectorA"], params: { end: "A", connector: "MPO-24 female", otherConnector: "the MPO-12 interface of 100GBASE-SR4" }, assumed: 'end A is a transceiver port, read from the interface name "leaf01 Eth1/1"' },
      ]);
    });

    it("MPO-12 cord into an SR10 transceiver (MPO-24 interface)", () => {
      const f = findingsOf("mpo-rows", [{ from: "PP-A01 P1", to: "leaf01 Eth1/1", a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR10" }]);
      expect(f.map((x) => [x.columns[0], x.params.otherConnector])).toEqual([["connectorB", "the MPO-24 interface of 100GBASE-SR10"]]);
    });
  });
});
