import { checkSchedule, findingMessage } from "../../../src/core";
import { findingsOf, gridOf, RowSpec } from "./harness";

const cord = (id: string, from: string, to: string): RowSpec => ({ id, from, to, a: "LC/UPC duplex", b: "LC/UPC duplex", fiber: "OM4" });

describe("schedule integrity (TIA-606): identifiers and ports, across rows", () => {
  describe("duplicate-cable-id", () => {
    it("accept: every ID once", () => {
      expect(findingsOf("duplicate-cable-id", [cord("C-1", "leaf01 Eth1/1", "PP-A01 P1"), cord("C-2", "leaf01 Eth1/2", "PP-A01 P2")])).toEqual([]);
    });
    it("reject: an ID on two rows is an error on both, naming both", () => {
      const f = findingsOf("duplicate-cable-id", [cord("C-1", "leaf01 Eth1/1", "PP-A01 P1"), cord("C-2", "leaf01 Eth1/2", "PP-A01 P2"), cord("C-1 ", "leaf01 Eth1/3", "PP-A01 P3")]);
      expect(f.map((x) => [x.row, x.severity, x.params])).toEqual([
        [2, "error", { cableId: "C-1", rows: [2, 4] }],
        [4, "error", { cableId: "C-1", rows: [2, 4] }],
      ]);
      expect(findingMessage(f[0])).toBe("cable ID C-1 is used on rows 2 and 4: each cable needs its own identifier");
    });
    it("accept: a column of repeated values is not an identifier column (a BOM's cable types)", () => {
      expect(findingsOf("duplicate-cable-id", [1, 2, 3].map((n) => cord("MTP trunk", `leaf01 Eth1/${n}`, `PP-A01 P${n}`)))).toEqual([]);
    });
  });

  describe("port-reuse", () => {
    it("accept: one cable per equipment port; a device name without a port is no port", () => {
      expect(findingsOf("port-reuse", [cord("C-1", "leaf01 Eth1/1", "PP-A01 P1"), cord("C-2", "leaf01 Eth1/2", "PP-A01 P2"), cord("C-3", "srv01", "PP-A01 P3"), cord("C-4", "srv01", "PP-A01 P4")])).toEqual([]);
    });
    it("reject: two cables on leaf01 Eth1/1, however it is written", () => {
      const f = findingsOf("port-reuse", [cord("C-1", "leaf01 Eth1/1", "PP-A01 P1"), cord("C-2", "PP-A01 P2", "leaf01  eth1/1")]);
      expect(f.map((x) => [x.row, x.params.rows])).toEqual([[2, [2, 3]], [3, [2, 3]]]);
    });
  });

  describe("adapter-overfull", () => {
    it("accept: two ends per adapter port", () => {
      expect(findingsOf("adapter-overfull", [cord("C-1", "leaf01 Eth1/1", "PP-A01 P1"), cord("C-2", "PP-A01 P1", "PP-B01 P1")])).toEqual([]);
    });
    it("reject: three cable ends at PP-A01 P1 are an error on every row, naming them all", () => {
      const r = checkSchedule(gridOf([cord("C-1", "leaf01 Eth1/1", "PP-A01 P1"), cord("C-2", "PP-A01 P1", "PP-B01 P1"), cord("C-3", "leaf01 Eth1/2", "PP-A01 P1")]));
      const f = r.rows.flatMap((x) => x.findings).filter((x) => x.rule === "adapter-overfull");
      expect(f.map((x) => [x.row, x.params])).toEqual([
        [2, { port: "PP-A01 P1", rows: [2, 3, 4], ends: 3 }],
        [3, { port: "PP-A01 P1", rows: [2, 3, 4], ends: 3 }],
        [4, { port: "PP-A01 P1", rows: [2, 3, 4], ends: 3 }],
      ]);
      expect(r.rows.map((x) => x.status)).toEqual(["ERROR", "ERROR", "ERROR"]);
    });
  });
});
