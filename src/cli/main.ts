import { Command, CommanderError } from "commander";
import { FIELDS } from "../core";
import { CheckCommandOptions, Io, runCheck } from "./check";
import { BomCommandOptions, runBom } from "./bom";
import { EXIT, InputError } from "./errors";
import { ExportCommandOptions, runExport } from "./export";
import { oneLine } from "./read-workbook";
import { printable } from "./report";

const EXAMPLES = `
Examples:
  $ connector-check check examples/cable-schedule.xlsx
  $ connector-check check schedule.xlsx --sheet "Spine-Leaf" --out schedule.checked.xlsx
  $ connector-check check schedule.xlsx --out checked.xlsx --force  (replace it)
  $ connector-check check links.csv --json > findings.json
  $ connector-check check links.csv --columns "connectorA=A Conn,connectorB=B Conn"
  $ connector-check bom schedule.xlsx --out bom.xlsx
  $ connector-check export --netbox schedule.xlsx --out cables.csv

Exit status: 0 no errors (warnings and info allowed), 1 a row has an error,
2 the input cannot be used or the copy cannot be written (the reason is one
line on stderr; with --json, also an "error" object on stdout).`;

const CHECK_HELP = `
Reads .xlsx/.xlsm (first sheet that holds a cable schedule, unless --sheet) or
.csv/.tsv (comma, semicolon or tab, sniffed; UTF-8 with or without BOM, other
bytes read as Windows-1252). Finds the header row in the first 30 rows (a
group row such as Source / Destination above it is folded in), prints the
column map it used, then each finding (sheet row, column, severity, rule id,
message) and a summary.

--out writes a copy with three columns added right of the schedule (Check
status, Check findings, Check recommendation) and status fills. Only those
cells (and their widths, and the table they extend) change: every other part
of the workbook (sheets, formats, formulas, names, charts, pivots, images,
comments, macros) is copied byte for byte, at any size. The columns go right
of everything on the sheet (cells right of the header, formulas, merged cells)
and never split a merged area. The input is never modified, whatever path or
link names it, and an existing file is replaced only with --force. The copy
is written to a temporary file beside the target and renamed into place when
complete, so a failure never leaves half a file; the report is printed either
way. An .xlsm's copy is .xlsm; a CSV's copy is CSV (or .xlsx when the name
ends .xlsx). Workbooks are always read row by row.

Fields for --columns: ${FIELDS.join(", ")}.
  connector-check check s.xlsx --columns "connectorA=Conn A,fiberType=Media"
  connector-check check s.xlsx --columns "notes="     (stop reading a column)
  connector-check check s.csv --header-row 2 --columns "connectorA=Plug,application=Optic"

--spec takes a JSON project spec, e.g.
  {"allowedConnectors":["MTP","LC"],"allowedFiberGrades":["OM4","OS2"],
   "polarityMethod":"B","severity":{"om5-no-benefit":"off"}}
${EXAMPLES}`;

export function program(io: Io, setExit: (code: number) => void): Command {
  const write = (s: NodeJS.WritableStream) => (str: string) => void s.write(str);
  const root = new Command()
    .name("connector-check")
    .description("Checks MPO/MTP and LC fiber cable schedules (.xlsx, .xlsm, .csv, .tsv) for connector gender, polish, fiber count, polarity, reach and loss mistakes.")
    .version("0.1.0")
    .configureOutput({ writeOut: write(io.stdout), writeErr: write(io.stderr) })
    .exitOverride()
    .addHelpText("after", EXAMPLES);
  root
    .command("check")
    .description("check one cable schedule and report findings")
    .argument("<file>", "the schedule: .xlsx, .xlsm, .csv or .tsv")
    .option("--sheet <name>", "the sheet to check (default: the first sheet that holds a schedule)")
    .option("--out <file>", "write an annotated copy (.xlsx, or .csv/.tsv for delimited input); never the input file, an existing file only with --force")
    .option("--json", "print one JSON document (file, sheet, columns, rows, summary) instead of text")
    .option("--columns <field=Header,...>", "correct the column map: field=header text; an empty header unmaps the field")
    .option("--header-row <n>", "the sheet row that names the columns, when it is not found (rows are searched 1 to 30)")
    .option("--spec <spec.json>", "project spec: allowed connectors and grades, polarity method, rule severities")
    .option("--stream", "accepted for older scripts: every workbook is read row by row")
    .option("-f, --force", "let --out replace an existing file")
    .addHelpText("after", CHECK_HELP)
    .exitOverride()
    .action(async (file: string, opts: CheckCommandOptions) => {
      setExit(await runCheck(file, opts, io));
    });
  root
    .command("bom")
    .description("roll the schedule up into a bill of materials (assemblies, connectors, adapters, fiber metres)")
    .argument("<file>", "the schedule: .xlsx, .xlsm, .csv or .tsv")
    .option("--sheet <name>", "the sheet holding the schedule")
    .option("--out <file>", "write the BOM to .xlsx (an Excel table) or .csv; default: CSV on stdout")
    .option("--spec <spec.json>", "project spec (wins over the workbook's Spec sheet); bomStockStepM sets the length step")
    .option("--columns <field=Header,...>", "correct the column map, as for check")
    .option("--include-errors", "keep rows whose check found an error (default: left out and counted)")
    .option("--force", "replace --out if it exists")
    .exitOverride()
    .action(async (file: string, opts: BomCommandOptions) => {
      setExit(await runBom(file, opts, io));
    });
  root
    .command("export")
    .description("export the schedule for another tool: --netbox writes NetBox's bulk cable import CSV")
    .argument("<file>", "the schedule: .xlsx, .xlsm, .csv or .tsv")
    .option("--netbox", "NetBox bulk cable import (NetBox 4.6 columns and choices)")
    .option("--sheet <name>", "the sheet holding the schedule")
    .option("--out <file>", "write the CSV here; default: stdout")
    .option("--spec <spec.json>", "project spec (wins over the workbook's Spec sheet)")
    .option("--columns <field=Header,...>", "correct the column map, as for check")
    .option("--force", "replace --out if it exists")
    .exitOverride()
    .action(async (file: string, opts: ExportCommandOptions) => {
      setExit(await runExport(file, opts, io));
    });
  return root;
}

/** Runs the command line; resolves to the exit status and never throws. */
export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let code: number = EXIT.clean;
  const prog = program(io, (c) => (code = c));
  try {
    if (argv.length <= 2) {
      prog.outputHelp();
      return EXIT.unusable;
    }
    await prog.parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version print and succeed; a usage error has been printed by commander
      return e.code === "commander.helpDisplayed" || e.code === "commander.help" || e.code === "commander.version" ? EXIT.clean : EXIT.unusable;
    }
    io.stderr.write(`connector-check: ${printable(e instanceof InputError ? e.message : `unexpected failure: ${oneLine(e)}`)}\n`);
    if (!(e instanceof InputError) && process.env.CONNECTOR_CHECK_DEBUG && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return EXIT.unusable;
  }
}
