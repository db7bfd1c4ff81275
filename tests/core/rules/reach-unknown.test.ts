import { findingsOf, panels } from "./harness";

describe("reach-unknown: no reach figure for the application on this grade", () => {
  describe("accept", () => {
    it.each([
      ["SR4 on OM4 has a figure", "OM4", "100GBASE-SR4"],
      ["DR4 on OS2 has a figure", "OS2", "400GBASE-DR4"],
      ["40G on OM2: legacy-multimode says more", "OM2", "40GBASE-SR4"],
      ["generic MMF has no grade to look up", "MMF", "100GBASE-SR4"],
      ["wrong fiber kind: fiber-kind says it", "OS2", "100GBASE-SR4"],
    ])("%s", (_name, fiber, app) => {
      expect(findingsOf("reach-unknown", [{ ...panels, fiber, app }])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("10GBASE-SR on OM2", () => {
      expect(findingsOf("reach-unknown", [{ ...panels, fiber: "OM2", app: "10GBASE-SR" }])).toEqual([
        { rule: "reach-unknown", severity: "info", row: 2, columns: ["fiberType"], params: { application: "10GBASE-SR", fiber: "OM2" } },
      ]);
    });
    it.each([
      ["100GBASE-SR10 lists no OM5 reach", "OM5", "100GBASE-SR10"],
      ["800GBASE-SR8 lists no OM5 reach", "OM5", "800GBASE-SR8"],
    ])("%s", (_name, fiber, app) => {
      expect(findingsOf("reach-unknown", [{ ...panels, fiber, app }]).map((f) => f.severity)).toEqual(["info"]);
    });
  });
});
