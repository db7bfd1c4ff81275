import { defineRule } from "./rule";

/**
 * R21/R22 over a whole channel: parallel paths compose to transmit-to-receive (fact sheet
 * §2.5); duplex paths through cassettes match one of the connectivity methods (§2.3); a leg of
 * a harness follows its fibers through the harness's assumed leg map. A channel of duplex cords
 * only is not judged here.
 */
export default defineRule({
  id: "channel-polarity",
  severity: "error",
  title: "Channel polarity delivers transmit to receive",
  sources: ["polarity-permutation-model", "siemon-polarity", "htfwdm-polarity", "cablesplususa-polarity", "breakout-harness-legs", "lanshack-mtp12"],
  factSheet: "R21, R22",
  // the walks live with the channel judge (src/core/channels/channel-polarity-check.ts), which hands them over
  checkChannel: (ch) => ch.legJudge.channelPolarity(ch),
});
