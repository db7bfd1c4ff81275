import { positionsOf } from "../connector";
import { formatPolarity } from "../fields";
import { PARALLEL_METHOD_PATHS, checkParallelPath, describeLanding } from "../polarity";
import type { Polarity } from "../fields";
import { defineRule } from "./rule";
import type { RowContext } from "./rule";
import { arrayConnectors } from "./util";

/** The transceiver-to-transceiver path a row describes, if it describes one. */
function pathOf(row: RowContext, p: Polarity): readonly ("A" | "B" | "C")[] | undefined {
  if (p.kind === "path") return p.types;
  if (p.kind === "method" && row.application?.signal === "parallel") return PARALLEL_METHOD_PATHS[p.method];
  // A single cable with a transceiver at each end is the whole path (a direct cord).
  if (p.kind === "cable" && row.a.atTransceiver && row.b.atTransceiver) return [p.type];
  return undefined;
}

/**
 * R21: parallel optics need transmit position p to arrive on N+1-p at the far transceiver: the
 * composition of cables and adapters along the path must be the reversal (fact sheet §2.5).
 */
export default defineRule({
  id: "parallel-polarity",
  severity: "error",
  title: "Parallel polarity delivers transmit to receive",
  sources: ["polarity-permutation-model", "fs-parallel-polarity", "cablesplususa-polarity"],
  factSheet: "R21",
  checkRow: (row) => {
    const p = row.polarity;
    if (!p || (row.application && row.application.signal !== "parallel")) return [];
    if (p.kind === "method" && (p.method === "U1" || p.method === "U2")) return []; // duplex-only methods: duplex-polarity
    const path = pathOf(row, p);
    if (!path) return [];
    const arr = arrayConnectors(row)[0];
    const positions = (arr && positionsOf(arr.connector)) ?? row.application?.mdi.positions ?? 12;
    const result = checkParallelPath(path, positions);
    if (result.ok) return [];
    return [{ params: { polarity: formatPolarity(p), landing: describeLanding(result.landing), application: row.application?.id }, columns: ["polarity"] }];
  },
});
