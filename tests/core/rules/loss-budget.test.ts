import { findingMessage } from "../../../src/core";
import { direct, findingsOf, panels, RowSpec } from "./harness";

/** A trunk between two panels, so mated pairs come from the row or the default (2). */
const trunk = (app: string, fiber: string, length: string, extra: Partial<RowSpec> = {}): RowSpec => ({ ...panels, a: "MPO-12 male", b: "MPO-12 male", app, fiber, length, ...extra });

// Channel IL = km x 3.5 dB/km (multimode, 850 nm) or 0.4 dB/km (OS2) + pairs x 0.75 dB + splices x 0.3 dB.
describe("loss-budget (R16): channel insertion loss within the application's budget", () => {
  describe("accept", () => {
    it.each([
      ["Fluke's example: 40GBASE-SR4, 150 m OM4, one mated pair (0.525 + 0.75 = 1.275 ≤ 1.5 dB)", trunk("40GBASE-SR4", "OM4", "150 m", { pairs: 1 })],
      ["400GBASE-SR8, 100 m OM4, two pairs (1.85 ≤ 1.9 dB)", trunk("400GBASE-SR8", "OM4", "100 m")],
      ["800GBASE-DR8, 500 m OS2, three pairs (0.2 + 2.25 = 2.45 ≤ 3.0 dB)", trunk("800GBASE-DR8", "OS2", "500 m", { pairs: 3 })],
      ["low-loss (Elite) at both ends: five pairs would not fit, three do (0.35 + 1.05 dB)", trunk("400GBASE-SR8", "OM4", "100 m", { a: "MTP-16 Elite male", b: "MTP-16 Elite male", pairs: 3 })],
      ["a direct cord between two transceivers passes no adapter", { ...direct, a: "MPO-16 female", b: "MPO-16 female", app: "400GBASE-SR8", fiber: "OM4", length: "100 m" }],
      ["40G breakout cord from switch to server: no mated pair, 30 m is fine", { from: "leaf01 Eth1/1", to: "server01 eth0", a: "MPO-12 female", b: "4x LC/UPC duplex", app: "40GBASE-SR4", fiber: "OM4", length: "30 m" }],
      ["no budget in the catalog (400GBASE-SR4)", trunk("400GBASE-SR4", "OM4", "100 m", { pairs: 6 })],
      ["no length", { ...panels, app: "400GBASE-SR8", fiber: "OM4", pairs: 6 }],
    ])("%s", (_name, row) => {
      expect(findingsOf("loss-budget", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("400GBASE-SR8, 100 m OM4, three pairs: 2.6 dB over 1.9 dB", () => {
      expect(findingsOf("loss-budget", [trunk("400GBASE-SR8", "OM4", "100 m", { pairs: 3 })])).toEqual([
        {
          rule: "loss-budget", severity: "error", row: 2, columns: ["length", "matedPairs", "application"],
          params: { application: "400GBASE-SR8", fiber: "OM4", lossDb: 2.6, budgetDb: 1.9, matedPairs: 3, pairLossDb: 0.75, splices: 0 },
        },
      ]);
    });

    it("Fluke's example continued: 40GBASE-SR4 on OM4 with two stated pairs is over 1.5 dB", () => {
      const f = findingsOf("loss-budget", [trunk("40GBASE-SR4", "OM4", "100 m", { pairs: 2 })]);
      expect(f.map((x) => [x.severity, x.params.lossDb, x.params.budgetDb, x.unconfirmed, x.assumed])).toEqual([["error", 1.85, 1.5, undefined, undefined]]);
    });

    describe("on an assumed mated-pair count: a warning that says what was assumed and how many pairs fit", () => {
      it("40GBASE-SR4 on a 3 m OM4 cord from a switch to a panel does not fail", () => {
        const f = findingsOf("loss-budget", [{ from: "leaf01 Eth1/1", to: "PP-A01 P1", a: "MPO-12 female", b: "MPO-12 female", app: "40GBASE-SR4", fiber: "OM4", length: "3 m" }]);
        expect(f.map((x) => [x.severity, x.params.matedPairs, x.params.pairsThatFit, x.assumptionOnly])).toEqual([["warning", 2, 1, true]]);
        expect(findingMessage(f[0])).toBe(
          'channel loss 1.51 dB (2 mated pairs at 0.75 dB) exceeds the 1.5 dB budget of 40GBASE-SR4 on OM4, where 1 mated pair at 0.75 dB fits (assumed: 2 mated pairs at 0.75 dB each, as the row gives no count, which a "Mated pairs" column would settle: warning only)',
        );
      });
      it("a count the project spec states is not assumed", () => {
        const f = findingsOf("loss-budget", [trunk("40GBASE-SR4", "OM4", "100 m")], { spec: { defaultMatedPairs: 2 } });
        expect(f.map((x) => [x.severity, x.assumed])).toEqual([["error", undefined]]);
      });
    });

    it("800GBASE-DR8, 500 m OS2, four pairs: 3.2 dB over 3.0 dB", () => {
      expect(findingsOf("loss-budget", [trunk("800GBASE-DR8", "OS2", "500 m", { pairs: 4 })]).map((x) => [x.severity, x.params.lossDb])).toEqual([["error", 3.2]]);
    });

    it("the row's own loss per mated pair is used, and it is confirmed", () => {
      const f = findingsOf("loss-budget", [trunk("400GBASE-SR8", "OM4", "100 m", { pairs: 4, pairLoss: 0.5 })]);
      expect(f.map((x) => [x.severity, x.params.pairLossDb, x.params.lossDb])).toEqual([["error", 0.5, 2.35]]);
    });

    it("the project's default mated pairs and loss per pair", () => {
      const f = findingsOf("loss-budget", [trunk("400GBASE-SR8", "OM4", "100 m")], { spec: { defaultMatedPairs: 4, pairLossDb: 0.5 } });
      expect(f.map((x) => [x.params.matedPairs, x.params.pairLossDb, x.params.lossDb])).toEqual([[4, 0.5, 2.35]]);
    });

    describe("resting on an UNCONFIRMED figure: warning", () => {
      it("100GBASE-SR4 budget (1.9 dB on OM4)", () => {
        expect(findingsOf("loss-budget", [trunk("100GBASE-SR4", "OM4", "100 m", { pairs: 3 })])).toEqual([
          expect.objectContaining({ severity: "warning", unconfirmed: true, params: expect.objectContaining({ application: "100GBASE-SR4", lossDb: 2.6, budgetDb: 1.9 }) }),
        ]);
      });
      it("the low-loss 0.35 dB per pair (not confirmed from US Conec)", () => {
        const f = findingsOf("loss-budget", [trunk("400GBASE-SR8", "OM4", "100 m", { a: "MTP-16 Elite male", b: "MTP-16 Elite male", pairs: 5 })]);
        expect(f.map((x) => [x.severity, x.params.pairLossDb, x.params.lossDb])).toEqual([["warning", 0.35, 2.1]]);
      });
      it("splices at 0.3 dB", () => {
        const f = findingsOf("loss-budget", [trunk("400GBASE-SR8", "OM4", "100 m", { splices: 2 })]);
        expect(f.map((x) => [x.severity, x.params.splices, x.params.lossDb])).toEqual([["warning", 2, 2.45]]);
      });
      it("OM5 with only an OM4 budget in the catalog", () => {
        expect(findingsOf("loss-budget", [trunk("40GBASE-SR4", "OM5", "100 m")]).map((x) => [x.severity, x.params.fiber, x.params.budgetDb])).toEqual([["warning", "OM5", 1.5]]);
      });
      it("generic MMF, checked against OM3's budget", () => {
        expect(findingsOf("loss-budget", [trunk("400GBASE-SR8", "MMF", "100 m", { pairs: 3 })]).map((x) => [x.severity, x.params.fiber, x.params.budgetDb])).toEqual([["warning", "OM3", 1.8]]);
      });
    });
  });
});
