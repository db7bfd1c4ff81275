import { findingsOf, panels } from "./harness";

const row = (app: string, fiber: string, length: string) => ({ ...panels, app, fiber, length });

describe("os1a-reach (R20): single-mode length within the informative range for OS1/OS1a", () => {
  describe("accept", () => {
    it.each([
      ["800GBASE-DR8 on OS1a at exactly 250 m", "800GBASE-DR8", "OS1a", "250 m"],
      ["800GBASE-DR8 on OS2 at 400 m (OS2 has the full 500 m)", "800GBASE-DR8", "OS2", "400 m"],
      ["40GBASE-LR4 on OS1a at 4 km", "40GBASE-LR4", "OS1a", "4 km"],
      ["400GBASE-DR4 has no informative OS1a figure", "400GBASE-DR4", "OS1a", "450 m"],
      ["beyond the OS2 reach itself: the reach rule errors instead", "800GBASE-DR8", "OS1a", "600 m"],
    ])("%s", (_name, app, fiber, length) => {
      expect(findingsOf("os1a-reach", [row(app, fiber, length)])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("800GBASE-DR8 on OS1a beyond 250 m (the fact sheet's example)", () => {
      expect(findingsOf("os1a-reach", [row("800GBASE-DR8", "OS1a", "300 m")])).toEqual([
        { rule: "os1a-reach", severity: "warning", row: 2, columns: ["length", "fiberType"], params: { application: "800GBASE-DR8", fiber: "OS1a", lengthM: 300, informativeM: 250 } },
      ]);
    });
    it.each([
      ["40GBASE-LR4 on OS1a, 5 km", "40GBASE-LR4", "OS1a", "5 km", 4000],
      ["100GBASE-FR1 on OS1, 1.5 km", "100GBASE-FR1", "OS1", "1.5 km", 1000],
    ])("%s", (_name, app, fiber, length, informativeM) => {
      expect(findingsOf("os1a-reach", [row(app, fiber, length)]).map((f) => [f.severity, f.params.informativeM])).toEqual([["warning", informativeM]]);
    });
  });
});
