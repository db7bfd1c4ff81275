import { findingsOf, panels } from "./harness";

describe("mpo-myth (R28): correct the popular MTP/MPO myths, as info", () => {
  describe("accept", () => {
    it.each([
      ["a 24-fiber MTP Elite is real, nothing to correct", { ...panels, a: "MTP-24 Elite male", notes: "MTP Elite trunk" }],
      ["12-fiber MTP trunk", { ...panels, a: "MTP-12 male", notes: "12-fiber MTP trunk" }],
      ["key up, key down", { ...panels, a: "MPO-12 male", notes: "MPO key-up to key-down, Type A adapters" }],
      ["'only 12' in another cell than the MTP", { ...panels, a: "MTP-24 male", notes: "only 12 lit" }],
      ["a fact about one MTP trunk, not a claim about MTP", { ...panels, a: "MTP-24 male", notes: "MTP trunk, only 12 fibers lit" }],
    ])("%s", (_name, row) => {
      expect(findingsOf("mpo-myth", [row])).toEqual([]);
    });
  });

  describe("reject", () => {
    it("'MTP max 12 fibers'", () => {
      expect(findingsOf("mpo-myth", [{ ...panels, a: "MPO-24 male", notes: "MTP max 12 fibers, so MPO-24 here" }])).toEqual([
        { rule: "mpo-myth", severity: "info", row: 2, columns: ["notes"], params: { claim: "MTP holds at most 12 fibers", correction: expect.stringMatching(/8 to 72/) } },
      ]);
    });
    it.each([
      ["unkeyed MPO", "unkeyed MPO, check orientation", "MPO without a key"],
      ["MPO up to 24 fibers", "MPO up to 24 fibers", "MPO holds at most 24 fibers"],
      ["MTP supports only 12 fibers", "MTP supports only 12 fibers", "MTP holds at most 12 fibers"],
    ])("%s", (_name, notes, claim) => {
      expect(findingsOf("mpo-myth", [{ ...panels, notes }]).map((f) => [f.severity, f.params.claim])).toEqual([["info", claim]]);
    });
  });
});
