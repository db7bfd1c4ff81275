"use strict";
/**
 * One timed run in a fresh process (the benchmark starts one per run, so runs do not share
 * a warmed heap). Prints {"ms":..., "maxRssMb":...} as its last line.
 *   node bench/measure.js exceljs <in.xlsx> <out.xlsx>   ExcelJS alone: read the file, write it back
 *   node bench/measure.js exceljs-stream <in.xlsx>        ExcelJS's streaming reader alone: every row of every sheet
 *   node bench/measure.js cli <args...>                   connector-check <args...>, report to the null device
 *                                                         (engineMs: the time inside checkSchedule)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

async function run() {
  const [mode, ...args] = process.argv.slice(2);
  const t0 = process.hrtime.bigint();
  let code = 0;
  let engineMs = 0;
  if (mode === "exceljs") {
    const ExcelJS = require("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(args[0]);
    await wb.xlsx.writeFile(args[1]);
  } else if (mode === "exceljs-stream") {
    const ExcelJS = require("exceljs");
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(args[0], { sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "ignore" });
    let cells = 0;
    for await (const ws of reader) for await (const row of ws) cells += row.values.length;
    if (!cells) throw new Error("no cells read");
  } else if (mode === "cli") {
    // the engine's share of the run: every checkSchedule call (the reader's probe and the whole
    // check), timed through the module the command line calls it from
    const schedule = require(path.join(__dirname, "..", "dist-cli", "core", "schedule.js"));
    const check = schedule.checkSchedule;
    schedule.checkSchedule = (...a) => {
      const t = process.hrtime.bigint();
      try {
        return check(...a);
      } finally {
        engineMs += Number(process.hrtime.bigint() - t) / 1e6;
      }
    };
    const { main } = require(path.join(__dirname, "..", "dist-cli", "cli", "main.js"));
    const sink = fs.createWriteStream(os.devNull);
    code = await main(["node", "connector-check", ...args], { stdout: sink, stderr: process.stderr });
    await new Promise((resolve) => sink.end(resolve));
  } else throw new Error(`unknown mode ${mode}`);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(JSON.stringify({ ms, engineMs: mode === "cli" ? engineMs : undefined, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), code }));
}
run().catch((e) => {
  console.error(e);
  process.exit(3);
});
