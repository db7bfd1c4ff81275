import { CheckOptions, readSpecSheet } from "../../../src/core";
import { allFindings, direct, findingsOf, panels } from "./harness";

const spec = (s: NonNullable<CheckOptions["spec"]>): CheckOptions => ({ spec: s });
const requirements = (f: { params: { requirement: string } }[]) => f.map((x) => x.params.requirement);

/** The settings the workbook's Spec sheet adds, each changing a verdict the standards alone would pass. */
describe("project-spec: trunk, polish, margin, length and application settings", () => {
  const trunk = { ...panels, a: "MPO-12 UPC male", b: "MPO-12 UPC male", fiber: "OM4", length: 30 };

  it("a generic MPO trunk where trunks must be MTP low-loss fails, naming the Spec cell", () => {
    const f = findingsOf("project-spec", [trunk], spec({ trunkConnectorFamily: "MTP", trunkConnectorGrade: "low-loss", origins: { trunkConnectorFamily: "cell Spec!B4", trunkConnectorGrade: "cell Spec!B5" } }));
    expect(f.map((x) => [x.severity, x.columns[0], x.params.requirement, x.params.origin])).toEqual([
      ["error", "connectorA", "trunks must be MTP low-loss", "cell Spec!B4"],
      ["error", "connectorA", "trunks must be MTP low-loss", "cell Spec!B5"],
      ["error", "connectorB", "trunks must be MTP low-loss", "cell Spec!B4"],
      ["error", "connectorB", "trunks must be MTP low-loss", "cell Spec!B5"],
    ]);
  });
  it("an MTP Elite trunk meets it; a cord into a switch is not a trunk", () => {
    const s = spec({ trunkConnectorFamily: "MTP", trunkConnectorGrade: "low-loss", pinnedTrunks: true });
    expect(findingsOf("project-spec", [{ ...trunk, a: "MTP-12 Elite male", b: "MTP-12 Elite male" }], s)).toEqual([]);
    expect(findingsOf("project-spec", [{ ...direct, a: "MPO-12 female", b: "MPO-12 female", fiber: "OM4" }], s)).toEqual([]);
  });
  it("without From/To a row is taken for a trunk, said so, and only warned", () => {
    const [f] = findingsOf("project-spec", [{ a: "MPO-12 male", b: "MTP-12 male" }], spec({ trunkConnectorFamily: "MTP" }));
    expect([f.severity, f.params.requirement]).toEqual(["warning", "trunks must be MTP (taken for a trunk: the row names neither end)"]);
  });
  it("pinned trunks: an unpinned end fails; unstated gender says nothing", () => {
    const f = findingsOf("project-spec", [{ ...trunk, b: "MPO-12 UPC female" }, { ...trunk, a: "MPO-12", b: "MPO-12" }], spec({ pinnedTrunks: true }));
    expect(f.map((x) => [x.row, x.columns[0], x.params.requirement])).toEqual([[2, "connectorB", "trunks must be pinned (male) at both ends"]]);
  });
  it("polish for single-mode and for multimode MPO", () => {
    const s = spec({ singleModePolish: "APC", multimodePolish: "UPC" });
    expect(requirements(findingsOf("project-spec", [{ ...panels, a: "LC/UPC duplex", b: "LC/APC duplex", fiber: "OS2" }], s))).toEqual(["single-mode connectors must be APC"]);
    expect(requirements(findingsOf("project-spec", [{ ...trunk, a: "MPO-12 APC male", b: "MPO-12 UPC male" }], s))).toEqual(["multimode MPO/MTP connectors must be UPC"]);
    expect(findingsOf("project-spec", [{ ...panels, a: "LC duplex", b: "LC duplex", fiber: "OS2" }], s)).toEqual([]);
  });
  it("maximum link length and allowed applications", () => {
    const s = spec({ maxLinkLengthM: 90, allowedApplications: ["100GBASE-SR4", "400G DR4"] });
    const f = findingsOf("project-spec", [{ ...direct, a: "MPO-12 female", b: "MPO-12 female", fiber: "OM4", length: "100 m", app: "40GBASE-SR4" }], s);
    expect(f.map((x) => [x.columns[0], x.params.value, x.params.requirement])).toEqual([
      ["length", "100 m", "links at most 90 m long"],
      ["application", "40GBASE-SR4", "applications 100GBASE-SR4, 400GBASE-DR4 only"],
    ]);
    expect(findingsOf("project-spec", [{ ...direct, a: "MPO-12 female", b: "MPO-12 female", fiber: "OM4", length: "90 m", app: "100G-SR4" }], s)).toEqual([]);
  });
  it("a stated loss per mated pair above the project's maximum fails", () => {
    expect(requirements(findingsOf("project-spec", [{ ...panels, pairLoss: 0.5 }], spec({ maxPairLossDb: 0.35 })))).toEqual(["at most 0.35 dB per mated pair"]);
    expect(findingsOf("project-spec", [{ ...panels, pairLoss: 0.35 }], spec({ maxPairLossDb: 0.35 }))).toEqual([]);
  });
  it("minimum loss margin: stated mated pairs error; assumed ones only warn and say so", () => {
    // 10GBASE-SR on OM3 (figures confirmed): 250 m and two 0.75 dB pairs leave 0.23 dB of the 2.6 dB budget
    const row = { ...panels, a: "LC duplex", b: "LC duplex", fiber: "OM3", length: 250, app: "10GBASE-SR", pairLoss: 0.75 };
    const stated = findingsOf("project-spec", [{ ...row, pairs: 2 }], spec({ minMarginDb: 0.5 }));
    expect(stated.map((x) => [x.severity, x.unconfirmed ?? false, x.params.requirement])).toEqual([["error", false, "at least 0.5 dB of margin"]]);
    const assumed = findingsOf("project-spec", [row], spec({ minMarginDb: 0.5 }));
    expect(assumed.map((x) => [x.severity, x.params.requirement])).toEqual([["warning", "at least 0.5 dB of margin (assuming 2 mated pairs, as the row does not say)"]]);
    expect(findingsOf("project-spec", [{ ...row, pairs: 0 }], spec({ minMarginDb: 0.5 }))).toEqual([]);
  });
  it("a Spec sheet read from cells changes the verdict of a row the standards pass", () => {
    const row = { ...trunk, a: "MPO-12 UPC male", b: "MPO-12 UPC male" };
    expect(allFindings([row]).filter((f) => f.severity === "error")).toEqual([]);
    const sheet = readSpecSheet([["Setting", "Value", "Comment"], ["Trunk connector family", "MTP"], ["Trunk connector grade", "low-loss", "Elite only"]]);
    if (!sheet.ok) throw new Error(sheet.errors.join("; "));
    const errors = allFindings([row], { spec: sheet.spec }).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule === "project-spec" && f.params.origin)).toEqual(["cell Spec!B2", "cell Spec!B3", "cell Spec!B2", "cell Spec!B3"]);
  });
});
