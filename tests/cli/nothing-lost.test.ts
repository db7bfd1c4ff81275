import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import Papa from "papaparse";
import type { MergedArea } from "../../src/core";
import { SCHEDULE_HEADER } from "../core/placement-grids";
import { SheetCell, runInProcess, userCells, writeSheet } from "./in-process";
import { assertBuilt, cli } from "./run-cli";

// "Nothing lost" (issue 9): whatever the user has on the sheet (cells right of the header,
// formulas, merged areas, rows longer than the header), --out leaves every one of their cells
// with its value and formula exactly as it was; only three new columns appear.
jest.setTimeout(300_000);

let dir: string;
let n = 0;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-lost-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const next = (ext: string) => path.join(dir, `${++n}.${ext}`);

const WIDTH = SCHEDULE_HEADER.length;
const connector = fc.constantFrom("LC UPC duplex", "MPO-12 UPC female", "MTP-12 APC male", "SC simplex", "LC/APC duplex");
const dataRow = fc.tuple(connector, connector, fc.constantFrom("OM4", "OS2", "OM3"), fc.constantFrom("30 m", 120, "2 km"), fc.constantFrom("10GBASE-SR", "100GBASE-SR4", "400GBASE-DR4"));
const userValue: fc.Arbitrary<SheetCell> = fc.oneof(
  fc.constantFrom("note", "Total", "x", "=G3*2", "+1", "WAIVED", "Check status"),
  fc.integer({ min: -1000, max: 100000 }),
  fc.constantFrom({ formula: "G3*2" }, { formula: "SUM(A1:A3)", result: 0 }, { formula: 'IF(A2="","",1)', result: "" }, { formula: "A2&\"!\"", result: "C1!" }),
);

interface UserSheet {
  cells: (SheetCell | null)[][];
  merges: MergedArea[];
}

/** A schedule with user cells anywhere outside its header, and merged areas that do not overlap each other or the schedule. */
const userSheet: fc.Arbitrary<UserSheet> = fc
  .record({
    rows: fc.array(dataRow, { minLength: 1, maxLength: 6 }),
    extra: fc.array(fc.record({ r: fc.nat(9), c: fc.nat(15), v: userValue }), { maxLength: 14 }),
    merges: fc.array(fc.record({ r: fc.nat(8), c: fc.integer({ min: WIDTH, max: 14 }), rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }), v: userValue }), { maxLength: 3 }),
  })
  .map(({ rows, extra, merges }) => {
    const cells: (SheetCell | null)[][] = [[...SCHEDULE_HEADER], ...rows.map((r, i) => [`C${i + 1}`, ...r] as SheetCell[])];
    const put = (r: number, c: number, v: SheetCell | null) => {
      while (cells.length <= r) cells.push([]);
      const row = cells[r];
      while (row.length <= c) row.push(null);
      row[c] = v;
    };
    const kept: MergedArea[] = [];
    const inside = (m: MergedArea, r: number, c: number) => r >= m.r && r < m.r + m.rows && c >= m.c && c < m.c + m.cols;
    for (const m of merges) {
      const overlaps = kept.some((k) => m.r < k.r + k.rows && k.r < m.r + m.rows && m.c < k.c + k.cols && k.c < m.c + m.cols);
      if (overlaps) continue;
      kept.push({ r: m.r, c: m.c, rows: m.rows, cols: m.cols });
      put(m.r, m.c, m.v);
    }
    for (const { r, c, v } of extra) {
      if (r === 0 && c < WIDTH) continue; // the header stays a header
      if (kept.some((m) => inside(m, r, c))) continue; // a merged area holds only its top-left cell
      put(r, c, v);
    }
    return { cells, merges: kept };
  });

