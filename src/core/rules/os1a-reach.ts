import { reachVerdict } from "../catalog/applications";
import { defineRule } from "./rule";

/** R20: IEEE gives shorter informative ranges for 1.0 dB/km (OS1/OS1a) fiber, e.g. 800GBASE-DR8 250 m. */
export default defineRule({
  id: "os1a-reach",
  severity: "warning",
  title: "Length within the informative range on OS1/OS1a",
  sources: ["tiafotc-800gbase-dr8", "tiafotc-40gbase-lr4", "tiafotc-100gbase-fr1"],
  factSheet: "R20",
  checkRow: (row) => {
    const app = row.application;
    const grade = row.fiber?.grade;
    if (!app || !row.length || (grade !== "OS1" && grade !== "OS1a")) return [];
    // the policy RECOMMEND shares: beyond the operating range the reach rule errors instead
    const v = reachVerdict(app, grade, row.length.metres);
    if (v?.status !== "beyond-informative") return [];
    return [{ params: { application: app.id, fiber: grade, lengthM: row.length.metres, informativeM: v.informative.value }, columns: ["length", "fiberType"] }];
  },
});
