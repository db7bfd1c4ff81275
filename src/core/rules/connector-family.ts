import { isArray } from "../connector";
import type { Draft, PairSide } from "./rule";
import { defineRule } from "./rule";
import { endMeetsApplicationMdi, endsWithConnector, text, transceiverAssumption } from "./util";

/** An array connector cannot mate a duplex one, nor LC an SC: at a panel adapter or a transceiver port. */
export default defineRule({
  id: "connector-family",
  severity: "error",
  title: "Connector family fits what it plugs into",
  sources: ["fiber-optic-components-40g", "tel-conn-mpo"],
  checkRow: (row) => {
    const app = row.application;
    if (!app) return [];
    return endsWithConnector(row)
      .filter((e) => endMeetsApplicationMdi(row, e) && (isArray(e.connector) ? app.mdi.family !== "MPO" : e.connector.family !== app.mdi.family))
      .map((e) => ({
        params: { end: e.end, connector: text(e.connector), against: `the ${app.mdi.family} interface of a ${app.id} transceiver` },
        columns: [e.field],
        ...transceiverAssumption(e),
      }));
  },
  checkPair: (a, b) => {
    const same = isArray(a.connector) ? isArray(b.connector) : a.connector.family === b.connector.family;
    if (same) return [];
    const draft = (x: PairSide, y: PairSide): Draft<"connector-family"> => ({
      row: x.row,
      columns: [x.field],
      params: { end: x.end, connector: text(x.connector), against: text(y.connector), otherRow: y.row },
    });
    return [draft(a, b), draft(b, a)];
  },
});
