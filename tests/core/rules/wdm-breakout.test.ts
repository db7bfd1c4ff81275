import { findingsOf, panels } from "./harness";

const breakout = { from: "leaf01 Eth1/1", to: "PP-A01 P1" };

describe("wdm-breakout (R24): WDM duplex optics cannot be broken out on MPO", () => {
  describe("accept", () => {
    it.each([
      ["LR4 on duplex LC", { ...breakout, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "40GBASE-LR4" }],
      ["400GBASE-DR4 breaks out to 4 x 100GBASE-DR (parallel, not WDM)", { ...breakout, a: "MPO-12 APC female", b: "4x LC/UPC duplex", app: "400GBASE-DR4" }],
      ["an MPO trunk between panels carrying LR4 channels through cassettes", { ...panels, a: "MPO-12 APC male", b: "MPO-12 APC male", app: "40GBASE-LR4" }],
      ["100GBASE-DR is duplex but one wavelength", { ...breakout, a: "MPO-12 APC female", b: "4x LC/UPC duplex", app: "100GBASE-DR" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("wdm-breakout", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("40GBASE-LR4 on an MPO-to-LC breakout harness", () => {
      expect(findingsOf("wdm-breakout", [{ ...breakout, a: "MPO-12 APC female", b: "4x LC/UPC duplex", app: "40GBASE-LR4" }])).toEqual([
        { rule: "wdm-breakout", severity: "error", row: 2, columns: ["connectorA", "application"], params: { end: "A", connector: "MPO-12 APC female", application: "40GBASE-LR4" } },
      ]);
    });
    it.each([["400GBASE-FR4"], ["400GBASE-LR8"]])("%s on a breakout", (app) => {
      expect(findingsOf("wdm-breakout", [{ ...breakout, a: "4x LC/UPC duplex", b: "MPO-8 APC male", app }]).map((f) => [f.severity, f.params.end])).toEqual([["error", "B"]]);
    });
    it("an MPO at the LR4 optic itself", () => {
      expect(findingsOf("wdm-breakout", [{ ...breakout, a: "MPO-12 APC female", b: "MPO-12 APC female", app: "40GBASE-LR4" }]).map((f) => f.params.end)).toEqual(["A"]);
    });
  });
});
