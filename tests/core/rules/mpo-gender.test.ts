import { findingsOf, viaPanel } from "./harness";

describe("mpo-gender (R2): a mated MPO/MTP pair is one pinned, one unpinned", () => {
  describe("accept", () => {
    it.each([
      ["female cord end meets a male trunk", "MPO-12 UPC female", "MPO-12 UPC male"],
      ["MTP intermates with MPO", "MTP-12 UPC female", "MPO-12 UPC male"],
      ["MPO-8 (12-position ferrule) meets MPO-12", "MPO-8 UPC female", "MPO-12 UPC male"],
      ["gender unknown on one side", "MPO-12 UPC", "MPO-12 UPC male"],
      ["duplex LC has no gender", "LC/UPC duplex", "LC/UPC duplex"],
    ])("%s", (_name, cordB, trunkA) => {
      expect(findingsOf("mpo-gender", viaPanel({ a: "MPO-12 UPC female", b: cordB }, { a: trunkA, b: "MPO-12 UPC male" }))).toEqual([]);
    });

    it("ends at different ports do not mate", () => {
      const rows = [
        { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-12 female", b: "MPO-12 female" },
        { from: "PP-A01 P2", to: "PP-B01 P2", a: "MPO-12 female", b: "MPO-12 female" },
      ];
      expect(findingsOf("mpo-gender", rows)).toEqual([]);
    });

    it("three ends naming one port are not a pair (ambiguous), so nothing is claimed", () => {
      const rows = [
        { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-12 female", b: "MPO-12 female" },
        { from: "PP-A01 P1", to: "PP-B01 P1", a: "MPO-12 female", b: "MPO-12 male" },
        { from: "PP-A01 P1", to: "PP-C01 P1", a: "MPO-12 female", b: "MPO-12 male" },
      ];
      expect(findingsOf("mpo-gender", rows)).toEqual([]);
    });
  });

  describe("reject", () => {
    it("female meets female in an adapter: reported on both rows", () => {
      const f = findingsOf("mpo-gender", viaPanel({ a: "MPO-12 UPC female", b: "MPO-12 UPC female" }, { a: "MTP-12 UPC female", b: "MTP-12 UPC male" }));
      expect(f).toEqual([
        { rule: "mpo-gender", severity: "error", row: 2, columns: ["connectorB"], params: { end: "B", connector: "MPO-12 UPC female", otherRow: 3, otherEnd: "A", otherConnector: "MTP-12 UPC female", gender: "female" } },
        { rule: "mpo-gender", severity: "error", row: 3, columns: ["connectorA"], params: { end: "A", connector: "MTP-12 UPC female", otherRow: 2, otherEnd: "B", otherConnector: "MPO-12 UPC female", gender: "female" } },
      ]);
    });

    it("two pinned trunks meeting at a panel (male-male)", () => {
      const rows = [
        { from: "PP-A01 P1", to: "ODF-3 P7", a: "MPO-24 male", b: "MPO-24 male" },
        { from: "ODF-3  p7", to: "PP-C01 P1", a: "MPO-24 male", b: "MPO-24 male" },
      ];
      const f = findingsOf("mpo-gender", rows);
      expect(f.map((x) => [x.row, x.columns[0], x.params.gender])).toEqual([
        [2, "connectorB", "male"],
        [3, "connectorA", "male"],
      ]);
    });
  });
});
