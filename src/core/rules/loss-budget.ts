import { roundDb } from "../loss";
import { defineRule } from "./rule";
import { assumedPairsText, pairsThatFit, rowChannel } from "./util";

/**
 * R16: channel insertion loss (fiber + mated pairs + splices) must not exceed the application's
 * budget. An error only on a mated-pair count the schedule states; on the assumed default it
 * warns and says how many pairs fit.
 */
export default defineRule({
  id: "loss-budget",
  severity: "error",
  title: "Channel insertion loss within the application's budget",
  sources: ["foa-loss-budget", "fluke-loss-budget-blog", "fluke-tia-connector-max"],
  factSheet: "R16",
  checkRow: (row) => {
    const ch = rowChannel(row);
    if (!ch || !row.application || ch.lossDb <= ch.budget.value + 1e-9) return [];
    return [
      {
        params: {
          application: row.application.id,
          fiber: ch.grade,
          lossDb: roundDb(ch.lossDb),
          budgetDb: ch.budget.value,
          matedPairs: ch.matedPairs,
          pairLossDb: ch.pairLossDb,
          splices: ch.splices,
          ...(ch.pairsAssumed ? { pairsThatFit: pairsThatFit(ch) } : {}),
        },
        columns: ["length", "matedPairs", "application"],
        unconfirmed: !ch.confirmed,
        // On an assumed count the loss is an assumption, not a finding: at most a warning.
        ...(ch.pairsAssumed ? { assumed: assumedPairsText(ch), assumptionOnly: true } : {}),
      },
    ];
  },
});
