/**
 * recommend() against issue 3's RECOMMEND rule. Loss figures are worked by hand from the
 * defaults: 3.5 dB/km multimode, 0.4 dB/km OS2, 0.75 dB per standard mated pair, 0.35 dB per
 * low-loss pair, 2 mated pairs unless told.
 */
import { Application, FiberGrade, Priority, RecommendInput, applicationById, arrayCountFor, recommend, recommendationText } from "../../src/core";

const app = (id: string): Application => {
  const a = applicationById(id);
  if (!a) throw new Error(`${id} missing from the catalog`);
  return a;
};
const rec = (id: string, grade?: FiberGrade, lengthM?: number, matedPairs?: number, priority?: Priority, extra: Partial<RecommendInput> = {}) =>
  recommend({ application: app(id), grade, lengthM, matedPairs, priority, ...extra });

describe("recommend: the connector for the cord into the transceiver", () => {
  // [application, grade, length m, mated pairs, priority, canonical text, polarity]
  const cases: Array<[string, FiberGrade | undefined, number | undefined, number | undefined, Priority | undefined, string, string]> = [
    // Standard: 0.35 + 4 × 0.75 = 3.35 dB > 1.9; low-loss: 0.35 + 4 × 0.35 = 1.75 dB fits: MTP whatever the priority.
    // 400GBASE-SR8 modules come with UPC and with APC receptacles: both said, and Method A suits either.
    ["400GBASE-SR8", "OM4", 100, 4, "cost", "MTP-16 low-loss UPC or APC female", "Method A"],
    ["400GBASE-SR8", "OM4", 100, 4, "density", "MTP-16 low-loss UPC or APC female", "Method A"],
    // Performance (the default) gives MTP low-loss.
    ["100GBASE-SR4", undefined, undefined, undefined, undefined, "MTP-12 low-loss UPC female", "Method B"],
    ["100GBASE-SR4", "OM4", 100, 2, "performance", "MTP-12 low-loss UPC female", "Method B"],
    // Cost or density with room in the budget: 0.35 + 1.5 = 1.85 dB ≤ 1.9 dB gives generic MPO.
    ["40GBASE-SR4", "OM3", 100, 2, "cost", "MPO-12 UPC female", "Method B"],
    ["40GBASE-SR4", "OM3", 100, 2, "density", "MPO-12 UPC female", "Method B"],
    ["100GBASE-SR4", undefined, undefined, undefined, "cost", "MPO-12 UPC female", "Method B"],
    // Fiber count: 12 for 8-fiber applications, 16 for 16-fiber ones, 24 for SR10.
    ["40GBASE-SR4", undefined, undefined, undefined, undefined, "MTP-12 low-loss UPC female", "Method B"],
    ["200GBASE-SR4", undefined, undefined, undefined, undefined, "MTP-12 low-loss UPC or APC female", "Method A"],
    ["400GBASE-SR4.2", undefined, undefined, undefined, undefined, "MTP-12 low-loss UPC female", "Method B"],
    ["400GBASE-SR8", undefined, undefined, undefined, undefined, "MTP-16 low-loss UPC or APC female", "Method A"],
    ["100GBASE-SR10", undefined, undefined, undefined, undefined, "MTP-24 low-loss UPC female", "Method B"],
    // Single-mode MPO is APC, so no key-up to key-up adapters: Method A.
    ["400GBASE-DR4", "OS2", 500, 2, "cost", "MPO-12 APC female", "Method A"], // 0.2 + 1.5 = 1.7 dB ≤ 3.0
    ["400GBASE-DR4", undefined, undefined, undefined, undefined, "MTP-12 low-loss APC female", "Method A"],
    ["100G-PSM4", undefined, undefined, undefined, undefined, "MTP-12 low-loss APC female", "Method A"],
    ["200GBASE-DR4", "OS2", 100, 2, "cost", "MPO-12 APC female", "Method A"],
    ["800GBASE-DR8", "OS1a", 250, 2, undefined, "MTP-16 low-loss APC female", "Method A"],
    ["800GBASE-SR8", undefined, undefined, undefined, undefined, "MTP-16 low-loss UPC or APC female", "Method A"],
    // Duplex applications get LC duplex.
    ["10GBASE-SR", "OM3", 300, 2, undefined, "LC/UPC duplex", "A-to-B duplex"],
    ["25GBASE-SR", undefined, undefined, undefined, "cost", "LC/UPC duplex", "A-to-B duplex"],
    ["40GBASE-LR4", "OS2", 10000, 2, undefined, "LC/UPC duplex", "A-to-B duplex"],
    ["400GBASE-FR4", undefined, undefined, undefined, undefined, "LC/UPC duplex", "A-to-B duplex"],
    // A length without a grade cannot be checked against reach or budget.
    ["100GBASE-SR4", undefined, 5000, undefined, "cost", "MPO-12 UPC female", "Method B"],
  ];
  test.each(cases)("RECOMMEND(%p, %p, %p, %p, %p) = %p, %s", (id, grade, length, pairs, priority, text, polarity) => {
    const r = rec(id, grade, length, pairs, priority);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.connectorText).toBe(text);
    expect(r.polarity).toBe(polarity);
    expect(r.why.length).toBeGreaterThan(0);
  });

  test("the 400GBASE-SR8 cost example gives its figures and says why it is MTP", () => {
    const r = rec("400GBASE-SR8", "OM4", 100, 4, "cost", { multimodePolish: "UPC" });
    if (!r.ok) throw new Error(r.reason);
    expect(r.connector).toEqual({ family: "MTP", fiberCount: 16, lowLoss: true, polish: "UPC", gender: "female", key: "offset" });
    expect(r.lossDb).toBe(1.75);
    expect(r.budgetDb).toBe(1.9);
    expect(r.marginDb).toBe(0.15);
    expect(r.why.join(" ")).toMatch(/3\.35 dB, over the 1\.9 dB budget/);
    expect(recommendationText(r)).toBe("MTP-16 low-loss UPC female, Method B, margin 0.15 dB");
  });

  test("cost with room reports the standard-grade figures", () => {
    const r = rec("40GBASE-SR4", "OM3", 100, 2, "cost");
    if (!r.ok) throw new Error(r.reason);
    expect(r.connector).toEqual({ family: "MPO", fiberCount: 12, polish: "UPC", gender: "female", key: "centre" });
    expect([r.lossDb, r.budgetDb, r.marginDb]).toEqual([1.85, 1.9, 0.05]);
    expect(r.why.join(" ")).toMatch(/generic MPO for cost/);
  });

  test("duplex figures use standard-grade pairs: 1.05 + 1.5 = 2.55 dB of 2.6 dB", () => {
    const r = rec("10GBASE-SR", "OM3", 300, 2);
    if (!r.ok) throw new Error(r.reason);
    expect(r.connector).toEqual({ family: "LC", polish: "UPC", duplex: true, fiberCount: 2 });
    expect([r.lossDb, r.budgetDb, r.marginDb]).toEqual([2.55, 2.6, 0.05]);
  });

  test("mated pairs default to 2", () => {
    const r = rec("100GBASE-SR4", "OM4", 100);
    if (!r.ok) throw new Error(r.reason);
    expect(r.lossDb).toBe(1.05); // 0.35 + 2 × 0.35
  });

  test("a datasheet pair loss replaces the TIA maximum for standard grade", () => {
    // 0.35 + 4 × 0.3 = 1.55 dB ≤ 1.9 dB: generic MPO fits at cost.
    const r = rec("400GBASE-SR8", "OM4", 100, 4, "cost", { pairLossDb: 0.3, multimodePolish: "UPC" });
    expect(r.ok && r.connectorText).toBe("MPO-16 UPC female");
  });

  test("the spec's multimodePolish decides the polish and the polarity of modules sold both ways", () => {
    const apc = rec("400GBASE-SR8", undefined, undefined, undefined, undefined, { multimodePolish: "APC" });
    expect(apc.ok && [apc.connectorText, apc.polarity]).toEqual(["MTP-16 low-loss APC female", "Method A"]);
    const open = rec("400GBASE-SR4");
    expect(open.ok && [open.connectorText, open.polishOpen, open.why.join(" ")]).toEqual([
      "MTP-12 low-loss UPC or APC female",
      true,
      expect.stringMatching(/sold with UPC and with APC MPO receptacles/),
    ]);
    // a single-mode optic stays APC whatever the multimode setting says
    const dr4 = rec("400GBASE-DR4", undefined, undefined, undefined, undefined, { multimodePolish: "UPC" });
    expect(dr4.ok && dr4.connectorText).toBe("MTP-12 low-loss APC female");
  });

  test("OS1a beyond the informative range: the answer comes with a warning, as in the row check (not a refusal)", () => {
    // 800GBASE-DR8: 500 m operating range, 250 m informative on 1.0 dB/km fiber; 0.3 + 2 x 0.35 dB fits 3.0 dB
    const r = rec("800GBASE-DR8", "OS1a", 300, 2);
    if (!r.ok) throw new Error(r.reason);
    expect(r.warnings).toEqual(["300 m on OS1a is beyond the 250 m informative range of 800GBASE-DR8 for 1.0 dB/km fiber"]);
    expect(recommendationText(r)).toMatch(/^MTP-16 low-loss APC female, Method A, margin .* dB, warning: 300 m on OS1a is beyond the 250 m informative range/);
    // beyond the operating range itself there is no answer; on OS2 no warning
    expect(rec("800GBASE-DR8", "OS1a", 501, 2).ok).toBe(false);
    expect(rec("800GBASE-DR8", "OS2", 300, 2)).toEqual(expect.not.objectContaining({ warnings: expect.anything() }));
  });

  test("the reach boundary itself is within reach", () => {
    expect(rec("100GBASE-SR4", "OM3", 70, 1).ok).toBe(true);
  });
});

