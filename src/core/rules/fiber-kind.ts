import { formatFiber } from "../fields";
import { defineRule } from "./rule";

/** R12: a multimode optic on single-mode fiber (or the reverse) does not work. */
export default defineRule({
  id: "fiber-kind",
  severity: "error",
  title: "Fiber kind matches the application (multimode vs single-mode)",
  sources: ["tiafotc-400gbase-sr8", "tiafotc-800gbase-dr8"],
  factSheet: "R12",
  checkRow: (row) => {
    const app = row.application;
    if (!app || !row.fiber || row.fiber.kind === app.fiberKind) return [];
    return [
      {
        params: { application: app.id, needs: app.fiberKind === "MMF" ? "multimode" : "single-mode", fiber: formatFiber(row.fiber) },
        columns: ["fiberType", "application"],
      },
    ];
  },
});
