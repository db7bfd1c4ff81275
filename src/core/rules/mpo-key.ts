import { isArray } from "../connector";
import type { Draft, PairSide } from "./rule";
import { defineRule } from "./rule";
import { arrayEnds, endMeetsApplicationMdi, mdiKey, text } from "./util";

/** R7: MPO-16/32 have an offset key and cannot mate centre-keyed MPO-8/12/24. */
export default defineRule({
  id: "mpo-key",
  severity: "error",
  title: "MPO key positions match (offset MPO-16 vs centre MPO-12/24)",
  sources: ["mpo16-offset-key"],
  factSheet: "R7",
  checkRow: (row) => {
    const app = row.application;
    if (!app || app.mdi.family !== "MPO") return [];
    return arrayEnds(row)
      .filter((e) => endMeetsApplicationMdi(row, e) && e.connector.key && e.connector.key !== mdiKey(app))
      .map((e) => ({ params: { end: e.end, connector: text(e.connector), otherConnector: `the MPO-${app.mdi.positions} interface of ${app.id}` }, columns: [e.field] }));
  },
  checkPair: (a, b) => {
    if (!isArray(a.connector) || !isArray(b.connector) || !a.connector.key || !b.connector.key || a.connector.key === b.connector.key) return [];
    const draft = (x: PairSide, y: PairSide): Draft<"mpo-key"> => ({
      row: x.row,
      columns: [x.field],
      params: { end: x.end, connector: text(x.connector), otherConnector: text(y.connector), otherRow: y.row },
    });
    return [draft(a, b), draft(b, a)];
  },
});
