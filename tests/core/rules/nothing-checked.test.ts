import { checkSchedule } from "../../../src/core";
import { findingsOf, gridOf, panels } from "./harness";

describe("nothing-checked: a row where nothing could be checked warns, never OK", () => {
  describe("accept", () => {
    it.each([
      ["a connector only", { ...panels, a: "LC/UPC duplex" }],
      ["a fiber type only", { ...panels, fiber: "OM4" }],
      ["an application only", { ...panels, app: "100GBASE-SR4" }],
      ["a polarity only", { ...panels, polarity: "Type B" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("nothing-checked", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("a cable ID and From/To but no connector, fiber or application", () => {
      const r = checkSchedule(gridOf([{ from: "leaf01 Eth1/1", to: "PP-A01 P1", length: "3 m" }]));
      expect(r.rows[0].status).toBe("WARNING");
      expect(r.rows[0].findings).toEqual([
        { rule: "nothing-checked", severity: "warning", row: 2, columns: ["connectorA", "fiberType", "application"], params: { missing: ["connector", "fiber type", "application"] } },
      ]);
      expect(r.summary).toEqual(expect.objectContaining({ rows: 1, warning: 0, ok: 0, notChecked: 1 }));
    });

    it("unreadable cells do not count as something checked", () => {
      expect(findingsOf("nothing-checked", [{ ...panels, a: "#N/A", fiber: "OM7" }])).toHaveLength(1);
    });

    it("names the fields the schedule has no column for", () => {
      const r = checkSchedule([["Cable ID", "From", "To", "Connector A"], ["C1", "leaf01 Eth1/1", "PP-1 P1", ""]]);
      expect(r.rows[0].findings.map((f) => f.params)).toEqual([{ missing: ["connector", "fiber type (no column)", "application (no column)"] }]);
    });
  });
});
