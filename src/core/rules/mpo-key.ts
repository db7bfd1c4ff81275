import { isArray } from "../connector";
import type { Draft, PairSide } from "./rule";
import { defineRule } from "./rule";
import { arrayEnds, endMeetsApplicationMdi, mdiKey, positionsOf, text, transceiverAssumption } from "./util";

/**
 * Interfaces an application may also have that the fact sheet could not confirm: a 400GBASE-SR8
 * with an MPO-24 interface (§3, "an MPO-24 option is UNCONFIRMED"). A mismatch resting on their
 * absence warns rather than errors.
 */
const UNCONFIRMED_MDI_POSITIONS: Readonly<Record<string, readonly number[]>> = { "400GBASE-SR8": [24] };

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
      .map((e) => ({
        params: { end: e.end, connector: text(e.connector), otherConnector: `the MPO-${app.mdi.positions} interface of ${app.id}` },
        columns: [e.field],
        unconfirmed: UNCONFIRMED_MDI_POSITIONS[app.id]?.includes(positionsOf(e.connector) ?? 0) || undefined,
        ...transceiverAssumption(e),
      }));
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
