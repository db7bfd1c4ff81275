import { direct, findingsOf, panels } from "./harness";

describe("apc-adapter-key (R6): APC MPO needs key-up to key-down (Type A) adapters", () => {
  describe("accept", () => {
    it.each([
      ["Method A with APC", { ...panels, a: "MPO-12 APC male", fiber: "OS2", polarity: "Method A" }],
      ["Method U1 (Type A adapters) with APC", { ...panels, a: "MPO-12 APC male", fiber: "OS2", polarity: "Method U1" }],
      ["Method B with multimode UPC", { ...panels, a: "MPO-12 UPC male", fiber: "OM4", app: "100GBASE-SR4", polarity: "Method B" }],
      ["a Type B cable is not a Type B adapter: the standard DR4 direct cord", { ...direct, a: "MPO-12 APC female", b: "MPO-12 APC female", fiber: "OS2", app: "400GBASE-DR4", polarity: "Type B" }],
      ["path with Type A adapters", { ...panels, a: "MPO-12 APC male", fiber: "OS2", polarity: "A,A,A,A,B" }],
      ["Method B, but no APC anywhere in the row", { ...panels, a: "MPO-12 male", polarity: "Method B" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("apc-adapter-key", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("Method B trunk with APC MPO", () => {
      expect(findingsOf("apc-adapter-key", [{ ...panels, a: "MPO-12 APC male", b: "MPO-12 APC male", fiber: "OS2", app: "400GBASE-DR4", polarity: "Method B" }])).toEqual([
        { rule: "apc-adapter-key", severity: "error", row: 2, columns: ["polarity", "connectorA"], params: { polarity: "Method B", connector: "MPO-12 APC male" } },
      ]);
    });

    it("Method U2 (key-up/key-up) with APC", () => {
      const f = findingsOf("apc-adapter-key", [{ ...panels, a: "MTP-12 APC male", fiber: "OS2", polarity: "Method U2" }]);
      expect(f.map((x) => [x.severity, x.params.polarity])).toEqual([["error", "Method U2"]]);
    });

    it("a path whose adapters are Type B", () => {
      const f = findingsOf("apc-adapter-key", [{ ...panels, a: "MPO-12 APC male", fiber: "OS2", polarity: "B,B,B,B,B" }]);
      expect(f.map((x) => x.params.polarity)).toEqual(["B,B,B,B,B"]);
    });

    it("polish not written, but the application's MPO interface is APC", () => {
      expect(findingsOf("apc-adapter-key", [{ ...panels, a: "MPO-12 male", b: "MPO-12 male", app: "400GBASE-DR4", polarity: "Method B" }])).toEqual([
        expect.objectContaining({ columns: ["polarity"], params: { polarity: "Method B", connector: "the APC interface of 400GBASE-DR4" } }),
      ]);
    });
  });
});
