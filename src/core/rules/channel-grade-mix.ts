import { defineRule } from "./rule";

/** Cables of different grades in one channel (an OM3 cord into an OM4 trunk): the channel performs as the worst. */
export default defineRule({
  id: "channel-grade-mix",
  severity: "warning",
  title: "One fiber grade along a channel",
  sources: ["bicsi-ict-today", "engineering-practice"],
  checkChannel: (ch) =>
    ch.grades.length > 1 && ch.grade ? [{ params: { grades: ch.grades.join(" and "), judgedAt: ch.grade }, columns: ["fiberType"] }] : [],
});
