import { findingsOf, panels } from "./harness";

describe("legacy-multimode (R13): 40G and faster multimode needs OM3 or better", () => {
  describe("accept", () => {
    it.each([
      ["10GBASE-SR on OM2 (reach-unknown notes it; not a 40G+ optic)", "OM2", "10GBASE-SR"],
      ["25GBASE-SR on OM2 (below 40G)", "OM2", "25GBASE-SR"],
      ["40GBASE-SR4 on OM3", "OM3", "40GBASE-SR4"],
      ["100GBASE-SR4 on OM4", "OM4", "100GBASE-SR4"],
      ["a single-mode application on OM1 is fiber-kind's business", "OM1", "400GBASE-DR4"],
    ])("%s", (_name, fiber, app) => {
      expect(findingsOf("legacy-multimode", [{ ...panels, fiber, app }])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("40GBASE-SR4 on OM2", () => {
      expect(findingsOf("legacy-multimode", [{ ...panels, fiber: "OM2", app: "40GBASE-SR4" }])).toEqual([
        { rule: "legacy-multimode", severity: "error", row: 2, columns: ["fiberType", "application"], params: { application: "40GBASE-SR4", fiber: "OM2" } },
      ]);
    });
    it.each([
      ["100GBASE-SR4 on 62.5/125 (OM1)", "62.5/125", "100GBASE-SR4", "OM1"],
      ["400GBASE-SR8 on OM1", "OM1", "400GBASE-SR8", "OM1"],
      ["100GBASE-SR10 on OM2", "OM2", "100GBASE-SR10", "OM2"],
    ])("%s", (_name, fiber, app, grade) => {
      expect(findingsOf("legacy-multimode", [{ ...panels, fiber, app }]).map((f) => [f.severity, f.params.fiber])).toEqual([["error", grade]]);
    });
  });
});
