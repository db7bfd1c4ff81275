import type { MergedArea } from "../../src/core";

/**
 * Sheets on which the add-in and the command line must put the owned columns in the same
 * place (issue 9): user cells right of the header, a formula whose cached result is empty,
 * merged areas in the schedule's rows. Each adapter's test builds its own sheet from these
 * (a workbook file for the command line, the fake Excel for the add-in) and compares the
 * columns it wrote with `expected`. Coordinates are 0-based from A1; the header is row 1.
 */
export type PlacementCell = string | number | { formula: string };

export interface PlacementGrid {
  name: string;
  /** Row by row from A1; null is an empty cell. */
  cells: ReadonlyArray<ReadonlyArray<PlacementCell | null>>;
  merges: readonly MergedArea[];
  /** Status, findings and recommendation columns, 0-based. */
  expected: [number, number, number];
}

export const SCHEDULE_HEADER = ["Cable ID", "Connector A", "Connector B", "Fiber Type", "Length", "Application"] as const;
const row = (id: string) => [id, "LC UPC duplex", "LC UPC duplex", "OM4", "30 m", "10GBASE-SR"];

export const PLACEMENT_GRIDS: readonly PlacementGrid[] = [
  {
    name: "a plain schedule",
    cells: [[...SCHEDULE_HEADER], row("C1"), row("C2")],
    merges: [],
    expected: [6, 7, 8],
  },
  {
    name: "a ragged sheet: a note, a number and a formula right of the header",
    cells: [[...SCHEDULE_HEADER], [...row("C1"), "note", null, 42], [...row("C2"), null, { formula: "G3*2" }]],
    merges: [],
    expected: [9, 10, 11],
  },
  {
    name: "a formula whose cached result is empty, far right",
    cells: [[...SCHEDULE_HEADER], row("C1"), [...row("C2"), null, null, null, null, null, null, { formula: "IF(A3=\"\",1,\"\")" }]],
    merges: [],
    expected: [13, 14, 15],
  },
  {
    name: "a merged header cell right of the header",
    cells: [[...SCHEDULE_HEADER, null, "Remarks"], row("C1"), row("C2")],
    merges: [{ r: 0, c: 7, rows: 1, cols: 2 }],
    expected: [9, 10, 11],
  },
  {
    name: "a merged area in the data rows where the columns would go",
    cells: [[...SCHEDULE_HEADER], row("C1"), [...row("C2"), "spans two rows"], row("C3")],
    merges: [{ r: 2, c: 6, rows: 2, cols: 3 }],
    expected: [9, 10, 11],
  },
];
