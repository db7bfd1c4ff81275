import { defineRule } from "./rule";

/** R19: where an application reaches as far on OM4 as on OM5 (SR4, SR8), OM5 buys nothing. */
export default defineRule({
  id: "om5-no-benefit",
  severity: "info",
  title: "OM5 gives this application no extra reach",
  sources: ["tiafotc-400gbase-sr8"],
  factSheet: "R19",
  checkRow: (row) => {
    const app = row.application;
    if (!app || row.fiber?.grade !== "OM5") return [];
    const om4 = app.reach.OM4;
    const om5 = app.reach.OM5;
    if (!om4 || !om5 || om5.value > om4.value) return [];
    return [{ params: { application: app.id, reachM: om4.value }, columns: ["fiberType"] }];
  },
});
