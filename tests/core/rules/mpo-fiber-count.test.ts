import { findingsOf, panels } from "./harness";

describe("mpo-fiber-count (R1): MPO/MTP counts that are made", () => {
  describe("accept", () => {
    it.each([8, 12, 16, 24, 32, 48, 72])("MPO-%i is a standard count", (n) => {
      expect(findingsOf("mpo-fiber-count", [{ ...panels, a: `MPO-${n} UPC male`, b: `MTP-${n} UPC male` }])).toEqual([]);
    });
    it.each([
      ["Base-8 MTP", { ...panels, a: "Base-8 MTP" }],
      ["MTP®24 female (24-fiber MTP exists)", { ...panels, a: "MTP®24 female" }],
      ["MPO without a count", { ...panels, a: "MPO APC male" }],
      ["duplex LC is not an array", { ...panels, a: "LC/UPC duplex", b: "LC/UPC duplex" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("mpo-fiber-count", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("13 fibers is not made: error", () => {
      expect(findingsOf("mpo-fiber-count", [{ ...panels, a: "MPO-13 UPC male", b: "MPO-12 UPC male" }])).toEqual([
        { rule: "mpo-fiber-count", severity: "error", row: 2, columns: ["connectorA"], params: { end: "A", connector: "MPO-13 UPC male", count: 13, exists: false } },
      ]);
    });

    it.each([
      [60, "MPO-60"],
      [96, "MTP-96 APC"],
    ])("%i fibers exists but is unusual: warning", (n, text) => {
      const f = findingsOf("mpo-fiber-count", [{ ...panels, a: "LC/UPC duplex", b: text }]);
      expect(f).toEqual([expect.objectContaining({ severity: "warning", row: 2, columns: ["connectorB"], params: expect.objectContaining({ end: "B", count: n, exists: true }) })]);
    });

    it("each row is judged on its own connectors", () => {
      const f = findingsOf("mpo-fiber-count", [{ ...panels, a: "MPO-12 male" }, { ...panels, a: "MPO-20 male" }]);
      expect(f.map((x) => [x.row, x.params.count])).toEqual([[3, 20]]);
    });
  });
});
