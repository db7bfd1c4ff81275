import * as z from "zod/mini";
import { en } from "zod/locales";
import { RULES } from "./rules";
import { parseApplication } from "./fields";

// zod/mini (the functional API, which a bundle can tree-shake) loads no wording of its own:
// the English messages the spec's errors quote ("Too big: expected number to be <=10").
z.config(en());

/**
 * The project's own specification: what this design allows beyond the standards. Validated
 * with zod because it arrives as JSON (a --spec file, workbook settings).
 */
export const ProjectSpecSchema = z.strictObject({
  /** Connector families allowed anywhere in the schedule, e.g. ["MTP", "LC"]. */
  allowedConnectors: z.optional(z.array(z.enum(["MPO", "MTP", "LC", "SC", "FC", "ST", "CS", "SN", "MDC", "E2000", "MTRJ"]))),
  /** Fiber grades allowed, e.g. ["OM4", "OS2"]. */
  allowedFiberGrades: z.optional(z.array(z.enum(["OM1", "OM2", "OM3", "OM4", "OM5", "OS1", "OS1a", "OS2"]))),
  /** MPO/MTP connectors must be low-loss (Elite) grade. */
  requireLowLossMpo: z.optional(z.boolean()),
  /** Polarity method required for every trunk, e.g. "B". */
  polarityMethod: z.optional(z.enum(["A", "B", "C", "U1", "U2"])),
  /**
   * Polish of the MPO receptacle on the multimode parallel modules sold both ways (200G/400G SR4,
   * VR4, 400G/800G SR8, VR8), from the modules' datasheets: pins what the catalog leaves open.
   */
  multimodePolish: z.optional(z.enum(["UPC", "APC"])),
  /** Loss per mated pair to design with, in dB (a vendor's warranty figure replacing the TIA maximum). */
  pairLossDb: z.optional(z.number().check(z.gte(0), z.lte(5))),
  /** Mated pairs per channel when a row does not say. */
  defaultMatedPairs: z.optional(z.int().check(z.gte(0), z.lte(20))),
  /** Rule ids to switch off, or to report at another severity. */
  severity: z.optional(z.record(z.string(), z.enum(["error", "warning", "info", "off"]))),
  /** Loss margin below which a channel is called tight, in dB (default 0.5). */
  minMarginDb: z.optional(z.number().check(z.gte(0), z.lte(10))),
  /** A cassette's or conversion module's own insertion loss in dB, beyond its two mated pairs (vendor datasheet). */
  cassetteLossDb: z.optional(z.number().check(z.gte(0), z.lte(10))),
  /** Design priority when a row does not say. */
  priority: z.optional(z.enum(["performance", "cost", "density"])),
  /** Trunks (MPO/MTP at both ends, neither at a transceiver) must be this family: MTP allows only MTP; MPO allows either (every MTP is an MPO). */
  trunkConnectorFamily: z.optional(z.enum(["MTP", "MPO"])),
  /** Trunk connector loss grade: low-loss (Elite) or standard. */
  trunkConnectorGrade: z.optional(z.enum(["low-loss", "standard"])),
  /** Highest loss per mated pair a row may state, in dB (a row's "Loss per mated pair" above it fails the spec). */
  maxPairLossDb: z.optional(z.number().check(z.gte(0), z.lte(5))),
  /** Polish required on single-mode connectors. */
  singleModePolish: z.optional(z.enum(["APC", "UPC", "PC"])),
  /** Trunks pinned (male) at both ends: true; unpinned (female) at both ends: false. */
  pinnedTrunks: z.optional(z.boolean()),
  /** Longest cable a row may have, in metres. */
  maxLinkLengthM: z.optional(z.number().check(z.positive(), z.lte(200000))),
  /** Applications allowed (IEEE 802.3 names or aliases, e.g. "100GBASE-SR4"). */
  allowedApplications: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** BOM lengths are rounded up to a multiple of this, in metres (default 1). */
  bomStockStepM: z.optional(z.number().check(z.positive(), z.lte(1000))),
  /** Where each setting came from ("cell Spec!B4", "spec.json: trunkConnectorGrade"), for findings to cite. */
  origins: z.optional(z.record(z.string(), z.string())),
});

export type ProjectSpec = z.infer<typeof ProjectSpecSchema>;

/** A spec setting's key (origins aside). */
export type SpecSetting = Exclude<keyof ProjectSpec, "origins">;

/**
 * The spec to check with when the workbook's Spec sheet and a --spec file both give one: the
 * file wins setting by setting (severity merges rule by rule), and each setting keeps its origin.
 */
export function mergeSpecs(base: ProjectSpec | undefined, winner: ProjectSpec | undefined): ProjectSpec | undefined {
  if (!base) return winner;
  if (!winner) return base;
  const merged: ProjectSpec = { ...base, ...winner };
  if (base.severity || winner.severity) merged.severity = { ...base.severity, ...winner.severity };
  if (base.origins || winner.origins) merged.origins = { ...base.origins, ...winner.origins };
  return merged;
}

/** Reads a project spec from parsed JSON; the error names each bad key and what was expected. */
export function parseProjectSpec(json: unknown, source?: string): { ok: true; spec: ProjectSpec } | { ok: false; message: string } {
  const r = ProjectSpecSchema.safeParse(json);
  if (r.success) {
    // a misspelt rule id would switch nothing off, silently
    const known = RULES.map((rule) => rule.id as string);
    const unknown = Object.keys(r.data.severity ?? {}).filter((id) => !known.includes(id));
    if (unknown.length) {
      return {
        ok: false,
        message: `severity: unknown rule id${unknown.length > 1 ? "s" : ""} ${unknown.map((id) => `"${id}"`).join(", ")}; rule ids are ${known.join(", ")}`,
      };
    }
    const bad = unknownApplications(r.data.allowedApplications);
    if (bad) return { ok: false, message: `allowedApplications: ${bad}` };
    if (!source) return { ok: true, spec: r.data };
    const origins: Record<string, string> = {};
    for (const k of Object.keys(r.data)) if (k !== "origins") origins[k] = `${source}: ${k}`;
    return { ok: true, spec: { ...r.data, origins: { ...origins, ...r.data.origins } } };
  }
  return {
    ok: false,
    message: r.error.issues.map((i) => `${i.path.join(".") || "(spec)"}: ${i.message}`).join("; "),
  };
}

/** Names in an allowed-applications list that are not in the catalog (a typo would silently fail every row). */
export function unknownApplications(names: readonly string[] | undefined): string | undefined {
  const bad = (names ?? []).filter((n) => !parseApplication(n).ok);
  return bad.length
    ? `${bad.map((b) => `"${b}"`).join(", ")} ${bad.length === 1 ? "is" : "are"} not an application in the catalog (e.g. 100GBASE-SR4, 400GBASE-DR4)`
    : undefined;
}
