import { isArray } from "../connector";
import { defineRule } from "./rule";
import type { Draft } from "./rule";
import { distinctConnectors, endFibers, text } from "./util";

/** R9: the connector (and the cable) must carry at least the fibers the application lights. */
export default defineRule({
  id: "connector-fiber-count",
  severity: "error",
  title: "Connector carries the fibers the application lights",
  sources: ["tiafotc-400gbase-sr8", "bicsi-ict-today"],
  factSheet: "R9",
  checkRow: (row) => {
    const app = row.application;
    if (!app) return [];
    const out: Draft<"connector-fiber-count">[] = [];
    const conns = distinctConnectors(row);
    const harness = conns.some((e) => isArray(e.connector)) && conns.some((e) => !isArray(e.connector));
    for (const e of conns) {
      if (harness && !isArray(e.connector)) continue; // breakout legs: counted by breakout-fanout
      const fibers = endFibers(e.connector);
      if (fibers !== undefined && fibers < app.fibersUsed) {
        out.push({ params: { end: e.end, connector: text(e.connector), fibers, application: app.id, needed: app.fibersUsed }, columns: [e.field, "application"] });
      }
    }
    if (!out.length && row.fiberCount !== undefined && row.fiberCount < app.fibersUsed && !harness) {
      out.push({ params: { connector: "the cable", fibers: row.fiberCount, application: app.id, needed: app.fibersUsed }, columns: ["fiberCount", "application"] });
    }
    return out;
  },
});
