import { mdiPolishFor } from "../catalog/applications";
import { formatPolarity } from "../fields";
import { defineRule } from "./rule";
import { arrayConnectors, text } from "./util";

/** R6: key-up to key-up (Type B) adapters cannot mate angled end faces; APC needs Type A adapters. */
export default defineRule({
  id: "apc-adapter-key",
  severity: "error",
  title: "APC MPO uses key-up to key-down (Type A) adapters",
  sources: ["siemon-polarity"],
  factSheet: "R6",
  checkRow: (row) => {
    const p = row.polarity;
    if (!p) return [];
    const typeBAdapters =
      (p.kind === "method" && (p.method === "B" || p.method === "U2")) ||
      (p.kind === "path" && p.types.some((t, i) => i % 2 === 1 && t === "B"));
    if (!typeBAdapters) return [];
    const apc = arrayConnectors(row).find((e) => e.connector.polish === "APC");
    const apcByApp = !apc && row.application?.mdi.family === "MPO" && mdiPolishFor(row.application, row.spec)?.value === "APC" ? row.application : undefined;
    if (!apc && !apcByApp) return [];
    return [
      {
        params: { polarity: formatPolarity(p), connector: apc ? text(apc.connector) : `the APC interface of ${apcByApp?.id}` },
        columns: ["polarity", ...(apc ? [apc.field] : [])],
      },
    ];
  },
});
