import { findingsOf, panels } from "./harness";

const row = (app: string, fiber: string, length: string | number) => ({ ...panels, app, fiber, length });

describe("reach-margin (R15): within 10 % of the reach is an info on multimode", () => {
  describe("accept", () => {
    it.each([
      ["exactly 90 % of the reach keeps its 10 % margin (boundary passes)", "100GBASE-SR4", "OM4", "90 m"],
      ["well short of the reach", "100GBASE-SR4", "OM4", "50 m"],
      ["OM3 SR4 at 63 m (90 % of 70 m)", "100GBASE-SR4", "OM3", "63 m"],
      ["beyond the reach is the reach rule's error, not a margin warning", "100GBASE-SR4", "OM4", "101 m"],
      ["400GBASE-SR4.2 on OM5 at 100 m: OM5 reaches 150 m", "400GBASE-SR4.2", "OM5", "100 m"],
      ["single-mode: the loss budget governs (800GBASE-DR8 on OS2 at 480 m)", "800GBASE-DR8", "OS2", "480 m"],
    ])("%s", (_name, app, fiber, length) => {
      expect(findingsOf("reach-margin", [row(app, fiber, length)])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("95 m of SR4 on OM4 (reach 100 m)", () => {
      expect(findingsOf("reach-margin", [row("100GBASE-SR4", "OM4", "95 m")])).toEqual([
        { rule: "reach-margin", severity: "info", row: 2, columns: ["length"], params: { application: "100GBASE-SR4", fiber: "OM4", lengthM: 95, reachM: 100, marginPct: 10 } },
      ]);
    });

    it.each([
      ["just over 90 %", "100GBASE-SR4", "OM4", "90.5 m", 100],
      ["exactly at the reach: passes the reach rule, no margin left", "100GBASE-SR4", "OM4", "100 m", 100],
      ["SR4 on OM3 at 70 m", "100GBASE-SR4", "OM3", 70, 70],
    ])("%s", (_name, app, fiber, length, reachM) => {
      expect(findingsOf("reach-margin", [row(app, fiber, length)]).map((f) => [f.severity, f.params.reachM])).toEqual([["info", reachM]]);
    });
  });
});
