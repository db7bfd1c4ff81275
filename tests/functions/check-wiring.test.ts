/**
 * CHECK's wiring, with the engine's checkCable replaced so the rendering and argument passing
 * are tested independently of the rule set (which is still growing).
 */
import { cell, col, errorOf, one } from "./custom-functions-stub";
import type { Finding } from "../../src/core";

const checkCable = jest.fn<Finding[], [unknown]>(() => []);
jest.mock("../../src/core/check-cable", () => ({ checkCable: (input: unknown) => checkCable(input) }));

import { applicationById } from "../../src/core";
import { check } from "../../src/functions/functions";

// Findings are joined by "; ", but some messages contain "; " themselves, so split only
// where the next finding's "SEVERITY rule-id:" starts.
const BETWEEN_FINDINGS = /; (?=(?:ERROR|WARNING|INFO) [a-z0-9-]+: )/;

const info: Finding = { rule: "om5-no-benefit", severity: "info", row: 1, columns: ["fiberType"], params: { application: "100GBASE-SR4", reachM: 100 } };
const error: Finding = {
  rule: "reach",
  severity: "error",
  row: 1,
  columns: ["length"],
  params: { application: "100GBASE-SR4", fiber: "OM3", lengthM: 150, reachM: 70 },
};
const warning: Finding = {
  rule: "sm-mpo-polish",
  severity: "warning",
  row: 1,
  columns: ["connectorB"],
  params: { end: "B", connector: "MPO-12 UPC female", fiber: "OS2" },
};

beforeEach(() => checkCable.mockReset().mockReturnValue([]));

describe("CHECK wiring", () => {
  it("says OK when the engine has nothing to say", () => {
    expect(check(cell("MPO-12 APC female"))).toEqual([["OK"]]);
  });

  it("passes every argument to the engine as typed values, omitted ones as undefined", () => {
    check(cell("MPO-12 APC female"), cell("mtp12 apc pinned"), cell("OS2"), cell("400G DR4"), cell("100 ft"), cell("Type B"));
    expect(checkCable).toHaveBeenCalledWith({
      connectorA: { family: "MPO", fiberCount: 12, key: "centre", polish: "APC", gender: "female" },
      connectorB: { family: "MTP", fiberCount: 12, key: "centre", polish: "APC", gender: "male" },
      fiber: { kind: "SMF", grade: "OS2" },
      application: applicationById("400GBASE-DR4"),
      lengthM: 100 * 0.3048,
      polarity: { kind: "cable", type: "B" },
    });
    checkCable.mockClear();
    check(cell("LC/UPC duplex"), cell(null), cell(""), undefined, undefined, cell("A,A,A,A,B"));
    expect(checkCable).toHaveBeenCalledWith({
      connectorA: { family: "LC", polish: "UPC", duplex: true, fiberCount: 2 },
      connectorB: undefined,
      fiber: undefined,
      application: undefined,
      lengthM: undefined,
      polarity: { kind: "path", types: ["A", "A", "A", "A", "B"] },
    });
  });

  it("renders findings as SEVERITY rule-id: message, most severe first, joined by '; '", () => {
    checkCable.mockReturnValue([info, warning, error]);
    const text = one(check(cell("MPO-12 UPC female"))) as string;
    const parts = text.split(BETWEEN_FINDINGS);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toMatch(/^ERROR reach: 150 m.*70 m/);
    expect(parts[1]).toMatch(/^WARNING sm-mpo-polish: .*MPO-12 UPC female/);
    expect(parts[2]).toMatch(/^INFO om5-no-benefit: \S/);
  });

  it("gives #VALUE! naming the argument and does not call the engine", () => {
    expect(errorOf(one(check(cell("MPO-12 female"), cell("MPO-12 female"), cell("OM9"))), "#VALUE!")).toMatch(/^fiberType: fiber type "OM9"/);
    expect(errorOf(one(check(cell(""))), "#VALUE!")).toMatch(/^connectorA: connector "": empty/);
    expect(errorOf(one(check(cell("MPO-12 female"), cell("USB-C"))), "#VALUE!")).toMatch(/^connectorB: /);
    expect(errorOf(one(check(cell("MPO-12 female"), null as never, null as never, cell("1G-WARP"))), "#VALUE!")).toMatch(/^application: /);
    expect(errorOf(one(check(cell("MPO-12 female"), undefined, undefined, undefined, cell("ten parsecs"))), "#VALUE!")).toMatch(/^lengthM: /);
    expect(errorOf(one(check(cell("MPO-12 female"), undefined, undefined, undefined, undefined, cell("sideways"))), "#VALUE!")).toMatch(/^polarity: /);
    expect(checkCable).not.toHaveBeenCalled();
  });

  it("checks a column of cables in one call, one result per row", () => {
    checkCable.mockImplementation((input) => ((input as { lengthM?: number }).lengthM === 150 ? [error] : []));
    const out = check(col("MPO-12 UPC female", "MPO-12 UPC female", "junk"), cell("MPO-12 UPC female"), cell("OM3"), cell("100GBASE-SR4"), col(30, 150, 10));
    expect(out[0]).toEqual(["OK"]);
    expect(out[1][0]).toMatch(/^ERROR reach: /);
    expect(errorOf(out[2][0], "#VALUE!")).toMatch(/^connectorA: connector "junk"/);
    expect(checkCable).toHaveBeenCalledTimes(2);
  });

  it("names the arguments whose ranges differ in shape", () => {
    expect(errorOf(one(check(col("a", "b"), col("a", "b", "c"))), "#VALUE!")).toBe(
      "ranges of different shapes: connectorA is 2x1, connectorB is 3x1; give same-shaped ranges or single values",
    );
  });
});
