#!/usr/bin/env node
"use strict";
// `npm run demo`: checks the example schedule and writes the annotated copy (replacing the last one). The example has
// planted errors, so the check exits 1; the demo succeeds on 0 or 1 and fails on 2 or more
// (unusable input, a crash). Written in Node so it behaves the same under sh and cmd.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const r = spawnSync(
  process.execPath,
  [path.join(root, "bin", "connector-check.js"), "check", "examples/cable-schedule.xlsx", "--out", "examples/cable-schedule.checked.xlsx", "--force"],
  { cwd: root, stdio: "inherit" },
);
if (r.error) throw r.error;
if (r.status === null || r.status > 1) process.exit(r.status || 2);
// The BOM of the same schedule (rows with errors left out, and counted); the demo's own file, so replaced.
const bom = spawnSync(
  process.execPath,
  [path.join(root, "bin", "connector-check.js"), "bom", "examples/cable-schedule.xlsx", "--out", "examples/cable-schedule.bom.csv", "--force"],
  { cwd: root, stdio: "inherit" },
);
if (bom.error) throw bom.error;
process.exit(bom.status === 0 ? 0 : bom.status || 2);
