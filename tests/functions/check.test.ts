/**
 * CHECK on the real engine. The rule set is still growing, so assertions that need a given
 * rule run once that rule is registered; the format and the cases no rule may ever report
 * are asserted always.
 */
import { cell, one } from "./custom-functions-stub";
import { ruleById } from "../../src/core";
import { check } from "../../src/functions/functions";

// Findings are joined by "; ", but some messages contain "; " themselves, so split only
// where the next finding's "SEVERITY rule-id:" starts.
const BETWEEN_FINDINGS = /; (?=(?:ERROR|WARNING|INFO) [a-z0-9-]+: )/;

const whenRule = (id: string) => (ruleById(id) ? it : it.skip);

const FINDING = /^(ERROR|WARNING|INFO) [a-z0-9-]+: \S.*$/;
const RANK: Record<string, number> = { ERROR: 3, WARNING: 2, INFO: 1 };

/** "OK", or findings in the CHECK format, most severe first. */
function expectCheckFormat(text: unknown): string[] {
  expect(typeof text).toBe("string");
  if (text === "OK") return [];
  const parts = (text as string).split(BETWEEN_FINDINGS);
  for (const p of parts) expect(p).toMatch(FINDING);
  const ranks = parts.map((p) => RANK[p.split(" ")[0]]);
  expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  return parts;
}

const ruleIds = (parts: string[]) => parts.map((p) => p.split(" ")[1].replace(/:$/, ""));

describe("CHECK on the engine", () => {
  // The example: DR4 is single-mode, end B is a UPC MPO.
  const example = () => one(check(cell("MPO-12 APC female"), cell("MPO-12 UPC female"), cell("OS2"), cell("400GBASE-DR4"), cell(300), cell("B")));

  it("answers in the CHECK format", () => {
    expectCheckFormat(example());
    expectCheckFormat(one(check(cell("MPO-12 UPC female"), cell("MPO-12 UPC female"), cell("OM3"), cell("100GBASE-SR4"), cell(150))));
    expectCheckFormat(one(check(cell("LC/UPC duplex"))));
  });

  it("does not treat the two ends of one cable as a mated pair", () => {
    // Female at both ends is normal for a trunk or a transceiver cord: the ends never meet each other.
    const parts = expectCheckFormat(one(check(cell("MPO-12 UPC female"), cell("MPO-12 UPC female"), cell("OM4"), cell("100GBASE-SR4"), cell(30), cell("B"))));
    expect(ruleIds(parts)).not.toContain("mpo-gender");
  });

  whenRule("sm-mpo-polish")("flags the UPC MPO end on single-mode fiber", () => {
    const parts = expectCheckFormat(example());
    expect(parts.find((p) => / sm-mpo-polish: /.test(p))).toMatch(/MPO-12 UPC female/);
  });

  whenRule("reach")("flags 150 m of 100GBASE-SR4 on OM3 (reach 70 m) as an error", () => {
    const parts = expectCheckFormat(one(check(cell("MPO-12 UPC female"), cell("MPO-12 UPC female"), cell("OM3"), cell("100GBASE-SR4"), cell(150))));
    expect(parts.find((p) => p.startsWith("ERROR reach: "))).toMatch(/150 m.*70 m/);
  });

  whenRule("fiber-kind")("flags a multimode application on single-mode fiber", () => {
    const parts = expectCheckFormat(one(check(cell("MPO-12 UPC female"), cell("MPO-12 UPC female"), cell("OS2"), cell("100GBASE-SR4"))));
    expect(ruleIds(parts)).toContain("fiber-kind");
  });

  whenRule("parallel-polarity")("flags a parallel path that does not reverse", () => {
    const parts = expectCheckFormat(
      one(check(cell("MPO-12 UPC female"), cell("MPO-12 UPC female"), cell("OM4"), cell("100GBASE-SR4"), cell(30), cell("A,A,A,A,A"))),
    );
    expect(ruleIds(parts)).toContain("parallel-polarity");
  });
});
