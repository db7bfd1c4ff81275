import { APPLICATIONS, Application, FiberGrade, channelBudgetFor, channelLoss, checkSchedule, operatingRange } from "../../src/core";
import { MATED_PAIR_LOSS_DB } from "../../src/core/catalog/loss-grades";
import { gridOf, RowSpec } from "./rules/harness";

/*
 * Every catalog application x every fiber grade it lists x 50 %, 100 % and 101 % of its reach,
 * on an equipment cord (switch port to panel, no mated-pair count) and on a stated two-pair
 * channel between panels: the status the catalog's own figures imply. Written against the
 * catalog data, so new entries are swept too.
 */

/** The cord end that fits the application's interface: a female MPO of its size, or duplex LC. */
const mdiConnector = (app: Application): string => (app.mdi.family === "MPO" ? `MPO-${app.mdi.positions} female` : "LC duplex");
const trunkConnector = (app: Application): string => (app.mdi.family === "MPO" ? `MPO-${app.mdi.positions} male` : "LC duplex");

const cases: Array<[string, Application, FiberGrade, number, "cord" | "channel"]> = [];
for (const app of APPLICATIONS) {
  for (const grade of Object.keys(app.reach) as FiberGrade[]) {
    for (const pct of [50, 100, 101]) for (const kind of ["cord", "channel"] as const) cases.push([`${app.id} on ${grade} at ${pct} % of reach, ${kind}`, app, grade, pct, kind]);
  }
}

describe("catalog sweep: no ERROR where length and stated loss fit", () => {
  it.each(cases)("%s", (_name, app, grade, pct, kind) => {
    const reach = operatingRange(app, grade);
    if (!reach) throw new Error(`${app.id} lists ${grade} without a reach`);
    const lengthM = Math.round(reach.value * pct) / 100;
    const row: RowSpec =
      kind === "cord"
        ? { from: "leaf01 Eth1/1", to: "PP-A01 P1", a: mdiConnector(app), b: trunkConnector(app), app: app.id, fiber: grade, length: `${lengthM} m` }
        : { from: "PP-A01 P1", to: "PP-B01 P1", a: trunkConnector(app), b: trunkConnector(app), app: app.id, fiber: grade, length: `${lengthM} m`, pairs: 2 };
    const result = checkSchedule(gridOf([row]));
    const findings = result.rows[0].findings;
    const errors = findings.filter((f) => f.severity === "error").map((f) => f.rule);

    const beyondReach = lengthM > reach.value;
    const budget = channelBudgetFor(app, grade);
    const statedLoss = kind === "channel" ? channelLoss({ grade, lengthM, matedPairs: 2, pairLossDb: MATED_PAIR_LOSS_DB.standard.value }).totalDb : 0;
    const overStatedBudget = kind === "channel" && !!budget && statedLoss > budget.value + 1e-9;

    // What the catalog's figures imply: the reach rule errors beyond a confirmed reach, the loss
    // rule on a stated count over a confirmed budget; nothing else may error on a correct row.
    const expected = [
      ...(beyondReach && reach.confirmed ? ["reach"] : []),
      ...(overStatedBudget && budget?.confirmed && MATED_PAIR_LOSS_DB.standard.confirmed ? ["loss-budget"] : []),
    ];
    expect(errors.sort()).toEqual(expected.sort());
    if (beyondReach) expect(findings.map((f) => f.rule)).toContain("reach");
    if (!beyondReach) expect(findings.map((f) => f.rule)).not.toContain("reach");
    if (overStatedBudget) expect(findings.map((f) => f.rule)).toContain("loss-budget");
    // The cord gives no count: a loss judged on the assumed count is at most a warning.
    if (kind === "cord") expect(findings.filter((f) => f.rule === "loss-budget" && f.severity === "error")).toEqual([]);
  });
});
