// The user's own edits and what real Excel does that a naive fake would not: every case here
// lost or mis-wrote the user's cells before the adapter handled it.
import { OWNED_HEADERS, STATUS_FILL, lastUsedColumnOf, planOwnedColumns } from "../../src/core";
import { checkActiveSheet, clearResults } from "../../src/excel";
import { CellValue, FakeOffice, FakeSeed, installFakeOffice, parseAddress } from "./fake-excel";
import { HEADER, cableRows, schedule } from "./schedules";

const install = (seed: FakeSeed): FakeOffice => installFakeOffice(globalThis, seed);
const WRITTEN = "connectorCheck.written";

/** Runs `edit` once, before the first sync of the given stage. */
function duringStage(fake: FakeOffice, stage: string, edit: () => void) {
  let current = "";
  let done = false;
  fake.onBeforeSync(() => {
    if (!done && current === stage) {
      done = true;
      edit();
    }
  });
  return { onProgress: (p: { stage: string }) => void (current = p.stage) };
}

describe("edits between the read and the write", () => {
  it("an edit to any checked cell, not only the key column, stops the write", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(50) } } });
    const before = fake.snapshot("Cables");
    // Row 20 becomes SC simplex, 10GBASE-SR on OS2: the check read the old row.
    const hook = duringStage(fake, "checking", () => fake.edit.setValues("Cables", "D20:H20", [["SC simplex", "SC simplex", "OS2", 30, "10GBASE-SR"]]));
    const outcome = await checkActiveSheet(hook);
    expect(outcome).toMatchObject({ ok: false, reason: "changed" });
    expect(!outcome.ok && outcome.message).toMatch(/D20/);
    const after = fake.snapshot("Cables");
    expect(after.values.I20).toBeUndefined();
    expect(Object.keys(after.values).filter((k) => /^[IJK]\d+$/.test(k))).toEqual([]);
    expect(after.values.D20).toBe("SC simplex");
    expect(before.values.A20).toBe(after.values.A20);
  });

  it("text typed into a later block's owned cell during the write is left, reported, and nothing else stays written", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(600) } }, requestLimitBytes: 40_000 });
    let typed = false;
    let current = "";
    fake.onBeforeSync(() => {
      if (current === "writing" && !typed) {
        typed = true;
        fake.edit.setValues("Cables", "J590", [["walked 3 May, see photo"]]);
      }
    });
    const outcome = await checkActiveSheet({ onProgress: (p) => void (current = p.stage) });
    expect(outcome).toMatchObject({ ok: false, reason: "changed" });
    expect(!outcome.ok && outcome.message).toMatch(/J590/);
    expect(fake.values("Cables", "J590:J590")[0][0]).toBe("walked 3 May, see photo");
    // What the run had written is removed again; the user's cell stays.
    const owned = Object.entries(fake.snapshot("Cables").values).filter(([k]) => /^[IJK]\d+$/.test(k));
    expect(owned.length === 1 ? owned : `${owned.length} owned cells left; ${!outcome.ok && outcome.message}`).toEqual([["J590", "walked 3 May, see photo"]]);
  });
});

describe("Clear removes only what is still the add-in's", () => {
  it("keeps a note typed into a findings cell and WAIVED typed into a status cell, and lists them", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(12) } } });
    const before = fake.snapshot("Cables");
    expect((await checkActiveSheet()).ok).toBe(true);
    fake.edit.setValues("Cables", "J4", [["checked on site: fine"]]);
    fake.edit.setValues("Cables", "I6", [["WAIVED"]]);
    const cleared = await clearResults();
    expect(cleared.ok).toBe(false);
    expect(cleared.message).toMatch(/I6/);
    expect(cleared.message).toMatch(/J4/);
    const after = fake.snapshot("Cables");
    expect(after.values.J4).toBe("checked on site: fine");
    expect(after.values.I6).toBe("WAIVED");
    const rest = Object.entries(after.values).filter(([k]) => /^[IJK]\d+$/.test(k)).map(([k]) => k);
    expect(rest.sort()).toEqual(["I6", "J4"]);
    // A second Clear after the user removes their notes clears the rest.
    fake.edit.setValues("Cables", "J4", [[""]]);
    fake.edit.setValues("Cables", "I6", [[""]]);
    expect((await clearResults()).ok).toBe(true);
    expect({ ...fake.snapshot("Cables"), fills: {} }).toEqual({ ...before, fills: {} });
  });

  it("a status cell retyped to another status (ERROR to OK) is the user's: its fill still says ERROR", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(8) } } });
    await checkActiveSheet();
    expect(fake.values("Cables", "I2:I2")[0][0]).toBe("ERROR");
    fake.edit.setValues("Cables", "I2", [["OK"]]);
    const cleared = await clearResults();
    expect(cleared.message).toMatch(/I2\b/);
    expect(fake.values("Cables", "I2:I2")[0][0]).toBe("OK");
    expect(fake.fill("Cables", "I2")).toBe(STATUS_FILL.ERROR.toUpperCase());
    expect(fake.values("Cables", "I3:I3")[0][0]).toBe("");
  });
});

