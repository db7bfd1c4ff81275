import { HitRate, perDistinctValue } from "../../src/core/memo";

describe("HitRate", () => {
  it("passes a cache by for a stretch after a window with almost no hits, then tries it again", () => {
    const rate = new HitRate(10, 5);
    for (let i = 0; i < 10; i++) {
      expect(rate.worthTrying()).toBe(true);
      rate.record(false);
    }
    const tried = Array.from({ length: 6 }, () => rate.worthTrying());
    expect(tried).toEqual([false, false, false, false, false, true]);
  });

  it("keeps a cache that answers", () => {
    const rate = new HitRate(10, 5);
    for (let i = 0; i < 100; i++) {
      expect(rate.worthTrying()).toBe(true);
      rate.record(i % 4 === 0);
    }
  });
});

describe("perDistinctValue", () => {
  it("gives the same answers whether it remembers them or not", () => {
    let calls = 0;
    const double = perDistinctValue((n: number) => (calls++, n * 2), 100);
    // all distinct first (the memo stops looking), then repeated values (it looks again)
    const distinct = Array.from({ length: 10000 }, (_, i) => double(i));
    expect(distinct.every((v, i) => v === i * 2)).toBe(true);
    const before = calls;
    const repeated = Array.from({ length: 100000 }, (_, i) => double(i % 7));
    expect(repeated.every((v, i) => v === (i % 7) * 2)).toBe(true);
    // once the memo is tried again, the seven values are worked out once each, not per call
    expect(calls - before).toBeLessThan(50000);
  });
});

describe("Memo", () => {
  it("remembers an undefined answer (a text that names nothing) as it does any other", () => {
    let calls = 0;
    const copper = perDistinctValue((t: string) => (calls++, t.includes("Cat6") ? "copper" : undefined));
    const answers = Array.from({ length: 400 }, (_, i) => copper(i % 2 ? "MTP-12 UPC female" : "Cat6A patch"));
    expect(answers.filter((a) => a === undefined)).toHaveLength(200);
    expect(answers.filter((a) => a === "copper")).toHaveLength(200);
    expect(calls).toBe(2);
  });
});
