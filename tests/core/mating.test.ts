import fc from "fast-check";
import { Connector, MateProblem, canMate, parseConnector } from "../../src/core";

const c = (text: string): Connector => {
  const r = parseConnector(text);
  if (!r.ok) throw new Error(`test connector "${text}" does not parse`);
  return r.value;
};

describe("canMate: compatible family and key, same array, one pinned, APC only with APC", () => {
  const accept: Array<[string, string]> = [
    ["MPO-12 UPC male", "MPO-12 UPC female"], // the MATES example of issue 3
    ["MPO-16 APC female", "MPO-16 APC male"],
    ["MPO-24 male", "MPO-24 female"],
    ["MPO-32 UPC male", "MPO-32 UPC female"],
    ["MTP-12 APC male", "MPO-12 APC female"], // MTP is an MPO: they intermate
    ["MTP Elite 12 UPC pinned", "MPO-12 UPC unpinned"],
    ["Base-8 MTP male", "MPO-12 female"], // an MPO-8 is a 12-position ferrule
    ["MPO-12 UPC", "MPO-12 UPC male"], // an unknown gender is not held against the pair
    ["MPO", "MPO-16 female"], // nor an unknown count
    ["MPO-12 PC male", "MPO-12 UPC female"], // flat against flat
    ["LC/UPC duplex", "LC/UPC duplex"],
    ["LC/APC", "LC/APC"],
    ["LC", "LC/APC"],
    ["SC/APC", "SC/APC"],
  ];
  test.each(accept)("%s mates %s", (a, b) => {
    expect(canMate(c(a), c(b))).toEqual({ ok: true, problems: [] });
    expect(canMate(c(b), c(a)).ok).toBe(true);
  });

  const reject: Array<[string, string, MateProblem[], RegExp]> = [
    ["MPO-12 male", "MPO-12 male", ["gender"], /both male/],
    ["MPO-12 female", "MTP-12 female", ["gender"], /both female/],
    ["MPO-16 female", "MPO-12 male", ["key"], /offset-key/],
    ["MPO-32 male", "MPO-24 female", ["key"], /offset-key/],
    ["MPO-24 male", "MPO-12 female", ["fiber-count"], /conversion module or harness/],
    ["MPO-16 male", "MPO-32 female", ["fiber-count"], /16 and 32 fibers/],
    ["Base-8 MTP male", "MPO-24 female", ["fiber-count"], /8 and 24 fibers/],
    ["MPO-12 APC male", "MPO-12 UPC female", ["polish"], /APC only mates APC/],
    ["MPO-12 PC male", "MPO-12 APC female", ["polish"], /PC against APC/],
    ["LC/UPC", "LC/APC", ["polish"], /UPC against APC/],
    ["LC/UPC duplex", "LC/UPC simplex", ["fiber-count"], /duplex connector against a simplex/],
    ["LC/UPC duplex", "MPO-12 female", ["family"], /different connector families/],
    ["LC", "SC", ["family"], /LC and SC are different connector families/],
    ["MPO-16 APC male", "MPO-12 UPC male", ["key", "gender", "polish"], /offset-key/],
  ];
  test.each(reject)("%s does not mate %s", (a, b, problems, reason) => {
    const r = canMate(c(a), c(b));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.problem)).toEqual(problems);
    expect(r.problems[0].reason).toMatch(reason);
    expect(canMate(c(b), c(a)).problems.map((p) => p.problem).sort()).toEqual([...problems].sort());
  });

  test("mating is symmetric over every pair of common connectors", () => {
    const all = [...accept.flat(), ...reject.flatMap(([a, b]) => [a, b])].map(c);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(...all), (a, b) => {
        expect(canMate(a, b).ok).toBe(canMate(b, a).ok);
      }),
    );
  });
});
