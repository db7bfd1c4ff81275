import { z } from "zod";
import { RULES } from "./rules";

/**
 * The project's own specification: what this design allows beyond the standards. Validated
 * with zod because it arrives as JSON (a --spec file, workbook settings).
 */
export const ProjectSpecSchema = z
  .object({
    /** Connector families allowed anywhere in the schedule, e.g. ["MTP", "LC"]. */
    allowedConnectors: z.array(z.enum(["MPO", "MTP", "LC", "SC", "FC", "ST", "CS", "SN", "MDC", "E2000", "MTRJ"])).optional(),
    /** Fiber grades allowed, e.g. ["OM4", "OS2"]. */
    allowedFiberGrades: z.array(z.enum(["OM1", "OM2", "OM3", "OM4", "OM5", "OS1", "OS1a", "OS2"])).optional(),
    /** MPO/MTP connectors must be low-loss (Elite) grade. */
    requireLowLossMpo: z.boolean().optional(),
    /** Polarity method required for every trunk, e.g. "B". */
    polarityMethod: z.enum(["A", "B", "C", "U1", "U2"]).optional(),
    /**
     * Polish of the MPO receptacle on the multimode parallel modules sold both ways (200G/400G SR4,
     * VR4, 400G/800G SR8, VR8), from the modules' datasheets: pins what the catalog leaves open.
     */
    multimodePolish: z.enum(["UPC", "APC"]).optional(),
    /** Loss per mated pair to design with, in dB (a vendor's warranty figure replacing the TIA maximum). */
    pairLossDb: z.number().min(0).max(5).optional(),
    /** Mated pairs per channel when a row does not say. */
    defaultMatedPairs: z.number().int().min(0).max(20).optional(),
    /** Rule ids to switch off, or to report at another severity. */
    severity: z.record(z.string(), z.enum(["error", "warning", "info", "off"])).optional(),
    /** Loss margin below which a channel is called tight, in dB (default 0.5). */
    minMarginDb: z.number().min(0).max(10).optional(),
    /** A cassette's or conversion module's own insertion loss in dB, beyond its two mated pairs (vendor datasheet). */
    cassetteLossDb: z.number().min(0).max(10).optional(),
    /** Design priority when a row does not say. */
    priority: z.enum(["performance", "cost", "density"]).optional(),
  })
  .strict();

export type ProjectSpec = z.infer<typeof ProjectSpecSchema>;

/** Reads a project spec from parsed JSON; the error names each bad key and what was expected. */
export function parseProjectSpec(json: unknown): { ok: true; spec: ProjectSpec } | { ok: false; message: string } {
  const r = ProjectSpecSchema.safeParse(json);
  if (r.success) {
    // a misspelt rule id would switch nothing off, silently
    const known = RULES.map((rule) => rule.id as string);
    const unknown = Object.keys(r.data.severity ?? {}).filter((id) => !known.includes(id));
    if (unknown.length) {
      return { ok: false, message: `severity: unknown rule id${unknown.length > 1 ? "s" : ""} ${unknown.map((id) => `"${id}"`).join(", ")}; rule ids are ${known.join(", ")}` };
    }
    return { ok: true, spec: r.data };
  }
  return {
    ok: false,
    message: r.error.issues.map((i) => `${i.path.join(".") || "(spec)"}: ${i.message}`).join("; "),
  };
}
