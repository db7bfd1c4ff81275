import type { ProjectSpec, SpecSetting } from "./spec";

/**
 * What of the project spec needs no validation: a setting's origin, the Spec sheet's name, the
 * line naming the spec a check used. Apart from spec.ts and spec-sheet.ts, which load zod, so the
 * engine's rules and the pane's first load do not: zod is fetched only where a spec is validated
 * (a --spec file, a workbook that has a Spec sheet).
 */

/** The sheet the project spec lives on, in the workbook beside the schedule. */
export const SPEC_SHEET_NAME = "Spec";

/** Where a setting came from, for a finding to say ("cell Spec!B4"); undefined when not recorded. */
export const specOrigin = (spec: ProjectSpec, setting: SpecSetting): string | undefined => spec.origins?.[setting];

/** One line naming the spec a check used, for the pane and the CLI. */
export function describeSpec(spec: ProjectSpec | undefined, settings?: number): string {
  if (!spec) return "No project spec: the standards' defaults only.";
  const where = [
    ...new Set(
      Object.values(spec.origins ?? {}).map((o) => (o.startsWith("cell ") ? `the ${o.replace(/^cell (.*)!.*$/, "$1")} sheet` : o.replace(/:.*$/, ""))),
    ),
  ];
  const n = settings ?? Object.keys(spec).filter((k) => k !== "origins").length;
  return `Project spec: ${n} setting${n === 1 ? "" : "s"} from ${where.length ? where.join(" and ") : "the spec"}.`;
}
