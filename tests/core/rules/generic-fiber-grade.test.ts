import { findingsOf, panels } from "./harness";

describe("generic-fiber-grade (R30): a reach check needs a grade, not just MMF/SMF", () => {
  describe("accept", () => {
    it.each([
      ["OM4", "OM4", "100GBASE-SR4"],
      ["NetBox mmf-om4", "mmf-om4", "100GBASE-SR4"],
      ["NetBox smf-os2", "smf-os2", "400GBASE-DR4"],
      ["generic, but no application to check", "MMF", undefined],
    ])("%s", (_name, fiber, app) => {
      expect(findingsOf("generic-fiber-grade", [{ ...panels, fiber, app }])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("MMF with an SR4", () => {
      expect(findingsOf("generic-fiber-grade", [{ ...panels, fiber: "MMF", app: "100GBASE-SR4" }])).toEqual([
        { rule: "generic-fiber-grade", severity: "warning", row: 2, columns: ["fiberType"], params: { fiber: "MMF" } },
      ]);
    });
    it.each([
      ["single mode", "single mode", "400GBASE-DR4", "SMF"],
      ["50/125", "MMF 50/125", "10GBASE-SR", "MMF 50/125"],
    ])("%s", (_name, fiber, app, shown) => {
      expect(findingsOf("generic-fiber-grade", [{ ...panels, fiber, app }]).map((f) => [f.severity, f.params.fiber])).toEqual([["warning", shown]]);
    });
  });
});
