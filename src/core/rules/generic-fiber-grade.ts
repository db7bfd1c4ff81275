import { formatFiber } from "../fields";
import { defineRule } from "./rule";

/** R30: "MMF"/"SMF" without a grade cannot be checked for reach exactly (NetBox's generic mmf/smf types). */
export default defineRule({
  id: "generic-fiber-grade",
  severity: "warning",
  title: "Fiber type names a grade",
  sources: ["netbox-choices"],
  factSheet: "R30",
  checkRow: (row) =>
    row.fiber && !row.fiber.grade && row.application ? [{ params: { fiber: formatFiber(row.fiber) }, columns: ["fiberType"] }] : [],
});
