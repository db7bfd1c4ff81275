import { direct, findingsOf, panels } from "./harness";

/** Issue 11 §2: multimode parallel optics on PAM4 lanes are sold with UPC and with APC MPO receptacles. */
describe("module-polish: the polish into a module sold both ways is the datasheet's to say", () => {
  describe("accept", () => {
    it.each([
      ["no polish stated", { ...direct, a: "MPO-16 female", b: "MPO-16 female", fiber: "OM4", app: "400GBASE-SR8" }, undefined],
      ["ends at panels", { ...panels, a: "MPO-16 APC male", b: "MPO-16 APC male", fiber: "OM4", app: "400GBASE-SR8" }, undefined],
      ["the spec pins the polish (polish-mating decides)", { ...direct, a: "MPO-12 APC female", b: "MPO-12 APC female", fiber: "OM4", app: "400GBASE-SR4" }, "APC" as const],
      ["10G/25G-lane SR4: flat polish is the catalog's", { ...direct, a: "MPO-12 UPC female", b: "MPO-12 UPC female", fiber: "OM4", app: "100GBASE-SR4" }, undefined],
      ["single-mode DR4: APC is the catalog's", { ...direct, a: "MPO-12 APC female", b: "MPO-12 APC female", fiber: "OS2", app: "400GBASE-DR4" }, undefined],
    ])("%s", (_name, row, multimodePolish) => {
      expect(findingsOf("module-polish", [row], { spec: multimodePolish ? { multimodePolish } : {} })).toEqual([]);
    });
  });

  describe("reject (warning, never error)", () => {
    it.each([
      ["400GBASE-SR8", "MPO-16 APC female"],
      ["400GBASE-SR8", "MPO-16 UPC female"],
      ["800GBASE-SR8", "MPO-16 APC female"],
      ["200GBASE-SR4", "MPO-12 UPC female"],
      ["400GBASE-VR4", "MPO-12 APC female"],
    ])("%s with %s", (app, connector) => {
      const f = findingsOf("module-polish", [{ ...direct, a: connector, b: connector, fiber: "OM4", app }]);
      // the same finding at both ends is reported once, for ends A and B
      expect(f.map((x) => [x.severity, x.params.application, x.params.end])).toEqual([["warning", app, "A and B"]]);
    });
  });

  it("a correct APC install of 400GBASE-SR8 has no error (NVIDIA LinkX sells MPO/APC modules)", () => {
    const f = findingsOf("polish-mating", [{ ...direct, a: "MPO-16 APC female", b: "MPO-16 APC female", fiber: "OM4", app: "400GBASE-SR8" }]);
    expect(f).toEqual([]);
  });

  it("APC meeting UPC between two cables stays an error for those optics", () => {
    const f = findingsOf("polish-mating", [
      { from: "leaf1 Eth1", to: "PP-3 P1", a: "MPO-16 APC female", b: "MPO-16 APC female", fiber: "OM4", app: "400GBASE-SR8" },
      { from: "PP-3 P1", to: "PP-4 P1", a: "MPO-16 UPC male", b: "MPO-16 UPC male", fiber: "OM4" },
    ]);
    expect(f.map((x) => [x.row, x.severity])).toEqual([[2, "error"], [3, "error"]]);
  });
});
