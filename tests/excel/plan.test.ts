// The adapter's pure planning: which range is the schedule, block sizes, change detection.
import { bytesPerRowFromSample, chooseSchedule, expandFillRuns, fillRuns, firstChangedRow, planReadBlocks, planWriteBlocks, withoutColumns } from "../../src/excel/plan";

describe("chooseSchedule", () => {
  const used = { r: 0, c: 0, rows: 500, cols: 10 };
  const tables = [{ name: "Trunks", box: { r: 100, c: 0, rows: 50, cols: 8 } }];
  it("prefers the table the selection is in", () => {
    expect(chooseSchedule({ r: 120, c: 3, rows: 1, cols: 1 }, used, tables)).toEqual({ kind: "table", table: "Trunks", box: tables[0].box });
  });
  it("takes a multi-row selection clipped to the used range, else the used range", () => {
    expect(chooseSchedule({ r: 0, c: 0, rows: 1048576, cols: 3 }, used, tables)).toEqual({ kind: "selection", box: { r: 0, c: 0, rows: 500, cols: 3 } });
    expect(chooseSchedule({ r: 3, c: 3, rows: 1, cols: 5 }, used, tables)).toEqual({ kind: "used-range", box: used });
    expect(chooseSchedule({ r: 600, c: 0, rows: 5, cols: 2 }, used, [])).toBeNull();
    expect(chooseSchedule({ r: 0, c: 0, rows: 1, cols: 1 }, null, [])).toBeNull();
  });
});

describe("block planning", () => {
  it("read blocks respect both the cell limit and the byte budget", () => {
    // 8 columns: the million-cell limit allows 125,000 rows; 100 bytes a row under 4 MB allows 40,000.
    expect(planReadBlocks(100_000, 8, 100)).toEqual([{ start: 0, count: 40_000 }, { start: 40_000, count: 40_000 }, { start: 80_000, count: 20_000 }]);
    expect(planReadBlocks(300_000, 8, 1)).toHaveLength(3);
  });
  it("write blocks pack rows up to the budget, and a row bigger than the budget stands alone", () => {
    expect(planWriteBlocks([4, 4, 4, 4, 4], 10)).toEqual([{ start: 0, count: 2 }, { start: 2, count: 2 }, { start: 4, count: 1 }]);
    expect(planWriteBlocks([3, 50, 3], 10)).toEqual([{ start: 0, count: 1 }, { start: 1, count: 1 }, { start: 2, count: 1 }]);
    expect(planWriteBlocks([], 10)).toEqual([]);
  });
  it("the per-row estimate from a sample is padded and never below the largest row seen", () => {
    const sample = [["C-1", "MPO-12 male"], ["C-2", "x".repeat(200)]];
    const largest = JSON.stringify(sample[1]).length + 1;
    expect(bytesPerRowFromSample(sample)).toBeGreaterThanOrEqual(largest);
  });
});

describe("change detection and own columns", () => {
  it("finds the first row whose key differs; blank forms are equal, 1 and '1' are not", () => {
    expect(firstChangedRow(["C-1", "C-2", ""], ["C-1", "C-2", null])).toBe(-1);
    expect(firstChangedRow(["C-1", "C-2"], ["C-2", "C-1"])).toBe(0);
    expect(firstChangedRow([1, 2], [1, "2"])).toBe(1);
    expect(firstChangedRow(["C-1"], ["C-1", "C-9"])).toBe(1);
  });
  it("blanks the add-in's earlier columns without touching the original grid", () => {
    const grid = [["Cable ID", "Check status"], ["C-1", "ERROR"]];
    expect(withoutColumns(grid, [1, 2, 3])).toEqual([["Cable ID", ""], ["C-1", ""]]);
    expect(grid[1][1]).toBe("ERROR");
  });
  it("fill runs round-trip", () => {
    const fills = [null, null, "#FF0000", "#FF0000", null];
    expect(fillRuns(fills)).toEqual([[0, 2, null], [2, 2, "#FF0000"], [4, 1, null]]);
    expect(expandFillRuns(fillRuns(fills))).toEqual(fills);
  });
});
