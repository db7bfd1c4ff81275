import { defineRule } from "./rule";
import { arrayConnectors, text } from "./util";

/** R5: single-mode MPO/MTP is made with an 8° angled polish; a UPC one is rare and not standard. */
export default defineRule({
  id: "sm-mpo-polish",
  severity: "warning",
  title: "Single-mode MPO/MTP is APC",
  sources: ["tel-conn-mpo", "fiber-optical-networking"],
  factSheet: "R5",
  checkRow: (row) => {
    const kind = row.fiber?.kind ?? row.application?.fiberKind;
    if (kind !== "SMF") return [];
    return arrayConnectors(row)
      .filter((e) => e.connector.polish && e.connector.polish !== "APC")
      .map((e) => ({ params: { end: e.end, connector: text(e.connector), fiber: row.fiber?.grade ?? "single-mode" }, columns: [e.field] }));
  },
});
