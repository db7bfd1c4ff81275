import { bomGrid, buildBom } from "../core";
import type { Io } from "./check";
import { parseColumnsOption, readSpec } from "./check";
import { EXIT, InputError } from "./errors";
import { csvText, loadSchedule } from "./load-schedule";
import { loadExcelJS, writeOutputFile } from "./files";

/** "1 adapter type", "2 adapter types". */
const countOf = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;

export interface BomCommandOptions {
  sheet?: string;
  out?: string;
  spec?: string;
  columns?: string;
  includeErrors?: boolean;
  force?: boolean;
}

/** `connector-check bom`: the schedule rolled up into a bill of materials (stdout, or --out .xlsx/.csv). */
export async function runBom(file: string, opts: BomCommandOptions, io: Io): Promise<number> {
  if (opts.out !== undefined && !/\.(xlsx|csv)$/i.test(opts.out)) throw new InputError(`--out ${opts.out}: expected a name ending .xlsx or .csv`);
  const loaded = await loadSchedule(file, { sheet: opts.sheet, ...(opts.spec ? { spec: readSpec(opts.spec) } : {}), ...(opts.columns ? { columns: parseColumnsOption(opts.columns) } : {}) });
  const bom = buildBom(loaded.grid, loaded.result, { stockStepM: loaded.spec?.bomStockStepM, includeErrorRows: !!opts.includeErrors });
  const { table, notes } = bomGrid(bom);
  if (opts.out) {
    const out = opts.out;
    let data: string | Uint8Array;
    if (/\.xlsx$/i.test(out)) {
      const wb = new (loadExcelJS().Workbook)();
      const ws = wb.addWorksheet("BOM");
      ws.addTable({ name: "BOM", ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: table[0].map((h) => ({ name: String(h), filterButton: true })), rows: table.slice(1) });
      notes.forEach((n, i) => (ws.getCell(table.length + 2 + i, 1).value = n));
      data = new Uint8Array(await wb.xlsx.writeBuffer());
    } else data = csvText([...table, [], ...notes.map((n) => [n])]);
    await writeOutputFile(out, file, Boolean(opts.force), data);
    io.stdout.write(`BOM of ${loaded.sheet} written to ${out}: ${countOf(bom.assemblies.length, "assembly line")}, ${countOf(bom.connectors.length, "connector type")}, ${countOf(bom.adapters.length, "adapter type")}\n`);
  } else {
    io.stdout.write(csvText(table));
  }
  for (const n of notes) io.stderr.write(`connector-check: note: ${n}\n`);
  return EXIT.clean;
}
