import fc from "fast-check";
import {
  ArrayType,
  DUPLEX_METHODS,
  PARALLEL_METHOD_PATHS,
  adapterPermutation,
  cablePermutation,
  checkParallelPath,
  compose,
  describeLanding,
  identity,
  pairFlipped,
  reversed,
  samePermutation,
} from "../../src/core";

const path = (text: string): ArrayType[] => text.split(",") as ArrayType[];

describe("cable and adapter types as permutations of positions (fact sheet §2.1, §2.2, §2.5)", () => {
  test("Type A cable is straight: p → p", () => {
    expect(cablePermutation("A", 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  test("Type B cable is reversed: p → N+1−p (1→12, 5→8, 12→1)", () => {
    const b = cablePermutation("B", 12);
    expect(b).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect([b[0], b[4], b[11]]).toEqual([12, 8, 1]);
  });
  test("Type C cable is pair-flipped: odd p → p+1, even p → p−1 (1→2, 2→1, 11→12)", () => {
    expect(cablePermutation("C", 12)).toEqual([2, 1, 4, 3, 6, 5, 8, 7, 10, 9, 12, 11]);
  });
  test.each([12, 16, 24, 32])("N = %i: B maps every p to N+1−p, C swaps each pair", (n) => {
    for (let p = 1; p <= n; p++) {
      expect(reversed(n)[p - 1]).toBe(n + 1 - p);
      expect(pairFlipped(n)[p - 1]).toBe(p % 2 === 1 ? p + 1 : p - 1);
      expect(identity(n)[p - 1]).toBe(p);
    }
  });
  test("Type A adapter (key-up to key-down) is straight; Type B (key-up to key-up) reverses", () => {
    expect(adapterPermutation("A", 16)).toEqual(identity(16));
    expect(adapterPermutation("B", 16)).toEqual(reversed(16));
  });
  test("compose applies the first element, then the second", () => {
    const f = [2, 3, 1];
    const g = [1, 3, 2];
    expect(compose(f, g)).toEqual([3, 2, 1]); // 1 →f 2 →g 3
    expect(compose(g, f)).toEqual([2, 1, 3]); // 1 →g 1 →f 2
  });
  test("reversing twice is straight", () => {
    expect(samePermutation(compose(reversed(12), reversed(12)), identity(12))).toBe(true);
    expect(samePermutation(identity(12), identity(16))).toBe(false);
  });
});

describe("checkParallelPath: right iff transceiver to transceiver composes to reversed (§2.4, §2.5)", () => {
  // [path: cord, adapter, trunk, adapter, cord (or a direct cord), right?, what the fact sheet says]
  const cases: Array<[string, boolean, string]> = [
    ["A,A,A,A,B", true, "Method A: I·I·I·I·R = R"],
    ["B,A,A,A,A", true, "Method A with the Type B cord at the other end"],
    ["B,B,B,B,B", true, "Method B: R·R·R·R·R = R"],
    ["B", true, "a direct Type B cord"],
    ["A", false, "a direct Type A cord: Tx meets Tx"],
    ["C", false, "a direct Type C cord"],
    ["B,A,C,A,B", false, "Type C trunk, Type A adapters, Type B cords = P"],
    ["A,A,C,A,B", false, "Method C offered for parallel signals"],
    ["A,A,A,A,A", false, "all straight"],
    ["A,B,A,A,B", false, "Method A cords and trunk with one Type B adapter: two reversals"],
    ["A,B,A,A,A", true, "one reversal, in the adapter"],
    ["B,B,B,A,B", false, "Method B with one Type A adapter: four reversals"],
  ];
  test.each(cases)("%s → %p (%s)", (types, ok) => {
    expect(checkParallelPath(path(types)).ok).toBe(ok);
    expect(checkParallelPath(path(types), 16).ok).toBe(ok);
  });

  test("12 positions unless told", () => {
    expect(checkParallelPath(["B"]).positions).toBe(12);
    expect(checkParallelPath(["B"], 16).positions).toBe(16);
    expect(checkParallelPath(["B"], 16).landing).toEqual(reversed(16));
  });

  test("Type C trunk with Type A adapters and Type B cords lands each position on its pair partner", () => {
    expect(checkParallelPath(path("B,A,C,A,B")).landing).toEqual(pairFlipped(12));
    expect(checkParallelPath(path("B,A,C,A,B"), 16).landing).toEqual(pairFlipped(16));
  });

  test("a wrong path says where each position lands", () => {
    const r = checkParallelPath(["A"]);
    expect(r.landing).toEqual(identity(12));
    expect(describeLanding(r.landing)).toBe("1→1, 2→2, 3→3, 4→4, 5→5, 6→6, 7→7, 8→8, 9→9, 10→10, 11→11, 12→12");
    expect(describeLanding(checkParallelPath(["B"]).landing)).toMatch(/^1→12, 2→11, .*, 12→1$/);
  });

  test("the parallel method paths: A and B are right, C is not", () => {
    expect(PARALLEL_METHOD_PATHS.A).toEqual(path("A,A,A,A,B"));
    expect(PARALLEL_METHOD_PATHS.B).toEqual(path("B,B,B,B,B"));
    expect(checkParallelPath(PARALLEL_METHOD_PATHS.A!).ok).toBe(true);
    expect(checkParallelPath(PARALLEL_METHOD_PATHS.B!).ok).toBe(true);
    expect(checkParallelPath(PARALLEL_METHOD_PATHS.C!).ok).toBe(false);
  });

  test("a path of Type A and Type B elements is right iff it reverses an odd number of times", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<ArrayType>("A", "B"), { minLength: 1, maxLength: 9 }),
        fc.constantFrom(12, 16),
        (types, n) => {
          const reversals = types.filter((t) => t === "B").length;
          expect(checkParallelPath(types, n).ok).toBe(reversals % 2 === 1);
        },
      ),
    );
  });
});

describe("duplex connectivity methods (fact sheet §2.3)", () => {
  // [method, trunk, adapters, cord end 1, cord end 2, usable with APC]
  const table: Array<[string, ArrayType, ArrayType, string, string, boolean]> = [
    ["A", "A", "A", "A-to-B", "A-to-A", true],
    ["B", "B", "B", "A-to-B", "A-to-B", false],
    ["C", "C", "A", "A-to-B", "A-to-B", true],
    ["U1", "B", "A", "A-to-B", "A-to-B", true],
    ["U2", "B", "B", "A-to-B", "A-to-B", false],
  ];
  test.each(table)("Method %s: Type %s trunk, Type %s adapters, %s and %s cords, APC %p", (method, trunk, adapters, c1, c2, apc) => {
    expect(DUPLEX_METHODS[method as keyof typeof DUPLEX_METHODS]).toEqual({
      method,
      trunk,
      adapters,
      cordEnd1: c1,
      cordEnd2: c2,
      apcAllowed: apc,
    });
  });

  test("exactly the methods with key-up to key-up (Type B) adapters rule out APC", () => {
    for (const m of Object.values(DUPLEX_METHODS)) expect(m.apcAllowed).toBe(m.adapters !== "B");
  });
});
