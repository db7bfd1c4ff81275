// Records of the first format (version 1: keyed by Worksheet.id, no name over the columns, no
// texts recorded), as workbooks checked by the first release hold them. Clear and a re-run must
// find what such a record describes and remove the add-in's cells in it, and only those.
import { OWNED_HEADERS, STATUS_FILL, annotationRows, checkSchedule } from "../../src/core";
import { checkActiveSheet, clearResults } from "../../src/excel";
import { classifyLegacyCells } from "../../src/excel/owned";
import type { WrittenRecordV1 } from "../../src/excel/settings";
import { CellValue, FakeOffice, installFakeOffice } from "./fake-excel";
import { schedule } from "./schedules";

const WRITTEN = "connectorCheck.written";
const ROWS = 12;
const PRIOR = "#FFFF00";

/** The user's sheet before the first release wrote to it: a schedule, two status-column cells already shaded. */
const userSheet = () => ({ values: schedule(ROWS), fills: [{ address: "I3:I4", color: PRIOR }] });

/** The workbook as the first release left it: results in I:K, status fills over the shading, a version 1 record. */
function checkedByFirstRelease(otherSheets: Record<string, { values: CellValue[][] }> = {}): FakeOffice {
  const grid = schedule(ROWS);
  const annotations = annotationRows(checkSchedule(grid, { firstRow: 1, firstColumn: 0 }));
  const values: CellValue[][] = grid.map((row, i) => (i === 0 ? [...row, ...OWNED_HEADERS] : [...row, ...annotations[i - 1].values]));
  const record: WrittenRecordV1 = {
    version: 1,
    sheetId: "{sheet-1}",
    sheetName: "Cables",
    tableColumnsAdded: false,
    columns: [8, 9, 10],
    headers: [...OWNED_HEADERS],
    headerRow: 0,
    rows: ROWS,
    widths: [48, 48, 48],
    fills: { kind: "runs", runs: [[0, 1, null], [1, 2, PRIOR], [3, ROWS - 3, null]] },
  };
  return installFakeOffice(globalThis, {
    sheets: {
      Cables: {
        values,
        fills: annotations.map((a, i) => ({ address: `I${i + 2}`, color: STATUS_FILL[a.status] })),
        columnWidths: { I: 72, J: 360, K: 260 },
      },
      ...otherSheets,
    },
    settings: { [WRITTEN]: [record] },
  });
}

/** The user's sheet as it was, in a workbook of its own, for comparing. */
const original = () => installFakeOffice(globalThis, { sheets: { Cables: userSheet() } }).snapshot("Cables");

describe("records of the first format", () => {
  it("Clear removes what a version 1 record describes, puts back the shading, and keeps the user's notes", async () => {
    const before = original();
    const fake = checkedByFirstRelease();
    // After the first release wrote: a note over one row's findings, WAIVED over an ERROR row's status.
    fake.edit.setValues("Cables", "J5", [["checked on site: fine"]]);
    fake.edit.setValues("Cables", "I6", [["WAIVED"]]);
    const [[findings6, recommendation6]] = fake.values("Cables", "J6:K6");
    expect(findings6).toMatch(/^ERROR reach/);
    const cleared = await clearResults();
    expect(cleared.ok).toBe(false);
    const after = fake.snapshot("Cables");
    // The user's cells stay; so does the recommendation of the row whose status is the user's now
    // (the first format recorded no texts: the status and its fill are what says a row is the add-in's).
    expect(after.values.J5).toBe("checked on site: fine");
    expect(after.values.I6).toBe("WAIVED");
    expect(after.values.K6).toBe(recommendation6);
    // Its findings still read as the add-in's findings, so they go.
    expect(after.values.J6).toBeUndefined();
    expect(cleared.message).toMatch(/J5/);
    expect(cleared.message).toMatch(/I6/);
    // Everything else is as before the first release wrote, shading and widths included.
    const omit = (cells: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(cells).filter(([k]) => !keys.includes(k)));
    expect(omit(after.values, ["J5", "I6", "K6"])).toEqual(before.values);
    expect(omit(after.fills, ["I6"])).toEqual(before.fills);
    expect({ ...after, values: {}, fills: {} }).toEqual({ ...before, values: {}, fills: {} });
    expect(after.fills.I3).toBe(PRIOR);
    expect(after.fills.I4).toBe(PRIOR);
    expect(fake.settings()[WRITTEN] ?? null).toBeNull();
  });

  it("a re-run reuses the version 1 record's columns (no second set of columns) and Clear then restores the sheet", async () => {
    const before = original();
    const fake = checkedByFirstRelease();
    const outcome = await checkActiveSheet();
    expect(outcome.ok).toBe(true);
    expect(fake.values("Cables", "I1:L1")).toEqual([[...OWNED_HEADERS, ""]]);
    // The record is of the current format now, its columns marked by a name.
    const records = fake.settings()[WRITTEN] as { version: number; mark: string }[];
    expect(records.map((r) => r.version)).toEqual([2]);
    expect(Object.keys(fake.names())).toEqual([records[0].mark]);
    expect((await clearResults()).ok).toBe(true);
    expect(fake.snapshot("Cables")).toEqual(before);
  });

  it("a version 1 record is kept, not dropped, when another sheet's Check saves the records", async () => {
    const before = original();
    const fake = checkedByFirstRelease({ Other: { values: schedule(4) } });
    fake.edit.select("Other", "A1");
    expect((await checkActiveSheet()).ok).toBe(true);
    expect((fake.settings()[WRITTEN] as unknown[]).length).toBe(2);
    expect((await clearResults()).ok).toBe(true);
    expect(fake.snapshot("Cables")).toEqual(before);
  });
});

describe("classifyLegacyCells: which cells of a version 1 record are the add-in's", () => {
  const red = STATUS_FILL.ERROR;
  const finding = "ERROR mpo-gender: both ends male";
  it.each([
    ["status, findings and recommendation as written", ["ERROR", finding, "MPO-12 female, Type B"], red, ["ours", "ours", "ours"]],
    ["status retyped (fill still red): the row is the user's, its findings still read as findings", ["OK", finding, "MPO-12 female"], red, ["user", "ours", "user"]],
    ["a note typed in the findings cell", ["ERROR", "ERROR fixed: swapped on site", ""], red, ["ours", "user", "empty"]],
    ["a note appended to the findings", ["ERROR", `${finding}; swapped 3 May`, ""], red, ["ours", "user", "empty"]],
    ["findings less severe than the status", ["ERROR", "WARNING reach-margin: 2 m left", ""], red, ["ours", "user", "empty"]],
    ["a status without its fill", ["ERROR", finding, "x"], null, ["user", "ours", "user"]],
  ] as const)("%s", (_, row, fill, kinds) => {
    expect(classifyLegacyCells([row], [fill])).toEqual([kinds]);
  });
});
