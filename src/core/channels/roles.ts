import type { EndContext } from "../rules/rule";
import { PANEL } from "../schedule";
import type { EndRoleResult } from "./types";

/**
 * What an end plugs into, as the row reader decided it (the one decision the row rules use
 * too): equipment when its From/To names a switch or server port, a panel when it names a
 * panel, else unknown (the trace then decides by what meets it). The reader does not yet
 * read an end-type column, so every role is inferred.
 */
export function endRole(end: EndContext): EndRoleResult {
  if (end.atTransceiver) return { role: "equipment", how: "inferred" };
  if (end.location && PANEL.test(end.location)) return { role: "panel", how: "inferred" };
  return { role: "unknown", how: "inferred" };
}
