// The Excel adapter against the in-memory fake: what it reads, what it writes, that it writes
// nothing when it should not, and that Clear puts every cell back.
import { OWNED_HEADERS, STATUS_FILL, checkSchedule } from "../../src/core";
import { checkActiveSheet, clearResults, loadColumnCorrections, saveColumnCorrections, selectCell } from "../../src/excel";
import type { Progress } from "../../src/excel";
import { CellValue, FakeOffice, FakeSeed, SheetSnapshot, installFakeOffice } from "./fake-excel";
import { HEADER, cableRows, schedule } from "./schedules";

const install = (seed: FakeSeed): FakeOffice => installFakeOffice(globalThis, seed);
const MB = 1024 * 1024;

/** The snapshot with the given columns left out, to show nothing outside them changed. */
function without(s: SheetSnapshot, letters: string[]): SheetSnapshot {
  const keep = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([k]) => !letters.includes(k.replace(/\d+$/, ""))));
  return { ...s, values: keep(s.values), fills: keep(s.fills), numberFormats: keep(s.numberFormats), columnWidths: keep(s.columnWidths) };
}

describe("checkActiveSheet on a plain sheet", () => {
  it("writes status, findings and recommendation right of the schedule, fills status by severity, and changes nothing else", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(8) } } });
    const before = fake.snapshot("Cables");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, target: { sheetName: "Cables", address: "A1:H9", firstRow: 1, firstColumn: 0, rows: 9 } });
    if (!outcome.ok) return;
    expect(outcome.notice).toBeUndefined();
    // The engine's own verdicts, computed independently from the same grid.
    const expected = checkSchedule(schedule(8));
    expect(fake.values("Cables", "I1:K1")).toEqual([[...OWNED_HEADERS]]);
    expect(fake.values("Cables", "I2:I9").map((r) => r[0])).toEqual(expected.rows.map((r) => r.status));
    for (const r of expected.rows) expect(fake.fill("Cables", `I${r.row}`)).toBe(STATUS_FILL[r.status].toUpperCase());
    // Row 2 is the SR4 channel on OM3 at 300 m.
    expect(fake.values("Cables", "J2:J2")[0][0]).toMatch(/^ERROR reach: /);
    expect(fake.values("Cables", "K2:K2")[0][0]).toMatch(/70 m reach of 100GBASE-SR4 on OM3/);
    const after = fake.snapshot("Cables");
    // The owned columns carry a workbook-scoped name, so Clear finds them after inserts and sorts.
    expect(Object.values(after.names)).toEqual(["I1:K9"]);
    expect(without({ ...after, names: {} }, ["I", "J", "K"])).toEqual(without(before, ["I", "J", "K"]));
    // Findings columns are widened for reading; nothing else.
    expect(Object.keys(after.columnWidths)).toEqual(["I", "J", "K"]);
    expect(fake.suspended().calculation).toBeGreaterThan(0);
    expect(fake.suspended().screenUpdating).toBeGreaterThan(0);
  });

  it("a second run leaves the sheet exactly as the first did", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(12) } } });
    expect((await checkActiveSheet()).ok).toBe(true);
    const first = fake.snapshot("Cables");
    expect((await checkActiveSheet()).ok).toBe(true);
    expect(fake.snapshot("Cables")).toEqual(first);
    // One record, reused, not a second set of columns.
    expect(fake.values("Cables", "L1:N1")).toEqual([["", "", ""]]);
  });

  it("Clear restores every cell, fill and column width, with the header below a title and a pre-filled target column", async () => {
    const values: CellValue[][] = [["Hall 3 fibre schedule, rev C"], [], HEADER, ...cableRows(20)];
    const fake = install({
      sheets: {
        Cables: { values, fills: [{ address: "I1:I40", color: "#FFF2CC" }, { address: "I7", color: "#FF0000" }], columnWidths: { J: 30, K: 500 } },
        Notes: { values: [["untouched"]] },
      },
    });
    const before = fake.snapshotAll();
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, target: { firstRow: 1 } });
    expect(fake.values("Cables", "I3:K3")).toEqual([[...OWNED_HEADERS]]);
    expect(fake.snapshot("Cables")).not.toEqual(before.Cables);
    // A narrow column is widened, a wide one left alone.
    expect(fake.columnWidth("Cables", "J")).toBeGreaterThan(30);
    expect(fake.columnWidth("Cables", "K")).toBe(500);
    const cleared = await clearResults();
    expect(cleared.ok).toBe(true);
    expect(fake.snapshotAll()).toEqual(before);
    expect(fake.settings()["connectorCheck.written"]).toBeUndefined();
  });

  it("Clear after two runs also restores the original sheet", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(10), fills: [{ address: "I5", color: "#00FF00" }] } } });
    const before = fake.snapshot("Cables");
    await checkActiveSheet();
    await checkActiveSheet();
    await clearResults();
    expect(fake.snapshot("Cables")).toEqual(before);
  });
});

