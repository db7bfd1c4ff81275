import { TIA_MAX_PAIR_LOSS_DB } from "../catalog/loss-grades";
import { defineRule } from "./rule";

/** R18: a loss per mated pair above 0.75 dB is worse than TIA's standard-grade maximum. */
export default defineRule({
  id: "pair-loss-above-tia",
  severity: "warning",
  title: "Loss per mated pair within the TIA maximum (0.75 dB)",
  sources: ["fluke-tia-connector-max"],
  factSheet: "R18",
  checkRow: (row) =>
    row.pairLossDb !== undefined && row.pairLossDb > TIA_MAX_PAIR_LOSS_DB.value
      ? [{ params: { pairLossDb: row.pairLossDb, tiaMaxDb: TIA_MAX_PAIR_LOSS_DB.value }, columns: ["pairLoss"] }]
      : [],
});
