#!/usr/bin/env node
"use strict";
/**
 * Builds examples/cable-schedule.xlsx: the cable schedule of a small spine-leaf fabric, with a
 * handful of mistakes a reviewer would catch (each marked PLANTED below, so the workbook can be
 * reviewed here as text). Run: node examples/build-example.js
 *
 * Plant: 2 spines (racks A01, A02), 4 leaves (racks B01-B04). Spine-leaf links are
 * 400GBASE-DR4 over OS2 on Base-8 MTP (MTP-8) APC, structured as equipment cord, pinned trunk between
 * panels, equipment cord (Method B). Leaves reach servers with 100GBASE-SR4 cords and
 * MTP-8 to 4x LC breakouts; management and the border uplinks are duplex LC.
 */
const path = require("path");
const ExcelJS = require("exceljs");

const HEADERS = ["Cable ID", "From", "To", "Connector A", "Connector B", "Fiber Type", "Fiber Count", "Length", "Application", "Polarity", "Connections", "Qty", "Part Number", "Notes", "Link", "Seq", "Adapter"];

const CORD_DR4 = "MTP-8 APC female";
const TRUNK_DR4 = "MTP-8 APC male";

/**
 * One row: [id, from, to, connA, connB, fiber, count, length, application, polarity,
 * connections, qty, part, notes]. Connections = mated pairs in the channel (panels and ODFs;
 * a cord straight between two transceivers has none).
 */
const rows = [];
let id = 1001;
const add = (from, to, a, b, fiber, count, length, app, polarity, connections, part, notes = "", link = "", seq = "", adapter = "") =>
  rows.push([`C-${id++}`, from, to, a, b, fiber, count, length, app, polarity, connections, 1, part, notes, link, seq, adapter]);

// Spine-leaf: each spine port goes spine cord -> trunk PP-A0x Pn -> PP-B0n Pm -> leaf cord.
const trunkLength = { 1: "42 m", 2: "48 m", 3: "55 m", 4: "61 m" };
for (const spine of [1, 2]) {
  for (const leaf of [1, 2, 3, 4]) {
    const spinePanel = `PP-A0${spine} P${leaf}`;
    const leafPanel = `PP-B0${leaf} P${spine}`;
    const spinePort = `spine0${spine} Eth1/${leaf}`;
    const leafPort = `leaf0${leaf} Eth1/${48 + spine}`;
    // PLANTED (DR4 on multimode): spine02 -> leaf04 equipment cord entered as OM4.
    const spineCordFiber = spine === 2 && leaf === 4 ? "OM4" : "OS2";
    add(spinePort, spinePanel, CORD_DR4, CORD_DR4, spineCordFiber, 8, "3 m", "400GBASE-DR4", "Type B", 2, "MTP8-APC-FF-B-OS2-3M", "spine cord");
    // PLANTED (wrong gender pair): the spine01 -> leaf03 trunk was ordered unpinned at its A end,
    // so two female MTPs meet in the adapter at PP-A01 P3.
    const trunkA = spine === 1 && leaf === 3 ? "MTP-8 APC female" : TRUNK_DR4;
    add(spinePanel, leafPanel, trunkA, TRUNK_DR4, "OS2", 8, trunkLength[leaf], "400GBASE-DR4", "Type B", 2, "MTP8-APC-MM-B-OS2-TRUNK", "spine-leaf trunk");
    add(leafPanel, leafPort, CORD_DR4, CORD_DR4, "OS2", 8, "10 ft", "400GBASE-DR4", "Type B", 2, "MTP8-APC-FF-B-OS2-10FT", "leaf cord");
  }
}

