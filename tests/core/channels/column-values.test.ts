import { checkSchedule, columnNoteMessage } from "../../../src/core";

/** The column map of a schedule, by field, as the check reads it. */
const mapOf = (grid: unknown[][]) => {
  const r = checkSchedule(grid);
  if (!r.ok) throw new Error(r.problem?.message);
  return r;
};

describe("header mapping weighs the cells (issue 12, Columns)", () => {
  it("End A / End B holding connectors are the connector columns, and the note says so", () => {
    const r = mapOf([
      ["Cable ID", "End A", "End B", "Fiber type", "Length", "Application"],
      ["C1", "MTP-12 UPC female", "MTP-12 UPC female", "OM4", "30 m", "100GBASE-SR4"],
      ["C2", "LC/UPC duplex", "LC/UPC duplex", "OM4", "3 m", "10GBASE-SR"],
    ]);
    expect(r.columns).toMatchObject({ connectorA: 1, connectorB: 2 });
    expect(r.columns.endA).toBeUndefined();
    expect(r.columnNotes).toEqual([
      expect.objectContaining({ column: 1, header: "End A", headerField: "endA", field: "connectorA", read: true, cells: "connectors", sampled: 2, matched: 2 }),
      expect.objectContaining({ column: 2, header: "End B", headerField: "endB", field: "connectorB", read: true }),
    ]);
    expect(columnNoteMessage(r.columnNotes![0])).toBe('"End A" holds connectors (2 of 2 cells): read as Connector A, not End A (from).');
    expect(r.rows[0].findings.some((f) => f.rule === "nothing-checked")).toBe(false);
  });

  it("End A / End B holding panel ports stay the locations, with no note", () => {
    const r = mapOf([
      ["Cable ID", "End A", "End B", "Connector", "Fiber type"],
      ["C1", "PP-A01:3", "PP-B01:3", "MTP-12 UPC female", "OM4"],
      ["C2", "leaf01 Eth1/1", "PP-A01 port 4", "MTP-12 UPC female", "OM4"],
    ]);
    expect(r.columns).toMatchObject({ endA: 1, endB: 2, connector: 3 });
    expect(r.columnNotes).toBeUndefined();
  });

  it("a mixed column (half connectors, half ports) keeps its header's reading; blank cells do not count", () => {
    const grid = [
      ["Cable ID", "End A", "End B", "Connector", "Fiber type"],
      ["C1", "MTP-12 UPC female", "", "MTP-12 UPC female", "OM4"],
      ["C2", "PP-A01:3", "", "MTP-12 UPC female", "OM4"],
      ["C3", "", "MTP-12 UPC male", "MTP-12 UPC female", "OM4"],
      ["C4", "", "", "MTP-12 UPC female", "OM4"],
    ];
    const r = mapOf(grid);
    expect(r.columns.endA).toBe(1);
    // End B's only filled cell is a connector: one of one is the cells' word
    expect(r.columns.connectorB).toBe(2);
    expect(r.columnNotes?.map((n) => [n.header, n.sampled, n.matched])).toEqual([["End B", 1, 1]]);
  });

  it("a schedule with both From/To and End A/End B: From/To are the locations, End A/End B the connectors", () => {
    for (const order of ["ends first", "from first"]) {
      const header = order === "ends first" ? ["Cable ID", "End A", "End B", "From", "To", "Fiber type"] : ["Cable ID", "From", "To", "End A", "End B", "Fiber type"];
      const row = order === "ends first" ? ["C1", "MTP-12 UPC female", "MTP-12 UPC male", "leaf01 Eth1/1", "PP-A01:1", "OM4"] : ["C1", "leaf01 Eth1/1", "PP-A01:1", "MTP-12 UPC female", "MTP-12 UPC male", "OM4"];
      const r = mapOf([header, row]);
      const ends = order === "ends first" ? [1, 2] : [3, 4];
      const places = order === "ends first" ? [3, 4] : [1, 2];
      expect(r.columns).toMatchObject({ connectorA: ends[0], connectorB: ends[1], endA: places[0], endB: places[1] });
    }
  });

  it("a column headed Connector A keeps that field; an End A of connectors beside it is not read, and says so", () => {
    const r = mapOf([
      ["Cable ID", "End A", "Connector A", "Connector B", "Fiber type"],
      ["C1", "LC/UPC duplex", "MTP-12 UPC female", "MTP-12 UPC female", "OM4"],
    ]);
    expect(r.columns).toMatchObject({ connectorA: 2, connectorB: 3 });
    expect(r.columns.endA).toBeUndefined();
    expect(r.columnNotes).toEqual([expect.objectContaining({ header: "End A", read: false })]);
    expect(columnNoteMessage(r.columnNotes![0])).toMatch(/not read/);
  });

  it("an Adapter column is the adapter type, never the mated-pairs count; Adapters holding types is the adapter too", () => {
    const adapter = mapOf([
      ["Cable ID", "Link", "Connector A", "Connector B", "Adapter"],
      ["C1", "L1", "MTP-12 UPC female", "MTP-12 UPC male", "2"],
    ]);
    expect(adapter.columns.adapter).toBe(4);
    expect(adapter.columns.matedPairs).toBeUndefined();
    const types = mapOf([
      ["Cable ID", "Link", "Connector A", "Connector B", "Adapters"],
      ["C1", "L1", "MTP-12 UPC female", "MTP-12 UPC male", "Type B key-up/key-up"],
      ["C2", "L1", "MTP-12 UPC female", "MTP-12 UPC male", "MPO-LC cassette"],
    ]);
    expect(types.columns).toMatchObject({ adapter: 4 });
    expect(types.columns.matedPairs).toBeUndefined();
    expect(types.columnNotes?.[0]).toMatchObject({ headerField: "matedPairs", field: "adapter", cells: "adapter types" });
    const counts = mapOf([
      ["Cable ID", "Connector A", "Connector B", "Adapters"],
      ["C1", "MTP-12 UPC female", "MTP-12 UPC male", 2],
      ["C2", "MTP-12 UPC female", "MTP-12 UPC male", "3"],
    ]);
    expect(counts.columns.matedPairs).toBe(3);
    expect(counts.columnNotes).toBeUndefined();
  });

  it("a user's column correction wins over the cells, and the note goes", () => {
    const grid = [
      ["Cable ID", "End A", "End B", "Fiber type"],
      ["C1", "MTP-12 UPC female", "MTP-12 UPC male", "OM4"],
    ];
    const r = checkSchedule(grid, { columns: { endA: "End A", connectorA: null } });
    expect(r.columns.endA).toBe(1);
    expect(r.columnNotes?.map((n) => n.header)).toEqual(["End B"]);
  });
});
