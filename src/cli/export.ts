import { netboxExport } from "../core";
import type { Io } from "./check";
import { parseColumnsOption, readSpec } from "./check";
import { EXIT, InputError } from "./errors";
import { csvText, loadSchedule } from "./load-schedule";
import { writeOutputFile } from "./files";

export interface ExportCommandOptions {
  netbox?: boolean;
  sheet?: string;
  out?: string;
  spec?: string;
  columns?: string;
  force?: boolean;
}

/** `connector-check export --netbox`: the schedule as NetBox bulk cable-import CSV (stdout, or --out .csv). */
export async function runExport(file: string, opts: ExportCommandOptions, io: Io): Promise<number> {
  if (!opts.netbox) throw new InputError("export: say which format, e.g. --netbox (NetBox's bulk cable import CSV)");
  if (opts.out !== undefined && !/\.csv$/i.test(opts.out)) throw new InputError(`--out ${opts.out}: expected a name ending .csv`);
  const loaded = await loadSchedule(file, { sheet: opts.sheet, ...(opts.spec ? { spec: readSpec(opts.spec) } : {}), ...(opts.columns ? { columns: parseColumnsOption(opts.columns) } : {}) });
  const out = netboxExport(loaded.grid, loaded.result);
  const text = csvText([out.header, ...out.rows]);
  if (opts.out) {
    await writeOutputFile(opts.out, file, Boolean(opts.force), text);
    io.stdout.write(`${out.rows.length} cable${out.rows.length === 1 ? "" : "s"} of ${loaded.sheet} written to ${opts.out} for NetBox's bulk cable import\n`);
  } else io.stdout.write(text);
  for (const u of out.unmapped) io.stderr.write(`connector-check: not exported: row ${u.row}: ${u.reason}\n`);
  return EXIT.clean;
}
