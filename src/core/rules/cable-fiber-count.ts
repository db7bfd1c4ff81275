import { defineRule } from "./rule";
import { distinctConnectors, endFibers, isFanoutSide, text } from "./util";

/**
 * The fiber (strand) count of a cable must be what its connectors carry: an MPO-12 cable has
 * 12 fibers, not 24. On a breakout or harness the array end carries the count and the legs
 * are counted by breakout-fanout; a count of only the lit fibers (8 on an MPO-12 for SR4) is
 * accepted.
 */
export default defineRule({
  id: "cable-fiber-count",
  severity: "error",
  title: "Fiber count matches the connectors",
  sources: ["fluke-mpo-counts", "alcadon-parallel-optics"],
  checkRow: (row) => {
    const count = row.fiberCount;
    if (count === undefined) return [];
    const lit = row.application?.fibersUsed;
    return distinctConnectors(row)
      .filter((e) => !isFanoutSide(row, e))
      .flatMap((e) => {
        const fibers = endFibers(e.connector);
        if (fibers === undefined || fibers === count || (count === lit && count < fibers)) return [];
        return [{ params: { end: e.end, connector: text(e.connector), fibers, count }, columns: ["fiberCount" as const, e.field] }];
      });
  },
});