describe("checkActiveSheet on a table", () => {
  const seed = (): FakeSeed => ({
    sheets: { Plant: { values: [["Site: DC2, hall B"], [], HEADER, ...cableRows(15), [], ["Prepared by: layer 1 team"]] } },
    tables: [{ name: "Trunks", sheet: "Plant", address: "A3:H18" }],
    selection: "C7",
  });

  it("adds three table columns, and Clear deletes them so the table and sheet are as before", async () => {
    const fake = install(seed());
    const before = fake.snapshot("Plant");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, target: { tableName: "Trunks", address: "A3:H18", firstRow: 3 } });
    expect(fake.tables()[0]).toMatchObject({ address: "A3:K18", columns: [...HEADER, ...OWNED_HEADERS] });
    // Rows outside the table are not annotated.
    expect(fake.values("Plant", "I20:K20")).toEqual([["", "", ""]]);
    const second = fake.snapshot("Plant");
    await checkActiveSheet();
    expect(fake.snapshot("Plant")).toEqual(second);
    await clearResults();
    expect(fake.snapshot("Plant")).toEqual(before);
  });

  it("refuses, writing nothing, when data right of the table would be moved by new table columns", async () => {
    const s = seed();
    s.sheets.Plant.values![5][12] = "spare: 2 x MPO-24";
    const fake = install(s);
    const before = fake.snapshot("Plant");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: false, reason: "no-room" });
    expect(!outcome.ok && outcome.message).toMatch(/M6/);
    expect(fake.snapshot("Plant")).toEqual(before);
  });
});

describe("reading", () => {
  it("uses the selection when it spans several rows, clipped to the used range", async () => {
    const fake = install({ sheets: { S: { values: [...schedule(6), [], ["Other block"], ...schedule(3)] } }, selection: "A1:H7" });
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, target: { address: "A1:H7", rows: 7 } });
    expect(fake.values("S", "I9:I12").flat()).toEqual(["", "", "", ""]);
  });

  it("selecting whole columns reads only the used rows", async () => {
    install({ sheets: { S: { values: schedule(5) } }, selection: "A:H" });
    expect(await checkActiveSheet()).toMatchObject({ ok: true, target: { address: "A1:H6" } });
  });

  it("a 100,000-row schedule is read and annotated in a bounded number of syncs, no request or response over 5 MB", async () => {
    const rows = 100_000;
    const fake = install({ sheets: { Cables: { values: schedule(rows) } } });
    const stages = new Set<string>();
    const outcome = await checkActiveSheet({ onProgress: (p) => stages.add(p.stage) });
    expect(outcome.ok).toBe(true);
    const s = fake.stats();
    expect(s.maxRequestBytes).toBeLessThanOrEqual(5 * MB);
    expect(s.maxResponseBytes).toBeLessThanOrEqual(5 * MB);
    expect(s.failedSyncs).toBe(0);
    // Bound: up to 2 syncs to find the schedule, 1 sample + row blocks of at most ~3 MB of
    // response each (4 MB budget over a 1.5x-padded per-row estimate), the same blocks again
    // before writing (every cell the check read is compared, so an edit made meanwhile is
    // caught), 1 look at the target cells, then write blocks of at most 4 MB (3.5 MB allows for
    // rows not packing exactly). The syncs grow with the 5 MB blocks only: per-row round trips
    // would be 100,000+, so 24 stays a fixed ceiling for this schedule.
    const readBytes = s.responseBytes.reduce((a, b) => a + b, 0);
    const writeBytes = s.requestBytes.reduce((a, b) => a + b, 0);
    const bound = 2 + 1 + Math.ceil(readBytes / 3_000_000) + 1 + 1 + Math.ceil(writeBytes / 3_500_000);
    expect(s.syncs).toBeLessThanOrEqual(bound);
    expect(s.syncs).toBeLessThanOrEqual(24);
    // No per-cell or per-row proxies: a few per sync.
    expect(s.proxies).toBeLessThan(200);
    expect(fake.values("Cables", `I${rows + 1}:I${rows + 1}`)[0][0]).toBe(checkSchedule(schedule(4)).rows[(rows - 1) % 4].status);
    expect([...stages]).toEqual(["reading", "checking", "writing"]);
    // Seconds of work that now yields to the event loop, so jest's timer can fire meanwhile.
  }, 120_000);

  it("an ordinary schedule is read in one sync", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(2000) } } });
    const reads: number[] = [];
    let stage = "";
    fake.onBeforeSync((n) => stage === "reading" && reads.push(n));
    await checkActiveSheet({ onProgress: (p) => void (stage = p.stage) });
    // Syncs that happened while the reading stage was current: the values read (the progress
    // callback says "reading" before it is queued and "checking" once the engine runs).
    expect(reads).toHaveLength(1);
  });
});

