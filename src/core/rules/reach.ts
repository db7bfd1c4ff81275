import { operatingRange } from "../catalog/applications";
import { defineRule } from "./rule";
import { effectiveGrade } from "./util";

/** R14: the length must not exceed the application's operating range on the fiber grade. */
export default defineRule({
  id: "reach",
  severity: "error",
  title: "Length within the application's reach on this fiber",
  sources: ["tiafotc-400gbase-sr8", "bicsi-ict-today", "tiafotc-800gbase-dr8"],
  factSheet: "R14",
  checkRow: (row) => {
    const g = effectiveGrade(row);
    if (!g || !row.application || !row.length) return [];
    const reach = operatingRange(row.application, g.grade);
    if (!reach || row.length.metres <= reach.value) return [];
    return [
      {
        params: { application: row.application.id, fiber: g.grade, lengthM: row.length.metres, reachM: reach.value },
        columns: ["length", "fiberType", "application"],
        unconfirmed: !reach.confirmed || g.assumed,
      },
    ];
  },
});
