import type { Application } from "../catalog/applications";
import { rowList } from "../channels/facts";
import { defineRule } from "./rule";

const compatible = (a: Application, b: Application): boolean => a.id === b.id || a.breakout?.to === b.id || b.breakout?.to === a.id;

/**
 * R29: the transceivers at the two ends of a channel (for a leg of a fan-out, the parallel port's
 * end and the leg's own end) are the same PMD, or a parallel PMD and its published breakout
 * (applications catalog, `breakout`); a row between them names one of the two or a PMD
 * compatible with one.
 */
export default defineRule({
  id: "channel-application",
  severity: "error",
  title: "The same application at both ends of a channel",
  sources: ["ieee-802.3-same-pmd"],
  factSheet: "R29",
  checkChannel: (ch) => {
    const apps = ch.hops.map((h) => h.row.ctx.application);
    const start = apps.find((a): a is Application => !!a);
    const finish = [...apps].reverse().find((a): a is Application => !!a);
    if (!start || !finish) return [];
    if (compatible(start, finish) && apps.every((a) => !a || compatible(a, start) || compatible(a, finish))) return [];
    const byApp = new Map<string, number[]>();
    for (const h of ch.hops) {
      const a = h.row.ctx.application;
      if (a) byApp.set(a.id, [...(byApp.get(a.id) ?? []), h.row.ctx.row]);
    }
    return [{ params: { applications: [...byApp].map(([id, rows]) => `${id} (${rowList(rows)})`).join(" and ") }, columns: ["application"] }];
  },
});
