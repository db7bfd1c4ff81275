#!/usr/bin/env node
"use strict";
// The command line is TypeScript compiled to dist-cli/ by `npm run build:cli` (run by `prepare`
// on npm ci / npm install).
let cli;
try {
  cli = require("../dist-cli/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("connector-check: the command line is not built: run `npm run build:cli`\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`connector-check: unexpected failure: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
