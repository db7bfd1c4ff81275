import fc from "fast-check";
import { FIBER_GRADES, channelLoss, roundDb } from "../../src/core";

describe("channelLoss = length × attenuation + mated pairs × pair loss + splices × splice loss", () => {
  test("LOSS(\"OM3\",300,2,0,0.75,3.5) = 2.55 dB (issue 3)", () => {
    const r = channelLoss({ grade: "OM3", lengthM: 300, matedPairs: 2, splices: 0, pairLossDb: 0.75, dbPerKm: 3.5 });
    expect(r.fiberDb).toBeCloseTo(1.05, 10);
    expect(r.connectionsDb).toBeCloseTo(1.5, 10);
    expect(r.splicesDb).toBe(0);
    expect(roundDb(r.totalDb)).toBe(2.55);
  });

  // [input, total dB] with the defaults: 0.75 dB per pair, 0.3 dB per splice, attenuation by grade.
  const defaults: Array<[Parameters<typeof channelLoss>[0], number]> = [
    [{ grade: "OM3", lengthM: 300, matedPairs: 2 }, 2.55], // 0.3 km × 3.5 + 2 × 0.75
    [{ grade: "OM4", lengthM: 100, matedPairs: 4 }, 3.35], // 0.35 + 3.0
    [{ grade: "OM5", lengthM: 0, matedPairs: 0 }, 0],
    [{ grade: "OS2", lengthM: 10000, matedPairs: 2 }, 5.5], // 10 km × 0.4 + 1.5
    [{ grade: "OS1a", lengthM: 2000, matedPairs: 2, splices: 2 }, 4.1], // 2.0 + 1.5 + 0.6
    [{ grade: "OS1", lengthM: 500, matedPairs: 3 }, 2.75], // 0.5 + 2.25
    [{ grade: "OM1", lengthM: 1000, matedPairs: 0, splices: 1 }, 3.8], // 3.5 + 0.3
  ];
  test.each(defaults)("%j → %p dB", (input, total) => {
    expect(roundDb(channelLoss(input).totalDb)).toBe(total);
  });

  test("every default can be overridden", () => {
    const r = channelLoss({ grade: "OM4", lengthM: 150, matedPairs: 2, splices: 1, pairLossDb: 0.35, spliceLossDb: 0.1, dbPerKm: 3.0 });
    expect(r.fiberDb).toBeCloseTo(0.45, 10);
    expect(r.connectionsDb).toBeCloseTo(0.7, 10);
    expect(r.splicesDb).toBeCloseTo(0.1, 10);
    expect(roundDb(r.totalDb)).toBe(1.25);
  });

  test("the Fluke example: 150 m OM4 at 3.0 dB/km is 0.45 dB, leaving 1.05 dB of 40GBASE-SR4's 1.5 dB", () => {
    const r = channelLoss({ grade: "OM4", lengthM: 150, matedPairs: 0, dbPerKm: 3.0 });
    expect(roundDb(1.5 - r.totalDb)).toBe(1.05);
    // One TIA-grade pair fits, two do not.
    expect(channelLoss({ grade: "OM4", lengthM: 150, matedPairs: 1, dbPerKm: 3.0 }).totalDb).toBeLessThanOrEqual(1.5);
    expect(channelLoss({ grade: "OM4", lengthM: 150, matedPairs: 2, dbPerKm: 3.0 }).totalDb).toBeGreaterThan(1.5);
  });

  describe("confirmed: false when an UNCONFIRMED default is used", () => {
    test.each([
      [{ grade: "OM4" as const, lengthM: 100, matedPairs: 2 }, true],
      [{ grade: "OM4" as const, lengthM: 100, matedPairs: 2, splices: 0 }, true],
      [{ grade: "OM4" as const, lengthM: 100, matedPairs: 2, splices: 1 }, false], // 0.3 dB splice is unconfirmed
      [{ grade: "OM4" as const, lengthM: 100, matedPairs: 2, splices: 1, spliceLossDb: 0.1 }, true],
      [{ grade: "OS2" as const, lengthM: 100, matedPairs: 2, splices: 3, spliceLossDb: 0.3 }, true],
    ])("%j → %p", (input, confirmed) => {
      expect(channelLoss(input).confirmed).toBe(confirmed);
    });
  });

  test("the total is the sum of its parts and grows with every input", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIBER_GRADES),
        fc.double({ min: 0, max: 20000, noNaN: true }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (grade, lengthM, matedPairs, splices) => {
          const r = channelLoss({ grade, lengthM, matedPairs, splices });
          expect(r.totalDb).toBeCloseTo(r.fiberDb + r.connectionsDb + r.splicesDb, 9);
          expect(channelLoss({ grade, lengthM: lengthM + 1, matedPairs, splices }).totalDb).toBeGreaterThan(r.totalDb);
          expect(channelLoss({ grade, lengthM, matedPairs: matedPairs + 1, splices }).totalDb).toBeCloseTo(r.totalDb + 0.75, 9);
          expect(channelLoss({ grade, lengthM, matedPairs, splices: splices + 1 }).totalDb).toBeCloseTo(r.totalDb + 0.3, 9);
        },
      ),
    );
  });
});

describe("roundDb", () => {
  test.each([
    [2.55, 2.55],
    [1.05 + 1.5, 2.55],
    [0.1 + 0.2, 0.3],
    [1.005, 1.01],
    [2.675, 2.68],
    [1.004, 1],
    [0, 0],
    [3.3449999, 3.34],
  ])("%p → %p", (db, rounded) => {
    expect(roundDb(db)).toBe(rounded);
  });
});
