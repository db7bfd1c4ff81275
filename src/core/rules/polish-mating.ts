import { mdiPolishFor } from "../catalog/applications";
import type { Draft, PairSide } from "./rule";
import { defineRule } from "./rule";
import { endMeetsApplicationMdi, endsWithConnector, text, transceiverAssumption } from "./util";

const isApc = (p: string) => p === "APC";

/** R4/R32: APC end faces only mate APC, at a panel and at a transceiver, multimode included. */
export default defineRule({
  id: "polish-mating",
  severity: "error",
  title: "APC mates only APC",
  sources: ["shopfiberoptic-colour-codes", "nvidia-optical-connectors"],
  factSheet: "R4, R32",
  checkRow: (row) => {
    const app = row.application;
    if (!app) return [];
    // where modules are sold both ways and the spec does not pin it, module-polish speaks instead
    const mdi = mdiPolishFor(app, row.spec);
    if (!mdi) return [];
    return endsWithConnector(row)
      .filter((e) => endMeetsApplicationMdi(row, e) && e.connector.polish && isApc(e.connector.polish) !== isApc(mdi.value))
      .map((e) => ({
        params: { end: e.end, polish: e.connector.polish as string, otherPolish: mdi.value, against: `the ${app.id} transceiver` },
        columns: [e.field],
        unconfirmed: !mdi.confirmed,
        ...transceiverAssumption(e),
      }));
  },
  checkPair: (a, b) => {
    const pa = a.connector.polish;
    const pb = b.connector.polish;
    if (!pa || !pb || isApc(pa) === isApc(pb)) return [];
    const draft = (x: PairSide, y: PairSide): Draft<"polish-mating"> => ({
      row: x.row,
      columns: [x.field],
      params: { end: x.end, polish: x.connector.polish as string, otherPolish: y.connector.polish as string, against: text(y.connector), otherRow: y.row },
    });
    return [draft(a, b), draft(b, a)];
  },
});
