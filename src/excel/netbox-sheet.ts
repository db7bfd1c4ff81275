import { netboxExport } from "../core";
import type { SheetOutcome } from "./bom-sheet";
import { addSheetWith, checkedActiveSchedule } from "./new-sheet";

/** "Export for NetBox": NetBox's bulk cable-import CSV as a new sheet, plain cells, for the user to save as CSV. */
export async function insertNetboxSheet(): Promise<SheetOutcome> {
  return Excel.run(async (ctx) => {
    const s = await checkedActiveSchedule(ctx);
    if (!s.ok) return s;
    const out = netboxExport(s.grid, s.result);
    const { ws, name } = await addSheetWith(ctx, "NetBox cables", [out.header, ...out.rows]);
    ws.activate();
    await ctx.sync();
    const skipped = out.unmapped.length ? ` Not exported: ${out.unmapped.slice(0, 5).map((u) => `row ${u.row} (${u.reason})`).join(", ")}${out.unmapped.length > 5 ? ` and ${out.unmapped.length - 5} more` : ""}.` : "";
    return { ok: true, sheetName: name, message: `${out.rows.length} cables written to sheet "${name}"; save it as CSV (File > Save a Copy) for NetBox's cable import.${skipped}` };
  });
}
