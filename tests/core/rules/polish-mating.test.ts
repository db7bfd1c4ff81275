import { direct, findingsOf } from "./harness";

describe("polish-mating (R4, R32): APC only mates APC", () => {
  describe("accept", () => {
    it.each([
      ["APC cord into a DR4 transceiver", { ...direct, a: "MPO-12 APC female", b: "MPO-12 APC female", fiber: "OS2", app: "400GBASE-DR4" }],
      ["UPC cord into an SR4 transceiver", { ...direct, a: "MTP-12 UPC female", b: "MTP-12 UPC female", fiber: "OM4", app: "100GBASE-SR4" }],
      ["polish unknown", { ...direct, a: "MPO-12 female", b: "MPO-12 female", fiber: "OS2", app: "400GBASE-DR4" }],
      ["ends at panels are not checked against the transceiver", { from: "PP-1 P1", to: "PP-2 P1", a: "MPO-12 UPC male", b: "MPO-12 UPC male", fiber: "OS2", app: "400GBASE-DR4" }],
      ["two panel ends of like polish", { from: "leaf1 Eth1", to: "PP-9 P4", a: "MPO-12 APC female", b: "MPO-12 APC female", fiber: "OS2", app: "400GBASE-DR4" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("polish-mating", [row, { from: "PP-9 P4", to: "PP-10 P4", a: "MPO-12 APC male", b: "MPO-12 APC male" }])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("UPC cord end into an APC (DR4) transceiver", () => {
      const f = findingsOf("polish-mating", [{ ...direct, a: "MPO-12 APC female", b: "MPO-12 UPC female", fiber: "OS2", app: "400GBASE-DR4" }]);
      expect(f).toEqual([
        expect.objectContaining({ row: 2, severity: "error", columns: ["connectorB"], params: { end: "B", polish: "UPC", otherPolish: "APC", against: "the 400GBASE-DR4 transceiver" } }),
      ]);
    });

    it("modules sold with UPC and with APC (800GBASE-SR8): no error into the module; module-polish warns instead", () => {
      const row = { ...direct, a: "MPO-16 UPC female", b: "MPO-16 APC female", fiber: "OM4", app: "800GBASE-SR8" };
      expect(findingsOf("polish-mating", [row])).toEqual([]);
      expect(findingsOf("module-polish", [row]).map((x) => x.severity)).toEqual(["warning", "warning"]);
    });

    it("the project spec pins the polish of such modules: then a mismatch into the module is an error", () => {
      const row = { ...direct, a: "MPO-16 UPC female", b: "MPO-16 APC female", fiber: "OM4", app: "400GBASE-SR8" };
      const f = findingsOf("polish-mating", [row], { spec: { multimodePolish: "APC" } });
      expect(f.map((x) => [x.columns[0], x.severity, x.params.otherPolish])).toEqual([["connectorA", "error", "APC"]]);
      expect(findingsOf("module-polish", [row], { spec: { multimodePolish: "APC" } })).toEqual([]);
    });

    it("a 50G-lane multimode optic's UPC is not confirmed: APC into 400GBASE-SR4.2 warns", () => {
      const f = findingsOf("polish-mating", [{ ...direct, a: "MPO-12 APC female", b: "MPO-12 UPC female", fiber: "OM4", app: "400GBASE-SR4.2" }]);
      expect(f.map((x) => [x.columns[0], x.severity, x.unconfirmed])).toEqual([["connectorA", "warning", true]]);
    });

    it("multimode UPC meets APC at a panel: an error whatever the optic", () => {
      const f = findingsOf("polish-mating", [
        { from: "leaf1 Eth1", to: "PP-3 P1", a: "MPO-16 APC female", b: "MPO-16 APC female", fiber: "OM4", app: "800GBASE-SR8" },
        { from: "PP-3 P1", to: "PP-4 P1", a: "MPO-16 UPC male", b: "MPO-16 UPC male", fiber: "OM4" },
      ]);
      expect(f.map((x) => [x.row, x.severity])).toEqual([[2, "error"], [3, "error"]]);
    });

    it("APC meets UPC at a panel port: reported on both rows", () => {
      const f = findingsOf("polish-mating", [
        { from: "leaf1 Eth1", to: "PP-7 P2", a: "MPO-12 APC female", b: "MPO-12 APC female" },
        { from: "PP-7 P2", to: "PP-8 P2", a: "MPO-12 UPC male", b: "MPO-12 UPC male" },
      ]);
      expect(f.map((x) => [x.row, x.columns[0], x.params])).toEqual([
        [2, "connectorB", { end: "B", polish: "APC", otherPolish: "UPC", against: "MPO-12 UPC male", otherRow: 3 }],
        [3, "connectorA", { end: "A", polish: "UPC", otherPolish: "APC", against: "MPO-12 APC female", otherRow: 2 }],
      ]);
    });

    it("an LC transceiver's polish is practice, not a confirmed fact: APC LC into 10GBASE-SR warns", () => {
      const f = findingsOf("polish-mating", [{ ...direct, a: "LC/APC duplex", b: "LC/UPC duplex", fiber: "OM3", app: "10GBASE-SR" }]);
      expect(f.map((x) => [x.columns[0], x.severity, x.unconfirmed])).toEqual([["connectorA", "warning", true]]);
    });
  });
});
