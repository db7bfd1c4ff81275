import { findingsOf, panels, RowSpec } from "./harness";

const trunk = (app: string, fiber: string, length: string, extra: Partial<RowSpec> = {}): RowSpec => ({ ...panels, a: "MPO-16 male", b: "MPO-16 male", app, fiber, length, pairs: 2, ...extra });

describe("loss-margin (R17): a channel within 0.5 dB of its budget warns", () => {
  describe("accept", () => {
    it.each([
      ["exactly 0.5 dB left (0.35 + 2 x 0.525 = 1.4 of 1.9 dB) passes", trunk("400GBASE-SR8", "OM4", "100 m", { pairLoss: 0.525 })],
      ["plenty left: one pair over 30 m", trunk("400GBASE-SR8", "OM4", "30 m", { pairs: 1 })],
      ["over budget is loss-budget's error, not a margin warning", trunk("400GBASE-SR8", "OM4", "100 m", { pairs: 3 })],
      ["no mated-pair count: the margin of an assumed count is the assumption's, not the channel's", trunk("400GBASE-SR8", "OM4", "100 m", { pairs: "" })],
    ])("%s", (_name, row) => {
      expect(findingsOf("loss-margin", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("400GBASE-SR8, 100 m OM4, two standard pairs: 0.05 dB left", () => {
      expect(findingsOf("loss-margin", [trunk("400GBASE-SR8", "OM4", "100 m")])).toEqual([
        { rule: "loss-margin", severity: "warning", row: 2, columns: ["length", "matedPairs"], params: { application: "400GBASE-SR8", fiber: "OM4", lossDb: 1.85, budgetDb: 1.9, marginDb: 0.05 } },
      ]);
    });
    it("exactly at the budget: 0 dB left", () => {
      // 800GBASE-DR8: 500 m OS2 (0.2 dB) + 4 pairs x 0.7 dB = 3.0 dB
      expect(findingsOf("loss-margin", [trunk("800GBASE-DR8", "OS2", "500 m", { pairs: 4, pairLoss: 0.7 })]).map((f) => f.params.marginDb)).toEqual([0]);
    });
    it("0.49 dB left", () => {
      // 100 m OM4 (0.35) + 2 x 0.53 = 1.41 dB of 1.9 dB
      expect(findingsOf("loss-margin", [trunk("400GBASE-SR8", "OM4", "100 m", { pairLoss: 0.53 })]).map((f) => f.params.marginDb)).toEqual([0.49]);
    });
  });
});
