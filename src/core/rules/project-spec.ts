import { formatConnector, isArray } from "../connector";
import { formatPolarity, parseApplication } from "../fields";
import { roundDb } from "../loss";
import type { ProjectSpec, SpecSetting } from "../spec";
import { specOrigin } from "../spec-basics";
import type { Draft, EndContext, RowContext } from "./rule";
import { defineRule } from "./rule";
import { distinctConnectors, rowChannel } from "./util";

/** The project's own specification (--spec file / the workbook's Spec sheet): what this design allows beyond the standards. */
export default defineRule({
  id: "project-spec",
  severity: "error",
  title: "Meets the project's own specification",
  sources: ["project-spec"],
  checkRow: (row) => {
    const spec = row.spec;
    const out: Draft<"project-spec">[] = [];
    const push = (setting: SpecSetting, d: Omit<Draft<"project-spec">["params"], "origin"> & { severity?: "warning"; unconfirmed?: boolean }) => {
      const { severity, unconfirmed, ...params } = d;
      const origin = specOrigin(spec, setting);
      out.push({ params: { ...params, ...(origin ? { origin } : {}) }, columns: [params.field], ...(severity ? { severity } : {}), ...(unconfirmed ? { unconfirmed } : {}) });
    };
    for (const e of distinctConnectors(row)) {
      // Every MTP is an MPO (fact sheet §1.1): allowing MPO allows MTP; allowing only MTP excludes generic MPO.
      const family = e.connector.family;
      if (spec.allowedConnectors && !spec.allowedConnectors.includes(family) && !(family === "MTP" && spec.allowedConnectors.includes("MPO"))) {
        push("allowedConnectors", { field: e.field, value: formatConnector(e.connector), requirement: `connectors ${spec.allowedConnectors.join(", ")} only` });
      }
      if (spec.requireLowLossMpo && isArray(e.connector) && !e.connector.lowLoss) {
        push("requireLowLossMpo", { field: e.field, value: formatConnector(e.connector), requirement: "MPO/MTP connectors must be low-loss (Elite) grade" });
      }
      const polish = e.connector.polish;
      if (polish && spec.singleModePolish && row.fiber?.kind === "SMF" && polish !== spec.singleModePolish) {
        push("singleModePolish", { field: e.field, value: formatConnector(e.connector), requirement: `single-mode connectors must be ${spec.singleModePolish}` });
      }
      if (polish && spec.multimodePolish && row.fiber?.kind === "MMF" && isArray(e.connector) && polish !== spec.multimodePolish) {
        push("multimodePolish", { field: e.field, value: formatConnector(e.connector), requirement: `multimode MPO/MTP connectors must be ${spec.multimodePolish}` });
      }
    }
    trunkRequirements(row, push);
    const grade = row.fiber?.grade;
    if (spec.allowedFiberGrades && row.fiber && (!grade || !spec.allowedFiberGrades.includes(grade))) {
      push("allowedFiberGrades", { field: "fiberType", value: grade ?? row.fiber.kind, requirement: `fiber grades ${spec.allowedFiberGrades.join(", ")} only` });
    }
    const p = row.polarity;
    if (spec.polarityMethod && p && p.kind === "method" && p.method !== spec.polarityMethod) {
      push("polarityMethod", { field: "polarity", value: formatPolarity(p), requirement: `polarity Method ${spec.polarityMethod}` });
    }
    if (spec.maxLinkLengthM !== undefined && row.length && row.length.metres > spec.maxLinkLengthM + 1e-9) {
      push("maxLinkLengthM", { field: "length", value: `${Math.round(row.length.metres * 100) / 100} m`, requirement: `links at most ${spec.maxLinkLengthM} m long` });
    }
    if (spec.maxPairLossDb !== undefined && row.pairLossDb !== undefined && row.pairLossDb > spec.maxPairLossDb + 1e-9) {
      push("maxPairLossDb", { field: "pairLoss", value: `${row.pairLossDb} dB per mated pair`, requirement: `at most ${spec.maxPairLossDb} dB per mated pair` });
    }
    const allowed = allowedApplicationIds(spec);
    if (allowed && row.application && !allowed.has(row.application.id)) {
      push("allowedApplications", { field: "application", value: row.application.id, requirement: `applications ${[...allowed].join(", ")} only` });
    }
    if (spec.minMarginDb !== undefined) {
      const ch = rowChannel(row);
      const margin = ch ? ch.budget.value - ch.lossDb : undefined;
      // a negative margin is the loss budget's error already
      if (ch && margin !== undefined && margin >= -1e-9 && margin < spec.minMarginDb - 1e-9) {
        const assumedPairs = row.matedPairs === undefined && ch.matedPairs > 0;
        push("minMarginDb", {
          field: "length",
          value: `a ${roundDb(Math.max(0, margin)).toFixed(2)} dB loss margin`,
          requirement: `at least ${spec.minMarginDb} dB of margin${assumedPairs ? ` (assuming ${ch.matedPairs} mated pairs, as the row does not say)` : ""}`,
          // an assumption never makes an error on its own
          ...(assumedPairs ? { severity: "warning" as const } : {}),
          unconfirmed: !ch.confirmed,
        });
      }
    }
    return out;
  },
});

