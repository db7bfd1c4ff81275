import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { PLACEMENT_GRIDS } from "../core/placement-grids";
import { ownedColumnsOf, runInProcess, writeSheet } from "./in-process";

// The command line half of "the add-in and the command line place columns identically on the
// same grid": the sheets of tests/core/placement-grids.ts, as a workbook (loaded and streamed)
// and as CSV, get the owned columns where core puts them.
jest.setTimeout(120_000);

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "connector-check-place-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(PLACEMENT_GRIDS.map((g) => [g.name, g] as const))("%s", (_name, g) => {
  const file = () => path.join(dir, `${g.name.replace(/\W+/g, "-")}.xlsx`);
  beforeAll(() => writeSheet(file(), g.cells, g.merges));

  test.each([["loaded", []], ["streamed", ["--stream"]]] as const)("an .xlsx %s", async (_how, extra) => {
    const out = path.join(dir, `out-${_how}-${path.basename(file())}`);
    const run = await runInProcess(["check", file(), "--out", out, ...extra]);
    expect(run.stderr).not.toMatch(/cannot|unexpected/);
    expect(await ownedColumnsOf(out)).toEqual(g.expected);
  });

});

// CSV has no merged cells, so only the sheets without them are the same grid there.
test.each(PLACEMENT_GRIDS.filter((g) => !g.merges.length).map((g) => [g.name, g] as const))("%s, as a .csv (formulas as their text)", async (name, g) => {
  const csv = path.join(dir, `${name.replace(/\W+/g, "-")}.csv`);
  fs.writeFileSync(csv, Papa.unparse(g.cells.map((r) => r.map((v) => (v === null ? "" : typeof v === "object" ? `=${v.formula}` : String(v))))) + "\n");
  const out = path.join(dir, `out-${path.basename(csv)}`);
  await runInProcess(["check", csv, "--out", out]);
  expect(await ownedColumnsOf(out)).toEqual(g.expected);
});
