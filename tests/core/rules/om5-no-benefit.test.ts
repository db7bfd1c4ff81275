import { allFindings, findingsOf, panels } from "./harness";

describe("om5-no-benefit (R19): OM5 buys no reach where OM4 reaches as far", () => {
  describe("accept", () => {
    it.each([
      ["400GBASE-SR4.2 reaches 150 m on OM5 vs 100 m on OM4", "OM5", "400GBASE-SR4.2"],
      ["OM4 itself", "OM4", "400GBASE-SR8"],
      ["800GBASE-SR8: no OM5 figure to compare", "OM5", "800GBASE-SR8"],
      ["no application", "OM5", undefined],
    ])("%s", (_name, fiber, app) => {
      expect(findingsOf("om5-no-benefit", [{ ...panels, fiber, app }])).toEqual([]);
    });
    // Where OM5 really adds reach (wavelength multiplexing over 850-940 nm), the catalog's own figures keep the rule quiet.
    it.each(["100G-SWDM4", "40G-SWDM4", "100G-SR1.2"])("%s on OM5 (read from the catalog, not skipped as unknown)", (app) => {
      const findings = allFindings([{ ...panels, fiber: "OM5", app }]);
      expect(findings.filter((f) => f.rule === "om5-no-benefit" || f.rule === "unknown-application")).toEqual([]);
    });
  });

  describe("reject", () => {
    it("400GBASE-SR8: 100 m on OM4 and OM5 alike (the fact sheet's example)", () => {
      expect(findingsOf("om5-no-benefit", [{ ...panels, fiber: "OM5", app: "400GBASE-SR8" }])).toEqual([
        { rule: "om5-no-benefit", severity: "info", row: 2, columns: ["fiberType"], params: { application: "400GBASE-SR8", reachM: 100 } },
      ]);
    });
    it.each([
      ["100GBASE-SR4", 100],
      ["40GBASE-SR4", 150],
      ["10GBASE-SR", 400],
    ])("%s", (app, reachM) => {
      expect(findingsOf("om5-no-benefit", [{ ...panels, fiber: "OM5", app }]).map((f) => [f.severity, f.params.reachM])).toEqual([["info", reachM]]);
    });
  });
});
