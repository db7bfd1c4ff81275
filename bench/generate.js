"use strict";
/**
 * Writes an N-row cable schedule for the benchmark: the example's header and title block,
 * rows cycling through realistic spine-leaf cables (a few with mistakes), with the ExcelJS
 * streaming writer so that a million rows need little memory.
 */
const ExcelJS = require("exceljs");

const HEADER = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber Type", "Fiber Count", "Length", "Application", "Polarity", "Connections", "Qty", "Part Number", "Notes"];
const KINDS = [
  (i) => [`spine0${1 + (i % 2)} Eth1/${1 + (i % 32)}`, `PP-A${i} P1`, "MTP-8 APC female", "MTP-8 APC female", "OS2", 8, "3 m", "400GBASE-DR4", "Type B", 2, "MTP8-APC-FF-B-OS2-3M", "spine cord"],
  (i) => [`PP-A${i - 1} P1`, `PP-B${i} P1`, "MTP-8 APC male", "MTP-8 APC male", "OS2", 8, `${40 + (i % 60)} m`, "400GBASE-DR4", "Type B", 2, "MTP8-APC-MM-B-OS2-TRUNK", "trunk"],
  (i) => [`PP-B${i - 1} P1`, `leaf${i % 64} Eth1/49`, "MTP-8 APC female", "MTP-8 APC female", "OS2", 8, "10 ft", "400GBASE-DR4", "Type B", 2, "MTP8-APC-FF-B-OS2-10FT", "leaf cord"],
  (i) => [`leaf${i % 64} Eth1/1`, `srv-${i} nic1`, "MTP-8 UPC female", "MTP-8 UPC female", "OM4", 8, "5 m", "100GBASE-SR4", "Type B", 0, "MTP8-UPC-FF-B-OM4-5M", ""],
  (i) => [`leaf${i % 64} Eth1/2`, `srv-${i} eth0`, "MTP-8 UPC female", "4x LC/UPC duplex", "OM4", 8, "3 m", "100GBASE-SR4", "Type B", 0, "MTP8F-4LC-OM4-3M", "breakout"],
  (i) => [`leaf${i % 64} Eth1/51`, `stor-${i} Eth1/1`, "MTP-8 UPC female", "MTP-8 UPC female", "OM3", 8, "280 ft", "100GBASE-SR4", "Type B", 0, "MTP8-UPC-FF-B-OM3-280FT", "too long for OM3"],
  (i) => [`leaf${i % 64} Eth1/53`, `oob-sw01 Eth1/${i % 48}`, "LC/UPC duplex", "LC/UPC duplex", "OM4", 2, "15 m", "10GBASE-SR", "A-to-B", 0, "LCLC-UPC-DX-OM4-15M", "management"],
];

const TITLE = (rows) => [["Benchmark fabric: fiber cable schedule"], [`${rows} cable rows`], []];
const cableRow = (i) => [`C-${100000 + i}`, ...KINDS[i % KINDS.length](i)];

/** The same sheet as a grid of cell values, for the add-in's benchmark over the fake Excel. */
const scheduleGrid = (rows) => [...TITLE(rows), HEADER, ...Array.from({ length: rows }, (_, i) => cableRow(i))];

async function generate(file, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Cable Schedule");
  for (const r of TITLE(rows)) ws.addRow(r).commit();
  const header = ws.addRow(HEADER);
  header.font = { bold: true };
  header.commit();
  for (let i = 0; i < rows; i++) ws.addRow(cableRow(i)).commit();
  ws.commit();
  const notes = wb.addWorksheet("Notes");
  notes.addRow(["Generated for the benchmark"]).commit();
  notes.commit();
  await wb.commit();
}

module.exports = { generate, scheduleGrid };
if (require.main === module) {
  const [file, rows] = process.argv.slice(2);
  generate(file, Number(rows)).then(() => console.log(`wrote ${file}`));
}
