import { findingMessage } from "../../../src/core/messages";
import { HEADER, check, channelRows, checkWith, onlyChannel, polarityFindings } from "./build";

/**
 * A harness as the last row of a link, its legs not in the schedule (issue 12): a parallel port's
 * MTP trunk to PP-A01, a harness from there to four LC duplex legs at the servers. Each leg is
 * judged as plugged straight into its transceiver.
 */
const rows = (style: "explicit" | "ports", trunk: string, harness: string, adapter = "Type B") =>
  channelRows(
    style,
    [
      { a: "MTP-12 UPC female", b: "MTP-12 UPC male", polarity: trunk, adapter, app: "40GBASE-SR4", length: "30 m", component: "trunk" },
      { a: "MTP-12 UPC female", b: "4x LC/UPC duplex", polarity: harness, app: "40GBASE-SR4", length: "1 m", component: "harness" },
    ],
    "L1",
    "leaf01 Eth1/1",
    "srv01 nic1",
  );

describe.each(["explicit", "ports"] as const)("a harness as the last row, no leg rows (issue 12), %s", (style) => {
  it("a Type A harness after Type B trunk and adapter: all four legs wrong, one warning that says the legs are not in the schedule; a Type B harness passes", () => {
    expect(polarityFindings(onlyChannel(check(rows(style, "Type B", "Type B"))))).toEqual([]);
    const found = polarityFindings(onlyChannel(check(rows(style, "Type B", "Type A"))));
    expect(found.map((f) => f.severity)).toEqual(["warning"]);
    expect(findingMessage(found[0])).toMatch(/all 4 legs: leg 1's .*assumed leg map: .*the harness's legs are not rows of the schedule, so each is taken as plugged straight into its transceiver/);
  });

  it("no adapter type: not checked, and said so", () => {
    const found = polarityFindings(onlyChannel(check(rows(style, "Type B", "Type B", ""))));
    expect(found.map((f) => [f.severity, /polarity not checked: no adapter type between rows/.test(findingMessage(f))])).toEqual([["info", true]]);
  });
});

describe("a harness after duplex cords and a cassette (issue 12)", () => {
  it("a path the leg walk does not follow is said to be not checked, not passed", () => {
    const rows = [
      ["C1", "X1", 1, "leaf01 Eth1/1", "CAS-A01:1", "LC/UPC duplex", "LC/UPC duplex", "OM4", "2 m", "10GBASE-SR", "A-to-B", "MTP-12 to LC cassette", "cord"],
      ["T1", "X1", 2, "CAS-A01 rear", "PP-B01:1", "MTP-12 UPC male", "MTP-12 UPC male", "OM4", "30 m", "10GBASE-SR", "Type B", "Type B", "trunk"],
      ["H1", "X1", 3, "PP-B01:1", "srv01:1-6", "MTP-12 UPC female", "6x LC/UPC duplex", "OM4", "1 m", "10GBASE-SR", "Type B", "", "harness"],
    ];
    const found = polarityFindings(onlyChannel(checkWith(HEADER, rows)));
    expect(found.map((f) => [f.severity, /polarity not checked: the path through the harness is not one the engine follows/.test(findingMessage(f))])).toEqual([["info", true]]);
  });
});

describe("a harness to array legs as the last row, no leg rows (issue 12)", () => {
  it("is said to be not checked for polarity, not passed", () => {
    const rows = [
      ["T1", "X2", 1, "leaf01 Eth1/1", "PP-A01:1", "MPO-16 UPC female", "MPO-16 UPC male", "OM4", "30 m", "800GBASE-SR8", "Type B", "Type B", "trunk"],
      ["H1", "X2", 2, "PP-A01:1", "srv01:1-2", "MPO-16 UPC female", "2x MPO-8 UPC male", "OM4", "1 m", "800GBASE-SR8", "Type B", "", "harness"],
    ];
    const found = polarityFindings(onlyChannel(checkWith(HEADER, rows)));
    expect(found.map((f) => [f.severity, /polarity not checked: the path through the harness is not one the engine follows/.test(findingMessage(f))])).toEqual([["info", true]]);
  });
});
