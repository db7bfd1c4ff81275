import { roundDb } from "../loss";
import { defineRule } from "./rule";
import { rowChannel } from "./util";

/** Margin below which a channel is called tight (R17; the 0.5 dB threshold is unconfirmed practice). */
export const LOSS_MARGIN_DB = 0.5;

/** R17: a channel within 0.5 dB of its budget passes but leaves little for dirty connectors and repairs. */
export default defineRule({
  id: "loss-margin",
  severity: "warning",
  title: "Channel loss leaves margin in the budget",
  sources: ["fluke-loss-budget-blog"],
  factSheet: "R17",
  checkRow: (row) => {
    const ch = rowChannel(row);
    // On an assumed count the margin is the assumption's, not the channel's (IEEE's allocation is two TIA-maximum pairs).
    if (!ch || !row.application || ch.pairsAssumed) return [];
    const margin = ch.budget.value - ch.lossDb;
    // tolerances: figures such as 0.1 km x 3.5 dB/km are not exact in binary; 0.5 dB of margin passes
    if (margin < -1e-9 || margin >= (row.spec.minMarginDb ?? LOSS_MARGIN_DB) - 1e-9) return [];
    return [
      {
        params: { application: row.application.id, fiber: ch.grade, lossDb: roundDb(ch.lossDb), budgetDb: ch.budget.value, marginDb: roundDb(Math.max(0, margin)) },
        columns: ["length", "matedPairs"],
      },
    ];
  },
});
