import { CheckOptions, checkSchedule } from "../../../src/core";
import { allFindings, direct, findingsOf, gridOf, panels } from "./harness";

const spec = (s: NonNullable<CheckOptions["spec"]>): CheckOptions => ({ spec: s });

describe("project-spec: the project's own specification", () => {
  describe("accept", () => {
    it.each([
      ["no spec", { ...panels, a: "MPO-12 male", fiber: "OM3", polarity: "Method A" }, {}],
      ["allowed MPO admits MTP (every MTP is an MPO)", { ...panels, a: "MTP-12 male", b: "LC/UPC duplex" }, spec({ allowedConnectors: ["MPO", "LC"] })],
      ["allowed grade", { ...panels, fiber: "OM4" }, spec({ allowedFiberGrades: ["OM4", "OS2"] })],
      ["low-loss MPO required and given", { ...panels, a: "MTP-12 Elite male", b: "LC/UPC duplex" }, spec({ requireLowLossMpo: true })],
      ["low-loss required only of MPO/MTP, not LC", { ...panels, a: "LC/UPC duplex" }, spec({ requireLowLossMpo: true })],
      ["polarity method as required", { ...panels, polarity: "Method B" }, spec({ polarityMethod: "B" })],
      ["a cable type is not a method", { ...direct, a: "MPO-12 female", polarity: "Type B" }, spec({ polarityMethod: "B" })],
    ])("%s", (_name, row, options) => {
      expect(findingsOf("project-spec", [row], options)).toEqual([]);
    });
  });

  describe("reject", () => {
    it("generic MPO where the project allows only MTP and LC", () => {
      expect(findingsOf("project-spec", [{ ...panels, a: "MPO-12 UPC male" }], spec({ allowedConnectors: ["MTP", "LC"] }))).toEqual([
        { rule: "project-spec", severity: "error", row: 2, columns: ["connectorA"], params: { field: "connectorA", value: "MPO-12 UPC male", requirement: "connectors MTP, LC only" } },
      ]);
    });
    it("OM3 where the project allows OM4 and OS2; a generic MMF cannot show its grade", () => {
      const f = findingsOf("project-spec", [{ ...panels, fiber: "OM3" }, { ...panels, fiber: "MMF" }], spec({ allowedFiberGrades: ["OM4", "OS2"] }));
      expect(f.map((x) => [x.row, x.columns, x.params.value, x.params.requirement])).toEqual([
        [2, ["fiberType"], "OM3", "fiber grades OM4, OS2 only"],
        [3, ["fiberType"], "MMF", "fiber grades OM4, OS2 only"],
      ]);
    });
    it("standard-grade MTP where low-loss is required", () => {
      expect(findingsOf("project-spec", [{ ...panels, b: "MTP-12 APC male" }], spec({ requireLowLossMpo: true })).map((x) => [x.columns, x.params.requirement])).toEqual([
        [["connectorB"], "MPO/MTP connectors must be low-loss (Elite) grade"],
      ]);
    });
    it("Method A where the project requires Method B", () => {
      expect(findingsOf("project-spec", [{ ...panels, polarity: "Method A" }], spec({ polarityMethod: "B" })).map((x) => [x.columns, x.params.value, x.params.requirement])).toEqual([
        [["polarity"], "Method A", "polarity Method B"],
      ]);
    });
  });

  describe("severity overrides (spec.severity)", () => {
    const sr4 = { ...direct, a: "MPO-12 UPC female", b: "MPO-12 UPC female", app: "100GBASE-SR4", fiber: "OM3", length: "80 m" };
    it("'off' removes a rule's findings and nothing else", () => {
      const before = allFindings([sr4]).map((f) => f.rule);
      const after = allFindings([sr4], spec({ severity: { "dark-positions": "off" } })).map((f) => f.rule);
      expect(before).toContain("dark-positions");
      expect(after).toEqual(before.filter((r) => r !== "dark-positions"));
    });
    it("a rule can be reported lower", () => {
      expect(findingsOf("reach", [sr4], spec({ severity: { reach: "warning" } })).map((f) => f.severity)).toEqual(["warning"]);
    });
    it("a rule can be reported higher", () => {
      expect(findingsOf("dark-positions", [sr4], spec({ severity: { "dark-positions": "error" } })).map((f) => f.severity)).toEqual(["error"]);
    });
    it("raising a finding that rests on an UNCONFIRMED figure still gives a warning", () => {
      const row = { ...panels, app: "400GBASE-SR4", fiber: "OM4", length: "110 m" };
      expect(findingsOf("reach", [row], spec({ severity: { reach: "error" } })).map((f) => [f.severity, f.unconfirmed])).toEqual([["warning", true]]);
    });
    it("the row status follows the overridden severities", () => {
      const allOff = Object.fromEntries(allFindings([sr4]).map((f) => [f.rule, "off" as const]));
      expect(checkSchedule(gridOf([sr4]), spec({ severity: allOff })).rows[0].status).toBe("OK");
    });
  });
});
