import { findingsOf, panels } from "./harness";

const row = (app: string, fiber: string, length: string | number) => ({ ...panels, a: "MPO-12 male", app, fiber, length });

describe("reach (R14): length within the application's reach on the fiber grade", () => {
  describe("accept", () => {
    it.each([
      ["100GBASE-SR4 on OM3 at exactly 70 m", "100GBASE-SR4", "OM3", "70 m"],
      ["100GBASE-SR4 on OM4 at exactly 100 m", "100GBASE-SR4", "OM4", 100],
      ["400GBASE-SR4.2 on OM5 at 150 m (OM5 reaches further for SR4.2)", "400GBASE-SR4.2", "OM5", "150m"],
      ["40GBASE-SR4 on OM4 at 150 m", "40GBASE-SR4", "OM4", "150 m"],
      ["800GBASE-DR8 on OS2 at 500 m", "800GBASE-DR8", "OS2", "0.5 km"],
      ["10GBASE-SR on OM3 at 300 m", "10GBASE-SR", "OM3", "300 m"],
      ["229 ft (69.8 m) of SR4 on OM3", "100GBASE-SR4", "OM3", "229 ft"],
    ])("%s", (_name, app, fiber, length) => {
      expect(findingsOf("reach", [row(app, fiber, length)])).toEqual([]);
    });

    it("no length, no check", () => {
      expect(findingsOf("reach", [{ ...panels, app: "100GBASE-SR4", fiber: "OM3" }])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("100GBASE-SR4 on OM3 beyond 70 m (the fact sheet's example)", () => {
      expect(findingsOf("reach", [row("100GBASE-SR4", "OM3", "71 m")])).toEqual([
        { rule: "reach", severity: "error", row: 2, columns: ["length", "fiberType", "application"], params: { application: "100GBASE-SR4", fiber: "OM3", lengthM: 71, reachM: 70 } },
      ]);
    });

    it.each([
      ["100GBASE-SR4 on OM4, 101 m", "100GBASE-SR4", "OM4", "101 m", 100],
      ["400GBASE-SR8 on OM5, 101 m", "400GBASE-SR8", "OM5", "101 m", 100],
      ["400GBASE-SR4.2 on OM5, 151 m", "400GBASE-SR4.2", "OM5", "151 m", 150],
      ["800GBASE-DR8 on OS2, 501 m", "800GBASE-DR8", "OS2", "501 m", 500],
      ["40GBASE-LR4 on OS2, 10.5 km", "40GBASE-LR4", "OS2", "10.5 km", 10000],
    ])("%s", (_name, app, fiber, length, reachM) => {
      expect(findingsOf("reach", [row(app, fiber, length)]).map((f) => [f.severity, f.params.reachM, !!f.unconfirmed])).toEqual([["error", reachM, false]]);
    });

    it("lengths in feet are converted: 300 ft is 91.44 m, beyond SR4's 70 m on OM3", () => {
      const [f] = findingsOf("reach", [row("100GBASE-SR4", "OM3", "300 ft")]);
      expect(f.severity).toBe("error");
      expect(f.params.lengthM).toBeCloseTo(91.44, 6);
    });

    it("a bare number under a 'Length (ft)' header is feet", () => {
      const f = findingsOf("reach", [row("100GBASE-SR4", "OM3", 250)], { lengthUnit: "ft" });
      expect(f.map((x) => Math.round(x.params.lengthM * 100) / 100)).toEqual([76.2]);
    });

    it("25GBASE-SR on OM3: the 70 m figure is confirmed (TIA FOTC, IEEE 802.3 Clause 112), so an error", () => {
      expect(findingsOf("reach", [row("25GBASE-SR", "OM3", "75 m")])).toEqual([
        expect.objectContaining({ severity: "error", params: { application: "25GBASE-SR", fiber: "OM3", lengthM: 75, reachM: 70 } }),
      ]);
    });
    it("400GBASE-SR4 on OM4: the 100 m figure is UNCONFIRMED, so a warning", () => {
      expect(findingsOf("reach", [row("400GBASE-SR4", "OM4", "110 m")])).toEqual([
        expect.objectContaining({ severity: "warning", unconfirmed: true, params: { application: "400GBASE-SR4", fiber: "OM4", lengthM: 110, reachM: 100 } }),
      ]);
    });

    it("generic MMF is checked against the weakest grade (OM3), as an assumption: warning", () => {
      expect(findingsOf("reach", [row("100GBASE-SR4", "MMF", "80 m")]).map((f) => [f.severity, f.params.fiber, f.unconfirmed])).toEqual([["warning", "OM3", true]]);
    });
  });
});
