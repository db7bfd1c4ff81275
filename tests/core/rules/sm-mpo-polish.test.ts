import { findingsOf, panels } from "./harness";

describe("sm-mpo-polish (R5): single-mode MPO/MTP is APC", () => {
  describe("accept", () => {
    it.each([
      ["single-mode MPO APC", { ...panels, a: "MPO-12 APC male", b: "MPO-12 APC male", fiber: "OS2" }],
      ["multimode MPO UPC", { ...panels, a: "MPO-12 UPC male", fiber: "OM4", app: "100GBASE-SR4" }],
      ["single-mode LC/UPC is normal (the rule is about MPO)", { ...panels, a: "LC/UPC duplex", b: "LC/UPC duplex", fiber: "OS2" }],
      ["polish not given", { ...panels, a: "MPO-12 male", fiber: "OS2" }],
      ["no fiber and a multimode application", { ...panels, a: "MPO-12 UPC male", app: "40GBASE-SR4" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("sm-mpo-polish", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("OS2 trunk with UPC MPO: warning", () => {
      expect(findingsOf("sm-mpo-polish", [{ ...panels, a: "MPO-12 UPC male", b: "MPO-12 APC male", fiber: "OS2" }])).toEqual([
        { rule: "sm-mpo-polish", severity: "warning", row: 2, columns: ["connectorA"], params: { end: "A", connector: "MPO-12 UPC male", fiber: "OS2" } },
      ]);
    });

    it.each([
      ["generic SMF", { ...panels, a: "MTP-12 PC", fiber: "SMF" }],
      ["no fiber type, but a single-mode application", { ...panels, a: "MTP-12 PC", app: "400GBASE-DR4" }],
    ])("%s: flat polish on single-mode", (_name, row) => {
      expect(findingsOf("sm-mpo-polish", [row]).map((f) => [f.severity, f.params.fiber])).toEqual([["warning", "single-mode"]]);
    });
  });
});