// Leaf to servers: 100G direct cords and 4x25G breakouts.
for (const leaf of [1, 2, 3, 4]) {
  add(`leaf0${leaf} Eth1/1`, `srv-b0${leaf}-01 nic1`, "MTP-8 UPC female", "MTP-8 UPC female", "OM4", 8, "5 m", "100GBASE-SR4", "Type B", 0, "MTP8-UPC-FF-B-OM4-5M");
  add(`leaf0${leaf} Eth1/2`, `srv-b0${leaf}-02..05 eth0`, "MTP-8 UPC female", "4x LC/UPC duplex", "OM4", 8, "3 m", "100GBASE-SR4", "Type B", 0, "MTP8F-4LC-OM4-3M", "breakout 4x 25G to servers 02-05");
}
// PLANTED (8-fiber application on MPO-24): a GPU server cord ordered as MTP-24.
add("leaf02 Eth1/3", "gpu-b02-01 nic1", "MTP-24 UPC female", "MTP-24 UPC female", "OM4", 24, "5 m", "100GBASE-SR4", "Type B", 0, "MTP24-UPC-FF-B-OM4-5M");
// PLANTED (SR4 beyond reach on OM3): a legacy OM3 run to the storage row, 280 ft = 85.3 m > 70 m.
add("leaf04 Eth1/51", "stor-sw01 Eth1/1", "MTP-8 UPC female", "MTP-8 UPC female", "OM3", 8, "280 ft", "100GBASE-SR4", "Type B", 0, "MTP8-UPC-FF-B-OM3-280FT", "reuses the OM3 run to row D");

// DR4 breakout from a spine to the border leaf's 100G ports.
add("spine01 Eth1/30", "bleaf01 Eth1/1-4", "MTP-8 APC female", "4x LC/UPC duplex", "OS2", 8, "5 m", "400GBASE-DR4", "", 0, "MTP8APC-4LC-OS2-5M", "breakout 4x 100GBASE-DR");

// Border uplinks: 400GBASE-FR4 over duplex LC through the ODF.
for (const spine of [1, 2]) {
  const odf = `ODF-A05 P${10 + spine}`;
  add(`spine0${spine} Eth1/31`, odf, "LC/UPC duplex", "LC/UPC duplex", "OS2", 2, "4 m", "400GBASE-FR4", "A-to-B", 1, "LCLC-UPC-DX-OS2-4M", "border uplink cord");
  // PLANTED (APC into UPC): the spine02 side of the ODF was patched with an APC cord.
  const odfEnd = spine === 2 ? "LC/APC duplex" : "LC/UPC duplex";
  add(odf, `br0${spine} et-0/0/0`, odfEnd, "LC/UPC duplex", "OS2", 2, "650 ft", "400GBASE-FR4", "A-to-B", 1, "LCLC-DX-OS2-200M", "to border router");
}

// Management: 10GBASE-SR duplex LC to the out-of-band switch.
for (const leaf of [1, 2, 3, 4]) {
  add(`leaf0${leaf} Eth1/53`, `oob-sw01 Eth1/${leaf}`, "LC/UPC duplex", "LC/UPC duplex", "OM4", 2, "15 m", "10GBASE-SR", "A-to-B", 0, "LCLC-UPC-DX-OM4-15M", "management");
}

