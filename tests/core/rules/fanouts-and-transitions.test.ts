import { allFindings, findingsOf, RowSpec } from "./harness";

const errors = (rows: RowSpec[]) => allFindings(rows).filter((f) => f.severity === "error").map((f) => `${f.row} ${f.rule}`);

describe("published fan-outs are counted by their legs, not errors (fact sheet §0)", () => {
  describe("accept", () => {
    it.each([
      ["400GBASE-SR8 to 8 x LC duplex (8 x 50G)", { from: "leaf01 Eth1/1", to: "srv01..08 eth0", a: "MPO-16 UPC female", b: "8x LC/UPC duplex", app: "400GBASE-SR8", fiber: "OM4", length: "5 m", count: 16 }],
      ["800GBASE-SR8 MPO-16 to 2 x MPO-12 (2 x 400G)", { from: "spine01 Eth1/1", to: "leaf01..02 Eth1/49", a: "MPO-16 female", b: "2x MPO-12 female", app: "800GBASE-SR8", fiber: "OM4", length: "5 m", count: 16 }],
      ["MPO-24 to 3 x MPO-8 harness", { from: "PP-A01 P1", to: "PP-B01 P1-3", a: "MPO-24 male", b: "3x MPO-8 male", app: "100GBASE-SR4", fiber: "OM4", length: "5 m", count: 24 }],
      ["MPO-24 to 2 x MPO-12 harness", { from: "PP-A01 P1", to: "PP-B01 P1-2", a: "MPO-24 male", b: "2x MPO-12 male", fiber: "OM4", length: "5 m", count: 24 }],
      ["400GBASE-DR4 to 4 x LC duplex (4 x 100G DR1)", { from: "spine01 Eth1/30", to: "bleaf01 Eth1/1-4", a: "MPO-12 APC female", b: "4x LC/UPC duplex", app: "400GBASE-DR4", fiber: "OS2", length: "5 m" }],
      ["100GBASE-SR4 MPO-8 to 4 x LC duplex", { from: "leaf01 Eth1/2", to: "srv02..05 eth0", a: "MPO-8 female", b: "4x LC/UPC duplex", app: "100GBASE-SR4", fiber: "OM4", length: "3 m", count: 8 }],
    ])("%s", (_name, row) => {
      expect(errors([row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("MPO-16 to 3 x MPO-12: the legs do not account for the array", () => {
      const f = findingsOf("breakout-fanout", [{ from: "PP-A01 P1", to: "PP-B01 P1-3", a: "MPO-16 male", b: "3x MPO-12 male", app: "800GBASE-SR8" }]);
      expect(f.map((x) => [x.severity, x.params.expected])).toEqual([["error", "2 legs from MPO-16 male"]]);
    });
    it("400GBASE-SR8 to 6 x LC duplex", () => {
      expect(findingsOf("breakout-fanout", [{ from: "leaf01 Eth1/1", to: "srv01 eth0", a: "MPO-16 female", b: "6x LC/UPC duplex", app: "400GBASE-SR8" }]).map((x) => x.severity)).toEqual(["error"]);
    });
  });
});

describe("cassettes and conversion modules are transitions, not pass-through adapters", () => {
  describe("accept", () => {
    it("LC cords and an MPO trunk at an MPO-to-LC cassette", () => {
      const rows: RowSpec[] = [
        { from: "leaf01 Eth1/1", to: "CAS-01 MPO-LC cassette", a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length: "3 m" },
        { from: "CAS-01 MPO-LC cassette", to: "CAS-02 MPO-LC cassette", a: "MPO-12 male", b: "MPO-12 male", fiber: "OM4", length: "30 m" },
      ];
      expect(errors(rows)).toEqual([]);
    });
    it("an MPO-24 trunk and MPO-12 cords at a 24-to-2 x 12 conversion module", () => {
      const rows: RowSpec[] = [
        { from: "PP-A01 P1", to: "MOD-1 conversion module", a: "MPO-24 male", b: "MPO-24 male", fiber: "OM4", length: "30 m" },
        { from: "MOD-1 conversion module", to: "leaf01 Eth1/1", a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4", fiber: "OM4", length: "3 m" },
      ];
      expect(errors(rows)).toEqual([]);
    });
  });

  describe("reject", () => {
    it("the same LC cord and MPO trunk meeting at a plain panel port cannot mate", () => {
      const rows: RowSpec[] = [
        { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length: "3 m" },
        { from: "PP-A01 P1", to: "PP-B01 P1", a: "MPO-12 male", b: "MPO-12 male", fiber: "OM4", length: "30 m" },
      ];
      expect(errors(rows)).toEqual(["2 connector-family", "3 connector-family"]);
    });
  });
});

describe("hybrid cords: only the end into the transceiver must match its interface", () => {
  describe("accept", () => {
    it.each([
      ["SC at the panel, LC into the optic", "SC/UPC duplex"],
      ["ST at the panel, LC into the optic", "ST/UPC"],
      ["E2000 at the panel, LC into the optic", "E2000/UPC"],
    ])("%s", (_name, panelEnd) => {
      expect(errors([{ from: "leaf01 Eth1/1", to: "ODF-A05 P11", a: "LC/UPC duplex", b: panelEnd, app: "10GBASE-SR", fiber: "OM4", length: "3 m" }])).toEqual([]);
    });
  });
  describe("reject", () => {
    it("SC into the LC optic", () => {
      expect(errors([{ from: "ODF-A05 P11", to: "leaf01 Eth1/1", a: "LC/UPC duplex", b: "SC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length: "3 m" }])).toEqual(["2 connector-family"]);
    });
  });
});
