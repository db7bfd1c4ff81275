import { defineRule } from "./rule";
import { arrayEnds, text, transceiverAssumption } from "./util";

/** R3: a transceiver's MPO interface is pinned, so the cord end plugged into it must be female. */
export default defineRule({
  id: "transceiver-gender",
  severity: "error",
  title: "Cord end into a transceiver is female (unpinned)",
  sources: ["alcadon-parallel-optics"],
  factSheet: "R3",
  checkRow: (row) => {
    // An MPO at a duplex (LC) optic is connector-family's finding; there are no pins to speak of.
    if (row.application && row.application.mdi.family !== "MPO") return [];
    return arrayEnds(row)
      .filter((e) => e.atTransceiver && e.connector.gender === "male")
      .map((e) => ({
        params: { end: e.end, connector: text(e.connector), application: row.application?.id ?? "parallel-optic" },
        columns: [e.field],
        ...transceiverAssumption(e),
      }));
  },
});
