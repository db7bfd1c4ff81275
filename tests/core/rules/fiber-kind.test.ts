import { findingsOf, panels } from "./harness";

describe("fiber-kind (R12): multimode optics on multimode fiber, single-mode on single-mode", () => {
  describe("accept", () => {
    it.each([
      ["SR4 on OM3", { ...panels, fiber: "OM3", app: "100GBASE-SR4" }],
      ["DR4 on generic SMF", { ...panels, fiber: "SMF", app: "400GBASE-DR4" }],
      ["LR4 on OS1a", { ...panels, fiber: "OS1a", app: "40GBASE-LR4" }],
      ["SR on NetBox's mmf-om4", { ...panels, fiber: "mmf-om4", app: "10GBASE-SR" }],
      ["no fiber type", { ...panels, app: "400GBASE-DR4" }],
      ["no application", { ...panels, fiber: "OS2" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("fiber-kind", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("multimode SR4 on OS2", () => {
      expect(findingsOf("fiber-kind", [{ ...panels, fiber: "OS2", app: "100GBASE-SR4" }])).toEqual([
        { rule: "fiber-kind", severity: "error", row: 2, columns: ["fiberType", "application"], params: { application: "100GBASE-SR4", needs: "multimode", fiber: "OS2" } },
      ]);
    });
    it.each([
      ["DR4 on OM4", "OM4", "400GBASE-DR4", "OM4"],
      ["LR4 on 50/125 multimode", "MMF 50/125", "40GBASE-LR4", "MMF 50/125"],
      ["PSM4 on OM3", "OM3", "100G-PSM4", "OM3"],
    ])("single-mode application: %s", (_name, fiber, app, shown) => {
      expect(findingsOf("fiber-kind", [{ ...panels, fiber, app }]).map((f) => [f.severity, f.params.needs, f.params.fiber])).toEqual([["error", "single-mode", shown]]);
    });
  });
});
