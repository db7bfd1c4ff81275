// BOM, Spec template and NetBox sheets through the Excel fake: new sheets only, the user's cells unchanged.
import { BOM_HEADERS, SPEC_TEMPLATE, bomGrid, buildBom, checkSchedule, netboxExport, specTemplateGrid } from "../../src/core";
import { checkActiveSheet, insertBomSheet, insertNetboxSheet, insertSpecSheet } from "../../src/excel";
import { freeSheetName } from "../../src/excel/new-sheet";
import { setCheckWorkerFactory } from "../../src/excel/run-check";
import { CellValue, installFakeOffice } from "./fake-excel";
import { fakeWorkerFactory } from "./fake-worker";
import { schedule } from "./schedules";

const MB = 1024 * 1024;

const SCHEDULE: CellValue[][] = [
  ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Polarity", "Qty", "Part number"],
  ["T1", "PP-A01 P1", "PP-B01 P1", "MPO-12 UPC male", "MPO-12 UPC male", "OM4", "29.4 m", "Method B", 2, "=TRK-12"],
  ["C1", "leaf01 Eth1/1", "PP-C01 P5", "LC/UPC duplex", "LC/UPC duplex", "OM4", 3, "A-to-B", "", "LC-3M"],
];

describe("new sheets the pane writes", () => {
  it("freeSheetName: BOM, then BOM (2), ignoring case as Excel does", () => {
    expect([freeSheetName("BOM", ["Cables"]), freeSheetName("BOM", ["bom"]), freeSheetName("BOM", ["BOM", "BOM (2)"])]).toEqual(["BOM", "BOM (2)", "BOM (3)"]);
  });

  it("BOM: a new sheet with the BOM as an Excel table; a second BOM goes to BOM (2); the schedule is untouched", async () => {
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: SCHEDULE } } });
    const before = fake.snapshot("Cables");
    const first = await insertBomSheet();
    expect(first).toMatchObject({ ok: true, sheetName: "BOM" });
    const expected = bomGrid(buildBom(SCHEDULE, checkSchedule(SCHEDULE)));
    const width = expected.table[0].length;
    const got = fake.values("BOM", `A1:L${expected.table.length}`);
    // text that would be a formula (the part number "=TRK-12") is written literally
    expect(got).toEqual(expected.table.map((r) => r.map((v) => (v === "=TRK-12" ? "'=TRK-12" : v))));
    expect(fake.formulaWrites()).toEqual([]);
    expect(fake.tables()).toEqual([{ name: expect.any(String), sheet: "BOM", address: `A1:L${expected.table.length}`, columns: [...expected.table[0]] }]);
    expect(width).toBe(12);
    fake.edit.select("Cables", "A1");
    expect(await insertBomSheet()).toMatchObject({ ok: true, sheetName: "BOM (2)" });
    expect(fake.snapshot("Cables")).toEqual(before);
    expect(fake.sheetNames()).toEqual(["Cables", "BOM", "BOM (2)"]);
  });

  it("Insert Spec sheet: the template with drop-down lists; a second insert never overwrites the first", async () => {
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: SCHEDULE } } });
    expect(await insertSpecSheet()).toMatchObject({ ok: true, sheetName: "Spec" });
    const grid = specTemplateGrid();
    expect(fake.values("Spec", `A1:E${grid.length}`)).toEqual(grid);
    const lists = fake.validations();
    expect(lists.find((v) => v.address === `B${SPEC_TEMPLATE.findIndex((t) => t.setting === "trunkConnectorGrade") + 2}`)).toEqual({ sheet: "Spec", address: "B5", source: "low-loss,standard" });
    expect(lists.length).toBe(SPEC_TEMPLATE.filter((t) => t.allowed && t.kind !== "list").length);
    fake.edit.setValues("Spec", "B4", [["MTP"]]);
    const filled = fake.snapshot("Spec");
    expect(await insertSpecSheet()).toMatchObject({ ok: true, sheetName: "Spec (2)" });
    expect(fake.snapshot("Spec")).toEqual(filled);
  });

  it("Check reads the Spec sheet: a trunk the standards pass fails the project spec, citing the cell; a bad sheet stops the check", async () => {
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: SCHEDULE }, Spec: { values: [["Setting", "Value"], ["Trunk connector family", "MTP"]] } } });
    const outcome = await checkActiveSheet();
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.specUsed).toBe("Project spec: 1 setting from the Spec sheet.");
    expect(String(fake.values("Cables", "L2")[0][0])).toContain("trunks must be MTP, cell Spec!B2");
    const bad = installFakeOffice(globalThis, { sheets: { Cables: { values: SCHEDULE }, Spec: { values: [["Setting", "Value"], ["Pinned trunks", "sometimes"]] } } });
    const before = bad.snapshot("Cables");
    const refused = await checkActiveSheet();
    expect(refused).toMatchObject({ ok: false, message: 'The Spec sheet cannot be used, so nothing was checked: Spec!B2: "sometimes" is not yes or no for Pinned trunks; allowed: yes, no' });
    expect(bad.snapshot("Cables")).toEqual(before);
  });

  it("Export for NetBox: the import CSV as a new sheet of plain cells", async () => {
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: SCHEDULE } } });
    const outcome = await insertNetboxSheet();
    expect(outcome).toMatchObject({ ok: true, sheetName: "NetBox cables" });
    const out = netboxExport(SCHEDULE, checkSchedule(SCHEDULE));
    expect(fake.values("NetBox cables", "A1:M3")).toEqual([out.header, ...out.rows]);
    expect(fake.tables()).toEqual([]);
  });

  it("BOM and Export for NetBox on a 100,000-row sheet: read in blocks, checked in the worker, written in blocks, no request or response over 5 MB", async () => {
    const rows = 100_000;
    const grid = schedule(rows);
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: grid } } });
    const before = fake.snapshot("Cables");
    const { make, workers } = fakeWorkerFactory();
    setCheckWorkerFactory(make);
    try {
      expect(await insertBomSheet()).toMatchObject({ ok: true, sheetName: "BOM" });
      fake.edit.select("Cables", "A1");
      expect(await insertNetboxSheet()).toMatchObject({ ok: true, sheetName: "NetBox cables" });
    } finally {
      setCheckWorkerFactory(undefined);
    }
    // each button's check ran in a worker, the grid crossing in slices
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.received.filter((m) => m.type === "rows").length > 1 && w.terminated)).toBe(true);
    const s = fake.stats();
    expect(s.failedSyncs).toBe(0);
    expect(s.maxRequestBytes).toBeLessThanOrEqual(5 * MB);
    expect(s.maxResponseBytes).toBeLessThanOrEqual(5 * MB);
    // Bound: per button a few syncs to find the sheets and the Spec sheet, the read in blocks of
    // at most ~3 MB of response, the new sheet written in blocks of at most ~3.5 MB; per-row
    // round trips would be 100,000+.
    const readBytes = s.responseBytes.reduce((a, b) => a + b, 0);
    const writeBytes = s.requestBytes.reduce((a, b) => a + b, 0);
    expect(s.syncs).toBeLessThanOrEqual(2 * 8 + Math.ceil(readBytes / 3_000_000) + Math.ceil(writeBytes / 3_500_000));
    expect(s.syncs).toBeLessThanOrEqual(40);
    expect(s.proxies).toBeLessThan(300);
    // every cable is on the BOM or counted as left out, and every cable is a NetBox row; the schedule is untouched
    const table = fake.values("BOM", "A1:L60");
    expect(table[0]).toEqual([...BOM_HEADERS]);
    const ordered = table.filter((r) => r[0] === "Assembly").reduce((n, r) => n + Number(r[8]), 0);
    const leftOut = Number(/(\d+) rows left out/.exec(table.map((r) => r[0]).join("\n"))?.[1] ?? 0);
    expect(ordered + leftOut).toBe(rows);
    expect(leftOut).toBeGreaterThan(0);
    expect(fake.values("NetBox cables", `I${rows + 1}:I${rows + 2}`)).toEqual([[grid[rows][0]], [""]]);
    expect(fake.snapshot("Cables")).toEqual(before);
  }, 240_000);
});
