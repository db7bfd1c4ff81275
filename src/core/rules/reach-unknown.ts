import { reachFor } from "../catalog/applications";
import { defineRule } from "./rule";
import { lineRateGbps } from "./util";

/** Where the catalog has no reach for the grade (e.g. 10GBASE-SR on OM2), say so rather than pass silently. */
export default defineRule({
  id: "reach-unknown",
  severity: "info",
  title: "No reach figure for this application on this grade",
  sources: ["bicsi-ict-today"],
  checkRow: (row) => {
    const app = row.application;
    const grade = row.fiber?.grade;
    if (!app || !grade || row.fiber?.kind !== app.fiberKind || reachFor(app, grade)) return [];
    if (app.fiberKind === "MMF" && (grade === "OM1" || grade === "OM2") && lineRateGbps(app) >= 40) return []; // legacy-multimode says it
    return [{ params: { application: app.id, fiber: grade }, columns: ["fiberType"] }];
  },
});
