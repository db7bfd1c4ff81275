import { findingMessage } from "../../src/core";
import { allFindings, direct, panels } from "./rules/harness";

const message = (rule: string, rows: Parameters<typeof allFindings>[0]) => {
  const f = allFindings(rows).find((x) => x.rule === rule);
  if (!f) throw new Error(`no ${rule} finding`);
  return findingMessage(f);
};

describe("wording a reader does not trip on", () => {
  it("two ends take a plural verb", () => {
    expect(message("polish-mating", [{ ...direct, a: "LC/APC duplex", b: "LC/APC duplex", app: "10GBASE-SR" }])).toMatch(/^Ends A and B are APC but meet UPC/);
    expect(message("polish-mating", [{ ...direct, a: "LC/APC duplex", b: "LC/UPC duplex", app: "10GBASE-SR" }])).toMatch(/^End A is APC but meets UPC/);
  });

  it("an aqua jacket, a yellow jacket", () => {
    expect(message("jacket-colour", [{ ...panels, fiber: "OS2", colour: "aqua" }])).toMatch(/^an aqua jacket/);
    expect(message("jacket-colour", [{ ...panels, fiber: "OM4", colour: "yellow" }])).toMatch(/^a yellow jacket/);
  });

  it("the cable's fiber count names no end", () => {
    expect(message("connector-fiber-count", [{ ...panels, app: "400GBASE-SR8", count: 8 }])).toBe("the cable carries 8 fibers – 400GBASE-SR8 lights 16");
  });

  it("a negative margin is said as exceeding the budget", () => {
    const m = message("mtp-vs-mpo", [{ ...panels, a: "MPO-16 male", app: "400GBASE-SR8", fiber: "OM4", length: "100 m", pairs: 3 }]);
    expect(m).toMatch(/standard-grade connections exceed the budget by 0\.70 dB/);
    expect(m).not.toMatch(/-0\.|floating ferrule, 0\.35/);
  });

  it("low loss comes from the grade; MTP's advantage is mechanical", () => {
    const m = message("mtp-vs-mpo", [{ ...direct, a: "MPO-12 female", b: "MPO-12 female", app: "100GBASE-SR4", fiber: "OM4", length: "10 m", priority: "performance" }]);
    expect(m).toMatch(/floating ferrule and elliptical guide pins keep the mating stable, and a low-loss grade lowers the loss/);
  });
});