/** Every cell the user had is in the copy, with the same value and formula; their merged areas too (when the copy keeps merges). */
async function expectNothingLost(input: string, output: string, keepsMerges: boolean): Promise<void> {
  const before = await userCells(input);
  const after = await userCells(output);
  for (const [address, cell] of before.cells) expect({ address, cell: after.cells.get(address) }).toEqual({ address, cell });
  if (keepsMerges) expect(after.merges).toEqual(expect.arrayContaining(before.merges));
  // what was added is the three owned columns, in cells that were empty
  const added = [...after.cells.keys()].filter((a) => !before.cells.has(a));
  expect(new Set(added.map((a) => a.replace(/\d+$/, ""))).size).toBe(3);
}

describe("--out keeps every user cell (random sheets, run in process)", () => {
  test.each([
    ["a loaded workbook", [], 25, true],
    ["a streamed workbook", ["--stream"], 12, false],
  ] as const)("%s", async (_name, extra, numRuns, keepsMerges) => {
    await fc.assert(
      fc.asyncProperty(userSheet, async (sheet) => {
        const input = next("xlsx");
        const output = next("xlsx");
        await writeSheet(input, sheet.cells, sheet.merges);
        const run = await runInProcess(["check", input, "--out", output, ...extra]);
        expect(run.stderr).not.toMatch(/cannot|unexpected/);
        await expectNothingLost(input, output, keepsMerges);
      }),
      { numRuns },
    );
  });

  test("a CSV, rows longer than the header included", async () => {
    await fc.assert(
      fc.asyncProperty(userSheet, async (sheet) => {
        const text = (v: SheetCell | null) => (v === null ? "" : typeof v === "object" ? `=${v.formula}` : String(v));
        const grid = sheet.cells.map((r) => r.map(text));
        const input = next("csv");
        const output = next("csv");
        fs.writeFileSync(input, `${Papa.unparse(grid)}\n`);
        const run = await runInProcess(["check", input, "--out", output]);
        expect(run.stderr).not.toMatch(/cannot|unexpected/);
        const copy = Papa.parse<string[]>(fs.readFileSync(output, "utf8"), { delimiter: "," }).data;
        // every field of every row, empty ones of a long row too, is where it was
        grid.forEach((row, r) => row.forEach((v, c) => expect({ r, c, v: copy[r]?.[c] }).toEqual({ r, c, v })));
        const added = copy[0].slice(Math.max(...grid.map((r) => r.length)));
        // (numbered when the user has a column of that name already)
        expect(added.map((h) => h.replace(/ \d+$/, ""))).toEqual(["Check status", "Check findings", "Check recommendation"]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("--out keeps every user cell (the real command)", () => {
  beforeAll(() => assertBuilt());
  const sheet = fc.sample(userSheet, { numRuns: 1, seed: 9 })[0];
  const crowded: UserSheet = {
    cells: [
      [...SCHEDULE_HEADER, null, "Remarks"],
      ["C1", "LC UPC duplex", "LC UPC duplex", "OM4", "30 m", "10GBASE-SR", "note", null, 42],
      ["C2", "MPO-12 UPC female", "MPO-12 UPC female", "OM4", "30 m", "100GBASE-SR4", null, { formula: "G3*2" }],
      ["C3", "SC simplex", "LC UPC duplex", "OS2", "30 m", "10GBASE-SR", null, null, null, null, null, null, { formula: 'IF(A4="","",1)', result: "" }],
    ],
    merges: [{ r: 0, c: 7, rows: 1, cols: 2 }, { r: 2, c: 9, rows: 2, cols: 2 }],
  };
  test.each([
    ["a crowded sheet", crowded, []],
    ["a crowded sheet, streamed", crowded, ["--stream"]],
    ["a random sheet", sheet, []],
  ] as const)("%s", async (_name, s, extra) => {
    const input = next("xlsx");
    const output = next("xlsx");
    await writeSheet(input, s.cells, s.merges);
    const run = cli(["check", input, "--out", output, ...extra]);
    expect([0, 1]).toContain(run.status);
    await expectNothingLost(input, output, extra.length === 0);
  });
});