describe("writing nothing when it must not", () => {
  it("an edit between read and write aborts the write", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(50) } } });
    const before = fake.snapshot("Cables");
    let stage = "";
    fake.onBeforeSync(() => {
      if (stage === "checking") {
        // A colleague sorts or retypes a cable ID while the check runs.
        fake.edit.setValues("Cables", "A20", [["C-999999"]]);
        fake.onBeforeSync(undefined);
      }
    });
    const outcome = await checkActiveSheet({ onProgress: (p) => void (stage = p.stage) });
    expect(outcome).toMatchObject({ ok: false, reason: "changed" });
    expect(!outcome.ok && outcome.message).toMatch(/A20.*C-000019.*C-999999/);
    const after = fake.snapshot("Cables");
    expect(after.values.A20).toBe("C-999999");
    expect({ ...after, values: { ...after.values, A20: before.values.A20 } }).toEqual(before);
    expect(fake.settings()["connectorCheck.written"]).toBeUndefined();
  });

  it("a filter applied between read and write aborts the write", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(30) } } });
    const before = fake.snapshot("Cables");
    let stage = "";
    fake.onBeforeSync(() => stage === "checking" && fake.edit.hideRows("Cables", [5, 6]));
    const outcome = await checkActiveSheet({ onProgress: (p) => void (stage = p.stage) });
    expect(outcome).toMatchObject({ ok: false, reason: "changed" });
    expect({ ...fake.snapshot("Cables"), hiddenRows: [] }).toEqual(before);
  });

  it("a protected sheet: findings returned, nothing written", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(10), protected: true } } });
    const before = fake.snapshot("Cables");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: false, reason: "protected", result: { ok: true } });
    expect(!outcome.ok && outcome.message).toMatch(/protected/);
    expect(fake.snapshot("Cables")).toEqual(before);
  });

  it("a missing requirement set: a message naming it, no Excel call at all", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(10) } }, requirementSets: { ExcelApi: "1.8" } });
    const before = fake.snapshot("Cables");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: false, reason: "requirements" });
    expect(!outcome.ok && outcome.message).toMatch(/ExcelApi 1\.9/);
    expect(fake.stats().syncs).toBe(0);
    expect(fake.snapshot("Cables")).toEqual(before);
  });

  it("no header row: the engine's message, nothing written", async () => {
    const fake = install({ sheets: { S: { values: cableRows(10) } } });
    const before = fake.snapshot("S");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: false, reason: "no-header" });
    expect(!outcome.ok && outcome.message).toMatch(/No header row/);
    expect(fake.snapshot("S")).toEqual(before);
  });

  it("no connector or application column: a message, nothing written", async () => {
    const fake = install({ sheets: { S: { values: schedule(5) } } });
    const before = fake.snapshot("S");
    // The user told the pane none of the columns is a connector or the application.
    expect(await checkActiveSheet({ columns: { connectorA: null, connectorB: null, application: null } })).toMatchObject({ ok: false, reason: "no-connector-or-application" });
    expect(fake.snapshot("S")).toEqual(before);
  });

  it("an empty sheet", async () => {
    install({ sheets: { S: {} } });
    expect(await checkActiveSheet()).toMatchObject({ ok: false, reason: "empty" });
  });

  it("cancelled mid-write: rolled back, the sheet as before", async () => {
    // A small request limit forces several write blocks.
    const fake = install({ sheets: { Cables: { values: schedule(600) } }, requestLimitBytes: 40_000 });
    const before = fake.snapshot("Cables");
    const controller = new AbortController();
    const seen: Progress[] = [];
    const outcome = await checkActiveSheet({
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.stage === "writing" && p.done > 0) controller.abort();
      },
    });
    expect(outcome).toMatchObject({ ok: false, reason: "cancelled" });
    expect(!outcome.ok && outcome.message).toMatch(/removed/);
    expect(seen.some((p) => /^Writing block \d+ of \d+$/.test(p.text))).toBe(true);
    expect(fake.snapshot("Cables")).toEqual(before);
    expect(fake.settings()["connectorCheck.written"]).toBeUndefined();
  });

  it("cancelled before writing: nothing written", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(20) } } });
    const before = fake.snapshot("Cables");
    const controller = new AbortController();
    const outcome = await checkActiveSheet({ signal: controller.signal, onProgress: (p) => p.stage === "checking" && controller.abort() });
    expect(outcome).toMatchObject({ ok: false, reason: "cancelled", message: "Cancelled: nothing was written." });
    expect(fake.snapshot("Cables")).toEqual(before);
  });
});

