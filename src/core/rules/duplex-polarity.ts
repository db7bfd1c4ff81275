import { formatPolarity } from "../fields";
import { defineRule } from "./rule";

/**
 * R22: a duplex link must cross transmit to receive. An A-to-A cord straight between two
 * transceivers joins transmit to transmit; Methods U1 and U2 are defined for duplex signals only.
 */
export default defineRule({
  id: "duplex-polarity",
  severity: "error",
  title: "Duplex polarity crosses transmit to receive",
  sources: ["tia-568-duplex-cords", "htfwdm-polarity", "siemon-polarity"],
  factSheet: "R22",
  checkRow: (row) => {
    const p = row.polarity;
    const app = row.application;
    if (!p) return [];
    if (p.kind === "duplex-cord" && p.type === "A-to-A" && row.a.atTransceiver && row.b.atTransceiver) {
      return [{ params: { polarity: formatPolarity(p), reason: "an A-to-A cord between two transceivers connects transmit to transmit; use an A-to-B cord" }, columns: ["polarity"] }];
    }
    if (p.kind === "method" && (p.method === "U1" || p.method === "U2") && app?.signal === "parallel") {
      return [{ params: { polarity: formatPolarity(p), reason: `universal methods use duplex fiber transitions; ${app.id} is a parallel application (use Method A or B)` }, columns: ["polarity", "application"] }];
    }
    if (p.kind === "duplex-cord" && app?.signal === "parallel") {
      return [{ params: { polarity: formatPolarity(p), reason: `${p.type} is a duplex cord type; ${app.id} is parallel and needs an array polarity type` }, columns: ["polarity", "application"] }];
    }
    return [];
  },
});
