import { findingMessage } from "../../../src/core";
import { RowSpec, allFindings, findingsOf } from "./harness";

/** The Notes column stands in for an Adapter column: the adapter or cassette at the row's end B. */
const adapterInNotes = { columns: { adapter: "Notes" } } as const;
const cassetteFindings = (rows: RowSpec[], stated = false) =>
  findingsOf("cassette-side", rows, stated ? adapterInNotes : undefined).map((f) => `${f.row} ${f.severity} ${f.params.connector}: ${f.params.reason}`);
const errors = (rows: RowSpec[], stated = false) => allFindings(rows, stated ? adapterInNotes : undefined).filter((f) => f.severity === "error").map((f) => `${f.row} ${f.rule}`);

/** A cord from a switch to a panel port whose Adapter cell names the cassette there, and the trunk from it on. */
const atStatedCassette = (cassette: string, cord: string, trunk: string): RowSpec[] => [
  { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "LC/UPC duplex", b: cord, app: "10GBASE-SR", fiber: "OM4", length: "3 m", notes: cassette },
  { from: "PP-A01 P1", to: "PP-B01 P1", a: trunk, b: "MPO-12 female", fiber: "OM4", length: "30 m" },
];

describe("cassette-side: the cable at a cassette or conversion module fits the side it lands on", () => {
  describe("accept", () => {
    it("LC cords and an unpinned MPO-12 trunk between cassettes named MPO-LC", () => {
      const rows: RowSpec[] = [
        { from: "leaf01 Eth1/1", to: "CAS-01 MPO-LC cassette", a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length: "3 m" },
        { from: "CAS-01 MPO-LC cassette", to: "CAS-02 MPO-LC cassette", a: "MPO-12 female", b: "MPO-12 female", fiber: "OM4", length: "30 m" },
        { from: "CAS-02 MPO-LC cassette", to: "spine01 Eth1/1", a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length: "3 m" },
      ];
      expect(cassetteFindings(rows)).toEqual([]);
    });
    it("an MPO-24 trunk and MPO-12 cords at a 24 to 2x12 conversion module", () => {
      const rows: RowSpec[] = [
        { from: "PP-A01 P1", to: "MOD-1 24 to 2x12 conversion module", a: "MPO-24 male", b: "MPO-24 female", fiber: "OM4", length: "30 m" },
        { from: "MOD-1 24 to 2x12 conversion module", to: "leaf01 Eth1/1", a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4", fiber: "OM4", length: "3 m" },
      ];
      expect(cassetteFindings(rows)).toEqual([]);
      expect(errors(rows)).toEqual([]);
    });
    it("a cassette the Adapter cell states: LC cords on the front, an unpinned MTP-12 on the pinned rear", () => {
      expect(cassetteFindings(atStatedCassette("MTP-12 (pinned) to LC cassette, Method B", "LC/UPC duplex", "MTP-12 female"), true)).toEqual([]);
    });
    it("a pinned trunk into a cassette whose rear the Adapter cell states unpinned", () => {
      expect(cassetteFindings(atStatedCassette("MTP-12 unpinned to LC cassette", "LC/UPC duplex", "MTP-12 male"), true)).toEqual([]);
    });
    it("a cassette row names the cassette by its own connectors", () => {
      const rows: RowSpec[] = [
        { id: "L1", from: "leaf01 Eth1/1", to: "U1 P1", a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length: "3 m", notes: "cord" },
        { id: "L1", from: "U1", to: "U1", a: "MPO-12 male", b: "LC/UPC duplex", notes: "cassette" },
        { id: "L1", from: "U1 rear", to: "U2 rear", a: "MPO-12 female", b: "MPO-12 female", fiber: "OM4", length: "30 m", notes: "trunk" },
      ];
      expect(findingsOf("cassette-side", rows, { columns: { linkId: "Cable ID", component: "Notes" } })).toEqual([]);
    });
  });

  describe("reject", () => {
    it("an SC cord at a cassette named MPO-LC: a warning, the type read from the name", () => {
      const f = findingsOf("cassette-side", [{ from: "leaf01 Eth1/1", to: "CAS-01 MPO-LC cassette", a: "LC/UPC duplex", b: "SC/UPC duplex", fiber: "OM4", length: "3 m" }]);
      expect(f.map((x) => [x.row, x.severity, x.columns[0], x.params.expected])).toEqual([[2, "warning", "connectorB", "LC on the cord side"]]);
      expect(findingMessage(f[0])).toContain('read from the name "CAS-01 MPO-LC cassette"');
    });
    it("a pinned trunk at a cassette of unstated gender: a warning that says the rear was taken as pinned", () => {
      const f = findingsOf("cassette-side", [{ from: "CAS-01 MPO-LC cassette", to: "CAS-02 MPO-LC cassette", a: "MPO-12 male", b: "MPO-12 female", fiber: "OM4", length: "30 m" }]);
      expect(f.map((x) => [x.severity, x.params.end, x.params.expected])).toEqual([["warning", "A", "MPO-12 female on the trunk side"]]);
      expect(f[0].assumed).toContain("taken as pinned");
    });
    it.each([
      ["an SC cord at a stated MTP-12 to LC cassette", "MTP-12 to LC cassette", "SC/UPC duplex", "MTP-12 female", ["2 error SC/UPC duplex: its cord side takes LC and its trunk side MPO-12"]],
      ["an MPO-24 trunk at a stated MTP-12 to LC cassette", "MTP-12 to LC cassette", "LC/UPC duplex", "MPO-24 female", ["3 error MPO-24 female: its trunk side takes MPO-12"]],
      ["a pinned trunk at a cassette stated pinned", "MTP-12 pinned to LC cassette", "LC/UPC duplex", "MTP-12 male", ["3 error MTP-12 male: its trunk side is pinned (male), and a mated MPO pair needs one pinned and one unpinned"]],
      ["an LC cord at a stated 24 to 2x12 conversion module", "24 to 2x12 conversion module", "LC/UPC duplex", "MPO-24 female", ["2 error LC/UPC duplex: a conversion module has MPO ports on both sides"]],
      ["an MPO-16 at a stated 24 to 2x12 conversion module", "24 to 2x12 conversion module", "LC/UPC duplex", "MPO-16 female", ["2 error LC/UPC duplex: a conversion module has MPO ports on both sides", "3 error MPO-16 female: it converts MPO-24 to MPO-12"]],
    ])("%s: an error", (_name, cassette, cord, trunk, expected) => {
      expect(cassetteFindings(atStatedCassette(cassette, cord, trunk), true)).toEqual(expected);
    });
    it("a pinned trunk at a cassette the Adapter cell names without its gender: a warning", () => {
      const f = findingsOf("cassette-side", atStatedCassette("Method B cassette", "LC/UPC duplex", "MTP-12 male"), adapterInNotes);
      expect(f.map((x) => [x.row, x.severity])).toEqual([[3, "warning"]]);
      expect(f[0].assumed).not.toContain("read from the name");
    });
    it("a pinned trunk at a cassette row whose own MPO is pinned: an error", () => {
      const rows: RowSpec[] = [
        { id: "L1", from: "leaf01 Eth1/1", to: "U1 P1", a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length: "3 m", notes: "cord" },
        { id: "L1", from: "U1", to: "U1", a: "MPO-12 male", b: "LC/UPC duplex", notes: "cassette" },
        { id: "L1", from: "U1 rear", to: "U2 rear", a: "MPO-12 male", b: "MPO-12 female", fiber: "OM4", length: "30 m", notes: "trunk" },
      ];
      const f = findingsOf("cassette-side", rows, { columns: { linkId: "Cable ID", component: "Notes" } });
      expect(f.map((x) => [x.row, x.severity, x.params.cassette])).toEqual([[4, "error", "MPO-12 male to LC/UPC duplex cassette (row 3)"]]);
    });
    it("a pinned trunk between two cassettes named without gender: one finding for both ends", () => {
      const f = findingsOf("cassette-side", atStatedCassette("Method B cassette", "LC/UPC duplex", "MTP-12 male").map((r, i) => (i === 1 ? { ...r, b: "MTP-12 male", notes: "Method B cassette" } : r)).concat([{ from: "PP-B01 P1", to: "stor01 eth0", a: "LC/UPC duplex", b: "LC/UPC duplex" }]), adapterInNotes);
      expect(f.map((x) => [x.row, x.params.end, x.columns])).toEqual([[3, "A and B", ["connectorA", "connectorB"]]]);
    });
    it("a cassette both named in the location and stated by the Adapter cell: one finding, the stated one", () => {
      const rows: RowSpec[] = [
        { from: "leaf01 Eth1/1", to: "CAS-01 MPO-LC cassette", a: "LC/UPC duplex", b: "SC/UPC duplex", fiber: "OM4", length: "3 m", notes: "MTP-12 to LC cassette" },
        { from: "CAS-01 MPO-LC cassette", to: "PP-B01 P1", a: "MTP-12 female", b: "MTP-12 male", fiber: "OM4", length: "30 m" },
      ];
      expect(cassetteFindings(rows, true)).toEqual(["2 error SC/UPC duplex: its cord side takes LC and its trunk side MPO-12"]);
    });
  });
});
