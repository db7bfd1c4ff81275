import { checkSchedule } from "../../src/core";
import { gridOf, panels, RowSpec } from "./rules/harness";

const recommendationOf = (row: RowSpec) => checkSchedule(gridOf([row])).rows[0].recommendation;

describe("a row's recommendation does not contradict the row", () => {
  it("a Type B trunk on APC single-mode gets Type B cables with Type A adapters, not Method A", () => {
    const r = recommendationOf({ ...panels, a: "MTP-8 APC male", b: "MTP-8 APC male", app: "400GBASE-DR4", fiber: "OS2", length: "40 m", polarity: "Type B", pairs: 2 });
    expect(r).toMatch(/Type B cables with Type A \(key-up to key-down\) adapters/);
    expect(r).not.toMatch(/Method A/);
  });

  it("a Type B trunk on multimode gets Method B", () => {
    expect(recommendationOf({ ...panels, a: "MPO-12 UPC male", b: "MPO-12 UPC male", app: "100GBASE-SR4", fiber: "OM4", length: "40 m", polarity: "Type B", pairs: 2 })).toMatch(/Method B/);
  });

  it("a polarity a rule rejects is not repeated back", () => {
    const r = recommendationOf({ ...panels, a: "MPO-12 APC male", b: "MPO-12 APC male", app: "400GBASE-DR4", fiber: "OS2", length: "40 m", polarity: "Method B", pairs: 2 });
    expect(r).not.toMatch(/Method B/);
  });

  it("a trunk between cassettes is recommended unpinned (their rears are pinned), as cassette-side expects", () => {
    const r = recommendationOf({ from: "CAS-01 MPO-LC cassette", to: "CAS-02 MPO-LC cassette", a: "MPO-12 UPC female", b: "MPO-12 UPC female", app: "100GBASE-SR4", fiber: "OM4", length: "40 m", pairs: 2 });
    expect(r).toMatch(/^MPO-12 \S+ ?\S* female/);
    expect(r).not.toMatch(/\bmale\b/);
  });

  it("a passing generic-MPO row is not told to change its family to MTP", () => {
    const r = recommendationOf({ ...panels, a: "MPO-12 UPC male", b: "MPO-12 UPC male", app: "100GBASE-SR4", fiber: "OM4", length: "40 m", pairs: 2 });
    expect(r).toMatch(/^MPO-12 /);
  });

  it("a Base-8 (MTP-8) row is not told MTP-12", () => {
    const r = recommendationOf({ ...panels, a: "MTP-8 UPC male", b: "MTP-8 UPC male", app: "100GBASE-SR4", fiber: "OM4", length: "40 m", pairs: 2 });
    expect(r).toMatch(/^MTP-8 /);
  });

  it("a row whose connector is wrong still gets the right one", () => {
    const r = recommendationOf({ ...panels, a: "MPO-16 UPC male", b: "MPO-16 UPC male", app: "100GBASE-SR4", fiber: "OM4", length: "40 m", pairs: 2, from: "leaf01 Eth1/1" });
    expect(r).toMatch(/MTP-12/);
  });
});

describe("a row's recommendation is its own when other rows ask the same without the length", () => {
  // One question (application, grade, pairs, priority, ends) at lengths on either side of the
  // reach, the OS1a informative range and the budget where cost gives way to low-loss: the
  // check works out the length-free part once, and each row must still read as if alone.
  const rows: RowSpec[] = [];
  for (const length of ["5 m", "30 m", "60 m", "100 m", "101 m", "150 m", "5 m", "100 m"]) {
    rows.push({ ...panels, a: "MPO-16 UPC male", b: "MPO-16 UPC male", app: "400GBASE-SR8", fiber: "OM4", length, pairs: 2, pairLoss: 0.9, priority: "cost" });
    rows.push({ ...panels, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "400GBASE-SR8", fiber: "OM4", length, pairs: 2, pairLoss: 0.9, priority: "density" });
    rows.push({ ...panels, a: "MPO-16 UPC male", b: "MPO-16 UPC male", app: "400GBASE-SR8", fiber: "OM4", length, pairs: 3, priority: "performance" });
    rows.push({ ...panels, a: "MPO-12 UPC male", b: "MPO-12 UPC male", app: "100GBASE-SR4", fiber: "OM3", length, pairs: 2, priority: "density" });
    rows.push({ ...panels, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "10GBASE-SR", fiber: "OM4", length, pairs: 6 });
  }
  for (const length of ["500 m", "1500 m", "2000 m", "2100 m", "1500 m", "500 m", ""]) {
    rows.push({ ...panels, a: "LC/UPC duplex", b: "LC/UPC duplex", app: "100GBASE-FR1", fiber: "OS1a", length, pairs: 2 });
    rows.push({ ...panels, a: "MPO-12 APC male", b: "MPO-12 APC male", app: "400GBASE-DR4", fiber: "OS1a", length, pairs: 2, priority: "cost" });
  }

  it("each row's text in one schedule is the text it gets checked alone", () => {
    const together = checkSchedule(gridOf(rows)).rows.map((r) => r.recommendation);
    const alone = rows.map((r) => recommendationOf(r));
    expect(together).toEqual(alone);
    // the lengths do change the text: generic MPO at 30 m, low-loss at 100 m, none beyond the reach
    const firsts = together.filter((t, i) => i % 5 === 0);
    expect(firsts).toContain("MPO-16 UPC or APC male, Method A, margin 0.08 dB");
    expect(firsts.some((t) => /^MPO-16 low-loss UPC or APC male, Method A, margin/.test(t ?? ""))).toBe(true);
    expect(firsts.some((t) => /^none: /.test(t ?? ""))).toBe(true);
  });
});
