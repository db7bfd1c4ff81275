import { bomGrid, buildBom } from "../core";
import { addSheetWith, blockAddress, checkedActiveSchedule } from "./new-sheet";

export type SheetOutcome = { ok: true; sheetName: string; message: string } | { ok: false; message: string };

/** The BOM button: the active sheet's schedule rolled up into a new sheet "BOM" (or "BOM (2)"), as an Excel table. */
export async function insertBomSheet(options: { includeErrorRows?: boolean } = {}): Promise<SheetOutcome> {
  return Excel.run(async (ctx) => {
    const s = await checkedActiveSchedule(ctx);
    if (!s.ok) return s;
    const bom = buildBom(s.grid, s.result, { stockStepM: s.spec?.bomStockStepM, includeErrorRows: !!options.includeErrorRows });
    const { table, notes } = bomGrid(bom);
    const { ws, name } = await addSheetWith(ctx, "BOM", [...table, [], ...notes.map((n) => [n])]);
    ws.tables.add(`'${name.replace(/'/g, "''")}'!${blockAddress(table.length, table[0].length)}`, true);
    ws.activate();
    await ctx.sync();
    return { ok: true, sheetName: name, message: `BOM written to sheet "${name}" from "${s.sheetName}": ${bom.assemblies.length} assembly lines.${bom.leftOut.rows ? ` ${notes[1]}` : ""}` };
  });
}
