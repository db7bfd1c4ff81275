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
