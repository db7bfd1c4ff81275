"use strict";
/**
 * The engine alone: checkSchedule over a schedule held in memory, at 10,000, 100,000 and
 * 1,000,000 rows, for three mixes. Each figure is a fresh process (no warmed heap or caches
 * shared between runs); the grid is built before the clock starts.
 *
 *   node bench/engine.js <realistic|hostile|port-reuse> <rows>   one timed run, prints JSON
 *
 * realistic: three-cable channels (leaf cord, trunk between two panel ports, spine cord) on a
 *   few connector, fiber and application texts; every panel port met by two ends; one row in
 *   ten carries a mistake (a male MPO into a transceiver, OM3 too long for its application).
 * hostile: every row distinct in every text the engine reads (locations, connector and fiber
 *   spellings, lengths, notes), so nothing read or checked can be shared between rows.
 * port-reuse: half the rows land on one of a hundred equipment ports or panel ports, so the
 *   integrity pass reports port reuse and overfull adapters across thousands of rows.
 */
const path = require("path");

const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber type", "Length", "Application", "Polarity", "Adapter", "Notes"];

function realisticGrid(rows) {
  const grid = [HEADER];
  for (let i = 0; i < rows; i++) {
    const ch = Math.floor(i / 3);
    const k = i % 3;
    const smf = ch % 2 === 0;
    const app = smf ? "400GBASE-DR4" : "100GBASE-SR4";
    const fiber = smf ? "OS2" : ch % 10 === 5 ? "OM3" : "OM4";
    const polish = smf ? "APC" : "UPC";
    const cord = `MTP-8 Elite ${polish} female`;
    const trunk = `MTP-8 Elite ${polish} male`;
    const leaf = `leaf${ch % 64} Eth1/${1 + Math.floor(ch / 64)}`;
    const spine = `spine0${1 + (ch % 4)} Eth1/${1 + Math.floor(ch / 4)}`;
    // Method B: Type B cables; APC end faces need Type A (key-up to key-down) adapters
    const adapter = k === 2 ? "" : smf ? "Type A" : "Type B";
    // one row in ten carries a mistake: a male MPO into a transceiver, or OM3 over its reach
    const wrongGender = k === 0 && ch % 10 === 3;
    const length = k === 1 ? (ch % 10 === 5 ? "120 m" : `${30 + (ch % 40)} m`) : k === 0 ? "3 m" : "10 ft";
    const [from, to, a, b] =
      k === 0
        ? [leaf, `PP-A${ch} P1`, wrongGender ? trunk : cord, cord]
        : k === 1
          ? [`PP-A${ch} P1`, `PP-B${ch} P1`, trunk, trunk]
          : [`PP-B${ch} P1`, spine, cord, cord];
    grid.push([`C-${100000 + i}`, from, to, a, b, fiber, length, app, "Type B", adapter, k === 1 ? "trunk" : ""]);
  }
  return grid;
}

const SPELLINGS = [
  ["MTP-12 UPC female", "mtp-12 upc female", "MTP12 UPC F", "MPO-12 female UPC", "MPO 12 UPC female"],
  ["MTP-8 APC male", "mtp-8 apc male", "MTP8 APC M", "MPO-8 male APC"],
  ["LC/UPC duplex", "lc/upc duplex", "LC UPC duplex", "LC-UPC duplex"],
];
const FIBERS = [["OM4", "om4", "MMF OM4", "mmf-om4"], ["OS2", "os2", "SMF OS2", "smf-os2"], ["OM4", "OM4 50/125"]];
const APPS = ["100GBASE-SR4", "400GBASE-DR4", "10GBASE-SR"];

function hostileGrid(rows) {
  const grid = [HEADER];
  for (let i = 0; i < rows; i++) {
    const kind = i % 3;
    const spell = (list) => list[Math.floor(i / 3) % list.length] + " ".repeat(Math.floor(i / 60) % 7);
    const conn = spell(SPELLINGS[kind]);
    grid.push([
      `X-${i}`,
      `rack${i} sw${i % 997} Eth1/${i % 48}`,
      `PP-${i} port ${1 + (i % 24)}`,
      conn,
      conn,
      spell(FIBERS[kind]),
      `${(1 + (i % 100000) / 1000).toFixed(3)} m`,
      APPS[kind],
      kind === 2 ? "A-to-B" : "Type B",
      "",
      `row note ${i}`,
    ]);
  }
  return grid;
}

function portReuseGrid(rows) {
  const grid = [HEADER];
  for (let i = 0; i < rows; i++) {
    const shared = i % 2 === 0;
    const from = shared ? `leaf${i % 10} Eth1/${i % 10}` : `leaf${i % 64} Eth2/${i}`;
    const to = shared ? `PP-${i % 100} P1` : `PP-X${i} P1`;
    grid.push([`R-${i}`, from, to, "MTP-12 UPC female", "MTP-12 UPC female", "OM4", `${3 + (i % 50)} m`, "100GBASE-SR4", "Type B", "", ""]);
  }
  return grid;
}

const MIXES = { realistic: realisticGrid, hostile: hostileGrid, "port-reuse": portReuseGrid };

function run(mix, rows) {
  const { checkSchedule } = require(path.join(__dirname, "..", "dist-cli", "core"));
  const grid = MIXES[mix](rows);
  const gridRssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const t0 = process.hrtime.bigint();
  const result = checkSchedule(grid);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!result.ok || result.rows.length !== rows) throw new Error(`checked ${result.rows.length} of ${rows} rows`);
  const withFindings = result.rows.filter((r) => r.findings.length).length;
  return { ms, rowsPerS: Math.round((rows / ms) * 1000), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), gridRssMb, withFindings };
}

module.exports = { MIXES, realisticGrid, hostileGrid, portReuseGrid };

if (require.main === module) {
  const [mix, rows] = process.argv.slice(2);
  if (!MIXES[mix] || !(Number(rows) > 0)) {
    console.error("usage: node bench/engine.js <realistic|hostile|port-reuse> <rows>");
    process.exit(2);
  }
  console.log(JSON.stringify(run(mix, Number(rows))));
}