// Channels named by link id, hop by hop (Seq); Adapter = the adapter or cassette at the row's end B.
// Storage row: 10GBASE-SR over Method B, duplex LC cords through MPO-LC cassettes and a low-loss trunk.
// The cassettes are stated unpinned at the rear, so the pinned trunk mates them (rule cassette-side).
add("leaf01 Eth1/10", "CAS-C01 P1", "LC/UPC low-loss duplex", "LC/UPC low-loss duplex", "OM4", 2, "3 m", "10GBASE-SR", "A-to-B", "", "LCLC-LL-DX-OM4-3M", "storage cord", "ST-01", 1, "Method B cassette, unpinned rear");
add("CAS-C01 P1", "CAS-D01 P1", "MTP-12 Elite UPC male", "MTP-12 Elite UPC male", "OM4", 12, "45 m", "10GBASE-SR", "Type B", "", "MTP12-ELITE-MM-B-OM4-45M", "storage trunk", "ST-01", 2, "Method B cassette, unpinned rear");
add("CAS-D01 P1", "stor01 eth0", "LC/UPC low-loss duplex", "LC/UPC low-loss duplex", "OM4", 2, "3 m", "10GBASE-SR", "A-to-B", "", "LCLC-LL-DX-OM4-3M", "storage cord", "ST-01", 3);
// 40G port broken out to four 10G servers: an MTP-8 trunk to the panel, then a harness.
add("leaf02 Eth1/12", "PP-C01 P5", "MTP-8 Elite UPC female", "MTP-8 Elite UPC male", "OM4", 8, "30 m", "40GBASE-SR4", "Type B", "", "MTP8-ELITE-FM-B-OM4-30M", "trunk to row C", "BO-01", 1, "Type B");
add("PP-C01 P5", "srv-c01-01..04 nic1", "MTP-8 Elite UPC female", "4x LC/UPC duplex", "OM4", 8, "3 m", "40GBASE-SR4", "Type B", "", "MTP8F-ELITE-4LC-OM4-3M", "harness 4x 10G", "BO-01", 2);
// PLANTED (polarity only the channel shows): a 100GBASE-SR4 link built of Type A cords and a
// Type A trunk with Type A adapters. Each row is a valid cable; end to end, transmit meets transmit.
add("leaf03 Eth1/12", "PP-C02 P1", "MTP-8 Elite UPC female", "MTP-8 Elite UPC female", "OM4", 8, "3 m", "100GBASE-SR4", "Type A", "", "MTP8-ELITE-FF-A-OM4-3M", "gpu cord", "GPU-07", 1, "Type A");
add("PP-C02 P1", "PP-D02 P1", "MTP-8 Elite UPC male", "MTP-8 Elite UPC male", "OM4", 8, "30 m", "100GBASE-SR4", "Type A", "", "MTP8-ELITE-MM-A-OM4-30M", "gpu trunk", "GPU-07", 2, "Type A");
add("PP-D02 P1", "gpu-d02-07 nic1", "MTP-8 Elite UPC female", "MTP-8 Elite UPC female", "OM4", 8, "3 m", "100GBASE-SR4", "Type A", "", "MTP8-ELITE-FF-A-OM4-3M", "gpu cord", "GPU-07", 3);

async function build(file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Connector Check example";
  wb.created = wb.modified = new Date(Date.UTC(2025, 2, 14));
  const ws = wb.addWorksheet("Cable Schedule", { views: [{ state: "frozen", ySplit: 5 }] });

  // Title block: the header is in row 5, not row 1.
  ws.mergeCells("A1:N1");
  ws.getCell("A1").value = "DC1 Hall A, Pod 1: spine-leaf fabric fiber cable schedule";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Project DC1-P1-FAB, revision C, issued for construction";
  ws.getCell("A3").value = "Trunks pinned (male), equipment cords unpinned (female); parallel links Method B; lengths as ordered.";
  ws.getRow(5).values = HEADERS;
  ws.getRow(5).font = { bold: true };
  ws.getRow(5).eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } }));
  rows.forEach((r, i) => (ws.getRow(6 + i).values = r));
  ws.autoFilter = { from: "A5", to: `Q${5 + rows.length}` };
  [10, 18, 18, 20, 20, 10, 11, 9, 15, 9, 12, 5, 26, 30, 8, 5, 18].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const rev = wb.addWorksheet("Revisions");
  rev.addRows([
    ["Rev", "Date", "By", "Change"],
    ["A", "2025-01-20", "JK", "First issue for review"],
    ["B", "2025-02-11", "JK", "Border uplinks moved to ODF-A05"],
    ["C", "2025-03-14", "MS", "Issued for construction"],
  ]);
  rev.getRow(1).font = { bold: true };

  // The project's own spec, read by every check. PLANTED (longer than the project allows): the
  // 650 ft (198 m) run from ODF-A05 P11 to br01 passes every standard but breaks the 190 m limit.
  const spec = wb.addWorksheet("Spec");
  spec.addRows([
    ["Setting", "Value", "Comment"],
    ["Allowed fiber grades", "OM3, OM4, OS2", "OM3 only on the legacy row D runs"],
    ["Maximum link length", "190 m", "longer runs go through a splice in the ODF"],
    ["Default mated pairs", 2, ""],
    ["BOM stock length step (m)", 1, "assemblies are ordered in whole metres"],
  ]);
  spec.getRow(1).font = { bold: true };
  [28, 16, 44].forEach((w, i) => (spec.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(file);
  return rows.length;
}

const out = process.argv[2] || path.join(__dirname, "cable-schedule.xlsx");
build(out).then((n) => console.log(`wrote ${path.relative(process.cwd(), out)}: ${n} cable rows`));
