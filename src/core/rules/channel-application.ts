import type { Application } from "../catalog/applications";
import { rowList } from "../channels/facts";
import { defineRule } from "./rule";

const compatible = (a: Application, b: Application): boolean => a.id === b.id || a.breakout?.to === b.id || b.breakout?.to === a.id;

/** R29: the transceivers at the two ends of a channel are the same PMD, or a parallel PMD and its breakout. */
export default defineRule({
  id: "channel-application",
  severity: "error",
  title: "The same application at both ends of a channel",
  sources: ["ieee-802.3-same-pmd"],
  factSheet: "R29",
  checkChannel: (ch) => {
    const app = ch.application;
    if (!app) return [];
    const byApp = new Map<string, number[]>();
    for (const h of ch.hops) {
      const a = h.row.ctx.application;
      if (a) byApp.set(a.id, [...(byApp.get(a.id) ?? []), h.row.ctx.row]);
    }
    const apps = ch.hops.map((h) => h.row.ctx.application).filter((a): a is Application => !!a);
    if (apps.every((a) => compatible(a, app))) return [];
    return [{ params: { applications: [...byApp].map(([id, rows]) => `${id} (${rowList(rows)})`).join(" and ") }, columns: ["application"] }];
  },
});
