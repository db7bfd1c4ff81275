import fc from "fast-check";
import { parseAdapter, portKey } from "../../../src/core/channels";
import { unicodePortKey } from "../../../src/core/channels/trace";
import { HEADER, channelRows, check, onlyChannel, rulesOf } from "./build";

describe("portKey: one port however it is written", () => {
  it.each(["PP-A01:3", "PP-A01 port 3", "PP-A01/03", "pp-a01 P3", "PP-A1 : 003", "  PP-A01  Port 03 "])("%s is PP-A01 port 3", (text) => {
    expect(portKey(text)).toBe(portKey("PP-A01:3"));
  });
  it.each(["PP-A01:4", "PP-A02:3", "PP-B01:3"])("%s is another port", (text) => {
    expect(portKey(text)).not.toBe(portKey("PP-A01:3"));
  });
});

describe("portKey of ASCII text: the one-scan reading is the Unicode one", () => {
  // pieces port texts are made of, so that prefixes, zeros and port words meet often
  const piece = fc.constantFrom("p", "P", "port", "PRT", "prt", "front", "rear", "0", "00", "007", "1", "10", "a", "Z", "pp", "-", ":", "/", " ", "  ", "\t", ".", "#", "_", "~");
  const ascii = fc.array(fc.oneof(piece, fc.string({ unit: "grapheme-ascii", maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(""));
  it("gives the same key for any ASCII text", () => {
    fc.assert(
      fc.property(ascii, (text) => {
        expect(portKey(text)).toBe(unicodePortKey(text));
      }),
      { numRuns: 20000 },
    );
  });
  it.each(["PP-A01:3", "p07", "port0", "prt000", "x0y00z", "FRONT rear 3", "", "---", "Port3 P 03"])("%s", (text) => {
    expect(portKey(text)).toBe(unicodePortKey(text));
  });
});

describe("parseAdapter: the adapter at a row's end B", () => {
  it.each([
    ["Type A", { type: "A" }],
    ["key-up/key-down", { type: "A" }],
    ["key up to key up", { type: "B" }],
    ["B", { type: "B" }],
    ["MPO-LC cassette", { transition: "cassette" }],
    ["U1 cassette, Type A adapter", { transition: "cassette", method: "U1", type: "A" }],
    ["Method B cassette", { transition: "cassette", method: "B" }],
    ["24 to 2x12 conversion module", { transition: "conversion-module" }],
  ])("%s", (text, expected) => {
    expect(parseAdapter(text)).toEqual({ text, ...expected });
  });
});

describe("tracing by ports", () => {
  const cord = { a: "MTP-12 UPC female", b: "MTP-12 UPC female" };
  const trunk = { a: "MTP-12 UPC male", b: "MTP-12 UPC male" };

  it("follows a row written the other way round (its end B faces the start)", () => {
    const r = check([
      ["C1", "", "", "leaf01 Eth1/1", "PP-A01:1", cord.a, cord.b, "OM4", "3 m", "100GBASE-SR4", "Type B", "", ""],
      // written from PP-B01 back to PP-A01: the channel enters it at end B
      ["C2", "", "", "PP-B01/01", "pp-a01 port 1", trunk.a, trunk.b, "OM4", "40 m", "100GBASE-SR4", "Type B", "", ""],
      ["C3", "", "", "PP-B01 P1", "spine01 Eth1/1", cord.a, cord.b, "OM4", "3 m", "100GBASE-SR4", "Type B", "", ""],
    ]);
    const ch = onlyChannel(r);
    expect(ch).toMatchObject({ source: "ports", rows: [2, 3, 4], lengthM: 46, link: "leaf01 Eth1/1 ↔ spine01 Eth1/1" });
  });

  it("does not join three cable ends at one port, nor a cycle", () => {
    const r = check([
      ["C1", "", "", "leaf01 Eth1/1", "PP-A01:1", cord.a, cord.b, "OM4", "3 m", "100GBASE-SR4", "", "", ""],
      ["C2", "", "", "PP-A01:1", "spine01 Eth1/1", cord.a, cord.b, "OM4", "3 m", "100GBASE-SR4", "", "", ""],
      ["C3", "", "", "PP-A01:1", "spine02 Eth1/1", cord.a, cord.b, "OM4", "3 m", "100GBASE-SR4", "", "", ""],
      ["C4", "", "", "PP-C01:1", "PP-D01:1", trunk.a, trunk.b, "OM4", "3 m", "100GBASE-SR4", "", "", ""],
      ["C5", "", "", "PP-D01:1", "PP-C01:1", cord.a, cord.b, "OM4", "3 m", "100GBASE-SR4", "", "", ""],
    ]);
    expect(r.channels).toEqual([]);
  });

  it("an end that meets no other cable and names no equipment is taken as a transceiver, and says so", () => {
    const ch = onlyChannel(
      check([
        ["C1", "", "", "X7 port 1", "PP-A01:1", cord.a, trunk.b, "OM4", "3 m", "100GBASE-SR4", "", "", ""],
        ["C2", "", "", "PP-A01:1", "spine01 Eth1/1", cord.a, cord.b, "OM4", "3 m", "100GBASE-SR4", "", "", ""],
      ]),
    );
    const end = ch.findings.find((f) => f.rule === "channel-end");
    expect(end?.params).toMatchObject({ location: "X7 port 1", kind: "inferred-equipment" });
  });

  it("a channel that stops at a panel port counts one more mated pair there, as an assumption (a warning, never an error)", () => {
    // 100GBASE-SR4 on OM4: 1.9 dB; 95 m (0.33 dB) + 1 counted pair + 1 assumed pair = 1.83 dB
    const r = check([
      ["C1", "", "", "leaf01 Eth1/1", "PP-A01:1", cord.a, trunk.b, "OM4", "5 m", "100GBASE-SR4", "", "", ""],
      ["C2", "", "", "PP-A01:1", "PP-B01:1", cord.a, trunk.b, "OM4", "90 m", "100GBASE-SR4", "", "", ""],
    ]);
    const ch = onlyChannel(r);
    expect(ch.lossDb).toBe(1.83);
    expect(ch.findings.find((f) => f.rule === "channel-end")?.params).toMatchObject({ kind: "open", location: "PP-B01:1" });
    expect(rulesOf(ch.findings, "error")).toEqual([]);
  });
});

describe("tracing by link id", () => {
  it("follows the sequence, not the sheet order, and ignores case and spaces in the link id", () => {
    const rows = channelRows("explicit", [
      { a: "MTP-12 UPC female", b: "MTP-12 UPC female", polarity: "Type A", adapter: "Type A" },
      { a: "MTP-12 UPC male", b: "MTP-12 UPC male", polarity: "Type A", adapter: "Type A" },
      { a: "MTP-12 UPC female", b: "MTP-12 UPC female", polarity: "Type B" },
    ]);
    rows[1][1] = " l1 ";
    const ch = onlyChannel(check(rows));
    expect(ch).toMatchObject({ link: "L1", source: "explicit", rows: [4, 3, 2] });
    expect(rulesOf(ch.findings, "error")).toEqual([]);
  });

  it("a cassette row is the transition between its neighbours, not a cable", () => {
    const ch = onlyChannel(
      check([
        ["C1", "L9", 1, "leaf01 Eth1/1", "CAS-1", "LC/UPC low-loss duplex", "LC/UPC low-loss duplex", "OM4", "3 m", "10GBASE-SR", "A-to-B", "", "cord"],
        ["K1", "L9", 2, "CAS-1", "CAS-1", "", "", "", "", "", "", "", "cassette"],
        ["C2", "L9", 3, "CAS-1", "CAS-2", "MTP-12 Elite UPC male", "MTP-12 Elite UPC male", "OM4", "40 m", "10GBASE-SR", "Type A", "MPO-LC cassette", "trunk"],
        ["C3", "L9", 4, "CAS-2", "spine01 Eth1/1", "LC/UPC low-loss duplex", "LC/UPC low-loss duplex", "OM4", "3 m", "10GBASE-SR", "A-to-A", "", "cord"],
      ]),
    );
    expect(ch.rows).toEqual([2, 4, 5]);
    expect(rulesOf(ch.findings, "error")).toEqual([]);
  });

  it("a breakout channel: an MPO trunk from the 40G port, a harness to the 10G ports", () => {
    const ch = onlyChannel(
      check([
        ["C1", "B1", 1, "leaf01 Eth1/5", "PP-A01:5", "MTP-12 UPC female", "MTP-12 UPC male", "OM4", "30 m", "40GBASE-SR4", "Type B", "Type B", "trunk"],
        ["C2", "B1", 2, "PP-A01:5", "srv01 nic1-4", "MTP-12 UPC female", "4x LC/UPC duplex", "OM4", "3 m", "40GBASE-SR4", "", "", "harness"],
      ]),
    );
    expect(ch).toMatchObject({ lengthM: 33, lossDb: 0.87, budgetDb: 1.5 });
    expect(rulesOf(ch.findings, "error")).toEqual([]);
  });

  it("the loss of a channel is counted once along it: 80 m and two pairs, 1.78 dB over 40GBASE-SR4's 1.5 dB", () => {
    const grid = channelRows("explicit", [
      { a: "MTP-12 UPC female", b: "MTP-12 UPC female", polarity: "Type B", adapter: "Type B", app: "40GBASE-SR4", length: "10 m" },
      { a: "MTP-12 UPC male", b: "MTP-12 UPC male", polarity: "Type B", adapter: "Type B", app: "40GBASE-SR4", length: "60 m" },
      { a: "MTP-12 UPC female", b: "MTP-12 UPC female", polarity: "Type B", app: "40GBASE-SR4", length: "10 m" },
    ]);
    const ch = onlyChannel(check(grid));
    expect(rulesOf(ch.findings, "error")).toEqual(["loss-budget"]);
    expect(ch.findings.find((f) => f.rule === "loss-budget")?.params).toMatchObject({ lossDb: 1.78, matedPairs: 2 });
    expect(HEADER[1]).toBe("Link");
  });
});