describe("literal text and the user's own columns", () => {
  it("formula-like text in the user's data comes back only as literal text", async () => {
    const rows = schedule(6);
    rows[2][3] = '=HYPERLINK("http://evil.example","MPO")';
    rows[3][7] = "+cmd|' /C calc'!A0";
    rows[4][1] = "@SUM(1+1)";
    const fake = install({ sheets: { S: { values: rows } } });
    const outcome = await checkActiveSheet();
    expect(outcome.ok).toBe(true);
    expect(fake.formulaWrites()).toEqual([]);
    const written = fake.values("S", "I1:K7").flat().map(String);
    for (const text of written) expect(/^[=+\-@]/.test(text)).toBe(false);
    // The hyperlink text is quoted inside the findings, never a formula of its own.
    expect(written.some((t) => t.includes("HYPERLINK"))).toBe(true);
  });

  it("a column of the user's already headed \"Check status\" is never overwritten; the notice says where results went", async () => {
    const rows = schedule(6).map((r, i) => [...r, i === 0 ? "Check status" : i % 2 ? "walked 3 May" : "pending"]);
    const fake = install({ sheets: { S: { values: rows } } });
    const before = fake.snapshot("S");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, notice: expect.stringMatching(/Check status 2/) });
    expect(fake.values("S", "I1:I7")).toEqual(rows.map((r) => [r[8]]));
    expect(fake.values("S", "J1:L1")).toEqual([["Check status 2", "Check findings 2", "Check recommendation 2"]]);
    await clearResults();
    expect(fake.snapshot("S")).toEqual(before);
  });

  it("moves right past data sitting under an empty header", async () => {
    const rows = schedule(4).map((r, i) => [...r, i === 2 ? "see note" : ""]);
    const fake = install({ sheets: { S: { values: rows } } });
    const outcome = await checkActiveSheet();
    // Right of every cell the user has (core's placement, shared with the command line).
    expect(outcome).toMatchObject({ ok: true, notice: expect.stringMatching(/right of the header/) });
    expect(fake.values("S", "I3:L3")[0][0]).toBe("see note");
    expect(fake.values("S", "J1:L1")).toEqual([[...OWNED_HEADERS]]);
  });
});

describe("payload limits", () => {
  it("a block refused with RequestPayloadSizeLimitExceeded is retried in smaller blocks and all rows are written", async () => {
    const limit = 100_000;
    const fake = install({ sheets: { Cables: { values: schedule(3000) } }, requestLimitBytes: limit });
    const outcome = await checkActiveSheet();
    expect(outcome.ok).toBe(true);
    const s = fake.stats();
    expect(s.rejected.length).toBeGreaterThan(0);
    expect(s.rejected.every((r) => r.code === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(s.maxRequestBytes).toBeLessThanOrEqual(limit);
    const expected = checkSchedule(schedule(3000)).rows.map((r) => r.status);
    expect(fake.values("Cables", "I2:I3001").map((r) => r[0])).toEqual(expected);
    // Smaller blocks are kept after the first refusal: far fewer refusals than blocks.
    expect(s.rejected.length).toBeLessThan(12);
  });

  it("a read refused with ResponsePayloadSizeLimitExceeded is read again in blocks", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(3000) } }, responseLimitBytes: 150_000 });
    expect((await checkActiveSheet()).ok).toBe(true);
    expect(fake.stats().rejected.some((r) => r.code === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.values("Cables", "I3001:I3001")[0][0]).toMatch(/^(OK|INFO|WARNING|ERROR)$/);
  });
});

describe("settings and selection", () => {
  it("column corrections round-trip through document settings", async () => {
    const fake = install({ sheets: { S: {} } });
    expect(loadColumnCorrections()).toBeUndefined();
    await saveColumnCorrections({ connectorA: 3, application: "Service", fiberType: null });
    expect(loadColumnCorrections()).toEqual({ connectorA: 3, application: "Service", fiberType: null });
    expect(fake.settings()["connectorCheck.columns"]).toBeDefined();
    await saveColumnCorrections(undefined);
    expect(loadColumnCorrections()).toBeUndefined();
  });

  it("selectCell activates the sheet and selects the cell", async () => {
    const fake = install({ sheets: { A: {}, B: {} } });
    await selectCell("B", 12, 3);
    expect(fake.selection()).toEqual({ sheet: "B", address: "D12" });
  });
});
