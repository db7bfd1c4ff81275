"use strict";
/**
 * The CONNECTOR.* custom functions in Node (src/functions/functions.ts compiled by run.js with
 * tsconfig.bench.json): each exported function called 10,000 times with one value per argument,
 * then once with every argument a 10,000-row column (Excel passes a range as a matrix and the
 * function answers cell by cell). Functions are found by what the module exports, so a new one
 * is measured without a change here; its arguments are sample values looked up by parameter
 * name (an unknown name gets an empty cell, which a function reads as "not given" or answers
 * with a #VALUE!; either is timed and the table says which).
 *   node bench/functions.js
 * Prints [{"name":..., "params":[...], "perCallUs":..., "rangeRows":..., "rangeUs":..., "perCellUs":..., "answer":..., "guessed":[...]}] as its last line.
 */
const path = require("path");
const { scheduleGrid } = require("./generate");

const TS = path.join(__dirname, "out", "ts");
// the Excel runtime's CustomFunctions global, as much as the functions use (their errors)
globalThis.CustomFunctions = {
  Error: class {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
};
const functions = require(path.join(TS, "src", "functions", "functions.js"));

const CALLS = 10000;
const RANGE_ROWS = 10000;

/** A sample value for each parameter name the functions use (case-insensitive). */
const SAMPLES = {
  text: "MTP-12 UPC female",
  application: "100GBASE-SR4",
  fibertype: "OM4",
  fiber: "OM4",
  lengthm: 70,
  length: "70 m",
  matedpairs: 2,
  splices: 0,
  pairlossdb: 0.5,
  dbperkm: 3,
  connector: "MTP-12 UPC female",
  connector1: "MPO-12 UPC male",
  connector2: "MPO-12 UPC female",
  connectora: "MPO-12 UPC female",
  connectorb: "MPO-12 UPC female",
  polarity: "B",
  path: "A,A,A,A,B",
  priority: "cost",
  fibercount: 12,
  count: 12,
};

/** Parameter names of a compiled function, from its source text. */
function paramsOf(fn) {
  const m = /^[^(]*\(([^)]*)\)/.exec(fn.toString());
  return (m ? m[1] : "")
    .split(",")
    .map((p) => p.replace(/=.*$/, "").replace(/^\.\.\./, "").trim())
    .filter(Boolean);
}

const firstCell = (answer) => {
  const v = Array.isArray(answer) ? (Array.isArray(answer[0]) ? answer[0][0] : answer[0]) : answer;
  return v instanceof globalThis.CustomFunctions.Error ? `${v.code} ${v.message ?? ""}` : v;
};

/** A function's answer; CHANNEL answers with a promise (it fetches the schedule engine's chunk on first use), timed to its settling. */
const settle = (answer) => (answer && typeof answer.then === "function" ? answer : null);

async function main() {
  const out = [];
  for (const [name, fn] of Object.entries(functions)) {
    if (typeof fn !== "function") continue;
    const params = paramsOf(fn);
    const guessed = params.filter((p) => !(p.toLowerCase() in SAMPLES) && p !== "rows");
    // "rows" is a block of schedule rows with its header (CHANNEL): the generated schedule
    const one = params.map((p) => (p === "rows" ? scheduleGrid(21).slice(3) : [[SAMPLES[p.toLowerCase()] ?? ""]]));
    let answer;
    for (let i = 0; i < 200; i++) answer = fn(...one); // warm up
    if (settle(answer)) answer = await answer;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) {
      answer = fn(...one);
      if (settle(answer)) answer = await answer;
    }
    const perCallUs = Number(process.hrtime.bigint() - t0) / 1e3 / CALLS;
    const range = params.map((p) => (p === "rows" ? scheduleGrid(RANGE_ROWS).slice(3) : Array.from({ length: RANGE_ROWS }, () => [SAMPLES[p.toLowerCase()] ?? ""])));
    const t1 = process.hrtime.bigint();
    let big = fn(...range);
    if (settle(big)) big = await big;
    const rangeUs = Number(process.hrtime.bigint() - t1) / 1e3;
    const cells = Array.isArray(big) ? big.length : 1;
    out.push({ name, params, perCallUs, rangeRows: RANGE_ROWS, rangeUs, perCellUs: rangeUs / RANGE_ROWS, answerRows: cells, answer: String(firstCell(answer)).slice(0, 60), guessed });
    console.error(`${name}: ${perCallUs.toFixed(1)} µs a call; ${RANGE_ROWS} rows in ${(rangeUs / 1000).toFixed(0)} ms`);
  }
  console.log(JSON.stringify(out));
}

void main();
