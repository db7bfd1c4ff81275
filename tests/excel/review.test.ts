// A reopened task pane re-reads the sheet and checks it read-only: the adapter's reviewActiveSheet
// must write nothing (no cell, format, name or setting) and give the engine's verdict on the
// sheet as it is now, the add-in's own columns left out.
import { checkSchedule } from "../../src/core";
import { checkActiveSheet, reviewActiveSheet } from "../../src/excel";
import { boxOfAddress } from "../../src/excel/adapter";
import { installFakeOffice } from "./fake-excel";
import { schedule } from "./schedules";

describe("reviewActiveSheet", () => {
  it("after a Check: the same findings, and the workbook and its settings unchanged", async () => {
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: schedule(30) } } });
    const checked = await checkActiveSheet();
    if (!checked.ok) throw new Error(checked.message);
    // the user moves the selection elsewhere; the review reads the range the check read
    fake.edit.select("Cables", "Z99");
    const before = JSON.parse(JSON.stringify({ sheets: fake.snapshotAll(), settings: fake.settings() }));
    const review = await reviewActiveSheet(checked.target.address);
    if (!review.ok) throw new Error(review.message);
    expect(review.target).toEqual(checked.target);
    expect(review.result.summary).toEqual(checked.result.summary);
    expect(review.result.rows.map((r) => r.findings.map((f) => f.rule))).toEqual(checked.result.rows.map((r) => r.findings.map((f) => f.rule)));
    expect({ sheets: fake.snapshotAll(), settings: fake.settings() }).toEqual(before);
  });

  it("an edit since the check is in the review (the sheet as it is now), and still nothing is written", async () => {
    const fake = installFakeOffice(globalThis, { sheets: { Cables: { values: schedule(30) } } });
    const checked = await checkActiveSheet();
    if (!checked.ok) throw new Error(checked.message);
    // row 10: 100GBASE-SR4 on OM3 at 300 m (a reach error) shortened to 30 m
    fake.edit.setValues("Cables", "G10", [[30]]);
    const before = JSON.parse(JSON.stringify({ sheets: fake.snapshotAll(), settings: fake.settings() }));
    const review = await reviewActiveSheet(checked.target.address);
    if (!review.ok) throw new Error(review.message);
    const grid = schedule(30).map((row) => [...row]);
    grid[9][6] = 30;
    expect(review.result.summary).toEqual(checkSchedule(grid).summary);
    const row10 = (r: typeof checked.result) => r.rows.find((x) => x.row === 10)?.findings.map((f) => `${f.rule} ${JSON.stringify(f.params)}`);
    expect(row10(checked.result)?.some((f) => f.startsWith("reach "))).toBe(true);
    expect(row10(review.result)?.some((f) => f.startsWith("reach "))).toBe(false);
    expect({ sheets: fake.snapshotAll(), settings: fake.settings() }).toEqual(before);
  });

  it("reads A1 addresses, and refuses anything else", () => {
    expect(boxOfAddress("B2:K40")).toEqual({ r: 1, c: 1, rows: 39, cols: 10 });
    expect(boxOfAddress("$AA$10")).toEqual({ r: 9, c: 26, rows: 1, cols: 1 });
    expect(boxOfAddress("Sheet1!A1")).toBeUndefined();
  });
});
