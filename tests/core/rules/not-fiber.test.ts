import { checkSchedule } from "../../../src/core";
import { allFindings, findingsOf, gridOf, panels } from "./harness";

describe("not-fiber: copper, DAC, AOC, power and console rows are named once and not checked", () => {
  describe("accept: fiber rows are checked as fiber", () => {
    it.each([
      ["MPO trunk", { ...panels, a: "MTP-12 male", fiber: "OM4", app: "100GBASE-SR4" }],
      ["LC cord on 10GBASE-SR", { ...panels, a: "LC/UPC duplex", fiber: "OM4", app: "10GBASE-SR" }],
      ["a Type B rollover polarity is no console cable", { ...panels, a: "MTP-12 male", polarity: "Type B" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("not-fiber", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it.each([
      ["Cat6A with RJ45", { a: "RJ45", b: "RJ45", fiber: "Cat6A" }, "a copper cable"],
      ["NetBox's utp_rj45", { a: "utp_rj45" }, "a copper cable"],
      ["10GBASE-T", { app: "10GBASE-T" }, "a copper cable"],
      ["DAC", { a: "QSFP28 DAC", app: "100G DAC 3m" }, "a direct-attach copper (DAC) cable"],
      ["NetBox's dac-passive", { fiber: "dac-passive" }, "a direct-attach copper (DAC) cable"],
      ["AOC", { app: "400G AOC" }, "an active optical cable (AOC)"],
      ["power", { a: "C13", b: "C14", fiber: "power" }, "a power cable"],
      ["console", { a: "RJ45 console" }, "a copper cable"],
      ["console cable", { fiber: "console" }, "a console cable"],
    ])("%s", (_name, cells, what) => {
      const f = allFindings([{ from: "leaf01 Eth1/1", to: "srv01 eth0", ...cells }]);
      expect(f.map((x) => [x.rule, x.severity, (x.params as { what?: string }).what])).toEqual([["not-fiber", "info", what]]);
    });

    it("is counted apart in the summary", () => {
      const r = checkSchedule(gridOf([{ ...panels, a: "RJ45", fiber: "Cat6A" }, { ...panels, id: "C9", from: "PP-A02 P1", to: "PP-B02 P1", a: "LC/UPC duplex", fiber: "OM4" }]));
      expect(r.summary).toEqual(expect.objectContaining({ rows: 2, notFiber: 1, info: 0, ok: 1 }));
    });
  });
});