describe("the owned columns' mark survives inserts, deletes, sorts and reopening", () => {
  const check = async () => expect((await checkActiveSheet()).ok).toBe(true);
  const ownedCells = (fake: FakeOffice) => Object.keys(fake.snapshot("Cables").values).filter((k) => /^[IJK]\d+$/.test(k));

  it("rows inserted and deleted inside the schedule: Clear removes every result and says how many", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(20) } } });
    await check();
    fake.edit.insertRows("Cables", 5, 3);
    fake.edit.setValues("Cables", "A5:H5", [cableRows(1, 900)[0]]);
    fake.edit.deleteRows("Cables", 12, 2);
    const cleared = await clearResults();
    expect(cleared).toMatchObject({ ok: true });
    // 20 rows written, 2 of them deleted since; the 3 inserted rows had nothing of the add-in's.
    expect(cleared.message).toMatch(/18 rows/);
    expect(ownedCells(fake)).toEqual([]);
    expect(fake.snapshot("Cables").fills).toEqual({});
    expect(fake.names()).toEqual({});
  });

  it("a sort of the whole sheet, then Clear: the sheet as it was, sorted", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(15) } } });
    await check();
    fake.edit.sortRows("Cables", "A2:K16", "A", true);
    expect((await clearResults()).ok).toBe(true);
    expect(ownedCells(fake)).toEqual([]);
    expect(fake.values("Cables", "A2:A2")[0][0]).toBe("C-000015");
  });

  it("after a reopen (every sheet id renumbered) a re-run reuses its columns and Clear still removes them", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(10) }, Notes: { values: [["x"]] } } });
    const before = fake.snapshotAll();
    await check();
    const first = fake.snapshot("Cables");
    fake.reopen();
    await check();
    expect(fake.snapshot("Cables")).toEqual(first);
    expect(fake.values("Cables", "L1:N1")).toEqual([["", "", ""]]);
    fake.reopen();
    expect((await clearResults()).ok).toBe(true);
    expect(fake.snapshotAll()).toEqual(before);
  });

  it("a record whose cells were undone (Ctrl+Z) is dropped by Clear, and a re-run writes afresh", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(10) } }, requirementSets: { ExcelApi: "1.20" } });
    const before = fake.snapshot("Cables");
    fake.trackUndo();
    await check();
    // With mergeUndoGroup (ExcelApi 1.20) one Check is one undo step.
    expect(fake.undoSteps()).toBe(1);
    fake.undo();
    expect(fake.snapshot("Cables")).toEqual(before);
    const cleared = await clearResults();
    expect(cleared.ok).toBe(true);
    expect(fake.settings()[WRITTEN]).toBeUndefined();
    await check();
    expect(fake.values("Cables", "I1:K1")).toEqual([[...OWNED_HEADERS]]);
  });

  it("without ExcelApi 1.20 each sync is its own undo step; undoing only some of them still leaves Clear exact", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(600) } }, requestLimitBytes: 40_000, requirementSets: { ExcelApi: "1.17" } });
    const before = fake.snapshot("Cables");
    fake.trackUndo();
    await check();
    expect(fake.undoSteps()).toBeGreaterThan(2);
    fake.undo();
    fake.undo();
    expect((await clearResults()).ok).toBe(true);
    expect(fake.snapshot("Cables")).toEqual(before);
  });
});

describe("cell edit mode", () => {
  it("a Check that meets the user typing in a cell waits (delayForCellEdit) instead of leaving half the results", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(600) } }, requestLimitBytes: 40_000 });
    let current = "";
    let started = false;
    fake.onBeforeSync(() => {
      if (current === "writing" && !started) {
        started = true;
        fake.edit.startCellEdit();
      }
    });
    const outcome = await checkActiveSheet({ onProgress: (p) => void (current = p.stage) });
    expect(outcome.ok).toBe(true);
    expect(fake.values("Cables", "I601:I601")[0][0]).toMatch(/^(OK|INFO|WARNING|ERROR)$/);
  });
});

