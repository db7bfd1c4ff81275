/**
 * The workbook the headless-browser test opens the task pane on: a cable schedule as an
 * engineer keeps it (trunks between panels, cords to switch ports), with a few rows that are
 * wrong in ways an expert would catch, and one connector cell holding HTML, which must reach
 * the pane as literal text.
 */
import type { CellValue, FakeSeed } from "../excel/fake-excel";

export const SHEET = "Cables";
export const HOSTILE = "<img src=x onerror=alert(1)>";

export const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length (m)", "Application", "Notes"];

/** Sheet rows 2.. (row 1 is the header). Comments give the sheet row. */
export const ROWS: CellValue[][] = [
  /* 2 */ ["T-001", "MDA-R01-PP01 P1", "EDA-R11-PP01 P1", "MPO-12 male", "MPO-12 male", "OM4", 45, "400GBASE-SR4", "trunk"],
  /* 3 */ ["T-002", "MDA-R01-PP01 P2", "EDA-R11-PP01 P2", "MPO-12 male", "MPO-12 male", "OM4", 45, "400GBASE-SR4", "trunk"],
  // SR4 on OM3 is good for 70 m: 300 m is far beyond its reach
  /* 4 */ ["T-003", "MDA-R02-PP03 P1", "EDA-R14-PP02 P1", "MPO-12 male", "MPO-12 male", "OM3", 300, "100GBASE-SR4", "trunk"],
  /* 5 */ ["C-101", "SW-LEAF-01 Eth1/1", "MDA-R03-PP02 P1", "LC/UPC duplex", "LC/UPC duplex", "OS2", 120, "100GBASE-FR1", "cord"],
  // a pasted HTML fragment where Connector B should be: unreadable, and shown as text
  /* 6 */ ["C-102", "SW-LEAF-01 Eth1/2", "MDA-R03-PP02 P2", "LC/UPC duplex", HOSTILE, "OS2", 120, "100GBASE-FR1", "cord"],
  /* 7 */ ["C-103", "SW-SPINE-01 Eth1/1", "MDA-R01-PP04 P1", "MPO-12 female", "MPO-12 female", "OM4", 12, "400GBASE-SR4", "cord"],
  /* 8 */ ["C-104", "SW-SPINE-01 Eth1/2", "MDA-R01-PP04 P2", "MPO-12 female", "MPO-12 female", "OM4", 12, "400GBASE-SR4", "cord"],
];

export const grid = (): CellValue[][] => [HEADER, ...ROWS];

/** The schedule with a column of the user's own headed "Check status" (J), which the add-in must not take. */
export const gridWithTakenHeader = (): CellValue[][] => grid().map((row, i) => [...row, i === 0 ? "Check status" : `signed off ${i}`]);

export const seed = (options: { protected?: boolean; takenHeader?: boolean } = {}): FakeSeed => ({
  sheets: {
    [SHEET]: { values: options.takenHeader ? gridWithTakenHeader() : grid(), protected: options.protected ?? false, columnWidths: { A: 60, B: 110, C: 110 } },
  },
  activeSheet: SHEET,
  selection: "A1",
});
