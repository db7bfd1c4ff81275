import { isArray } from "../connector";
import { defineRule } from "./rule";
import { arrayConnectors, distinctConnectors, text } from "./util";

/** R24: WDM duplex optics (LR4, FR4, LR8) carry every lane on one pair and cannot be broken out on MPO. */
export default defineRule({
  id: "wdm-breakout",
  severity: "error",
  title: "WDM duplex optics are not broken out on MPO",
  sources: ["imfaceplate-40g-lr4", "flexoptix-400g"],
  factSheet: "R24",
  checkRow: (row) => {
    const app = row.application;
    if (!app?.wdm || app.signal !== "duplex") return [];
    // A breakout harness (MPO at one end, duplex legs at the other) or an MPO at the optic itself.
    // An MPO trunk between panels may carry WDM duplex channels through cassettes: that is no breakout.
    const conns = distinctConnectors(row);
    const harness = conns.some((e) => isArray(e.connector)) && conns.some((e) => !isArray(e.connector));
    return arrayConnectors(row)
      .filter((e) => harness || e.atTransceiver)
      .map((e) => ({ params: { end: e.end, connector: text(e.connector), application: app.id }, columns: [e.field, "application"] }));
  },
});
