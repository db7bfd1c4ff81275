import { findingsOf, panels } from "./harness";

describe("pair-loss-above-tia (R18): loss per mated pair within TIA's 0.75 dB", () => {
  describe("accept", () => {
    it.each([["exactly 0.75 dB", 0.75], ["Elite 0.35 dB", "0.35 dB"], ["0,5 dB written with a comma", "0,5"]])("%s", (_name, pairLoss) => {
      expect(findingsOf("pair-loss-above-tia", [{ ...panels, pairLoss }])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("0.76 dB", () => {
      expect(findingsOf("pair-loss-above-tia", [{ ...panels, pairLoss: 0.76 }])).toEqual([
        { rule: "pair-loss-above-tia", severity: "warning", row: 2, columns: ["pairLoss"], params: { pairLossDb: 0.76, tiaMaxDb: 0.75 } },
      ]);
    });
    it("'1 dB' as text", () => {
      expect(findingsOf("pair-loss-above-tia", [{ ...panels, pairLoss: "1 dB" }]).map((f) => f.params.pairLossDb)).toEqual([1]);
    });
  });
});
