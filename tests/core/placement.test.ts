import { MAX_SHEET_COLUMNS, lastUsedColumnOf, planOwnedColumns } from "../../src/core";
import { PLACEMENT_GRIDS, PlacementGrid } from "./placement-grids";

// Where the owned columns go is decided once, in core, for the add-in and the command line.
describe("planOwnedColumns: right of everything the user has", () => {
  const header = ["Cable ID", "Connector A", "Connector B", "Application"];

  it("goes right of the last header cell on a plain sheet", () => {
    expect(planOwnedColumns(header).columns).toEqual([4, 5, 6]);
    expect(planOwnedColumns(header, undefined, { lastUsedColumn: 3 }).notice).toBeUndefined();
  });

  it("goes right of user cells beyond the header (a ragged sheet, a formula column)", () => {
    const grid = [header, ["C1", "LC", "LC", "10GBASE-SR", "", "", "note"], ["C2", "LC", "LC", "10GBASE-SR", "", "", "", "=G3*2"]];
    const plan = planOwnedColumns(header, undefined, { lastUsedColumn: lastUsedColumnOf(grid) });
    expect(plan.columns).toEqual([8, 9, 10]);
    expect(plan.notice).toMatch(/right of the header/);
  });

  it("never splits or covers a merged area in the schedule's rows", () => {
    const plan = planOwnedColumns(header, undefined, { lastUsedColumn: 3, merges: [{ r: 2, c: 5, rows: 2, cols: 3 }], rows: { first: 0, last: 10 } });
    expect(plan.columns).toEqual([8, 9, 10]);
    expect(plan.notice).toMatch(/Merged/);
  });

  it("moves past a chain of merges, and ignores merges outside the schedule's rows", () => {
    const merges = [
      { r: 0, c: 4, rows: 1, cols: 2 },
      { r: 1, c: 6, rows: 1, cols: 4 },
      { r: 50, c: 10, rows: 2, cols: 2 },
    ];
    expect(planOwnedColumns(header, undefined, { lastUsedColumn: 3, merges, rows: { first: 0, last: 10 } }).columns).toEqual([10, 11, 12]);
  });

  it("reuses the columns it wrote before", () => {
    expect(planOwnedColumns([...header, "Check status", "Check findings", "Check recommendation"], [4, 5, 6], { lastUsedColumn: 6 }).columns).toEqual([4, 5, 6]);
  });

  it("says when there is no room before the sheet's last column", () => {
    expect(planOwnedColumns(header, undefined, { lastUsedColumn: MAX_SHEET_COLUMNS - 2 }).noRoom).toMatch(/no room/);
    expect(planOwnedColumns(header, undefined, { lastUsedColumn: MAX_SHEET_COLUMNS - 4 }).noRoom).toBeUndefined();
  });

  it("lastUsedColumnOf counts every row, skips holes and blanks", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(lastUsedColumnOf([["a", "b"], , ["", "", "", null, "x", ""], []])).toBe(4);
    expect(lastUsedColumnOf([[], [""]])).toBe(-1);
  });
});

// The same sheets are fed to the command line (tests/cli/placement.test.ts) and to the add-in
// over the fake Excel: both must write the owned columns exactly where core puts them.
describe("planOwnedColumns on the sheets shared by the add-in's and the command line's tests", () => {
  /** What Range.formulas gives: a formula's text, else the value; empty cells "". */
  const formulasView = (g: PlacementGrid) => g.cells.map((r) => r.map((v) => (v === null ? "" : typeof v === "object" ? `=${v.formula}` : v)));

  it.each(PLACEMENT_GRIDS.map((g) => [g.name, g] as const))("%s", (_name, g) => {
    const grid = formulasView(g);
    const plan = planOwnedColumns(grid[0], undefined, { lastUsedColumn: lastUsedColumnOf(grid), merges: g.merges, rows: { first: 0, last: grid.length - 1 } });
    expect(plan.columns).toEqual(g.expected);
    for (const c of plan.columns) {
      for (const r of grid) expect(r[c] ?? "").toBe(""); // nothing of the user's in an owned column
      expect(g.merges.some((m) => c >= m.c && c < m.c + m.cols)).toBe(false);
    }
  });
});
