import { findingsOf, panels, RowSpec } from "./harness";

const row = (a: string, b: string, count: number, extra: Partial<RowSpec> = {}): RowSpec => ({ ...panels, a, b, count, ...extra });

describe("cable-fiber-count: the fiber (strand) count matches the connectors", () => {
  describe("accept", () => {
    it.each([
      ["MPO-12 with 12", row("MPO-12 male", "MPO-12 male", 12)],
      ["MPO-8 (Base-8) with 8", row("MTP-8 APC male", "MTP-8 APC male", 8)],
      ["MPO-12 for SR4 counting the 8 lit fibers", row("MPO-12 male", "MPO-12 male", 8, { app: "100GBASE-SR4" })],
      ["LC duplex with 2", row("LC/UPC duplex", "LC/UPC duplex", 2)],
      ["SR4 breakout: MPO-8 to 4x LC duplex, 8 fibers", row("MPO-8 female", "4x LC/UPC duplex", 8)],
      ["SR4 harness on MPO-12 to 4x LC, 12 counted", row("MPO-12 female", "4x LC/UPC duplex", 12, { app: "40GBASE-SR4" })],
      ["400G-SR8 to 8x LC duplex, 16 fibers", row("MPO-16 female", "8x LC/UPC duplex", 16)],
      ["MPO-24 to 2x MPO-12 harness, 24 fibers", row("MPO-24 male", "2x MPO-12 female", 24)],
      ["MPO-24 to 3x MPO-8 harness, 24 fibers", row("MPO-24 male", "3x MPO-8 female", 24)],
      ["a 144-fiber trunk, 12x MTP-12 at each end", row("12x MTP-12 male", "12x MTP-12 male", 144)],
      ["no fiber count", { ...panels, a: "MPO-12 male", b: "MPO-12 male" }],
    ])("%s", (_name, r) => {
      expect(findingsOf("cable-fiber-count", [r])).toEqual([]);
    });
  });

  describe("reject", () => {
    it.each([
      ["MPO-12 with 24 strands", row("MPO-12 male", "MPO-12 male", 24), 12, 24],
      ["MPO-8 with 12", row("MPO-8 male", "MPO-8 male", 12), 8, 12],
      ["MPO-16 with 24", row("MPO-16 male", "MPO-16 male", 24), 16, 24],
      ["LC duplex with 24", row("LC/UPC duplex", "LC/UPC duplex", 24), 2, 24],
    ])("%s", (_name, r, fibers, count) => {
      expect(findingsOf("cable-fiber-count", [r])).toEqual([
        expect.objectContaining({ severity: "error", columns: ["fiberCount", "connectorA", "connectorB"], params: expect.objectContaining({ end: "A and B", fibers, count }) }),
      ]);
    });

    it("a harness whose array end does not account for the count", () => {
      expect(findingsOf("cable-fiber-count", [row("MPO-12 female", "4x LC/UPC duplex", 24)]).map((f) => [f.params.end, f.params.fibers])).toEqual([["A", 12]]);
    });
  });
});
