import { bomGrid, buildBom, checkSchedule, roundUp } from "../../src/core";

const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Polarity", "Qty", "Part number"];
const bomOf = (rows: unknown[][], options = {}) => {
  const grid = [HEADER, ...rows];
  const result = checkSchedule(grid);
  return buildBom(grid, result, options);
};

describe("BOM roll-up", () => {
  it("rounds lengths up to the stock step, sums quantity and total length per distinct assembly", () => {
    const bom = bomOf([
      ["T1", "PP-A01 P1", "PP-B01 P1", "MTP-12 Elite female", "MTP-12 Elite female", "OM4", "29.2 m", "Type B", "", ""],
      ["T2", "PP-A01 P2", "PP-B01 P2", "MTP-12 Elite female", "MTP-12 Elite female", "OM4", 30, "Type B", 3, ""],
      ["T3", "PP-A01 P3", "PP-B01 P3", "MTP-12 Elite female", "MTP-12 Elite female", "OM4", "30.01", "Type B", "", ""],
    ]);
    expect(bom.assemblies).toEqual([
      { type: "trunk", connectorA: "MTP-12 low-loss female", connectorB: "MTP-12 low-loss female", fiberCount: 12, grade: "OM4", polarity: "Type B", lengthM: 30, quantity: 4, totalLengthM: 120, partNumber: "", rows: [2, 3] },
      { type: "trunk", connectorA: "MTP-12 low-loss female", connectorB: "MTP-12 low-loss female", fiberCount: 12, grade: "OM4", polarity: "Type B", lengthM: 31, quantity: 1, totalLengthM: 31, partNumber: "", rows: [4] },
    ]);
    expect(bom.connectors).toEqual([{ item: "MTP-12 low-loss female", quantity: 10 }]);
    expect(bom.fiberMetres).toEqual([{ grade: "OM4", metres: 12 * 151 }]);
  });

  it("a stock step from the spec: 0.5 m and 5 m", () => {
    expect([roundUp(2.1, 0.5), roundUp(2.5, 0.5), roundUp(0.3 * 3, 0.3), roundUp(11, 5)]).toEqual([2.5, 2.5, 0.9, 15]);
    const row = ["C1", "leaf01 Eth1/1", "PP-A01 P1", "LC/UPC duplex", "LC/UPC duplex", "OS2", "2.1 m", "A-to-B", "", ""];
    expect(bomOf([row], { stockStepM: 0.5 }).assemblies[0].lengthM).toBe(2.5);
  });

  it("carries part numbers through and flags one assembly under two part numbers", () => {
    const bom = bomOf([
      ["C1", "leaf01 Eth1/1", "PP-A01 P1", "LC/UPC duplex", "LC/UPC duplex", "OM4", 3, "A-to-B", 2, "PC-OM4-3M"],
      ["C2", "leaf01 Eth1/2", "PP-A01 P2", "LC/UPC duplex", "LC/UPC duplex", "OM4", 3, "A-to-B", 1, "ACME-3"],
    ]);
    expect(bom.assemblies.map((l) => [l.partNumber, l.quantity, l.flag])).toEqual([
      ["PC-OM4-3M", 2, 'same assembly also listed as "ACME-3"'],
      ["ACME-3", 1, 'same assembly also listed as "PC-OM4-3M"'],
    ]);
  });

  it("breakout legs count one connector each; mated pairs imply adapters by polarity method", () => {
    const bom = bomOf([
      ["H1", "leaf01 Eth1/1", "PP-A01 P1", "4x LC/UPC duplex", "MPO-8 female", "OM4", 3, "Method B", "", ""],
      ["T1", "PP-A01 P1", "PP-B01 P1", "MPO-8 male", "MPO-8 male", "OM4", 40, "Method B", "", ""],
    ]);
    expect(bom.assemblies.map((l) => [l.type, l.fiberCount])).toEqual([["breakout harness", 8], ["trunk", 8]]);
    expect(bom.connectors).toEqual([{ item: "LC/UPC duplex", quantity: 4 }, { item: "MPO-8 female", quantity: 1 }, { item: "MPO-8 male", quantity: 2 }]);
    expect(bom.adapters).toEqual([{ item: "MPO adapter, key-up to key-up (Type B)", quantity: 1, note: "polarity Method B" }]);
  });

  it("rows with errors are left out unless asked, and the BOM says how many and why", () => {
    const rows = [
      // two pinned trunk ends meet in one adapter: an error on both rows
      ["T1", "PP-A01 P1", "PP-B01 P1", "MPO-12 male", "MPO-12 male", "OM4", 30, "", "", ""],
      ["T2", "PP-A01 P1", "PP-C01 P1", "MPO-12 male", "MPO-12 male", "OM4", 30, "", "", ""],
      ["T3", "PP-A01 P9", "PP-B01 P9", "MPO-12 male", "MPO-12 male", "OM4", 30, "", "", ""],
      ["C4", "PP-A01 P8", "PP-B01 P8", "", "", "OS2", 3, "", "", ""],
    ];
    const bom = bomOf(rows);
    expect(bom.assemblies.map((l) => l.rows)).toEqual([[4]]);
    expect(bom.leftOut).toEqual({ rows: 3, reasons: [{ reason: "errors (mpo-gender)", rows: [2, 3] }, { reason: "no connector to order", rows: [5] }] });
    expect(bomGrid(bom).notes[1]).toBe("3 rows left out: errors (mpo-gender): rows 2, 3; no connector to order: row 5.");
    expect(bomOf(rows, { includeErrorRows: true }).assemblies.map((l) => l.rows)).toEqual([[2, 3, 4]]);
  });

  it("the table has one header and a Section column telling the parts apart", () => {
    const { table } = bomGrid(bomOf([["C1", "leaf01 Eth1/1", "PP-A01 P1", "LC/UPC duplex", "LC/UPC duplex", "OM4", 3, "", "", ""]]));
    expect(table[0]).toEqual(["Section", "Item", "Connector A", "Connector B", "Fibers", "Grade", "Polarity", "Length (m)", "Qty", "Total length (m)", "Part number", "Note"]);
    expect(table.slice(1).map((r) => r[0])).toEqual(["Assembly", "Connector", "Fiber"]);
  });
});
