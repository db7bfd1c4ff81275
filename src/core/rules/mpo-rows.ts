import { isArray, positionsOf } from "../connector";
import type { Draft, PairSide } from "./rule";
import { defineRule } from "./rule";
import { arrayEnds, endMeetsApplicationMdi, text, transceiverAssumption } from "./util";

/** R8: arrays of different sizes with the same key (MPO-24 vs MPO-12) need a conversion module or harness. */
export default defineRule({
  id: "mpo-rows",
  severity: "error",
  title: "Mated MPO arrays have the same rows and positions",
  sources: ["goo-mpo24-vs-12", "senko-mpo16"],
  factSheet: "R8",
  checkRow: (row) => {
    const app = row.application;
    if (!app || app.mdi.family !== "MPO") return [];
    return arrayEnds(row)
      .filter((e) => {
        const n = positionsOf(e.connector);
        return endMeetsApplicationMdi(row, e) && n !== undefined && e.connector.key !== undefined && n !== app.mdi.positions && (n === 16 || n === 32) === (app.mdi.positions === 16 || app.mdi.positions === 32);
      })
      .map((e) => ({ params: { end: e.end, connector: text(e.connector), otherConnector: `the MPO-${app.mdi.positions} interface of ${app.id}` }, columns: [e.field], ...transceiverAssumption(e) }));
  },
  checkPair: (a, b) => {
    if (!isArray(a.connector) || !isArray(b.connector)) return [];
    const na = positionsOf(a.connector);
    const nb = positionsOf(b.connector);
    if (na === undefined || nb === undefined || na === nb) return [];
    if (a.connector.key && b.connector.key && a.connector.key !== b.connector.key) return []; // mpo-key says it
    const draft = (x: PairSide, y: PairSide): Draft<"mpo-rows"> => ({
      row: x.row,
      columns: [x.field],
      params: { end: x.end, connector: text(x.connector), otherConnector: text(y.connector), otherRow: y.row },
    });
    return [draft(a, b), draft(b, a)];
  },
});
