import { defineRule } from "./rule";
import { arrayConnectors, text } from "./util";

/**
 * R11: SR4/DR4-style applications light 8 of an MPO-12's 12 positions (1-4, 9-12). Not said
 * of a cable whose fiber count is already 8 (a Base-8 build), nor of a connector that already
 * has an error (yieldsToErrors).
 */
export default defineRule({
  id: "dark-positions",
  severity: "info",
  title: "8 of 12 positions lit: Base-8 is an option",
  sources: ["lanshack-mtp12", "aicplight-mpo12-16"],
  factSheet: "R11",
  yieldsToErrors: true,
  checkRow: (row) => {
    const app = row.application;
    if (!app || app.signal !== "parallel" || app.fibersUsed !== 8 || row.fiberCount === 8) return [];
    const first = arrayConnectors(row).find((e) => e.connector.fiberCount === 12);
    return first ? [{ params: { end: first.end, connector: text(first.connector), application: app.id }, columns: [first.field] }] : [];
  },
});
