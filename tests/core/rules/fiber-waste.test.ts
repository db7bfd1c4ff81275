import { findingsOf, panels } from "./harness";

describe("fiber-waste (R10): no MPO-24 for 8- or 16-fiber applications", () => {
  describe("accept", () => {
    it.each([
      ["SR4 on MPO-12", { ...panels, a: "MPO-12 male", app: "100GBASE-SR4" }],
      ["SR4 on Base-8", { ...panels, a: "MPO-8 male", app: "100GBASE-SR4" }],
      ["SR8 on MPO-16", { ...panels, a: "MPO-16 male", app: "400GBASE-SR8" }],
      ["SR10 (20 fibers) needs the MPO-24", { ...panels, a: "MPO-24 male", app: "100GBASE-SR10" }],
      ["an MPO-24 trunk carrying duplex channels", { ...panels, a: "MPO-24 male", app: "10GBASE-SR" }],
      ["no application", { ...panels, a: "MPO-24 male" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("fiber-waste", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("8-fiber application on MPO-24: suggest MPO-12 or Base-8", () => {
      expect(findingsOf("fiber-waste", [{ ...panels, a: "MPO-24 male", app: "100GBASE-SR4" }])).toEqual([
        { rule: "fiber-waste", severity: "warning", row: 2, columns: ["connectorA", "application"], params: { end: "A", connector: "MPO-24 male", application: "100GBASE-SR4", used: 8, suggested: "MPO-12, or Base-8 (MPO-8)" } },
      ]);
    });

    it.each([
      ["400GBASE-SR8 on MPO-24", "MPO-24 male", "400GBASE-SR8"],
      ["800GBASE-DR8 on MPO-32", "MPO-32 APC male", "800GBASE-DR8"],
    ])("16-fiber application: %s → MPO-16", (_name, conn, app) => {
      expect(findingsOf("fiber-waste", [{ ...panels, b: conn, app }]).map((f) => [f.severity, f.columns[0], f.params.used, f.params.suggested])).toEqual([["warning", "connectorB", 16, "MPO-16"]]);
    });
  });
});
