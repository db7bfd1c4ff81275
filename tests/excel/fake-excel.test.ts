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
