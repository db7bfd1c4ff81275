import type { ArrayType, DuplexCordType, PolarityMethod } from "./fields";

/**
 * Parallel-optics polarity as permutations of fiber positions 1..N (fact sheet §2.5, DERIVED
 * and checked against TIA Methods A and B): a cable or adapter maps the position a signal
 * enters on to the position it leaves on.
 */
export type Permutation = readonly number[]; // index p-1 holds f(p)

export const identity = (n: number): Permutation => Array.from({ length: n }, (_, i) => i + 1);
/** Type B cable / Type B (key-up to key-up) adapter: p -> N+1-p. */
export const reversed = (n: number): Permutation => Array.from({ length: n }, (_, i) => n - i);
/** Type C cable: pairs flipped, odd p -> p+1, even p -> p-1. */
export const pairFlipped = (n: number): Permutation => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i + 2 : i));

/** Cable types and array adapter types as permutations: Type A straight, Type B reversed, Type C pair-flipped. */
export const cablePermutation = (type: ArrayType, n: number): Permutation =>
  type === "A" ? identity(n) : type === "B" ? reversed(n) : pairFlipped(n);
/** Type A adapter (key-up to key-down) passes positions straight; Type B (key-up to key-up) reverses them. */
export const adapterPermutation = (type: ArrayType, n: number): Permutation =>
  type === "A" ? identity(n) : type === "B" ? reversed(n) : pairFlipped(n);

/** Applies `first`, then `second`. */
export const compose = (first: Permutation, second: Permutation): Permutation => first.map((p) => second[p - 1]);

export const samePermutation = (a: Permutation, b: Permutation): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

export interface ParallelPathResult {
  ok: boolean;
  /** Where each transmit position arrives: landing[p-1] is the far-end position of position p. */
  landing: Permutation;
  positions: number;
}

/**
 * Checks a transceiver-to-transceiver parallel path. `types` lists the elements in order,
 * cables and adapters alternating (cord, adapter, trunk, adapter, cord); a path of one element
 * is a direct cord. The path is right iff it composes to "reversed": transmit on position 1
 * arrives on position N, where the far transceiver receives.
 */
export function checkParallelPath(types: readonly ArrayType[], positions = 12): ParallelPathResult {
  // a schedule asks about a handful of paths thousands of times: each is composed once
  const key = `${types.join("")}|${positions}`;
  let result = PATH_RESULTS.get(key);
  if (!result) {
    result = Object.freeze(composePath(types, positions));
    if (PATH_RESULTS.size >= 10000) PATH_RESULTS.clear();
    PATH_RESULTS.set(key, result);
  }
  return result;
}

const PATH_RESULTS = new Map<string, ParallelPathResult>();

function composePath(types: readonly ArrayType[], positions: number): ParallelPathResult {
  let landing = identity(positions);
  types.forEach((t, i) => {
    const step = i % 2 === 0 ? cablePermutation(t, positions) : adapterPermutation(t, positions);
    landing = compose(landing, step);
  });
  return { ok: samePermutation(landing, reversed(positions)), landing, positions };
}

/** "1→12, 2→11, …" for messages. */
export const describeLanding = (landing: Permutation): string => landing.map((to, i) => `${i + 1}→${to}`).join(", ");

/**
 * Duplex connectivity methods (fact sheet §2.3, TIA-568.3-E): trunk type, array adapter type
 * and the duplex patch cords each end must use so transmit meets receive.
 */
export interface DuplexMethod {
  method: PolarityMethod;
  trunk: ArrayType;
  adapters: ArrayType;
  cordEnd1: DuplexCordType;
  cordEnd2: DuplexCordType;
  /** false where the method needs key-up to key-up (Type B) adapters, which APC end faces cannot use. */
  apcAllowed: boolean;
}

export const DUPLEX_METHODS: Readonly<Record<PolarityMethod, DuplexMethod>> = {
  A: { method: "A", trunk: "A", adapters: "A", cordEnd1: "A-to-B", cordEnd2: "A-to-A", apcAllowed: true },
  B: { method: "B", trunk: "B", adapters: "B", cordEnd1: "A-to-B", cordEnd2: "A-to-B", apcAllowed: false },
  C: { method: "C", trunk: "C", adapters: "A", cordEnd1: "A-to-B", cordEnd2: "A-to-B", apcAllowed: true },
  U1: { method: "U1", trunk: "B", adapters: "A", cordEnd1: "A-to-B", cordEnd2: "A-to-B", apcAllowed: true },
  U2: { method: "U2", trunk: "B", adapters: "B", cordEnd1: "A-to-B", cordEnd2: "A-to-B", apcAllowed: false },
};

/**
 * Parallel-signal methods (fact sheet §2.4): the path each implies, cord-adapter-trunk-adapter-cord.
 * Method C has no standard parallel path (a pair flip does not deliver lane n to lane n).
 */
export const PARALLEL_METHOD_PATHS: Readonly<Partial<Record<PolarityMethod, readonly ArrayType[]>>> = {
  A: ["A", "A", "A", "A", "B"],
  B: ["B", "B", "B", "B", "B"],
  C: ["A", "A", "C", "A", "B"],
};