describe("recommend: no answer, with the reason", () => {
  const cases: Array<[string, FiberGrade | undefined, number | undefined, number | undefined, Priority | undefined, RegExp]> = [
    ["100GBASE-SR4", "OM3", 80, 2, undefined, /80 m exceeds the 70 m reach of 100GBASE-SR4 on OM3/],
    ["400GBASE-SR8", "OM4", 101, 2, "cost", /101 m exceeds the 100 m reach/],
    ["800GBASE-DR8", "OS2", 600, 2, undefined, /600 m exceeds the 500 m reach/],
    // 150 m OM4 at 3.5 dB/km is 0.525 dB; 4 low-loss pairs add 1.4: 1.925 dB > 1.5 dB.
    ["40GBASE-SR4", "OM4", 150, 4, "performance", /even low-loss connections give 1\.93 dB, over the 1\.5 dB budget/],
    ["40GBASE-SR4", "OM4", 150, 4, "cost", /even low-loss/],
    // Over by 0.0001 dB (0.4501 + 3 × 0.35 = 1.5001 dB): over is over, whatever the rounding shows.
    ["40GBASE-SR4", "OM4", 128.6, 3, undefined, /over the 1\.5 dB budget/],
    // Duplex: 1.05 + 4 × 0.75 = 4.05 dB > 2.6 dB.
    ["10GBASE-SR", "OM3", 300, 4, undefined, /4\.05 dB, over the 2\.6 dB budget of 10GBASE-SR/],
    // Wrong kind of fiber.
    ["100GBASE-SR4", "OS2", undefined, undefined, undefined, /runs on multimode fiber, not OS2/],
    ["400GBASE-DR4", "OM4", 50, 2, undefined, /runs on single-mode fiber, not OM4/],
    ["10GBASE-SR", "OS1a", undefined, undefined, undefined, /multimode/],
    // A grade the application does not run on (OM1/OM2 do not support 40G/100G), with or without a length.
    ["100GBASE-SR4", "OM2", 10, 2, undefined, /no 100GBASE-SR4 reach on OM2/],
    ["100GBASE-SR4", "OM2", undefined, undefined, undefined, /no 100GBASE-SR4 reach on OM2/],
    ["100GBASE-SR10", "OM5", undefined, undefined, undefined, /no 100GBASE-SR10 reach on OM5/],
  ];
  test.each(cases)("RECOMMEND(%p, %p, %p, %p, %p) has no answer", (id, grade, length, pairs, priority, reason) => {
    const r = rec(id, grade, length, pairs, priority);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(reason);
    expect(recommendationText(r)).toBe(`none: ${r.reason}`);
  });
});

test("array size for the lit fibers: 8 → 12, 16 → 16, 20 → 24", () => {
  expect([2, 8, 16, 20].map(arrayCountFor)).toEqual([12, 12, 16, 24]);
});
