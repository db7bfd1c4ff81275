import { STANDARD_MPO_COUNTS, UNUSUAL_MPO_COUNTS } from "../connector";
import { defineRule } from "./rule";
import { arrayConnectors, text } from "./util";

/** R1: MPO/MTP come in 8, 12, 16, 24, 32, 48 and 72 fibers; 60, 96 and others exist but are unusual. */
export default defineRule({
  id: "mpo-fiber-count",
  severity: "error",
  title: "MPO/MTP fiber count is one that is made",
  sources: ["fluke-mpo-counts", "alcadon-parallel-optics"],
  factSheet: "R1",
  checkRow: (row) =>
    arrayConnectors(row)
      .filter((e) => e.connector.fiberCount !== undefined && !STANDARD_MPO_COUNTS.includes(e.connector.fiberCount))
      .map((e) => {
        const exists = UNUSUAL_MPO_COUNTS.includes(e.connector.fiberCount as number);
        return {
          params: { end: e.end, connector: text(e.connector), count: e.connector.fiberCount as number, exists },
          columns: [e.field],
          severity: exists ? ("warning" as const) : undefined,
        };
      }),
});
