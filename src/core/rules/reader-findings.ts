import { defineRule } from "./rule";

/*
 * Findings raised while a row is read (src/core/schedule.ts), before any check runs: they
 * have metadata like every rule so the pane can title and source them, and no check of their own.
 */

export const unreadableCell = defineRule({
  id: "unreadable-cell",
  severity: "warning",
  title: "Cell cannot be read",
  sources: ["engineering-practice"],
  raisedByReader: true,
});

export const unknownApplication = defineRule({
  id: "unknown-application",
  severity: "info",
  title: "Application not in the catalog",
  sources: ["tiafotc-400gbase-sr8"],
  raisedByReader: true,
});

/** R31: lengths need a unit NetBox knows (km, m, cm, mi, ft, in). */
export const lengthUnit = defineRule({
  id: "length-unit",
  severity: "error",
  title: "Length has a known unit",
  sources: ["netbox-choices"],
  factSheet: "R31",
  raisedByReader: true,
});

/** A row where nothing could be checked is not OK: it says which fields are missing. */
export const nothingChecked = defineRule({
  id: "nothing-checked",
  severity: "warning",
  title: "Row has something to check",
  sources: ["engineering-practice"],
  raisedByReader: true,
});

/** Copper, DAC, AOC, power and console rows share schedules with fiber: named once, not checked. */
export const notFiber = defineRule({
  id: "not-fiber",
  severity: "info",
  title: "Not a fiber link (copper, DAC, AOC, power, console): not checked",
  sources: ["netbox-choices"],
  raisedByReader: true,
});
