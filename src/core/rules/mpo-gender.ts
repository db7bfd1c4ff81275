import { isArray } from "../connector";
import type { Draft, PairSide } from "./rule";
import { defineRule } from "./rule";
import { text } from "./util";

/** R2: a mated MPO/MTP pair needs exactly one pinned (male) connector. */
export default defineRule({
  id: "mpo-gender",
  severity: "error",
  title: "Mated MPO/MTP pair is one pinned, one unpinned",
  sources: ["tel-conn-mpo", "china-cable-suppliers-mtp"],
  factSheet: "R2",
  checkPair: (a, b) => {
    const ga = a.connector.gender;
    if (!isArray(a.connector) || !isArray(b.connector) || !ga || ga !== b.connector.gender) return [];
    const draft = (x: PairSide, y: PairSide): Draft<"mpo-gender"> => ({
      row: x.row,
      columns: [x.field],
      params: { end: x.end, connector: text(x.connector), otherRow: y.row, otherEnd: y.end, otherConnector: text(y.connector), gender: ga },
    });
    return [draft(a, b), draft(b, a)];
  },
});
