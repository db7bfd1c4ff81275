import { defineRule } from "./rule";
import type { ChannelEnd } from "../channels/types";
import type { Draft } from "./rule";

/** Says what the trace assumed about a channel's end: a transceiver nothing else meets, or a panel port the schedule stops at. */
export default defineRule({
  id: "channel-end",
  severity: "info",
  title: "What a channel's end plugs into",
  sources: ["engineering-practice"],
  checkChannel: (ch) =>
    [ch.start, ch.finish].flatMap((e: ChannelEnd): Draft<"channel-end">[] => {
      if (e.kind === "equipment") return [];
      const location = e.end.location ?? `end ${e.end.end} of row ${e.row}`;
      const assumed =
        e.kind === "open"
          ? "one more mated pair is assumed there for the loss, and the transceiver checks at that end are not run"
          : "its transceiver checks are warnings, not errors (say what each end is in an end-type column)";
      return [{ row: e.row, params: { location, kind: e.kind, assumed }, columns: [e.end.end === "A" ? "endA" : "endB"] }];
    }),
});
