// The fake must behave like Excel where the adapter depends on it; otherwise the adapter's
// tests would prove nothing. These pin the load/sync rules, limits and table shifting.
import { createFakeOffice } from "./fake-excel";

type Ctx = Excel.RequestContext;
const seed = () =>
  createFakeOffice({
    sheets: {
      Cables: { values: [["Cable ID", "Connector A"], ["C-001", "MPO-12 female"]], at: "B2", fills: [{ address: "C3", color: "#ff0000" }] },
      Other: {},
    },
    tables: [],
  });
const run = <T>(fake: ReturnType<typeof seed>, fn: (ctx: Ctx) => Promise<T>) => fake.Excel.run(fn as never) as Promise<T>;

describe("fake Excel request context", () => {
  it("throws when a property is read before load and sync, and delivers values at sync", async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Cables").getRange("B2:C3");
      expect(() => r.values).toThrow(/not available/);
      r.load("values,address");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([["Cable ID", "Connector A"], ["C-001", "MPO-12 female"]]);
      expect(r.address).toBe("Cables!B2:C3");
      expect(() => r.rowCount).toThrow(/rowCount/);
    });
    expect(fake.stats().syncs).toBe(1);
  });

  it("applies writes at sync, in order, and reads see earlier writes of the same batch", async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Cables");
      const r = ws.getRange("D2:D3");
      r.values = [["x"], ["y"]];
      expect(fake.values("Cables", "D2:D3")).toEqual([[""], [""]]);
      const used = ws.getUsedRange(true).load("address");
      await ctx.sync();
      expect(used.address).toBe("Cables!B2:D3");
    });
    expect(fake.values("Cables", "D2:D3")).toEqual([["x"], ["y"]]);
  });

  it("rejects a sync whose request exceeds the limit, applying none of it", async () => {
    const fake = createFakeOffice({ sheets: { S: {} }, requestLimitBytes: 1000 });
    const before = fake.snapshot("S");
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A2").values = [["small"], ["x".repeat(2000)]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.snapshot("S")).toEqual(before);
    expect(fake.stats().rejected).toHaveLength(1);
  });

  it("reports no-fill as #FFFFFF / None, mixed as null, and a null object for an empty used range", async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Cables");
      const mixed = ws.getRange("C2:C3").format.fill.load("color,pattern");
      const none = ws.getRange("B2:B3").format.fill.load("color,pattern");
      const empty = ctx.workbook.worksheets.getItem("Other").getUsedRangeOrNullObject(true);
      expect(() => empty.isNullObject).toThrow();
      await ctx.sync();
      expect([mixed.color, mixed.pattern]).toEqual([null, null]);
      expect([none.color, none.pattern]).toEqual(["#FFFFFF", "None"]);
      expect(empty.isNullObject).toBe(true);
    });
  });

  it("adds and deletes table columns by shifting cells within the table's rows", async () => {
    const fake = createFakeOffice({
      sheets: { S: { values: [["Cable ID", "Length (m)", "", "note"], ["C-1", 3, "", "keep"]], fills: [{ address: "C2", color: "#00FF00" }] } },
      tables: [{ name: "Cables", sheet: "S", address: "A1:B2" }],
    });
    const before = fake.snapshot("S");
    await run(fake, async (ctx) => {
      ctx.workbook.tables.getItem("Cables").columns.add(undefined as never, undefined as never, "Check status");
      await ctx.sync();
    });
    expect(fake.tables()[0]).toMatchObject({ address: "A1:C2", columns: ["Cable ID", "Length (m)", "Check status"] });
    expect(fake.values("S", "E1:E2")).toEqual([["note"], ["keep"]]);
    await run(fake, async (ctx) => {
      ctx.workbook.tables.getItem("Cables").columns.getItem("Check status").delete();
      await ctx.sync();
    });
    expect(fake.snapshot("S")).toEqual(before);
  });

  it("keeps text written with a leading apostrophe literal and records formula-looking writes", async () => {
    const fake = seed();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("A1:B1").values = [["'=HYPERLINK(\"x\")", "=1+1"]];
      await ctx.sync();
    });
    expect(fake.values("Other", "A1:B1")).toEqual([["'=HYPERLINK(\"x\")", "=1+1"]]);
    expect(fake.formulaWrites()).toEqual([{ sheet: "Other", address: "B1", text: "=1+1" }]);
  });
});

describe("fake Excel: what real Excel does that adapters trip on", () => {
  const make = () =>
    createFakeOffice({
      sheets: { S: { values: [["a"], ["b"], ["c"], ["d"]], merges: ["C1:D2"], formulas: { A4: "=1+1" } } },
      tables: [{ name: "T", sheet: "S", address: "A1:A4", showTotals: true }],
    });

  it("fails a batch in cell edit mode unless it asked to wait (delayForCellEdit)", async () => {
    const fake = make();
    fake.edit.startCellEdit();
    await expect(run(fake, async (ctx) => (ctx.workbook.worksheets.getItem("S").getRange("B1").values = [["x"]], ctx.sync()))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await fake.Excel.run({ delayForCellEdit: true }, (async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B1").values = [["x"]];
      await ctx.sync();
    }) as never);
    expect(fake.values("S", "B1")).toEqual([["x"]]);
  });

  it("a name follows inserted rows, survives a reopen that renumbers sheet ids, and getSelectedRange refuses several areas", async () => {
    const fake = make();
    const before = await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S").load("id");
      ctx.workbook.names.add("Mark", ws.getRange("A2:A3"));
      await ctx.sync();
      return ws.id;
    });
    fake.edit.insertRows("S", 1, 2);
    fake.reopen();
    expect(fake.names()).toEqual({ Mark: "S!A4:A5" });
    fake.edit.selectAreas("S", ["A1", "C3"]);
    const after = await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S").load("id");
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
      void sel;
      return ws.id;
    });
    expect(after).not.toBe(before);
  });

  it("Table.getRange includes a shown totals row; formulas are kept apart from values; merges are reported", async () => {
    const fake = make();
    await run(fake, async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("S").tables.getItem("T");
      const whole = t.getRange().load("address");
      const body = t.getDataBodyRange().load("address");
      const f = ctx.workbook.worksheets.getItem("S").getRange("A4").load("formulas,values");
      const merged = ctx.workbook.worksheets.getItem("S").getRange("A1:F9").getMergedAreasOrNullObject();
      const areas = merged.areas.load("items/address");
      await ctx.sync();
      expect(whole.address).toBe("S!A1:A4");
      expect(body.address).toBe("S!A2:A3");
      expect(f.formulas).toEqual([["=1+1"]]);
      expect(areas.items.map((a) => a.address)).toEqual(["S!C1:D2"]);
    });
  });

  it("settings: saveAsync writes this user's whole copy, refreshAsync reads others' saves, and a save over the limit fails", async () => {
    const fake = make();
    const s = fake.Office.context.document.settings;
    fake.edit.coauthorSaveSettings({ theirs: 1 });
    expect(s.get("theirs")).toBeNull();
    await new Promise((r) => s.refreshAsync(r));
    expect(s.get("theirs")).toBe(1);
    fake.setLimits({ settingsBytes: 100 });
    s.set("big", "x".repeat(200));
    const status = await new Promise((r) => s.saveAsync((res) => r(res.status)));
    expect(status).toBe("failed");
  });
});
