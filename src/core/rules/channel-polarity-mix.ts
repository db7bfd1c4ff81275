import { cableType, isArrayCable } from "../channels/facts";
import { defineRule } from "./rule";

/** R23: the trunks of one channel are all of one polarity type (cords at the ends may differ by method). */
export default defineRule({
  id: "channel-polarity-mix",
  severity: "warning",
  title: "One trunk polarity type along a channel",
  sources: ["htfwdm-polarity", "cablesplususa-polarity"],
  factSheet: "R23",
  checkChannel: (ch) => {
    const last = ch.hops.length - 1;
    const trunks = ch.hops.filter((h, k) => isArrayCable(h) === true && (h.row.component === "trunk" || (k > 0 && k < last)));
    const typed = trunks.map((h) => ({ row: h.row.ctx.row, type: cableType(h) })).filter((t) => t.type);
    if (new Set(typed.map((t) => t.type)).size < 2) return [];
    return [{ params: { types: typed.map((t) => `Type ${t.type} on row ${t.row}`).join(", ") }, columns: ["polarity"] }];
  },
});
