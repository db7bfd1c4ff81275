import { formatConnector, isArray } from "../connector";
import { formatPolarity } from "../fields";
import type { Draft } from "./rule";
import { defineRule } from "./rule";
import { distinctConnectors } from "./util";

/** The project's own specification (--spec file / workbook settings): allowed connectors and grades, low-loss MPO, polarity method. */
export default defineRule({
  id: "project-spec",
  severity: "error",
  title: "Meets the project's own specification",
  sources: ["project-spec"],
  checkRow: (row) => {
    const spec = row.spec;
    const out: Draft<"project-spec">[] = [];
    for (const e of distinctConnectors(row)) {
      // Every MTP is an MPO (fact sheet §1.1): allowing MPO allows MTP; allowing only MTP excludes generic MPO.
      const family = e.connector.family;
      if (spec.allowedConnectors && !spec.allowedConnectors.includes(family) && !(family === "MTP" && spec.allowedConnectors.includes("MPO"))) {
        out.push({ params: { field: e.field, value: formatConnector(e.connector), requirement: `connectors ${spec.allowedConnectors.join(", ")} only` }, columns: [e.field] });
      }
      if (spec.requireLowLossMpo && isArray(e.connector) && !e.connector.lowLoss) {
        out.push({ params: { field: e.field, value: formatConnector(e.connector), requirement: "MPO/MTP connectors must be low-loss (Elite) grade" }, columns: [e.field] });
      }
    }
    const grade = row.fiber?.grade;
    if (spec.allowedFiberGrades && row.fiber && (!grade || !spec.allowedFiberGrades.includes(grade))) {
      out.push({ params: { field: "fiberType", value: grade ?? row.fiber.kind, requirement: `fiber grades ${spec.allowedFiberGrades.join(", ")} only` }, columns: ["fiberType"] });
    }
    const p = row.polarity;
    if (spec.polarityMethod && p && p.kind === "method" && p.method !== spec.polarityMethod) {
      out.push({ params: { field: "polarity", value: formatPolarity(p), requirement: `polarity Method ${spec.polarityMethod}` }, columns: ["polarity"] });
    }
    return out;
  },
});
