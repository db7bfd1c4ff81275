import { defineRule } from "./rule";
import { lineRateGbps } from "./util";

/** R13: OM1 and OM2 do not support 40G and faster multimode Ethernet. */
export default defineRule({
  id: "legacy-multimode",
  severity: "error",
  title: "40G and faster multimode needs OM3 or better",
  sources: ["fiber-optic-components-40g", "bicsi-ict-today"],
  factSheet: "R13",
  checkRow: (row) => {
    const app = row.application;
    const grade = row.fiber?.grade;
    if (!app || app.fiberKind !== "MMF" || (grade !== "OM1" && grade !== "OM2") || lineRateGbps(app) < 40) return [];
    return [{ params: { application: app.id, fiber: grade }, columns: ["fiberType", "application"] }];
  },
});