describe("tables", () => {
  const seed = (extra: Partial<FakeSeed["tables"] extends (infer T)[] | undefined ? T : never> = {}): FakeSeed => ({
    sheets: { Plant: { values: [HEADER, ...cableRows(10), ["Total", "", "", "", "", "", 999, ""]] } },
    tables: [{ name: "Trunks", sheet: "Plant", address: "A1:H12", showTotals: true, ...extra }],
    selection: "B3",
  });

  it("a shown totals row is not checked, annotated or filled", async () => {
    const fake = install(seed());
    const before = fake.snapshot("Plant");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, result: { rows: expect.any(Array) } });
    if (!outcome.ok) return;
    expect(outcome.result.rows.map((r) => r.row)).not.toContain(12);
    expect(fake.values("Plant", "I12:K12")).toEqual([["", "", ""]]);
    expect(fake.fill("Plant", "I12")).toBeNull();
    await clearResults();
    expect(fake.snapshot("Plant")).toEqual(before);
  });

  it("a table with its header row hidden: nothing added, on this run or the next", async () => {
    const fake = install({
      sheets: { Plant: { values: cableRows(10) } },
      tables: [{ name: "Trunks", sheet: "Plant", address: "A1:H10", showHeaders: false, columnNames: HEADER }],
      selection: "B3",
    });
    const before = fake.snapshot("Plant");
    for (let i = 0; i < 2; i++) {
      const outcome = await checkActiveSheet();
      expect(outcome).toMatchObject({ ok: false });
      expect(!outcome.ok && outcome.message).toMatch(/Header Row/);
    }
    expect(fake.tables()[0].columns).toEqual(HEADER);
    expect(fake.snapshot("Plant")).toEqual(before);
  });

  it("data right of a table's totals row stops the Check: adding columns would move it", async () => {
    const s = seed();
    (s.sheets.Plant.values as CellValue[][])[11][12] = "spare reel: 2";
    const fake = install(s);
    const before = fake.snapshot("Plant");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: false, reason: "no-room" });
    expect(!outcome.ok && outcome.message).toMatch(/M12/);
    expect(fake.snapshot("Plant")).toEqual(before);
  });

  it("cells right of a table holding only formatting: the Check says they moved with the table, and Clear moves them back", async () => {
    const s = seed();
    // A shaded notes column next to the table and one formatted cell in its totals row.
    s.sheets.Plant.fills = [{ address: "I1:I11", color: "#EEEEEE" }, { address: "N12", color: "#FF0000" }];
    s.sheets.Plant.numberFormats = [{ address: "J5", format: "0.00" }];
    const fake = install(s);
    const before = fake.snapshot("Plant");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, notice: expect.stringMatching(/only formatting \(up to column N\) moved three columns right/) });
    expect(fake.fill("Plant", "L1")).toBe("#EEEEEE");
    expect(fake.fill("Plant", "Q12")).toBe("#FF0000");
    expect((await clearResults()).ok).toBe(true);
    expect(fake.snapshot("Plant")).toEqual(before);
  });

  it("OperationCellsExceedLimit from adding table columns: a clear message, the table as before", async () => {
    const s = seed({ showTotals: false });
    // Formatted-only cells right of the table count: Excel shifts them too.
    s.sheets.Plant.fills = [{ address: "Z1:Z12", color: "#EEEEEE" }];
    const fake = install({ ...s, platform: "OfficeOnline" });
    fake.setLimits({ operationCells: 100 });
    const before = fake.snapshot("Plant");
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: false, reason: "no-room" });
    expect(!outcome.ok && outcome.message).toMatch(/column Z/);
    expect(fake.snapshot("Plant")).toEqual(before);
  });
});

describe("selection, screen updating and calculation", () => {
  it("several ranges selected: the used range is checked, and the notice says so", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(6) } } });
    fake.edit.selectAreas("Cables", ["A2:A3", "C5:D6"]);
    const outcome = await checkActiveSheet();
    expect(outcome).toMatchObject({ ok: true, target: { address: "A1:H7" }, notice: expect.stringMatching(/several ranges/i) });
  });

  it("screen updating is suspended once per Check, and calculation is always recalculated after it was suspended", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(600) } }, requestLimitBytes: 40_000 });
    expect((await checkActiveSheet()).ok).toBe(true);
    expect(fake.suspended().screenUpdating).toBe(1);
    expect(fake.calculationPending()).toBe(false);
    // A failed write too.
    const f2 = install({ sheets: { Cables: { values: schedule(600) } }, requestLimitBytes: 40_000 });
    const controller = new AbortController();
    const outcome = await checkActiveSheet({ signal: controller.signal, onProgress: (p) => p.stage === "writing" && p.done > 0 && controller.abort() });
    expect(outcome).toMatchObject({ ok: false, reason: "cancelled" });
    expect(f2.suspended().calculation).toBeGreaterThan(0);
    expect(f2.calculationPending()).toBe(false);
  });
});

