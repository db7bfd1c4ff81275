import { MATED_PAIR_LOSS_DB } from "../catalog/loss-grades";
import { roundDb } from "../loss";
import { defineRule } from "./rule";
import { arrayConnectors, rowChannel, text } from "./util";
import { LOSS_MARGIN_DB } from "./loss-margin";

/** Standard-grade margin from which a channel has room enough for generic MPO (practice). */
export const ROOM_FOR_GENERIC_DB = 1.0;

/**
 * A low-loss grade where the budget is tight (low loss comes from the grade, which generic
 * MPO has too); MTP where the row asks for performance (its floating ferrule and elliptical
 * guide pins keep the mating stable); generic MPO where cost matters and the budget has room.
 * Guidance, so info.
 */
export default defineRule({
  id: "mtp-vs-mpo",
  severity: "info",
  title: "MTP low-loss where the budget is tight; generic MPO where cost wins",
  sources: ["bonelinks-mtp-vs-mpo", "fs-mtp-guide", "fluke-tia-connector-max"],
  checkRow: (row) => {
    const arr = arrayConnectors(row)[0];
    if (!arr || row.application?.signal !== "parallel") return [];
    const c = arr.connector;
    // Standard-grade MTP has the same 0.75 dB maximum per pair as generic MPO (fact sheet §1.7):
    // the low-loss suggestion is for any standard-grade array; the cost one for MTP or low-loss parts.
    const standardGrade = !c.lowLoss;
    const premium = c.family === "MTP" || !!c.lowLoss;
    const std = rowChannel(row, MATED_PAIR_LOSS_DB.standard.value);
    const ll = rowChannel(row, MATED_PAIR_LOSS_DB["low-loss"].value);
    const marginStd = std ? roundDb(std.budget.value - std.lossDb) : undefined;
    const marginLl = ll ? roundDb(ll.budget.value - ll.lossDb) : undefined;
    const base = { end: arr.end, connector: text(c), marginStandardDb: marginStd, marginLowLossDb: marginLl };
    const priority = row.priority ?? row.spec.priority;
    // A tight budget on an assumed mated-pair count is the assumption's (loss-budget says so), not the row's.
    if (standardGrade && std && !std.pairsAssumed && marginStd !== undefined && marginLl !== undefined && marginStd < LOSS_MARGIN_DB && marginLl >= 0) {
      return [{ params: { ...base, suggestion: "MTP low-loss", reason: "tight-budget" }, columns: [arr.field] }];
    }
    if (standardGrade && priority === "performance") {
      return [{ params: { ...base, suggestion: "MTP low-loss", reason: "performance" }, columns: [arr.field] }];
    }
    if (premium && (priority === "cost" || priority === "density") && marginStd !== undefined && marginStd >= ROOM_FOR_GENERIC_DB) {
      return [{ params: { ...base, suggestion: "generic MPO", reason: "cost-room" }, columns: [arr.field] }];
    }
    return [];
  },
});
