import { defineRule } from "./rule";

/**
 * R28: a popular article claims MTP holds at most 12 fibers, MPO at most 24, and that MPO has
 * no key. All wrong: MTP is US Conec's brand of MPO, both are keyed, both come in 8 to 72
 * fibers. Where a schedule's text relies on these claims, say so (info).
 */
const MYTHS: ReadonlyArray<{ pattern: RegExp; claim: string; correction: string }> = [
  {
    pattern: /\b(mpo|mtp)\b[^|]*\b(unkeyed|keyless|no key|non[- ]?keyed|without (a )?key)\b|\b(unkeyed|keyless|non[- ]?keyed)\b[^|]*\bmpo\b/i,
    claim: "MPO without a key",
    correction: "every MPO has a key (IEC 61754-7, FOCIS 5); key-up/key-down is the basis of polarity Types A, B and C; MTP uses the same key",
  },
  {
    // "max 12", "up to 12 fibers", "supports only 12 fibers": not "only 12 lit", which is a fact about one trunk.
    pattern: /\bmtp\b[^|]*\b(max(imum)?|up to|at most|limited to|(holds|supports|takes) only)\s*(12|twelve)\b/i,
    claim: "MTP holds at most 12 fibers",
    correction: "MTP is US Conec's MPO and is made in the same counts, 8 to 72 (24-fiber MTP Elite assemblies ship)",
  },
  {
    pattern: /\bmpo\b[^|]*\b(max(imum)?|up to|at most|limited to|(holds|supports|takes) only)\s*(24|twenty[- ]?four)\b/i,
    claim: "MPO holds at most 24 fibers",
    correction: "MPO-32, MPO-48 and MPO-72 exist",
  },
];

export default defineRule({
  id: "mpo-myth",
  severity: "info",
  title: "MPO/MTP facts (not the popular myths)",
  sources: ["mpo-myth-check", "bonelinks-mtp-vs-mpo"],
  factSheet: "R28",
  checkRow: (row) =>
    MYTHS.filter((m) => m.pattern.test(row.text)).map((m) => ({ params: { claim: m.claim, correction: m.correction }, columns: ["notes"] })),
});
