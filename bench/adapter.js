"use strict";
/**
 * The add-in's Check of an N-row schedule over the fake Excel (tests/excel/fake-excel.ts,
 * compiled by run.js with tsconfig.bench.json): how many syncs (round trips to Excel) it made,
 * the largest request and response in bytes (Excel refuses over 5 MB), and how many proxy
 * objects it created. Syncs should grow only with the number of 5 MB blocks the sheet's values
 * and the written results need, never with the rows one by one.
 *   node bench/adapter.js <rows>
 * Prints {"rows":..., "syncs":..., "failedSyncs":..., "maxRequestBytes":..., "maxResponseBytes":..., "proxies":..., "ms":..., "maxRssMb":...} as its last line.
 */
const path = require("path");
const { scheduleGrid } = require("./generate");

const TS = path.join(__dirname, "out", "ts");
const { installFakeOffice } = require(path.join(TS, "tests", "excel", "fake-excel.js"));
const { checkActiveSheet } = require(path.join(TS, "src", "excel", "adapter.js"));
const { setCheckWorkerFactory } = require(path.join(TS, "src", "excel", "run-check.js"));

async function main() {
  const rows = Number(process.argv[2]);
  const fake = installFakeOffice(globalThis, { sheets: { "Cable Schedule": { values: scheduleGrid(rows) } } });
  setCheckWorkerFactory(null); // the engine in this thread: the counts are the adapter's, not the worker's
  const t0 = performance.now();
  const outcome = await checkActiveSheet();
  const ms = performance.now() - t0;
  if (!outcome.ok) throw new Error(`the check failed: ${outcome.message}`);
  const s = fake.stats();
  console.log(
    JSON.stringify({ rows, syncs: s.syncs, failedSyncs: s.failedSyncs, maxRequestBytes: s.maxRequestBytes, maxResponseBytes: s.maxResponseBytes, proxies: s.proxies, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(3);
  },
);
