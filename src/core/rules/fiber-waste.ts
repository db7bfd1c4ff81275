import { positionsOf } from "../connector";
import { defineRule } from "./rule";
import { arrayConnectors, text } from "./util";

/** R10: an 8-fiber application on MPO-24 leaves 16 fibers dark; a 16-fiber one belongs on MPO-16. */
export default defineRule({
  id: "fiber-waste",
  severity: "warning",
  title: "Array size fits the application (no MPO-24 for 8 or 16 fibers)",
  sources: ["senko-mpo16", "aicplight-mpo12-16"],
  factSheet: "R10",
  checkRow: (row) => {
    const app = row.application;
    if (!app || app.signal !== "parallel") return [];
    // An MPO-24 fanned out to 2 x MPO-12 or 3 x MPO-8 carries several links, not one wasteful one.
    if (arrayConnectors(row).some((e) => e.connector.legs !== undefined)) return [];
    return arrayConnectors(row)
      .filter((e) => {
        const n = positionsOf(e.connector);
        return n !== undefined && ((app.fibersUsed === 8 && n >= 24) || (app.fibersUsed === 16 && n >= 24));
      })
      .map((e) => ({
        params: {
          end: e.end,
          connector: text(e.connector),
          application: app.id,
          used: app.fibersUsed,
          suggested: app.fibersUsed === 8 ? "MPO-12, or Base-8 (MPO-8)" : "MPO-16",
        },
        columns: [e.field, "application"],
      }));
  },
});
