#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: how much the command line costs over ExcelJS alone, and how it scales.
 * Writes BENCHMARKS.md. Each run is a fresh process; the two cases alternate so drift in
 * the machine affects both alike; medians are reported.
 *
 *   BENCH_RUNS=5         runs per case (default 3)
 *   BENCH_MILLION=0      skip the 1,000,000-row runs (about 7 minutes here, with generating the file)
 *   BENCH_CHANNELS=only  run only the channel-tracing case (prints its table, writes nothing)
 *   BENCH_CHANNEL_CASE=breakouts  only the channel cases whose label contains this text
 *   BENCH_ONLY=cli,bundles  only those sections (engine, cli, channels, adapter, addin, functions,
 *                        bundles, pane); the rest of BENCHMARKS.md is kept as it was. Each section
 *                        sits between its own <!-- name: written by bench/run.js --> markers.
 *   BENCH_BUILD=0        bundles: measure dist/ as it is instead of running `npm run build`
 *
 * Targets (a miss is printed as MISSED): check --out at most 0.25 × ExcelJS reading and writing
 * the same file; check at most 0.5 × ExcelJS's streaming reader alone; 1,000,000 rows --out under
 * 60 s and 1,024 MB resident; a custom function under 20 µs a call; the pane's page under 80 KB
 * gzipped at start, the functions under 40 KB (chunks fetched on demand are listed apart, with what fetches them).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generate } = require("./generate");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(__dirname, "out");
const RUNS = Number(process.env.BENCH_RUNS || 3);
const MILLION = process.env.BENCH_MILLION !== "0";
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((s) => s.trim())) : undefined;
const zlib = require("zlib");

