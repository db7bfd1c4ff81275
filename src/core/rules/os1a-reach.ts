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
    if (!app?.reachOS1a || !row.length || (grade !== "OS1" && grade !== "OS1a")) return [];
    // beyond the OS2 reach itself, the reach rule already errors
    if (row.length.metres <= app.reachOS1a.value || row.length.metres > (app.reach.OS2?.value ?? Infinity)) return [];
    return [{ params: { application: app.id, fiber: grade, lengthM: row.length.metres, informativeM: app.reachOS1a.value }, columns: ["length", "fiberType"] }];
  },
});
