import { SPEC_SHEET_NAME, SPEC_TEMPLATE, specTemplateGrid } from "../core";
import type { SheetOutcome } from "./bom-sheet";
import { addSheetWith } from "./new-sheet";

export { readSpecSheet } from "./new-sheet";

/**
 * "Insert Spec sheet": the template (every setting, its default, allowed values, what it does)
 * on a new sheet, with a drop-down list on each Value that takes one of a few values. Only a
 * sheet named exactly "Spec" is read by Check, so an existing Spec sheet is never touched and
 * the template then lands on "Spec (2)", to copy from.
 */
export async function insertSpecSheet(): Promise<SheetOutcome> {
  return Excel.run(async (ctx) => {
    const { ws, name } = await addSheetWith(ctx, SPEC_SHEET_NAME, specTemplateGrid());
    SPEC_TEMPLATE.forEach((t, i) => {
      if (t.allowed && t.kind !== "list") ws.getRange(`B${i + 2}`).dataValidation.rule = { list: { inCellDropDown: true, source: t.allowed.join(",") } };
    });
    ws.activate();
    await ctx.sync();
    return {
      ok: true,
      sheetName: name,
      message: name === SPEC_SHEET_NAME ? `Spec sheet inserted: fill in the Value column; every Check reads it.` : `A Spec sheet exists already, so the template went to "${name}": Check reads only "${SPEC_SHEET_NAME}".`,
    };
  });
}