function measure(args, script = "measure.js") {
  const r = spawnSync(process.execPath, [path.join(__dirname, script), ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const last = (r.stdout || "").trim().split("\n").pop();
  if (r.status !== 0 || !last) throw new Error(`measure ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(last);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sec = (ms) => (ms / 1000).toFixed(1);

async function ensure(file, rows) {
  if (!fs.existsSync(file)) {
    console.error(`generating ${path.relative(ROOT, file)} (${rows} rows)...`);
    await generate(file, rows);
  }
}

/**
 * Schedules of three-row channels (cord, trunk, cord) in memory, checked with and without
 * channels to trace: by link id, and by panel ports. Linear tracing means the time per row
 * stays flat as the schedule doubles.
 */
function channelGrid(rows, byLink) {
  const grid = [["Cable ID", "Link", "Seq", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter"]];
  for (let i = 0; i < rows; i++) {
    const ch = Math.floor(i / 3);
    const k = i % 3;
    const from = k === 0 ? `leaf${ch % 64} Eth1/${ch}` : `PP-${k === 1 ? "A" : "B"}${ch}:1`;
    const to = k === 2 ? `spine${ch % 8} Eth1/${ch}` : `PP-${k === 0 ? "A" : "B"}${ch}:1`;
    const conn = k === 1 ? "MTP-12 UPC male" : "MTP-12 UPC female";
    grid.push([`C-${i}`, byLink ? `L-${ch}` : "", byLink ? k + 1 : "", from, to, conn, conn, "OM4", k === 1 ? "40 m" : "3 m", "100GBASE-SR4", "Type B", k < 2 ? "Type B" : ""]);
  }
  return grid;
}

/**
 * Breakouts: a trunk from a 40G port, a harness (MTP to 4 LC duplex), four leg cords; six rows
 * make four channels that share the trunk and the harness.
 */
function fanOutGrid(rows, byLink) {
  const grid = [["Cable ID", "Link", "Seq", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Component"]];
  for (let i = 0; i < rows; i++) {
    const ch = Math.floor(i / 6);
    const k = i % 6;
    const link = byLink ? `B-${ch}` : "";
    if (k === 0) grid.push([`T-${i}`, link, byLink ? 1 : "", `leaf${ch % 64} Eth1/${ch}`, `PP-A${ch}:1`, "MTP-12 UPC female", "MTP-12 UPC male", "OM4", "30 m", "40GBASE-SR4", "Type B", "Type B", "trunk"]);
    else if (k === 1) grid.push([`H-${i}`, link, byLink ? 2 : "", `PP-A${ch}:1`, `PP-B${ch}:1-4`, "MTP-12 UPC female", "4x LC/UPC duplex", "OM4", "1 m", "40GBASE-SR4", "", "", "harness"]);
    else grid.push([`L-${i}`, link, byLink ? 3 : "", `PP-B${ch}:${k - 1}`, `srv${ch} nic${k - 1}`, "LC/UPC duplex", "LC/UPC duplex", "OM4", "2 m", "10GBASE-SR", "", "", "cord"]);
  }
  return grid;
}

/**
 * Trunks with a harness at each end and no link id: harness A's six LC legs on a leaf's ports,
 * the trunk, harness B's legs on a spine's; three rows make six leg-pair channels.
 */
function doubleFanOutGrid(rows) {
  const grid = [["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Component"]];
  for (let i = 0; i < rows; i++) {
    const ch = Math.floor(i / 3);
    const k = i % 3;
    if (k === 0) grid.push([`HA-${i}`, `leaf${ch}:Eth1/1-6`, `PP-A${ch}:1`, "6x LC/UPC duplex", "MTP-12 UPC female", "OM4", "3 m", "10GBASE-SR", "Type A", "Type A", "harness"]);
    else if (k === 1) grid.push([`T-${i}`, `PP-A${ch}:1`, `PP-B${ch}:1`, "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "40 m", "10GBASE-SR", "Type B", "Type A", "trunk"]);
    else grid.push([`HB-${i}`, `PP-B${ch}:1`, `spine${ch}:Eth1/1-6`, "MTP-12 UPC female", "6x LC/UPC duplex", "OM4", "3 m", "10GBASE-SR", "Type A", "", "harness"]);
  }
  return grid;
}

function channelScaling() {
  const { checkSchedule } = require(path.join(ROOT, "dist-cli", "core"));
  const time = (grid) => {
    const t = process.hrtime.bigint();
    const r = checkSchedule(grid);
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, channels: r.channels.length };
  };
  const lines = ["| channels traced (in memory, checkSchedule) | rows | channels | median ms | µs per row |", "|---|---:|---:|---:|---:|"];
  const cases = [
    ["by link id and sequence", true, channelGrid, [50001, 100002, 200001]],
    ["by panel ports", false, channelGrid, [50001, 100002, 200001]],
    ["breakouts, by link id", true, fanOutGrid, [50004, 100002, 200004]],
    ["breakouts, by panel ports", false, fanOutGrid, [50004, 100002, 200004]],
    ["harness at both ends, by panel ports", false, doubleFanOutGrid, [50001, 100002, 200001]],
  ].filter(([label]) => !process.env.BENCH_CHANNEL_CASE || label.includes(process.env.BENCH_CHANNEL_CASE));
  for (const [label, byLink, make, sizes] of cases) {
    for (const rows of sizes) {
      const grid = make(rows, byLink);
      const runs = Array.from({ length: RUNS }, () => time(grid));
      const ms = median(runs.map((x) => x.ms));
      lines.push(`| ${label} | ${rows} | ${runs[0].channels} | ${ms.toFixed(0)} | ${((ms * 1000) / rows).toFixed(1)} |`);
      console.error(`channels ${label}, ${rows} rows: ${ms.toFixed(0)} ms`);
    }
  }
  lines.push("", "Tracing is linear: the time per row stays about the same as the schedule doubles.", "");
  return lines;
}

/**
 * The add-in's Check of 100,000 rows over the fake Excel: the longest the main thread went
 * without an event-loop turn, with the engine in a worker and on the main thread.
 */
function addinSection() {
  console.error("compiling the adapter and the fake Excel (tsconfig.bench.json)...");
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], { cwd: ROOT, encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.bench.json failed: ${tsc.stdout}${tsc.stderr}`);
  const runs = { worker: [], "in-thread": [] };
  for (let i = 0; i < RUNS; i++) {
    for (const mode of Object.keys(runs)) {
      const m = measure(["100000", mode], "main-thread.js");
      runs[mode].push(m);
      console.error(`run ${i + 1}/${RUNS} add-in ${mode}: ${sec(m.ms)} s, longest gap ${m.longestGapMs.toFixed(0)} ms, load ${m.load.toFixed(1)}`);
    }
  }
  const ms = (xs, k) => median(xs.map((m) => m[k])).toFixed(0);
  const row = (label, xs) => `| ${label} | ${xs.length} | ${sec(median(xs.map((m) => m.ms)))} | ${ms(xs, "longestGapMs")} | ${ms(xs, "p99GapMs")} | ${ms(xs, "longestFakeMs")} |`;
  const gap = median(runs.worker.map((m) => m.longestGapMs));
  return [
    "| add-in Check over the fake Excel (100,000 rows) | runs | median s | longest main-thread gap ms | 99th percentile gap ms | longest fake Excel sync ms |",
    "|---|---:|---:|---:|---:|---:|",
    row("engine in a worker (worker_threads standing in for the Web Worker)", runs.worker),
    row("engine on the main thread (no Worker)", runs["in-thread"]),
    "",
    `**Longest main-thread gap** with the worker: **${gap.toFixed(0)} ms** (target < 50 ms: ${gap < 50 ? "met" : "not met"}).`,
    "Measured by bench/main-thread.js: a setInterval(…, 0) timer notes performance.now() at each tick and",
    "a gap is the time between two ticks, less the fake Excel's own sync time inside it (Excel's work",
    "happens in Excel's process, not the add-in's thread). Gaps also hold time the thread waited for a",
    `core: the machine's load average during these runs was ${median([...runs.worker, ...runs["in-thread"]].map((m) => m.load)).toFixed(1)} on ${os.cpus().length} cores.`,
  ];
}

let benchTsBuilt = false;
/** The adapter, the fake Excel and the custom functions compiled to bench/out/ts (once a run). */
function compileBenchTs() {
  if (benchTsBuilt) return;
  console.error("compiling the adapter, the fake Excel and the functions (tsconfig.bench.json)...");
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], { cwd: ROOT, encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.bench.json failed: ${tsc.stdout}${tsc.stderr}`);
  benchTsBuilt = true;
}

const miss = (met, target, by) => (met ? `met (target ${target})` : `**MISSED** (target ${target}${by ? `, ${by}` : ""})`);
const kb = (n) => (n / 1024).toFixed(1);
const int = (n) => Math.round(n).toLocaleString("en-US");

/** 2. The adapter over the fake Excel: round trips, request sizes and proxies as the schedule grows. */
function adapterSection() {
  compileBenchTs();
  const sizes = MILLION ? [1000, 100000, 1000000] : [1000, 100000];
  const lines = [
    "| add-in Check over the fake Excel | rows | syncs | largest request KB | largest response KB | proxy objects | s | peak RSS MB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const ms = [];
  for (const rows of sizes) {
    const m = measure([String(rows)], "adapter.js");
    ms.push(m);
    console.error(`adapter ${rows} rows: ${m.syncs} syncs, largest request ${kb(m.maxRequestBytes)} KB, ${m.proxies} proxies`);
    lines.push(`| engine in this thread (counts are the adapter's) | ${int(rows)} | ${m.syncs} | ${kb(m.maxRequestBytes)} | ${kb(m.maxResponseBytes)} | ${int(m.proxies)} | ${sec(m.ms)} | ${m.maxRssMb} |`);
  }
  const limit = 5 * 2 ** 20;
  const over = ms.filter((m) => m.maxRequestBytes > limit || m.maxResponseBytes > limit || m.failedSyncs > 0);
  lines.push(
    "",
    `- Every request and response under Excel's 5 MB: ${miss(over.length === 0, "≤ 5,120 KB, no refused sync", over.length ? `${over.map((m) => int(m.rows)).join(", ")} rows over` : "")}.`,
    "- Syncs grow with the number of 5 MB blocks the values read and the results written take, not with the rows: bench/adapter.js counts them in the fake (tests/excel/fake-excel.ts), which refuses a request over 5 MB as Excel does.",
  );
  if (!MILLION) lines.push("- The 1,000,000-row run was skipped (BENCH_MILLION=0).");
  return lines;
}

/** 4. The custom functions: 10,000 calls of each, and one call over a 10,000-row range. */
function functionsSection() {
  compileBenchTs();
  const r = spawnSync(process.execPath, [path.join(__dirname, "functions.js")], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench/functions.js failed (${r.status}): ${r.stderr}`);
  const fns = JSON.parse(r.stdout.trim().split("\n").pop());
  const target = 20;
  const lines = [
    `| custom function (Node, 10,000 calls) | µs a call | one call over 10,000 rows, ms | µs a row | first answer | target < ${target} µs |`,
    "|---|---:|---:|---:|---|---|",
  ];
  for (const f of fns) {
    const name = `CONNECTOR.${f.name.toUpperCase()}(${f.params.join(", ")})`;
    // a function given a block of schedule rows (CHANNEL) is judged per row: its single call holds 21 rows
    const block = f.params.includes("rows");
    const worst = block ? f.perCellUs : Math.max(f.perCallUs, f.perCellUs);
    const verdict = worst < target ? "met" : `**MISSED** (${(worst / target).toFixed(1)} × over)`;
    lines.push(`| ${name}${f.guessed.length ? ` (no sample for ${f.guessed.join(", ")}: empty)` : ""} | ${f.perCallUs.toFixed(1)} | ${(f.rangeUs / 1000).toFixed(0)} | ${f.perCellUs.toFixed(1)} | ${String(f.answer).replace(/\|/g, "\\|")} | ${verdict} |`);
  }
  lines.push(
    "",
    "Measured by bench/functions.js on every function src/functions/functions.ts exports, with sample values by parameter name; each argument of the range call is a",
    "10,000-row column (CHANNEL: 21 schedule rows a call, 10,000 in the range, judged per row; POLARITY reads a range as one path, so it answers once).",
    `A call in Excel adds the runtime's own cost. The target is met when both the single call and the range's time a row are under ${target} µs. Load average: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`,
  );
  return lines;
}

/**
 * What fetches each chunk loaded on demand (import() in src/, named in webpack.config.js). A
 * chunk missing here is printed as "not described", so a new one cannot hide in the totals.
 */
const ON_DEMAND = {
  "pane-adapter.js": "with adapter.js, the first Check, Clear, re-read of an earlier check (a reopened pane on a checked sheet: at start) or click on a finding; holds the results' citations",
  "adapter.js": "with pane-adapter.js (above), and with BOM, NetBox export, Insert Spec sheet: the Excel adapter",
  "spec-validation.js": "a check (or BOM, NetBox export) in a workbook that has a Spec sheet, and Insert Spec sheet: zod and the Spec sheet's reader",
  "engine.js": "the first CONNECTOR.CHANNEL call, a check where no Worker exists, BOM, Export for NetBox: the schedule engine",
  "check-engine.js": "with engine.js, the first CONNECTOR.CHANNEL call and a check where no Worker exists",
  "bom.js": "the BOM button (with engine.js and adapter.js)",
  "netbox.js": "the Export for NetBox button (with engine.js and adapter.js)",
  "spec-template.js": "the Insert Spec sheet button (with adapter.js and spec-validation.js)",
  "sample.js": "the Try a sample button",
  "check-worker.js": "the worker, when a check starts (it holds its own copy of the engine)",
};

/** 5. The production bundles, raw and gzipped: what the pane's page loads at start, the functions, each chunk fetched on demand. */
function bundlesSection() {
  const dist = path.join(ROOT, "dist");
  if (process.env.BENCH_BUILD !== "0") {
    console.error("npm run build (webpack --mode production)...");
    const b = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
    if (b.status !== 0) throw new Error(`webpack failed: ${b.stdout}${b.stderr}`);
  }
  const size = (f) => {
    const bytes = fs.readFileSync(path.join(dist, f));
    return { raw: bytes.length, gz: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const pageFiles = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=["']?([^"'\s>]+\.(?:js|css))/g)].map((m) => m[1]).filter((f) => !/^https?:/.test(f));
  const functionFiles = pageFiles.filter((f) => /functions|shared/.test(f));
  const total = (files) => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
  const lines = ["| production bundle (dist/) | KB raw | KB gzipped | loaded |", "|---|---:|---:|---|"];
  const onDemand = fs.readdirSync(dist).filter((f) => /\.(js|css)$/.test(f) && !pageFiles.includes(f)).sort();
  for (const f of pageFiles) {
    const s = size(f);
    lines.push(`| ${f} | ${kb(s.raw)} | ${kb(s.gz)} | by taskpane.html, at start${functionFiles.includes(f) ? " (the functions' code)" : ""} |`);
  }
  const page = total(pageFiles);
  const fnTotal = total(functionFiles);
  lines.push(
    `| **at start: everything taskpane.html loads** | **${kb(page.raw)}** | **${kb(page.gz)}** | ${pageFiles.join(" + ")} |`,
    `| **the functions at start** | **${kb(fnTotal.raw)}** | **${kb(fnTotal.gz)}** | ${functionFiles.join(" + ")} |`,
  );
  for (const f of onDemand) {
    const s = size(f);
    lines.push(`| ${f} | ${kb(s.raw)} | ${kb(s.gz)} | on demand: ${ON_DEMAND[f] ?? "**not described in bench/run.js (ON_DEMAND)**"} |`);
  }
  const channelFiles = ["engine.js", "check-engine.js"].filter((f) => onDemand.includes(f));
  const channelTotal = total([...functionFiles, ...channelFiles]);
  const checkFiles = ["adapter.js", "pane-adapter.js"].filter((f) => onDemand.includes(f));
  const checkTotal = total([...pageFiles, ...checkFiles]);
  lines.push(
    "",
    `- The pane's page at start: **${kb(page.gz)} KB** gzipped, ${miss(page.gz <= 80 * 1024, "≤ 80 KB", `${kb(page.gz - 80 * 1024)} KB over`)}.`,
    `- With what the first Check (or a reopened pane's re-read of an earlier check) fetches on the page (${checkFiles.join(" + ")}): ${kb(checkTotal.gz)} KB; the worker then fetches check-worker.js.`,
    `- The functions at start: **${kb(fnTotal.gz)} KB** gzipped, ${miss(fnTotal.gz <= 40 * 1024, "≤ 40 KB", `${kb(fnTotal.gz - 40 * 1024)} KB over`)}; with the schedule engine CONNECTOR.CHANNEL fetches on its first call (${channelFiles.join(" + ")}), ${kb(channelTotal.gz)} KB.`,
    "- A chunk loaded on demand is fetched only when its feature is used (last column), once per page; check-worker.js is fetched by the worker, not the page. Gzip level 9 (what a server's static compression gives, about).",
  );
  return lines;
}

/** The pane's own render of a 100,000-row result in headless Chromium (bench/pane-render.bench.ts). */
function paneSection() {
  console.error("pane render in headless Chromium (bench/pane-render.bench.ts; needs `npm run build`)...");
  const r = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--roots", "<rootDir>/bench", "--testMatch", "**/pane-render.bench.ts"], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const line = `${r.stdout}\n${r.stderr}`.split("\n").find((l) => l.trim().startsWith('{"rows"'));
  if (r.status !== 0 || !line) return [`The pane render bench did not run (exit ${r.status}): ${(r.stderr || "").split("\n").find((l) => l.trim()) ?? ""}`];
  const m = JSON.parse(line.trim());
  const [render] = m.renderMs;
  const [errorsOnly, search, byRow] = m.filterMs;
  return [
    `| pane (production build, headless Chromium) | rows | findings | render ms | errors-only filter ms | first search ms | by-row switch ms | DOM elements | JS heap MB |`,
    "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    `| the result of a Check | ${int(m.rows)} | ${m.findings} | ${render} | ${errorsOnly ?? ""} | ${search ?? ""} | ${byRow ?? ""} | ${int(m.domElements)} | ${m.heapMB} |`,
    "",
    "Render: the pane's \"pane-render\" measure (shaping the result and drawing the first page); filters: \"pane-filter\".",
  ];
}

/**
 * checkSchedule alone, in memory, each run a fresh process (bench/engine.js): rows per second
 * and peak memory by mix and size. Targets: 100,000 rows under 0.5 s; 1,000,000 rows under
 * 6 s and 1.5 GB (the grid itself included: it is what a host hands the engine).
 */
function engineSection() {
  if (!fs.existsSync(path.join(ROOT, "dist-cli", "core", "index.js"))) throw new Error("run `npm run build:cli` first");
  const sizes = MILLION ? [10000, 100000, 1000000] : [10000, 100000];
  const cases = [
    ...["realistic", "hostile"].flatMap((mix) => sizes.map((rows) => [mix, rows])),
    ["port-reuse", 100000],
    ...(MILLION ? [["port-reuse", 1000000]] : []),
  ];
  const runs = new Map(cases.map((c) => [c.join(" "), []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [mix, rows] of cases) {
      const m = measure([mix, String(rows)], "engine.js");
      runs.get(`${mix} ${rows}`).push(m);
      console.error(`run ${i + 1}/${RUNS} engine ${mix} ${rows}: ${m.ms.toFixed(0)} ms, ${m.maxRssMb} MB`);
    }
  }
  const target = (rows, ms, rss) => {
    if (rows === 100000) return ms < 500 ? "met (< 0.5 s)" : `**MISSED** (< 0.5 s; ${(ms / 500).toFixed(1)} × over)`;
    if (rows === 1000000) {
      const t = ms < 6000 ? "met (< 6 s)" : `**MISSED** (< 6 s; ${(ms / 6000).toFixed(1)} × over)`;
      const m = rss < 1536 ? "met (< 1.5 GB)" : `**MISSED** (< 1.5 GB; ${(rss / 1536).toFixed(1)} × over)`;
      return `${t}; ${m}`;
    }
    return "";
  };
  const lines = [
    "| engine: checkSchedule in memory | rows | runs | median ms | rows per s | µs per row | peak RSS MB (grid alone) | rows with findings | target |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const [mix, rows] of cases) {
    const xs = runs.get(`${mix} ${rows}`);
    const ms = median(xs.map((m) => m.ms));
    const rss = median(xs.map((m) => m.maxRssMb));
    lines.push(`| ${mix} | ${rows} | ${xs.length} | ${ms.toFixed(0)} | ${Math.round((rows / ms) * 1000)} | ${((ms * 1000) / rows).toFixed(1)} | ${rss} (${median(xs.map((m) => m.gridRssMb))}) | ${xs[0].withFindings} | ${target(rows, ms, rss)} |`);
  }
  lines.push(
    "",
    "Mixes (bench/engine.js): realistic, three-cable channels on a few connector, fiber and application texts, every panel",
    "port met by two ends, about one row in eight with a finding; hostile, every text of every row distinct; port-reuse,",
    "half the rows on one of a hundred equipment or panel ports. Time is wall-clock around checkSchedule alone (the grid",
    `is built first); peak RSS is the process's (getrusage maxRSS), grid included. Load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")} on ${os.cpus().length} cores.`,
    "",
  );
  return lines;
}

/** Section markers; "add-in main thread" keeps the name earlier files used. */
const MARKER = { engine: "engine", cli: "command line", channels: "channels traced", adapter: "adapter over the fake", addin: "add-in main thread", functions: "custom functions", bundles: "production bundles", pane: "pane render" };
const START = (k) => `<!-- ${MARKER[k]}: written by bench/run.js -->`;
const END = (k) => `<!-- end ${MARKER[k]} -->`;
const block = (k, lines) => [START(k), ...lines, END(k)].join("\n");

/**
 * Replaces each given section between its markers in the existing file (appended when absent);
 * with a new head (the machine and date, from the command-line section), also everything before
 * the first section.
 */
function writeSections(sections, head) {
  const file = path.join(ROOT, "BENCHMARKS.md");
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  if (head) {
    const first = Math.min(...Object.keys(MARKER).map((k) => text.indexOf(START(k))).filter((i) => i >= 0));
    text = `${head.join("\n")}\n\n${Number.isFinite(first) ? text.slice(first) : ""}`;
  }
  for (const [k, lines] of Object.entries(sections)) {
    const a = text.indexOf(START(k));
    const b = text.indexOf(END(k));
    text = a >= 0 && b > a ? text.slice(0, a) + block(k, lines) + text.slice(b + END(k).length) : `${text.replace(/\n*$/, "\n\n")}${block(k, lines)}\n`;
  }
  fs.writeFileSync(file, text);
  console.error(`wrote the ${Object.keys(sections).join(", ")} section(s) of BENCHMARKS.md`);
}

const BUILDERS = { engine: engineSection, adapter: adapterSection, addin: addinSection, functions: functionsSection, bundles: bundlesSection, pane: paneSection, channels: channelScaling };

async function main() {
  if (process.env.BENCH_CHANNELS === "only") {
    console.log(channelScaling().join("\n"));
    return;
  }
  if (ONLY) {
    const unknown = [...ONLY].filter((k) => !MARKER[k]);
    if (unknown.length) throw new Error(`BENCH_ONLY: unknown section ${unknown.join(", ")}; sections are ${Object.keys(MARKER).join(", ")}`);
    const sections = {};
    let head;
    for (const k of ONLY) {
      if (k !== "cli") sections[k] = BUILDERS[k]();
      else ({ head, lines: sections[k] } = await cliSection());
    }
    return writeSections(sections, head);
  }
  const cli = await cliSection();
  const sections = { engine: engineSection(), cli: cli.lines };
  for (const k of ["channels", "adapter", "addin", "functions", "bundles", "pane"]) sections[k] = BUILDERS[k]();
  const lines = [...cli.head, ""];
  for (const [k, l] of Object.entries(sections)) lines.push(block(k, l), "");
  fs.writeFileSync(path.join(ROOT, "BENCHMARKS.md"), lines.join("\n"));
  console.error("wrote BENCHMARKS.md");
}

/** 3. The command line against ExcelJS alone on the same generated files. */
async function cliSection() {
  if (!fs.existsSync(path.join(ROOT, "dist-cli", "cli", "main.js"))) throw new Error("run `npm run build:cli` first");
  fs.mkdirSync(OUT, { recursive: true });
  const f100k = path.join(OUT, "bench-100k.xlsx");
  await ensure(f100k, 100000);
  const rel = (f) => path.relative(ROOT, f);
  const cases = {
    exceljs: ["exceljs", rel(f100k), rel(path.join(OUT, "exceljs-100k.xlsx"))],
    exceljsStream: ["exceljs-stream", rel(f100k)],
    cli: ["cli", "check", rel(f100k), "--out", rel(path.join(OUT, "checked-100k.xlsx")), "--force"],
    cliCheckOnly: ["cli", "check", rel(f100k)],
  };
  const results = { exceljs: [], exceljsStream: [], cli: [], cliCheckOnly: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const name of Object.keys(cases)) {
      const m = measure(cases[name]);
      results[name].push(m);
      console.error(`run ${i + 1}/${RUNS} ${name}: ${sec(m.ms)} s, ${m.maxRssMb} MB`);
    }
  }
  let million;
  if (MILLION) {
    const f1m = path.join(OUT, "bench-1m.xlsx");
    await ensure(f1m, 1000000);
    million = {
      check: measure(["cli", "check", rel(f1m)]),
      out: measure(["cli", "check", rel(f1m), "--out", rel(path.join(OUT, "checked-1m.xlsx")), "--force"]),
      bytes: fs.statSync(f1m).size,
    };
    console.error(`1M rows: check ${sec(million.check.ms)} s ${million.check.maxRssMb} MB; --out ${sec(million.out.ms)} s ${million.out.maxRssMb} MB`);
  }

  const row = (label, ms) =>
    `| ${label} | ${ms.length} | ${sec(median(ms.map((m) => m.ms)))} | ${sec(Math.min(...ms.map((m) => m.ms)))} to ${sec(Math.max(...ms.map((m) => m.ms)))} | ${ms[0].engineMs === undefined ? "" : sec(median(ms.map((m) => m.engineMs)))} | ${median(ms.map((m) => m.maxRssMb))} |`;
  const med = (name, k = "ms") => median(results[name].map((m) => m[k]));
  // the command line's own time: the run less the time inside checkSchedule, run by run
  const io = (name) => median(results[name].map((m) => m.ms - m.engineMs));
  const verdict = (value, target, unit = "×") => (value <= target ? `met (target ≤ ${target}${unit})` : `**MISSED** (target ≤ ${target}${unit}, ${(value / target).toFixed(1)} × over)`);
  const outRatio = med("cli") / med("exceljs");
  const checkRatio = med("cliCheckOnly") / med("exceljsStream");
  const outIo = io("cli") / med("exceljs");
  const checkIo = io("cliCheckOnly") / med("exceljsStream");
  const load = os.loadavg().map((l) => l.toFixed(1)).join(", ");
  const head = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/run.js); do not edit by hand. Each run is a fresh Node",
    "process; the cases alternate so drift in the machine affects all alike; times are",
    "wall-clock medians, memory the peak resident set (getrusage maxRSS). `BENCH_ONLY=<section>`",
    "reruns one section and keeps the rest.",
    "",
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()}; ${new Date().toISOString().slice(0, 10)}; load average after the command-line runs ${load}.`,
  ];
  const lines = [
    `Input: a generated schedule (bench/generate.js) of 100,000 cable rows × 14 columns under a title block, ${(fs.statSync(f100k).size / 2 ** 20).toFixed(1)} MB, plus a notes sheet. Load average after these runs: ${load}.`,
    "",
    "| case (100,000 rows) | runs | median s | range s | of which the engine (checkSchedule) s | peak RSS MB |",
    "|---|---:|---:|---:|---:|---:|",
    row("ExcelJS alone: read the workbook, write it back", results.exceljs),
    row("ExcelJS's streaming reader alone: every row", results.exceljsStream),
    row("connector-check check --out (read, check, patch the copy)", results.cli),
    row("connector-check check (read, check, report)", results.cliCheckOnly),
    "",
    `- check --out / ExcelJS read and write: **${outRatio.toFixed(2)}**, ${verdict(outRatio, 0.25)}; the command line's own I/O alone (engine time subtracted): ${outIo.toFixed(2)}.`,
    `- check / ExcelJS streaming reader: **${checkRatio.toFixed(2)}**, ${verdict(checkRatio, 0.5)}; the command line's own I/O alone: ${checkIo.toFixed(2)}.`,
    "- The engine's time is every checkSchedule call inside the run (bench/measure.js times it where the command line calls it); the rest is reading, patching, writing and the report.",
    "",
  ];
  if (million) {
    const s = million.out.ms / 1000;
    lines.push(
      "| case (1,000,000 rows, " + (million.bytes / 2 ** 20).toFixed(0) + " MB) | s | of which the engine s | peak RSS MB |",
      "|---|---:|---:|---:|",
      `| connector-check check | ${sec(million.check.ms)} | ${sec(million.check.engineMs)} | ${million.check.maxRssMb} |`,
      `| connector-check check --out | ${sec(million.out.ms)} | ${sec(million.out.engineMs)} | ${million.out.maxRssMb} |`,
      "",
      `- 1,000,000 rows --out in ${s.toFixed(1)} s: ${verdict(s, 60, " s")}; ${million.out.maxRssMb} MB: ${verdict(million.out.maxRssMb, 1024, " MB")}.`,
    );
  } else lines.push("The 1,000,000-row run was skipped (BENCH_MILLION=0).");
  console.error(`command line: --out ratio ${outRatio.toFixed(2)} (I/O alone ${outIo.toFixed(2)}), check ratio ${checkRatio.toFixed(2)} (I/O alone ${checkIo.toFixed(2)})`);
  return { head, lines };
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(1);
});