describe("settings", () => {
  it("a co-author's record saved meanwhile is kept (refreshAsync before read-modify-write)", async () => {
    const fake = install({ sheets: { Cables: { values: schedule(6) }, Other: { values: schedule(4) } } });
    expect((await checkActiveSheet()).ok).toBe(true);
    const ours = fake.settings()[WRITTEN] as unknown[];
    // A co-author checks sheet Other and saves their settings: our in-memory copy is stale.
    fake.edit.coauthorSaveSettings({ [WRITTEN]: [...ours, { ...(ours[0] as object), sheetName: "Other", mark: "ConnectorCheck_coauthor" }] });
    fake.edit.setValues("Cables", "A2", [["C-1"]]);
    expect((await checkActiveSheet()).ok).toBe(true);
    const marks = (fake.settings()[WRITTEN] as { mark?: string }[]).map((r) => r.mark);
    expect(marks).toContain("ConnectorCheck_coauthor");
  });

  it("the record of a 100,000-row check with alternating fills stays small", async () => {
    const rows = 100_000;
    const fills = Array.from({ length: rows / 2 }, (_, i) => ({ address: `I${2 + 2 * i}`, color: "#FFF2CC" }));
    const fake = install({ sheets: { Cables: { values: schedule(rows), fills } } });
    expect((await checkActiveSheet()).ok).toBe(true);
    expect(JSON.stringify(fake.settings()[WRITTEN]).length).toBeLessThan(400_000);
    // Seconds of work that now yields to the event loop, so jest's timer can fire meanwhile.
  }, 120_000);
});

// Property: random grids, user cells anywhere; the adapter changes only its own cells, and
// Clear puts back the exact sheet.
describe("nothing lost (property)", () => {
  const rand = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
  const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;

  it("for random sheets the user's values and formulas are untouched, results land right of everything, and Clear restores the sheet", async () => {
    for (let n = 0; n < 40; n++) {
      const random = rand(n + 1);
      const rowsN = 3 + Math.floor(random() * 12);
      const values: CellValue[][] = schedule(rowsN).map((r) => [...r]);
      const formulas: Record<string, string> = {};
      const merges: string[] = [];
      // User cells right of the header, in long rows, some formulas, a merge or two.
      for (let k = 0; k < 6; k++) {
        const r = Math.floor(random() * (rowsN + 1));
        const c = 8 + Math.floor(random() * 8);
        values[r][c] = random() < 0.5 ? `note ${n}-${k}` : Math.floor(random() * 100);
        if (random() < 0.3) formulas[a1(r, c)] = `=G${r + 1}*2`;
      }
      if (random() < 0.6) {
        const r = Math.floor(random() * rowsN);
        const c = 10 + Math.floor(random() * 8);
        merges.push(`${a1(r, c)}:${a1(r + 1, c + 1)}`);
      }
      const fake = install({ sheets: { S: { values, formulas, merges } } });
      const before = fake.snapshot("S");
      const outcome = await checkActiveSheet();
      expect(outcome.ok).toBe(true);
      const after = fake.snapshot("S");
      for (const [cell, v] of Object.entries(before.values)) expect([cell, after.values[cell]]).toEqual([cell, v]);
      expect(after.formulas).toEqual(before.formulas);
      expect(after.merges).toEqual(before.merges);
      // The same placement core gives the command line for this grid.
      const header = fake.values("S", "A1:Z1")[0];
      const original = Array.from({ length: rowsN + 1 }, (_, r) => Array.from({ length: 26 }, (_, c) => before.values[a1(r, c)] ?? ""));
      const mergeAreas = merges.map((m) => {
        const g = parseAddress(m).geo;
        return { r: g.r, c: g.c, rows: g.rows, cols: g.cols };
      });
      const cli = planOwnedColumns(original[0], undefined, { lastUsedColumn: lastUsedColumnOf(original), merges: mergeAreas, rows: { first: 0, last: rowsN } });
      expect(header.slice(cli.columns[0], cli.columns[0] + 3)).toEqual([...OWNED_HEADERS]);
      expect((await clearResults()).ok).toBe(true);
      expect(fake.snapshot("S")).toEqual(before);
    }
  });
});
