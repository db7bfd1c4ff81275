import { CassetteType, cassetteWords, readCassette } from "../cassette";
import { Connector, Gender, formatConnector, isArray, positionsOf } from "../connector";
import type { End } from "../findings";
import type { Field } from "../headers";
import type { Draft } from "./rule";
import { defineRule } from "./rule";
import { endsWithConnector } from "./util";

/** What is wrong with one cable end landing on a cassette or module. */
interface SideProblem {
  about: "family" | "count" | "gender";
  reason: string;
  expected: string;
}

const other = (g: Gender): Gender => (g === "male" ? "female" : "male");
const genderWords = (g: Gender): string => (g === "male" ? "pinned (male)" : "unpinned (female)");
/** Ferrule positions of an array count (an MPO-8 sits in a 12-position ferrule). */
const positions = (n: number): number => (n === 8 ? 12 : n);

/** The trunk end against the cassette's rear: the rear's gender, stated or, as cassettes are made, pinned. */
function trunkGender(c: Connector, cas: CassetteType): SideProblem | undefined {
  const rear = cas.trunkGender ?? "male";
  if (c.gender !== rear) return undefined;
  return {
    about: "gender",
    reason: `its trunk side is ${genderWords(rear)}, and a mated MPO pair needs one pinned and one unpinned`,
    expected: `${formatConnector({ ...c, gender: other(rear) })} on the trunk side`,
  };
}

/**
 * One end against the cassette it lands on: an MPO end on the trunk side (the cassette's array,
 * the opposite gender of its rear), a duplex end on the cord side (the cassette's LC or SC); on
 * a conversion module, MPO of the trunk's count on one side and of the converted count on the other.
 */
export function sideProblem(c: Connector, cas: CassetteType): SideProblem | undefined {
  const trunk = cas.trunkCount ? `MPO-${cas.trunkCount}` : "MPO";
  if (cas.kind === "conversion") {
    const sides = cas.trunkCount && cas.cordCount ? `${trunk} on its trunk side or MPO-${cas.cordCount} on its cord side` : "MPO on both sides";
    if (!isArray(c)) return { about: "family", reason: "a conversion module has MPO ports on both sides", expected: sides };
    const p = positionsOf(c);
    if (!cas.trunkCount || !cas.cordCount || p === undefined) return undefined;
    if (p === positions(cas.trunkCount)) return trunkGender(c, cas);
    if (p === positions(cas.cordCount)) return undefined;
    return { about: "count", reason: `it converts ${trunk} to MPO-${cas.cordCount}`, expected: sides };
  }
  if (isArray(c)) {
    const p = positionsOf(c);
    if (cas.trunkCount && p !== undefined && p !== positions(cas.trunkCount)) {
      return { about: "count", reason: `its trunk side takes ${trunk}`, expected: `${trunk} on the trunk side` };
    }
    return trunkGender(c, cas);
  }
  if (cas.cordFamily && c.family !== cas.cordFamily) {
    return { about: "family", reason: `its cord side takes ${cas.cordFamily} and its trunk side ${trunk}`, expected: `${cas.cordFamily} on the cord side` };
  }
  return undefined;
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/**
 * The draft for one end. `stated` when an Adapter cell or a cassette row names the cassette;
 * read from a location's name, every finding is an assumption and warns. The rear's gender,
 * when not stated, is assumed pinned and also only warns.
 */
export function cassetteDraft(
  at: { row?: number; end: End; field: Field; connector: Connector },
  text: string,
  cas: CassetteType,
  stated: boolean,
): Draft<"cassette-side"> | undefined {
  const problem = sideProblem(at.connector, cas);
  if (!problem) return undefined;
  const assumptions: string[] = [];
  if (!stated) assumptions.push(`the cassette's type is read from the name "${clip(text)}" (an Adapter column naming it settles it)`);
  if (problem.about === "gender" && !cas.trunkGender) assumptions.push("its rear is taken as pinned (male), as cassettes and modules are usually made");
  return {
    ...(at.row !== undefined ? { row: at.row } : {}),
    columns: [at.field],
    params: { end: at.end, connector: formatConnector(at.connector), cassette: clip(text), type: cassetteWords(cas), reason: problem.reason, expected: problem.expected },
    ...(assumptions.length ? { assumed: assumptions.join(", and "), assumptionOnly: true } : {}),
  };
}

/** A trunk between two cassettes that is wrong at both in the same way: one finding for "ends A and B". */
function bothEnds(drafts: Draft<"cassette-side">[]): Draft<"cassette-side">[] {
  const out: Draft<"cassette-side">[] = [];
  for (const d of drafts) {
    const same = out.find((o) => o.row === d.row && o.params.end !== d.params.end && o.params.reason === d.params.reason && o.params.cassette === d.params.cassette && o.params.expected === d.params.expected);
    if (same) {
      same.params = { ...same.params, end: "A and B" };
      same.columns = [...new Set([...same.columns, ...d.columns])];
    } else out.push(d);
  }
  return out;
}

/** R8/R2 at a transition: the trunk side of a cassette is the cassette's MPO array, its cord side LC (or the converted MPO). */
export default defineRule({
  id: "cassette-side",
  severity: "error",
  title: "A cable at a cassette or conversion module fits the side it lands on",
  sources: ["tia-568-array-connectivity", "icc-mpo-cassette", "goo-mpo24-vs-12", "tel-conn-mpo"],
  factSheet: "R2, R8",
  // An end at a location named as a cassette: the type is read from the name, so it warns.
  checkRow: (row) =>
    endsWithConnector(row)
      .filter((e) => e.role?.role === "transition" && !!e.location)
      .flatMap((e) => cassetteDraft({ end: e.end, field: e.field, connector: e.connector }, e.location as string, readCassette(e.location as string), false) ?? []),
  // A cassette an Adapter cell or a cassette row states: both cables meeting it are checked against it.
  checkChannel: (ch) =>
    bothEnds(
      ch.junctions.flatMap((j) => {
        const a = j.adapter;
        if (!a?.transition || a.fromName) return [];
        const cas = readCassette(a.text, a.transition);
        return [j.left, j.right].flatMap((side) =>
          side.end.connector ? cassetteDraft({ row: side.row, end: side.end.end, field: side.end.field, connector: side.end.connector }, a.text, cas, true) ?? [] : [],
        );
      }),
    ),
});
