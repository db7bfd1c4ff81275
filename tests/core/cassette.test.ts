import { readCassette } from "../../src/core/cassette";

describe("readCassette: a cassette's or module's type from the text that names it", () => {
  it.each([
    ["CAS-01 MPO-LC cassette", { kind: "mpo-to-duplex", cordFamily: "LC", typeNamed: true }],
    ["MTP-12 (pinned) to LC cassette", { kind: "mpo-to-duplex", cordFamily: "LC", trunkCount: 12, trunkGender: "male", typeNamed: true }],
    ["12F MPO-SC cassette, non-pinned", { kind: "mpo-to-duplex", cordFamily: "SC", trunkCount: 12, trunkGender: "female", typeNamed: true }],
    ["MTP-24 to 12 LC ports", { kind: "mpo-to-duplex", cordFamily: "LC", trunkCount: 24, typeNamed: true }],
    ["Method B cassette", { kind: "mpo-to-duplex", typeNamed: false }],
    ["CAS-C01 P1", { kind: "mpo-to-duplex", typeNamed: false }],
    ["24 to 2x12 conversion module", { kind: "conversion", cordFamily: "MPO", trunkCount: 24, cordCount: 12, typeNamed: true }],
    ["MPO-24 male to 2x MPO-12 male", { kind: "conversion", cordFamily: "MPO", trunkCount: 24, cordCount: 12, trunkGender: "male", typeNamed: true }],
    ["2xMTP24/3xMTP16 module", { kind: "conversion", cordFamily: "MPO", trunkCount: 24, cordCount: 16, typeNamed: true }],
    ["MPO-16 to MPO-8 module", { kind: "conversion", cordFamily: "MPO", trunkCount: 16, cordCount: 8, typeNamed: true }],
    ["MOD-1 conversion module", { kind: "conversion", cordFamily: "MPO", typeNamed: false }],
  ])("%s", (text, expected) => {
    expect(readCassette(text)).toEqual(expected);
  });

  it("takes the reader's word for a conversion module", () => {
    expect(readCassette("U1 module", "conversion-module").kind).toBe("conversion");
  });
});