type Push = (setting: SpecSetting, d: { field: EndContext["field"]; value: string; requirement: string; severity?: "warning" }) => void;

/**
 * A trunk: MPO/MTP at both ends and neither end at a transceiver. Where neither From nor To is
 * given the row is taken for a trunk, and the finding says so and only warns.
 */
function trunkRequirements(row: RowContext, push: Push): void {
  const spec = row.spec;
  if (spec.trunkConnectorFamily === undefined && spec.trunkConnectorGrade === undefined && spec.pinnedTrunks === undefined) return;
  const ends = [row.a, row.b];
  if (!ends.every((e) => e.connector && isArray(e.connector) && !e.atTransceiver)) return;
  const assumed = !row.a.location && !row.b.location;
  const why = assumed ? " (taken for a trunk: the row names neither end)" : "";
  const severity = assumed ? ({ severity: "warning" } as const) : {};
  for (const e of distinctConnectors(row)) {
    const c = e.connector;
    if (spec.trunkConnectorFamily === "MTP" && c.family !== "MTP") {
      push("trunkConnectorFamily", { field: e.field, value: formatConnector(c), requirement: `trunks must be MTP${spec.trunkConnectorGrade === "low-loss" ? " low-loss" : ""}${why}`, ...severity });
    }
    if (spec.trunkConnectorGrade === "low-loss" && !c.lowLoss && row.lossGrade !== "low-loss") {
      push("trunkConnectorGrade", { field: e.field, value: formatConnector(c), requirement: `trunks must be ${spec.trunkConnectorFamily ?? "MPO/MTP"} low-loss${why}`, ...severity });
    }
    if (spec.pinnedTrunks !== undefined && c.gender && (c.gender === "male") !== spec.pinnedTrunks) {
      push("pinnedTrunks", { field: e.field, value: formatConnector(c), requirement: `trunks must be ${spec.pinnedTrunks ? "pinned (male)" : "unpinned (female)"} at both ends${why}`, ...severity });
    }
  }
}

const appIds = new WeakMap<ProjectSpec, Set<string> | undefined>();
/** The spec's allowed applications as catalog ids, read once per spec. */
function allowedApplicationIds(spec: ProjectSpec): Set<string> | undefined {
  if (!spec.allowedApplications) return undefined;
  if (!appIds.has(spec)) {
    const ids = new Set<string>();
    for (const name of spec.allowedApplications) {
      const r = parseApplication(name);
      if (r.ok) ids.add(r.value.id);
    }
    appIds.set(spec, ids);
  }
  return appIds.get(spec);
}
