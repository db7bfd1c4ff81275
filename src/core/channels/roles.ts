import type { EndContext } from "../rules/rule";
import { roleFromLocation } from "../ends";
import type { EndRoleResult } from "./types";

/**
 * What an end plugs into, as the row reader decided it (src/core/ends.ts: the one decision the
 * row rules, the mated pairs and the integrity pass use too): equipment when an End type column
 * says so or its From/To names an interface or device, a panel when it names a panel or
 * cassette, else unknown (the trace then decides by what meets it). Stated only when a column
 * of the schedule gave it.
 */
export function endRole(end: EndContext): EndRoleResult {
  const d = end.role ?? roleFromLocation(end.location);
  const how = d.basis === "column" ? "stated" : "inferred";
  if (d.role === "transceiver" || end.atTransceiver) return { role: "equipment", how };
  if (d.role === "panel" || d.role === "transition") return { role: "panel", how };
  return { role: "unknown", how };
}
