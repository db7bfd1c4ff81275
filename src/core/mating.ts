import { Connector, formatConnector, isArray, positionsOf } from "./connector";

export type MateProblem = "family" | "gender" | "polish" | "key" | "fiber-count";

export interface MateResult {
  ok: boolean;
  problems: Array<{ problem: MateProblem; reason: string }>;
}

/**
 * Whether two connectors can be mated through an adapter: compatible family (MPO and MTP
 * intermate), the same key and fiber count, exactly one pinned for MPO/MTP, and APC only with
 * APC. Unknown attributes (no polish given, say) are not held against the pair.
 */
export function canMate(a: Connector, b: Connector): MateResult {
  const problems: MateResult["problems"] = [];
  const aArray = isArray(a);
  if (aArray !== isArray(b) || (!aArray && a.family !== b.family)) {
    problems.push({ problem: "family", reason: `${formatConnector(a)} and ${formatConnector(b)} are different connector families` });
    return { ok: false, problems };
  }
  if (aArray) {
    if (a.key && b.key && a.key !== b.key) {
      problems.push({ problem: "key", reason: "an offset-key MPO-16/32 cannot mate a centre-key MPO-8/12/24" });
    } else if (positionsOf(a) !== undefined && positionsOf(b) !== undefined && positionsOf(a) !== positionsOf(b)) {
      problems.push({ problem: "fiber-count", reason: `${a.fiberCount} and ${b.fiberCount} fibers: different arrays need a conversion module or harness` });
    }
    if (a.gender && b.gender && a.gender === b.gender) {
      problems.push({ problem: "gender", reason: `both ${a.gender}: one must be pinned (male) and the other unpinned (female)` });
    }
  } else if (a.duplex !== undefined && b.duplex !== undefined && a.duplex !== b.duplex) {
    problems.push({ problem: "fiber-count", reason: "a duplex connector against a simplex one" });
  }
  if (a.polish && b.polish && (a.polish === "APC") !== (b.polish === "APC")) {
    problems.push({ problem: "polish", reason: `${a.polish} against ${b.polish}: APC only mates APC` });
  }
  return { ok: problems.length === 0, problems };
}
