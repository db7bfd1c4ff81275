import { formatConnector, isArray } from "../connector";
import { DUPLEX_METHODS } from "../polarity";
import { defineRule } from "./rule";

/** R6 at a traced adapter: a key-up to key-up (Type B) adapter cannot hold angled (APC) MPO end faces. */
export default defineRule({
  id: "adapter-key-apc",
  severity: "error",
  title: "APC MPO meets in key-up to key-down (Type A) adapters",
  sources: ["siemon-polarity"],
  factSheet: "R6",
  checkChannel: (ch) =>
    ch.junctions.flatMap((j) => {
      const type = j.adapter?.type ?? (j.adapter?.method ? DUPLEX_METHODS[j.adapter.method].adapters : undefined);
      if (type !== "B") return [];
      const apc = [j.left, j.right].find((s) => s.end.connector && isArray(s.end.connector) && s.end.connector.polish === "APC");
      if (!apc?.end.connector) return [];
      const params = { adapter: j.adapter?.text ?? "Type B", rows: `rows ${j.left.row} and ${j.right.row}`, connector: formatConnector(apc.end.connector) };
      return [
        { row: j.left.row, params, columns: ["adapter", j.left.end.field] },
        { row: j.right.row, params, columns: [j.right.end.field] },
      ];
    }),
});
