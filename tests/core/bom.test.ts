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
    // the two rows form a channel (they meet at PP-A01 P1): its one junction is the adapter
    expect(bom.adapters).toEqual([{ item: "MPO adapter, key-up to key-up (Type B)", quantity: 1, note: "1 from traced channels: leaf01 Eth1/1 ↔ PP-B01 P1 (polarity Method B)" }]);
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

describe("BOM adapters and cassettes from the traced channels", () => {
  const LINKED = ["Cable ID", "Link", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Polarity", "Adapter", "Component"];
  const LC = "LC/UPC duplex";

  it("explicit-link channels: one adapter per junction, a cassette per cassette, a port met again as a mated pair not counted twice", () => {
    const grid = [
      LINKED,
      // L1: cord, trunk, cord through two MPO-to-LC cassettes (the Adapter cells say so): 2 cassettes
      ["C1", "L1", "leaf01 Eth1/1", "CAS-A P1", LC, LC, "OM4", 3, "", "MPO-12 to LC cassette, Method B", ""],
      ["T1", "L1", "CAS-A rear", "CAS-B rear", "MPO-12 female", "MPO-12 female", "OM4", 30, "Method B", "MPO-12 to LC cassette, Method B", ""],
      ["C2", "L1", "CAS-B P1", "spine01 Eth1/1", LC, LC, "OM4", 3, "", "", ""],
      // L2: two cords meeting at PP-C01 P1 (a channel junction and a mated pair: 1 adapter); its
      // far end PP-H01 P1 meets Y1, which has no link: a mated pair outside channels, 1 more
      ["C3", "L2", "leaf01 Eth1/2", "PP-C01 P1", LC, LC, "OS2", 3, "", "LC duplex", ""],
      ["C4", "L2", "PP-C01 P1", "PP-H01 P1", LC, LC, "OS2", 20, "", "", ""],
      ["Y1", "", "PP-H01 P1", "spine01 Eth1/2", LC, LC, "OS2", 3, "", "", ""],
      // L3: harness into a trunk; the Adapter cell names a Type B adapter: 1
      ["H1", "L3", "leaf02 Eth1/1", "PP-D01 P1", `4x ${LC}`, "MPO-8 female", "OM4", 3, "Method B", "Type B", ""],
      ["T2", "L3", "PP-D01 P1", "PP-E01 P1", "MPO-8 male", "MPO-8 male", "OM4", 40, "Method B", "", ""],
      // L4: a cassette listed as its own row: 1 cassette, and no cable to order
      ["C5", "L4", "leaf03 Eth1/1", "CAS-C P1", LC, LC, "OM4", 3, "", "", ""],
      ["K1", "L4", "CAS-C", "CAS-C", "", "", "", "", "", "MPO-12 to LC cassette, Method B", "cassette"],
      ["T3", "L4", "CAS-C rear", "CAS-D rear", "MPO-12 female", "MPO-12 female", "OM4", 30, "Method B", "", ""],
    ];
    const result = checkSchedule(grid);
    expect(result.channels.map((c) => c.link).sort()).toEqual(["L1", "L2", "L3", "L4"]);
    const bom = buildBom(grid, result);
    expect(bom.leftOut.rows).toBe(0);
    expect(bom.assemblies.flatMap((l) => l.rows)).not.toContain(11);
    expect(bom.adapters).toEqual([
      { item: "LC duplex adapter", quantity: 2, note: "1 from traced channels: L2 (the mated connectors); 1 from mated pairs outside channels: PP-H01 P1 (the mated connectors)" },
      { item: "MPO adapter, key-up to key-up (Type B)", quantity: 1, note: '1 from traced channels: L3 (Adapter "Type B")' },
      { item: "MPO-12 to LC duplex cassette (Method B)", quantity: 3, note: '1 from traced channels: L4 (cassette row 11); 2 from traced channels: L1 ("MPO-12 to LC cassette, Method B")' },
    ]);
  });

  it("port-to-port channels: a port written two ways is one adapter; a cassette the reader recognised is one cassette", () => {
    const grid = [
      ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Polarity"],
      // PP-A01 P1 and "pp-a01 port 1" are one port (no mated pair by text, a junction by port): 2 LC adapters
      ["C1", "leaf01 Eth1/1", "PP-A01 P1", LC, LC, "OS2", 3, ""],
      ["C2", "pp-a01 port 1", "PP-B01 P1", LC, LC, "OS2", 80, ""],
      ["C3", "PP-B01 P1", "spine01 Eth1/1", LC, LC, "OS2", 3, ""],
      // harness, trunk, harness under Method B: 2 Type B adapters
      ["H1", "leaf02 Eth1/1", "PP-D01 P1", `4x ${LC}`, "MPO-8 female", "OM4", 3, "Method B"],
      ["T2", "PP-D01 P1", "PP-E01 P1", "MPO-8 male", "MPO-8 male", "OM4", 40, "Method B"],
      ["H2", "PP-E01 P1", "spine02 Eth1/1", "MPO-8 female", `4x ${LC}`, "OM4", 3, "Method B"],
      // a cord and a trunk meeting at a cassette: 1 cassette (no pass-through adapter there)
      ["C4", "leaf03 Eth1/1", "Cassette M1", LC, LC, "OM4", 3, ""],
      ["T3", "Cassette M1", "PP-F01 P1", "MPO-12 female", "MPO-12 female", "OM4", 30, "Method B"],
    ];
    const result = checkSchedule(grid);
    expect(result.channels.every((c) => c.source === "ports")).toBe(true);
    expect(buildBom(grid, result).adapters).toEqual([
      { item: "LC duplex adapter", quantity: 2, note: "2 from traced channels: leaf01 Eth1/1 ↔ spine01 Eth1/1 (the mated connectors)" },
      { item: "MPO adapter, key-up to key-up (Type B)", quantity: 2, note: "2 from traced channels: leaf02 Eth1/1 ↔ spine02 Eth1/1 (polarity Method B)" },
      { item: "MPO-12 to LC duplex cassette", quantity: 1, note: '1 from traced channels: leaf03 Eth1/1 ↔ PP-F01 P1 ("Cassette M1")' },
    ]);
  });

  it("a cassette or adapter several channels pass (one channel per fan-out leg) is counted once", () => {
    const grid: unknown[][] = [["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Polarity"]];
    // one trunk between two MPO-12-to-LC cassettes; six LC cords each side (rows 3-8 and 9-14)
    grid.push(["T1", "CAS-A01 rear", "CAS-B01 rear", "MPO-12 female", "MPO-12 female", "OM4", 30, "Method B"]);
    for (let k = 1; k <= 6; k++) grid.push([`A${k}`, `leaf01 Eth1/${k}`, `CAS-A01 P${k}`, LC, LC, "OM4", 3, ""]);
    for (let k = 1; k <= 6; k++) grid.push([`B${k}`, `CAS-B01 P${k}`, `spine01 Eth1/${k}`, LC, LC, "OM4", 3, ""]);
    // harness, trunk, harness: four legs through the same two MPO adapters (rows 15-17)
    grid.push(["H1", "leaf02 Eth1/1-4", "PP-D01 P1", `4x ${LC}`, "MPO-8 female", "OM4", 3, "Method B"]);
    grid.push(["T2", "PP-D01 P1", "PP-E01 P1", "MPO-8 male", "MPO-8 male", "OM4", 40, "Method B"]);
    grid.push(["H2", "PP-E01 P1", "spine02 Eth1/1-4", "MPO-8 female", `4x ${LC}`, "OM4", 3, "Method B"]);
    const checked = checkSchedule(grid);
    // one channel per leg pair of the harnesses, and per front-port pair of the cassettes (Method B: port k meets port 7−k), the trunk in each
    expect(checked.channels.filter((c) => c.rows.join() === "15,16,17").map((c) => c.link)).toEqual([1, 2, 3, 4].map((k) => `leaf02 Eth1/${k} ↔ spine02 Eth1/${k}`));
    const cassettePairs = checked.channels.filter((c) => c.rows[1] === 2);
    expect(cassettePairs.map((c) => c.rows)).toEqual([1, 2, 3, 4, 5, 6].map((k) => [2 + k, 2, 15 - k]));
    const bom = buildBom(grid, checked);
    expect(bom.adapters).toEqual([
      { item: "MPO adapter, key-up to key-up (Type B)", quantity: 2, note: "2 from traced channels: leaf02 Eth1/1 ↔ spine02 Eth1/1, leaf02 Eth1/2 ↔ spine02 Eth1/2, leaf02 Eth1/3 ↔ spine02 Eth1/3 and 1 more (polarity Method B)" },
      {
        item: "MPO-12 to LC duplex cassette",
        quantity: 2,
        note: '1 from traced channels: leaf01 Eth1/1 ↔ spine01 Eth1/6, leaf01 Eth1/2 ↔ spine01 Eth1/5, leaf01 Eth1/3 ↔ spine01 Eth1/4 and 3 more ("CAS-A01 rear"); 1 from traced channels: leaf01 Eth1/1 ↔ spine01 Eth1/6, leaf01 Eth1/2 ↔ spine01 Eth1/5, leaf01 Eth1/3 ↔ spine01 Eth1/4 and 3 more ("CAS-B01 rear")',
      },
    ]);
  });
});
