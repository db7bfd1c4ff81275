/**
 * "Try it on a sample": a small cable schedule, as an engineer keeps one, on a new sheet, so a
 * first-time user sees what Connector Check reads and what it finds. It only adds a sheet:
 * no existing cell is touched.
 */
export const SAMPLE_SHEET = "Connector Check sample";

/** Header and rows; three rows carry mistakes a reviewer would catch (marked in Notes). */
export const SAMPLE_SCHEDULE: readonly (readonly (string | number)[])[] = [
  ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length (m)", "Application", "Polarity", "Notes"],
  ["T-001", "MDA-R01-PP01 P1", "EDA-R11-PP01 P1", "MTP-12 UPC male", "MTP-12 UPC male", "OM4", 45, "400GBASE-SR4", "B", "trunk"],
  ["T-002", "MDA-R01-PP01 P2", "EDA-R11-PP01 P2", "MTP-12 UPC male", "MTP-12 UPC male", "OM4", 45, "400GBASE-SR4", "B", "trunk"],
  ["T-003", "MDA-R02-PP03 P1", "EDA-R14-PP02 P1", "MPO-12 UPC male", "MPO-12 UPC male", "OM3", 300, "100GBASE-SR4", "B", "trunk: too long for SR4 on OM3"],
  ["C-101", "SW-LEAF-01 Eth1/1", "EDA-R11-PP01 P1", "MTP-12 UPC female", "MTP-12 UPC female", "OM4", 3, "400GBASE-SR4", "B", "cord"],
  ["C-102", "SW-LEAF-01 Eth1/2", "EDA-R11-PP01 P2", "MTP-12 UPC female", "MTP-12 UPC male", "OM4", 3, "400GBASE-SR4", "B", "cord: male meets the male trunk"],
  ["C-201", "SW-SPINE-01 Eth1/1", "MDA-R05-PP01 P1", "LC/UPC duplex", "LC/UPC duplex", "OS2", 120, "100GBASE-FR1", "A-to-B", "cord"],
  ["C-202", "SW-SPINE-01 Eth1/2", "MDA-R05-PP01 P2", "LC/UPC duplex", "LC/APC duplex", "OS2", 120, "100GBASE-FR1", "A-to-B", "cord"],
  ["C-203", "MDA-R05-PP01 P2", "MDA-R06-PP01 P2", "LC/UPC duplex", "LC/UPC duplex", "OS2", 40, "100GBASE-FR1", "A-to-B", "cord: UPC meets the APC end of C-202"],
];

/**
 * Adds the sample schedule on a new sheet (named "Connector Check sample", or with " (2)"… when
 * that name is taken), activates it and selects its first cell. Returns the sheet's name.
 */
export async function insertSampleSheet(): Promise<string> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    let name = SAMPLE_SHEET;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SAMPLE_SHEET} (${n})`;
    const ws = ctx.workbook.worksheets.add(name);
    const width = SAMPLE_SCHEDULE[0].length;
    // every cell is plain text or a number: nothing here starts with = + - @
    ws.getRangeByIndexes(0, 0, SAMPLE_SCHEDULE.length, width).values = SAMPLE_SCHEDULE.map((r) => [...r]);
    ws.activate();
    ws.getRangeByIndexes(0, 0, 1, 1).select();
    await ctx.sync();
    return name;
  });
}
