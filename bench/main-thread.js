"use strict";
/**
 * The add-in's Check of an N-row schedule over the fake Excel (tests/excel/fake-excel.ts,
 * compiled by run.js with tsconfig.bench.json), and how long the main thread went without an
 * event-loop turn: that is how long the custom functions sharing the runtime could not answer.
 *   node bench/main-thread.js <rows> worker|in-thread
 *   BENCH_TRACE=1 also prints the longest gaps with the stage the adapter last reported
 * Prints {"ms":..., "longestGapMs":..., "p99GapMs":..., "longestFakeMs":..., "load":..., "maxRssMb":...} as its last line
 * (load: the machine's 1-minute load average; on a busy machine a gap also holds time the thread
 * waited for a core, so gaps are upper bounds).
 *
 * How it is measured: a setInterval(…, 0) timer (1 ms in Node) notes performance.now() at each
 * tick; a gap is the time between two ticks. The fake's ctx.sync() stands in for Excel, whose
 * work happens in Excel's process, not the add-in's thread: here it is put in a turn of its own
 * (setImmediate on either side) and its time inside a gap is subtracted. What is left is the
 * add-in's own work between turns: reading blocks in, copying the grid to the worker, taking
 * the result back, building and queueing the write blocks. "worker" runs the engine in a
 * worker_threads Worker (the same structured clone as a browser's postMessage) through the
 * adapter's worker path; "in-thread" runs it on the main thread, as without a Worker.
 */
const os = require("os");
const path = require("path");
const { Worker } = require("worker_threads");
const { scheduleGrid } = require("./generate");

const TS = path.join(__dirname, "out", "ts");
const { installFakeOffice } = require(path.join(TS, "tests", "excel", "fake-excel.js"));
const { checkActiveSheet } = require(path.join(TS, "src", "excel", "adapter.js"));
const { setCheckWorkerFactory } = require(path.join(TS, "src", "excel", "run-check.js"));

/** A worker_threads Worker in the shape of the browser's, running check-worker.ts's handler. */
function nodeWorker() {
  const thread = new Worker(
    `const { parentPort } = require("worker_threads");
     const { createCheckHandler } = require(${JSON.stringify(path.join(TS, "src", "excel", "check-worker.js"))});
     parentPort.on("message", createCheckHandler((m) => parentPort.postMessage(m)));`,
    { eval: true },
  );
  const w = { onmessage: null, onerror: null, postMessage: (m) => thread.postMessage(m), terminate: () => void thread.terminate() };
  thread.on("message", (data) => w.onmessage?.({ data }));
  thread.on("error", (e) => w.onerror?.({ message: e.message }));
  return w;
}

async function main() {
  const [rowsArg, mode] = process.argv.slice(2);
  const rows = Number(rowsArg);
  const fake = installFakeOffice(globalThis, { sheets: { "Cable Schedule": { values: scheduleGrid(rows) } } });
  setCheckWorkerFactory(mode === "worker" ? nodeWorker : null);

  // The fake's sync in a turn of its own, timed.
  const fakeSpans = [];
  let proto;
  await fake.Excel.run(async (ctx) => void (proto = Object.getPrototypeOf(ctx)));
  const sync = proto.sync;
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  proto.sync = async function () {
    await turn();
    const start = performance.now();
    try {
      return await sync.call(this);
    } finally {
      fakeSpans.push([start, performance.now()]);
      await turn();
    }
  };

  let last = performance.now();
  const gaps = [];
  // What the adapter last said it was doing, so the longest gaps can be told apart (BENCH_TRACE=1).
  let stage = "finding the schedule";
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push([last, now, stage]);
    last = now;
  }, 0);
  const t0 = performance.now();
  const outcome = await checkActiveSheet({ onProgress: (p) => void (stage = `${p.stage}: ${p.text}`) });
  const ms = performance.now() - t0;
  clearInterval(timer);
  gaps.push([last, performance.now(), stage]);
  if (!outcome.ok) throw new Error(`the check failed: ${outcome.message}`);

  const inside = (g) => fakeSpans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, g[1]) - Math.max(s, g[0])), 0);
  let longestGapMs = 0;
  for (const g of gaps) longestGapMs = Math.max(longestGapMs, g[1] - g[0] - inside(g));
  const longestFakeMs = Math.max(0, ...fakeSpans.map(([s, e]) => e - s));
  const sorted = gaps.map((g) => g[1] - g[0] - inside(g)).sort((a, b) => a - b);
  const p99GapMs = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
  if (process.env.BENCH_TRACE) {
    const worst = gaps.map((g) => ({ ms: g[1] - g[0] - inside(g), at: g[0] - t0, stage: g[2] })).sort((a, b) => b.ms - a.ms).slice(0, 12);
    for (const w of worst) console.error(`gap ${w.ms.toFixed(1)} ms at ${(w.at / 1000).toFixed(2)} s, after "${w.stage}"`);
  }
  console.log(JSON.stringify({ ms, longestGapMs, p99GapMs, longestFakeMs, load: os.loadavg()[0], rows: outcome.result.summary.rows, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(3);
  },
);
