import { operatingRange } from "../catalog/applications";
import { defineRule } from "./rule";
import { effectiveGrade } from "./util";

/** Within this fraction of the reach there is no margin left (R15; the 10 % threshold is practice, unconfirmed). */
export const REACH_MARGIN_FRACTION = 0.1;

/**
 * R15: a length within 10 % of the reach (up to and including the reach itself) works, since
 * IEEE's reach is the operating range of a compliant channel, but leaves little margin: an
 * info on multimode. On single-mode the loss budget governs, so nothing is said.
 */
export default defineRule({
  id: "reach-margin",
  severity: "info",
  title: "Length leaves margin below the reach",
  sources: ["engineering-practice"],
  factSheet: "R15",
  checkRow: (row) => {
    const g = effectiveGrade(row);
    if (!g || !row.application || !row.length || row.application.fiberKind === "SMF") return [];
    const reach = operatingRange(row.application, g.grade);
    if (!reach) return [];
    const m = row.length.metres;
    // Warn on (90 %, 100 %] of the reach: exactly 90 % still has its 10 % margin, and a length
    // exactly at the reach passes the reach rule but has no margin at all.
    if (m > reach.value || m <= reach.value * (1 - REACH_MARGIN_FRACTION) + 1e-9) return [];
    return [
      {
        params: { application: row.application.id, fiber: g.grade, lengthM: m, reachM: reach.value, marginPct: Math.round(REACH_MARGIN_FRACTION * 100) },
        columns: ["length"],
      },
    ];
  },
});
